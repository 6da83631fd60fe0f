import { runAction } from '../index.js';
await runAction("pre-deploy");
