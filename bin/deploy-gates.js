#!/usr/bin/env node
// The command-line tool: the same bundle as the actions, entered through runCli.
import { runCli } from '../dist/index.js';

process.exitCode = await runCli(process.argv.slice(2));
