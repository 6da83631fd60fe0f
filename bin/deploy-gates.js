#!/usr/bin/env node
// The command-line tool: the same bundle as the actions, entered through runCli.
import module from 'node:module';

// Node >= 22.1 caches compiled code between runs; the CLI starts in front of every local check.
module.enableCompileCache?.();
const { runCli } = await import('../dist/index.js');
process.exitCode = await runCli(process.argv.slice(2));
