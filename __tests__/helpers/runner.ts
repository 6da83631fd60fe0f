// Runs a committed dist/ entry the way the GitHub runner does: Node 24, INPUT_* variables,
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_EVENT_PATH files, workflow commands on stdout.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
/** Node 24 from the npm `node` package: the runtime `runs.using: node24` means. */
export const NODE24 = join(PROJECT_ROOT, 'node_modules', '.bin', 'node');

export interface RunnerStep {
  /** Path of the entry relative to the project root, as action.yml's runs.main resolves it. */
  entry: string;
  inputs: Record<string, string>;
  workspace: string;
  eventName?: string;
  event?: unknown;
  sha?: string;
  env?: Record<string, string>;
}

export interface RunnerResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Asynchronous on purpose: a test may serve a loopback fake GitHub from this same process. */
export async function runStep(step: RunnerStep): Promise<RunnerResult> {
  const files = mkdtempSync(join(tmpdir(), 'dg-runner-'));
  try {
    const outputPath = join(files, 'output');
    const summaryPath = join(files, 'summary');
    const eventPath = join(files, 'event.json');
    writeFileSync(outputPath, '');
    writeFileSync(summaryPath, '');
    writeFileSync(eventPath, JSON.stringify(step.event ?? {}));
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? files,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_EVENT_NAME: step.eventName ?? 'push',
      GITHUB_SHA: step.sha ?? '',
      GITHUB_WORKSPACE: step.workspace,
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_REPOSITORY_OWNER: 'acme',
      GITHUB_ACTOR: 'dana',
      GITHUB_TRIGGERING_ACTOR: 'dana',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'http://127.0.0.1:9', // nothing listens there: a test that needs the API passes its own
      GITHUB_RUN_ID: '42',
      RUNNER_TEMP: files,
      ...step.env,
    };
    // The runner turns each input name into INPUT_<NAME>: upper case, spaces to _, hyphens kept.
    for (const [name, value] of Object.entries(step.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    const { exitCode, stdout, stderr } = await spawnCollect(NODE24, [join(PROJECT_ROOT, step.entry)], step.workspace, env);
    return {
      exitCode,
      stdout,
      stderr,
      outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
      summary: readFileSync(summaryPath, 'utf8'),
    };
  } finally {
    rmSync(files, { recursive: true, force: true });
  }
}

function spawnCollect(command: string, args: string[], cwd: string, env: Record<string, string>) {
  return new Promise<{ exitCode: number; stdout: string; stderr: string }>((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ exitCode: code ?? -1, stdout, stderr }));
  });
}

/** Parses the `name<<DELIMITER ... DELIMITER` records @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[index]!);
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    while (++index < lines.length && lines[index] !== delimiter) value.push(lines[index]!);
    outputs[name!] = value.join('\n');
  }
  return outputs;
}
