// The GitHub Action entry: reads the step's inputs once, runs the gates, and reports through
// the runner (outputs, job summary, annotations, exit status). Any throw ends in setFailed.

import { resolve } from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { loadConfig } from '../config/config-file.js';
import { GATES, findGate } from '../gates/registry.js';
import type { GateDefinition, Links, RunContext } from '../gates/types.js';
import type { GitHubApi } from '../github/port.js';
import { parseInputs, COMMON_INPUTS } from '../inputs/spec.js';
import { combineVerdicts, errorResult, GateInputError } from '../model/result.js';
import { selectAnnotations } from '../report/annotations.js';
import { renderSummary, type RenderedGate } from '../report/markdown.js';
import { runGates } from '../run/run-gates.js';

/** `target` is a gate name, or `suite` for the root action that runs several gates. */
export async function runAction(target: string): Promise<void> {
  try {
    const gates = selectGates(target);
    const common = parseInputs(COMMON_INPUTS, { fromStep: (name) => core.getInput(name), fromConfig: () => undefined });
    const token = common['token'] as string | undefined;
    if (token) core.setSecret(token);
    const mode = common['mode'] as 'enforce' | 'report';
    const configPath = common['config'] as string;

    const run = runContext();
    const github = token && run.repo ? await (await import('../github/octokit-api.js')).createGitHubApi({ token, repo: run.repo, baseUrl: context.apiUrl, log: core.info }) : undefined;
    const rendered = await runWithConfig(gates, configPath, run, github);
    await report(target, rendered, run, mode);
  } catch (error) {
    core.setOutput('verdict', 'error');
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

function selectGates(target: string): GateDefinition[] {
  if (target !== 'suite') {
    const gate = findGate(target);
    if (!gate) throw new Error(`internal: no gate named ${target}`);
    return [gate];
  }
  const requested = core.getInput('gates').trim();
  if (!requested || requested === 'all') return [...GATES];
  return requested.split(',').map((name) => {
    const gate = findGate(name.trim());
    if (!gate) {
      throw new GateInputError(`input \`gates\` names ${JSON.stringify(name.trim())}, which is not a gate; accepted: all, ${GATES.map((g) => g.name).join(', ')}.`);
    }
    return gate;
  });
}

async function runWithConfig(
  gates: GateDefinition[],
  configPath: string,
  run: RunContext,
  github: GitHubApi | undefined,
): Promise<RenderedGate[]> {
  // Only a file at the default path may be missing; a path someone wrote down must exist.
  const explicitConfig = configPath !== COMMON_INPUTS.find((input) => input.name === 'config')?.default;
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
  const config = await loadConfig(resolve(workspace, configPath), {
    required: explicitConfig,
    gates: new Map(GATES.map((gate) => [gate.name, gate.inputs])),
  }).catch((error: unknown) => error as Error);
  if (config instanceof Error) {
    // A broken config file means no gate can know its settings: every gate could not decide.
    return gates.map((gate) => ({ gate, result: errorResult(gate.name, config) }));
  }
  // Secrets are masked the moment they are read, before any gate could print them.
  for (const spec of gates.flatMap((gate) => gate.inputs)) {
    const value = spec.secret ? core.getInput(spec.name) : '';
    if (value) core.setSecret(value);
  }
  return runGates({
    gates,
    stepInput: (name) => core.getInput(name),
    config,
    env: { workspace, run, github, fetch: true },
  });
}

function runContext(): RunContext {
  const pullRequest = context.payload.pull_request as { head?: { sha?: string } } | undefined;
  // On pull_request events github.sha is a temporary merge commit; the PR head is what ships.
  const defaultSha = (context.eventName.startsWith('pull_request') && pullRequest?.head?.sha) || context.sha || 'HEAD';
  const repository = process.env['GITHUB_REPOSITORY'];
  const repo = repository?.includes('/') ? context.repo : undefined;
  const serverUrl = context.serverUrl;
  return {
    defaultSha,
    actor: process.env['GITHUB_TRIGGERING_ACTOR'] || context.actor || undefined,
    eventName: context.eventName,
    repo,
    serverUrl,
    runUrl: repo && context.runId ? `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${context.runId}` : undefined,
  };
}

export function linksFor(run: RunContext): Links {
  const base = run.repo && run.serverUrl ? `${run.serverUrl}/${run.repo.owner}/${run.repo.repo}` : undefined;
  return {
    commit: (sha) => (base && /^[0-9a-f]{7,64}$/i.test(sha) ? `${base}/commit/${sha}` : undefined),
    user: (login) => (run.serverUrl && /^[A-Za-z0-9-]+(\[bot\])?$/.test(login) ? `${run.serverUrl}/${login.replace('[bot]', '')}` : undefined),
  };
}

async function report(target: string, rendered: RenderedGate[], run: RunContext, mode: 'enforce' | 'report'): Promise<void> {
  const results = rendered.map(({ result }) => result);
  const verdict = combineVerdicts(results.map((result) => result.verdict));

  core.setOutput('verdict', verdict);
  core.setOutput('result', JSON.stringify(target === 'suite' ? { verdict, gates: results } : results[0]));
  for (const { gate, result } of rendered) {
    if (result.verdict === 'error') continue; // no half-made outputs from a gate that could not decide
    for (const [name, value] of Object.entries(gate.outputValues(result))) core.setOutput(name, value);
  }

  const { annotations, omitted } = selectAnnotations(results);
  for (const annotation of annotations) {
    const properties = { title: annotation.title, file: annotation.file, startLine: annotation.line };
    if (annotation.severity === 'error') core.error(annotation.message, properties);
    else if (annotation.severity === 'warning') core.warning(annotation.message, properties);
    else core.notice(annotation.message, properties);
  }

  const markdown = renderSummary(rendered, {
    links: linksFor(run),
    repository: run.repo ? `${run.repo.owner}/${run.repo.repo}` : undefined,
    suite: target === 'suite',
    mode,
    annotationsOmitted: omitted,
  });
  if (process.env['GITHUB_STEP_SUMMARY']) await core.summary.addRaw(markdown).write();
  else core.info(markdown);

  for (const { result } of rendered) core.info(`${result.gate}: ${result.verdict}: ${result.summary}`);
  if (verdict !== 'pass') {
    const message = `deploy-gates: ${verdict}: ${results.filter((r) => r.verdict !== 'pass').map((r) => `${r.gate} ${r.verdict}`).join(', ')}`;
    if (mode === 'enforce') core.setFailed(message);
    else core.warning(`${message} (mode: report, the step does not fail)`);
  }
}
