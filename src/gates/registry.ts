// Every gate, registered once. The suite runs them in this order.

import { forwardSha } from './forward-sha/index.js';
import { migrations } from './migrations/index.js';
import { preDeploy } from './pre-deploy/index.js';
import type { GateDefinition } from './types.js';

export const GATES: readonly GateDefinition[] = [forwardSha, preDeploy, migrations];

export function findGate(name: string): GateDefinition | undefined {
  return GATES.find((gate) => gate.name === name);
}
