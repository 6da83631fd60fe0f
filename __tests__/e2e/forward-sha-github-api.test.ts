// The dist entry under Node 24 against a loopback fake GitHub (responses checked against the
// OpenAPI description): production from the Deployments API, history from the compare API.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../helpers/fake-github.js';
import { cleanupRepos, cloneRepo, createRepo, type TestRepo } from '../helpers/git-repo.js';
import { runStep } from '../helpers/runner.js';

const ENTRY = 'dist/actions/forward-sha.js';
let fake: FakeGitHub;
let origin: TestRepo;

beforeAll(() => {
  origin = createRepo();
  origin.commits(2, 'ENG-1 base');
  origin.branch('production');
  origin.commits(3, 'ENG-2 feature');
});
afterAll(cleanupRepos);

beforeEach(async () => {
  fake = await new FakeGitHub().start();
});
afterEach(async () => {
  await fake.close();
  expect(fake.validationErrors).toEqual([]);
});

function apiEnv() {
  return { GITHUB_API_URL: fake.baseUrl };
}

describe('forward-sha with the GitHub API', () => {
  it('takes production from the newest successful deployment to the environment', async () => {
    const production = origin.revParse('production');
    const repo = fake.repo('acme', 'shop');
    repo.deploy('production', origin.revParse('main~4'), ['success', 'inactive']);
    const live = repo.deploy('production', production, ['in_progress', 'success']);
    repo.deploy('production', origin.revParse('main'), ['in_progress', 'failure']);
    repo.deploy('staging', origin.revParse('main'), ['success']);
    const workspace = cloneRepo(origin, { depth: 1 });

    const step = await runStep({
      entry: ENTRY,
      inputs: { environment: 'production', token: fake.token },
      workspace: workspace.dir,
      sha: workspace.head(),
      env: apiEnv(),
    });

    expect(step.exitCode).toBe(0);
    expect(step.outputs).toMatchObject({ verdict: 'pass', relation: 'ahead', 'ahead-by': '3', 'production-sha': production });
    expect(step.summary).toContain(`deployment ${live.id} to production`);
    // The runner hides the token from the log once told with ::add-mask::; nothing else may show it.
    expect(step.stdout).toContain(`::add-mask::${fake.token}`);
    const printed = step.stdout.replace(`::add-mask::${fake.token}`, '') + step.stderr + step.summary + JSON.stringify(step.outputs);
    expect(printed).not.toContain(fake.token);
  });

  it('ends in error when no deployment to the environment ever succeeded', async () => {
    fake.repo('acme', 'shop').deploy('production', origin.revParse('main'), ['failure']);
    const workspace = cloneRepo(origin, { depth: 1 });
    const step = await runStep({ entry: ENTRY, inputs: { environment: 'production', token: fake.token }, workspace: workspace.dir, sha: workspace.head(), env: apiEnv() });
    expect(step.exitCode).toBe(1);
    expect(step.outputs['verdict']).toBe('error');
    expect(step.summary).toContain('no deployment to environment "production" has a successful latest status');
  });

  it('ends in error, naming the permission, when the token may not read deployments', async () => {
    fake.scriptAlways(/\/deployments/, { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } });
    const workspace = cloneRepo(origin, { depth: 1 });
    const step = await runStep({ entry: ENTRY, inputs: { environment: 'production', token: fake.token }, workspace: workspace.dir, sha: workspace.head(), env: apiEnv() });
    expect(step.outputs['verdict']).toBe('error');
    expect(step.summary).toContain('deployments: read');
  });

  it('reads the range from the compare API without any checkout (history: github)', async () => {
    const repo = fake.repo('acme', 'shop');
    const [root] = repo.chain(1, undefined, 'root');
    const hotfix = repo.commit('ENG-9 Hotfix', [root!]);
    const feature = repo.chain(2, root, 'ENG-3 feature');
    repo.ref('production', hotfix).ref('main', feature.at(-1)!);
    const empty = mkdtempSync(join(tmpdir(), 'dg-no-checkout-'));

    const step = await runStep({
      entry: ENTRY,
      inputs: { 'production-ref': 'production', history: 'github', token: fake.token },
      workspace: empty,
      sha: feature.at(-1)!,
      env: apiEnv(),
    });

    expect(step.exitCode).toBe(1);
    expect(step.outputs).toMatchObject({ verdict: 'fail', relation: 'diverged', 'ahead-by': '2', 'behind-by': '1', 'production-sha': hotfix });
    expect(step.summary).toContain('#### Would be dropped from production: 1');
    expect(step.summary).toContain('ENG-9 Hotfix');
    expect(fake.countRequests(/\/compare\//)).toBeGreaterThanOrEqual(2);
  });

  it('ends in error when the API is unreachable, never in pass', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'dg-no-checkout-'));
    const step = await runStep({
      entry: ENTRY,
      inputs: { 'production-ref': 'production', history: 'github', token: 'x' },
      workspace: empty,
      sha: 'a'.repeat(40),
      env: { GITHUB_API_URL: 'http://127.0.0.1:9' },
    });
    expect(step.exitCode).toBe(1);
    expect(step.outputs['verdict']).toBe('error');
  });
});
