// `deploy-gates <gate> [flags]`: runs any gate locally, with flags that mirror the action's
// inputs. Exit status: 0 pass, 1 fail, 2 error or bad usage.

import { resolve } from 'node:path';
import { loadConfig } from '../config/config-file.js';
import { GATES, findGate } from '../gates/registry.js';
import type { GateDefinition, RunContext } from '../gates/types.js';
import type { GitHubApi, RepoRef } from '../github/port.js';
import { COMMON_INPUTS, parseInputs, type InputSpec } from '../inputs/spec.js';
import { combineVerdicts, GateInputError, type Verdict } from '../model/result.js';
import { renderSummary, type RenderedGate } from '../report/markdown.js';
import { renderText } from '../report/text.js';
import { runGates } from '../run/run-gates.js';
import { formatOptions, parseArgs, UsageError } from './args.js';

export const EXIT_CODES: Record<Verdict, number> = { pass: 0, fail: 1, error: 2 };

const CLI_INPUTS: readonly InputSpec[] = [
  { name: 'format', kind: 'enum', values: ['text', 'json', 'markdown'], description: 'Report format. Default: text on a terminal, json otherwise.' },
  { name: 'cwd', kind: 'string', description: 'The git checkout to look at. Default: the current directory.' },
  { name: 'repo', kind: 'string', description: 'owner/name on GitHub, for the API (environment, history: github). Default: $GITHUB_REPOSITORY.' },
  { name: 'api-url', kind: 'string', description: 'GitHub API URL (GitHub Enterprise Server). Default: $GITHUB_API_URL or https://api.github.com.' },
  { name: 'fetch', kind: 'boolean', description: 'Let the gate fetch missing refs and deepen a shallow clone from origin. Default: false.' },
];

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTerminal: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(mainHelp());
      return command ? 0 : 2;
    }
    if (command === 'migrations' && rest[0] === 'calibrate') {
      const { runCalibrate } = await import('./calibrate.js');
      return await runCalibrate(rest.slice(1), io);
    }
    if (command === 'demo') {
      const { runDemo } = await import('./demo.js');
      return await runDemo(io);
    }
    const gates = command === 'run' ? [...GATES] : [findGate(command)].filter((gate) => gate !== undefined);
    if (gates.length === 0) throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    return await runGateCommand(command, gates, rest, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof GateInputError) {
      const helpFor = command === 'migrations' && rest[0] === 'calibrate' ? 'migrations calibrate ' : command && findGate(command) ? `${command} ` : '';
      io.stderr(`deploy-gates: ${error.message}\nRun \`deploy-gates ${helpFor}--help\` for usage.\n`);
      return 2;
    }
    io.stderr(`deploy-gates: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

async function runGateCommand(command: string, gates: GateDefinition[], argv: readonly string[], io: CliIo): Promise<number> {
  const specs = uniqueSpecs([...COMMON_INPUTS, ...CLI_INPUTS, ...gates.flatMap((gate) => gate.inputs)]);
  const args = parseArgs(argv, specs);
  if (args.help) {
    io.stdout(gateHelp(command, gates, specs));
    return 0;
  }
  if (args.positionals.length) throw new UsageError(`unexpected argument ${JSON.stringify(args.positionals[0])}`);
  const flag = (name: string) => args.values.get(name);
  const common = parseInputs([...COMMON_INPUTS, ...CLI_INPUTS], { fromStep: flag, fromConfig: () => undefined });
  const workspace = resolve(io.cwd, (common['cwd'] as string | undefined) ?? '.');
  const format = (common['format'] as string | undefined) ?? (io.isTerminal ? 'text' : 'json');
  const mode = common['mode'] as 'enforce' | 'report';

  const config = await loadConfig(resolve(workspace, common['config'] as string), {
    required: args.values.has('config'),
    gates: new Map(GATES.map((gate) => [gate.name, gate.inputs])),
  });
  const run = cliRunContext(common, io.env);
  const github = await githubApi(common, run.repo, io.env);
  const rendered = await runGates({ gates, stepInput: flag, config, env: { workspace, run, github, fetch: common['fetch'] === true } });

  io.stdout(render(format, rendered, run, mode, command === 'run'));
  const verdict = combineVerdicts(rendered.map(({ result }) => result.verdict));
  return mode === 'report' ? 0 : EXIT_CODES[verdict];
}

function render(format: string, rendered: RenderedGate[], run: RunContext, mode: 'enforce' | 'report', suite: boolean): string {
  if (format === 'json') {
    const results = rendered.map(({ result }) => result);
    const body = results.length === 1 ? results[0] : { verdict: combineVerdicts(results.map((r) => r.verdict)), gates: results };
    return `${JSON.stringify(body, null, 2)}\n`;
  }
  if (format === 'markdown') {
    const base = run.repo && run.serverUrl ? `${run.serverUrl}/${run.repo.owner}/${run.repo.repo}` : undefined;
    return renderSummary(rendered, {
      links: { commit: (sha) => (base ? `${base}/commit/${sha}` : undefined), user: () => undefined },
      repository: run.repo ? `${run.repo.owner}/${run.repo.repo}` : undefined,
      suite,
      mode,
      annotationsOmitted: 0,
    });
  }
  return renderText(rendered);
}

function cliRunContext(common: Record<string, unknown>, env: NodeJS.ProcessEnv): RunContext {
  const repo = parseRepo((common['repo'] as string | undefined) ?? env['GITHUB_REPOSITORY']);
  return {
    defaultSha: 'HEAD',
    actor: env['GITHUB_TRIGGERING_ACTOR'] || env['GITHUB_ACTOR'] || env['USER'] || undefined,
    repo,
    serverUrl: env['GITHUB_SERVER_URL'] || 'https://github.com',
  };
}

function parseRepo(value: string | undefined): RepoRef | undefined {
  if (!value) return undefined;
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value);
  if (!match) throw new UsageError(`--repo ${JSON.stringify(value)} is not of the form owner/name`);
  return { owner: match[1]!, repo: match[2]! };
}

async function githubApi(common: Record<string, unknown>, repo: RepoRef | undefined, env: NodeJS.ProcessEnv): Promise<GitHubApi | undefined> {
  const token = (common['token'] as string | undefined) || env['GITHUB_TOKEN'] || env['GH_TOKEN'];
  if (!token || !repo) return undefined;
  const { createGitHubApi } = await import('../github/octokit-api.js');
  const baseUrl = (common['api-url'] as string | undefined) || env['GITHUB_API_URL'] || 'https://api.github.com';
  return createGitHubApi({ token, repo, baseUrl, log: () => undefined });
}

function uniqueSpecs(specs: readonly InputSpec[]): InputSpec[] {
  const seen = new Map<string, InputSpec>();
  for (const spec of specs) if (!seen.has(spec.name)) seen.set(spec.name, spec);
  return [...seen.values()];
}

function mainHelp(): string {
  return [
    'deploy-gates: decide whether a deploy may go ahead.',
    '',
    'Usage: deploy-gates <command> [options]',
    '',
    'Commands:',
    ...GATES.map((gate) => `  ${gate.name.padEnd(14)} ${gate.question}`),
    `  ${'run'.padEnd(14)} Run every gate, as the root action does.`,
    `  ${'migrations calibrate'} Measure the migrations cost model's rates on your staging database.`,
    `  ${'demo'.padEnd(14)} Build a throwaway repository and run every gate on built-in sample data.`,
    '',
    'Exit status: 0 pass, 1 fail, 2 error (could not decide) or bad usage.',
    'Run `deploy-gates <command> --help` for its options.',
    '',
  ].join('\n');
}

function gateHelp(command: string, gates: GateDefinition[], specs: readonly InputSpec[]): string {
  const question = gates.length === 1 ? gates[0]!.question : 'Runs every gate.';
  return [
    `Usage: deploy-gates ${command} [options]`,
    '',
    question,
    '',
    'Options (the action inputs of the same names; booleans: --flag, --no-flag or --flag=false):',
    formatOptions(specs.filter((spec) => spec.name !== 'token')),
    '  --token <value>\n      GitHub token for the API. Default: $GITHUB_TOKEN or $GH_TOKEN. Never printed.',
    '',
    'Exit status: 0 pass, 1 fail, 2 error (could not decide) or bad usage; always 0 with --mode report.',
    '',
  ].join('\n');
}

function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTerminal: Boolean(process.stdout.isTTY),
    env: process.env,
    cwd: process.cwd(),
  };
}
