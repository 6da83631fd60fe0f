// The committed dist/ entries, run as the runner runs them, under Node 24, on a depth-1 clone
// as the default actions/checkout leaves it.

import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupRepos, cloneRepo, createRepo, type TestRepo } from '../helpers/git-repo.js';
import { NODE24, PROJECT_ROOT, runStep } from '../helpers/runner.js';

const FORWARD_SHA = 'dist/actions/forward-sha.js';
const SUITE = 'dist/actions/suite.js';

let origin: TestRepo;
let shipping: string[];
let hotfix: string;
let release: string;

beforeAll(() => {
  expect(existsSync(join(PROJECT_ROOT, FORWARD_SHA)), 'dist/ is missing: run `npm run build`').toBe(true);
  origin = createRepo();
  origin.commits(3, 'ENG-1 base');
  origin.branch('production');
  origin.checkoutNew('release');
  release = origin.commit('ENG-7 release-only change');
  origin.checkout('production');
  hotfix = origin.commit('ENG-9 Hotfix: refund rounding');
  origin.checkout('main');
  origin.merge('production');
  shipping = origin.commits(4, 'ENG-2 feature');
});

afterAll(cleanupRepos);

/** A clone as actions/checkout makes it on a push: depth 1, the pushed commit checked out. */
function checkout(ref: string): TestRepo {
  return cloneRepo(origin, { depth: 1, branch: ref });
}

describe('dist entries under Node 24', () => {
  it('uses Node 24', () => {
    expect(execFileSync(NODE24, ['--version'], { encoding: 'utf8' })).toMatch(/^v24\./);
  });

  it('passes a deploy that is ahead, on a depth-1 checkout, with outputs and a summary', async () => {
    const workspace = checkout('main');
    const head = workspace.head();
    const step = await runStep({ entry: FORWARD_SHA, inputs: { 'production-ref': 'production' }, workspace: workspace.dir, sha: head });
    // Only the fetches that completed the shallow clone show in the log, and no git errors.
    const logged = step.stderr.split('\n').filter(Boolean);
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.every((line) => /^\[command\]\S*git fetch --no-tags /.test(line))).toBe(true);
    expect(step.exitCode).toBe(0);
    expect(step.outputs).toMatchObject({ verdict: 'pass', relation: 'ahead', 'ahead-by': '5', 'behind-by': '0' });
    expect(step.outputs['production-sha']).toBe(origin.revParse('production'));
    expect(JSON.parse(step.outputs['result']!)).toMatchObject({ gate: 'forward-sha', verdict: 'pass' });
    expect(step.summary.split('\n')[0]).toBe('## ✅ forward-sha: pass');
    expect(step.summary).toContain(`[${shipping.at(-1)!.slice(0, 7)}](https://github.com/acme/shop/commit/${shipping.at(-1)})`);
    expect(step.summary).toMatch(/deepened the shallow clone|fetched production/);
  });

  it('fails a deploy that would drop a production hotfix, with an error annotation and exit 1', async () => {
    const workspace = checkout('release');
    const step = await runStep({ entry: FORWARD_SHA, inputs: { 'production-ref': 'production' }, workspace: workspace.dir, sha: release });
    expect(step.exitCode).toBe(1);
    expect(step.outputs).toMatchObject({ verdict: 'fail', relation: 'diverged', 'ahead-by': '1', 'behind-by': '1' });
    expect(step.stdout).toMatch(/^::error title=forward-sha%3A Deploy would drop production commits::forward-sha\/diverged/m);
    expect(step.stdout).toMatch(/^::error::deploy-gates: fail: forward-sha fail/m);
    expect(step.summary).toContain('#### Would be dropped from production: 1');
    expect(step.summary).toContain(hotfix.slice(0, 7));
  });

  it('in report mode reports the same failure but does not fail the step', async () => {
    const workspace = checkout('release');
    const step = await runStep({ entry: FORWARD_SHA, inputs: { 'production-ref': 'production', mode: 'report' }, workspace: workspace.dir, sha: release });
    expect(step.exitCode).toBe(0);
    expect(step.outputs['verdict']).toBe('fail');
    expect(step.summary).toContain('would be blocked (report mode: not enforced)');
  });

  it('records an allowed rollback with who triggered the run', async () => {
    const workspace = checkout('release');
    const step = await runStep({
      entry: FORWARD_SHA,
      inputs: { 'production-ref': 'production', 'allow-rollback': 'true' },
      workspace: workspace.dir,
      sha: release,
    });
    expect(step.exitCode).toBe(0);
    expect(step.outputs['verdict']).toBe('pass');
    // The login is linked, never @-mentioned: a zero-width space keeps GitHub from notifying.
    expect(step.summary).toContain('**Override:** `allow-rollback: true`, run triggered by [@\u200bdana](https://github.com/dana)');
    expect(step.stdout).toMatch(/^::warning title=forward-sha%3A Rollback allowed by override::/m);
  });

  it('deploys the pull request head, not the temporary merge commit, on pull_request events', async () => {
    const workspace = checkout('main');
    const head = workspace.head();
    const step = await runStep({
      entry: FORWARD_SHA,
      inputs: { 'production-ref': 'production' },
      workspace: workspace.dir,
      eventName: 'pull_request',
      sha: 'f'.repeat(40), // the merge commit GitHub would make: not in this repository at all
      event: { pull_request: { number: 7, head: { sha: head } } },
    });
    expect(step.exitCode).toBe(0);
    expect(JSON.parse(step.outputs['result']!).data.deploySha).toBe(head);
  });

  it('ends in error, naming the input and the fix, when production-ref does not exist', async () => {
    const workspace = checkout('main');
    const step = await runStep({ entry: FORWARD_SHA, inputs: { 'production-ref': 'prod' }, workspace: workspace.dir, sha: workspace.head() });
    expect(step.exitCode).toBe(1);
    expect(step.outputs['verdict']).toBe('error');
    expect(step.outputs['relation']).toBeUndefined();
    expect(step.summary).toContain('input `production-ref` "prod" does not name a commit');
  });

  it('refuses a ref that git would read as an option, without running it', async () => {
    const workspace = checkout('main');
    const marker = join(workspace.dir, 'pwned');
    const step = await runStep({
      entry: FORWARD_SHA,
      inputs: { 'production-ref': `--upload-pack=touch ${marker}` },
      workspace: workspace.dir,
      sha: workspace.head(),
    });
    expect(step.outputs['verdict']).toBe('error');
    expect(step.summary).toContain('would read it as an option');
    expect(existsSync(marker)).toBe(false);
  });

  it('reads gate settings from the config file, and a step input overrides them', async () => {
    const workspace = checkout('release');
    mkdirSync(join(workspace.dir, '.github'), { recursive: true });
    writeFileSync(join(workspace.dir, '.github', 'deploy-gates.yml'), 'forward-sha:\n  production-ref: production\n  allow-rollback: true\n');
    const fromConfig = await runStep({ entry: FORWARD_SHA, inputs: {}, workspace: workspace.dir, sha: release });
    expect(fromConfig.outputs['verdict']).toBe('pass');
    const overridden = await runStep({ entry: FORWARD_SHA, inputs: { 'allow-rollback': 'false' }, workspace: workspace.dir, sha: release });
    expect(overridden.outputs['verdict']).toBe('fail');
  });

  it('ends every gate in error on a malformed config file', async () => {
    const workspace = checkout('main');
    mkdirSync(join(workspace.dir, '.github'), { recursive: true });
    writeFileSync(join(workspace.dir, '.github', 'deploy-gates.yml'), 'forward-sha:\n  alow-rollback: true\n');
    const step = await runStep({ entry: FORWARD_SHA, inputs: {}, workspace: workspace.dir, sha: workspace.head() });
    expect(step.exitCode).toBe(1);
    expect(step.outputs['verdict']).toBe('error');
    expect(step.summary).toContain('`forward-sha.alow-rollback` is not a setting of forward-sha');
  });

  it('runs the whole suite from the root action', async () => {
    const workspace = checkout('main');
    const step = await runStep({ entry: SUITE, inputs: { 'production-ref': 'production', gates: 'forward-sha' }, workspace: workspace.dir, sha: workspace.head() });
    expect(step.exitCode).toBe(0);
    expect(step.outputs['verdict']).toBe('pass');
    expect(JSON.parse(step.outputs['result']!)).toMatchObject({ verdict: 'pass', gates: [{ gate: 'forward-sha', verdict: 'pass' }] });
    expect(step.summary.split('\n')[0]).toBe('## ✅ Deploy: allowed');
    expect(step.summary).toContain('| forward-sha | ✅ pass |');
  });

  it('rejects an unknown gate name in the suite’s gates input', async () => {
    const workspace = checkout('main');
    const step = await runStep({ entry: SUITE, inputs: { gates: 'forward-sha,rollback' }, workspace: workspace.dir, sha: workspace.head() });
    expect(step.exitCode).toBe(1);
    expect(step.stdout).toContain('input `gates` names "rollback", which is not a gate');
  });
});
