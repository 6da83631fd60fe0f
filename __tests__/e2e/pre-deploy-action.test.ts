// The pre-deploy dist entry under Node 24, as the runner runs it: a depth-1 checkout, the file
// tracker, the commit status posted to a loopback fake GitHub (checked against the OpenAPI
// description), and the github tracker.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../helpers/fake-github.js';
import { cleanupRepos, cloneRepo, createRepo, type TestRepo } from '../helpers/git-repo.js';
import { runStep } from '../helpers/runner.js';

const ENTRY = 'dist/actions/pre-deploy.js';
const ISSUES = `issues:
  ENG-1:
    title: Ready thing
    status: Done
    fields:
      Risk Assessment: low
  ENG-2:
    title: "Unready | ![img](https://evil.example/x.png) <b>thing</b>"
    status: In Review
    fields:
      Risk Assessment: ""
`;

let origin: TestRepo;
let fake: FakeGitHub;

beforeAll(() => {
  origin = createRepo();
  origin.branch('production');
  origin.commit('ENG-1 ready change');
  origin.commit('ENG-2 unready change\n\nbody mentions nothing else');
  origin.commit('fix typo');
  origin.commit('[no-issue] bump lockfile');
});
afterAll(cleanupRepos);
beforeEach(async () => {
  fake = await new FakeGitHub().start();
  fake.repo('acme', 'shop');
});
afterEach(async () => {
  await fake.close();
  expect(fake.validationErrors).toEqual([]);
});

/** GitHub answers 422 to a status on a commit it does not have: tell the fake about the deploy SHA. */
function knownToGitHub(sha: string): void {
  fake.repo('acme', 'shop').commits.set(sha, { sha, message: 'deploy', authorName: 'Ada', authorEmail: 'ada@example.com', authorLogin: null, date: '2026-01-01T00:00:00Z', parents: [] });
}

function workspaceWithIssues(): TestRepo {
  const workspace = cloneRepo(origin, { depth: 1 });
  knownToGitHub(workspace.head());
  knownToGitHub(origin.revParse('main~3'));
  mkdirSync(join(workspace.dir, '.github'), { recursive: true });
  writeFileSync(join(workspace.dir, '.github', 'deploy-issues.yml'), ISSUES);
  return workspace;
}

describe('pre-deploy dist entry under Node 24', () => {
  it('fails on an unready issue and a commit without an issue, posts a failure status and escapes titles', async () => {
    const workspace = workspaceWithIssues();
    const step = await runStep({
      entry: ENTRY,
      inputs: {
        tracker: 'file',
        'production-ref': 'production',
        'allowed-statuses': 'Done, Ready for Deploy',
        'required-fields': 'Risk Assessment',
        'exempt-pattern': '^\\[no-issue\\]',
        token: fake.token,
      },
      workspace: workspace.dir,
      sha: workspace.head(),
      env: { GITHUB_API_URL: fake.baseUrl },
    });
    expect(step.exitCode).toBe(1);
    expect(step.outputs['verdict']).toBe('fail');
    expect(JSON.parse(step.outputs['issues']!).map((i: { key: string }) => i.key)).toEqual(['ENG-2', 'ENG-1']);
    expect(JSON.parse(step.outputs['commits-without-issue']!)).toHaveLength(1);
    expect(step.summary).toContain('pre-deploy/status-not-allowed');
    expect(step.summary).toContain('Commits without an issue');
    expect(step.summary).not.toContain('![img](');
    expect(step.summary).not.toContain('<b>');
    expect(step.summary).toContain('Commit status `deploy-gates/pre-deploy`: failure on');
    const statuses = fake.repo('acme', 'shop').statuses;
    expect(statuses).toHaveLength(1);
    expect(statuses[0]).toMatchObject({ sha: workspace.head(), state: 'failure', context: 'deploy-gates/pre-deploy' });
    expect(statuses[0]!.description!.length).toBeLessThanOrEqual(140);
  });

  it('passes when every shipped issue is ready, and says the status was posted', async () => {
    const workspace = workspaceWithIssues();
    const step = await runStep({
      entry: ENTRY,
      inputs: { tracker: 'file', 'production-ref': 'production', sha: origin.revParse('main~3'), token: fake.token },
      workspace: workspace.dir,
      sha: workspace.head(),
      env: { GITHUB_API_URL: fake.baseUrl },
    });
    expect(step.outputs['verdict']).toBe('pass');
    expect(step.exitCode).toBe(0);
    expect(fake.repo('acme', 'shop').statuses[0]).toMatchObject({ state: 'success' });
  });

  it('ends in error, never pass, when the tracker cannot be read', async () => {
    const workspace = cloneRepo(origin, { depth: 1 });
    const step = await runStep({
      entry: ENTRY,
      inputs: { tracker: 'file', 'production-ref': 'production', 'post-status': 'false' },
      workspace: workspace.dir,
      sha: workspace.head(),
    });
    expect(step.exitCode).toBe(1);
    expect(step.outputs['verdict']).toBe('error');
    expect(step.summary).toContain('tracker-file');
  });

  it('ends in error naming the input when no tracker is set', async () => {
    const workspace = cloneRepo(origin, { depth: 1 });
    const step = await runStep({ entry: ENTRY, inputs: { 'production-ref': 'production' }, workspace: workspace.dir, sha: workspace.head() });
    expect(step.outputs['verdict']).toBe('error');
    expect(step.summary).toContain('input `tracker` is required');
  });

  it('checks GitHub issues referenced as #n with the github tracker', async () => {
    const repo = createRepo();
    repo.branch('production');
    repo.commit('Fix rounding (#7)\n\nFixes #3');
    const workspace = cloneRepo(repo, { depth: 1 });
    const shop = fake.repo('acme', 'shop');
    shop.issue(3, { title: 'Rounding', state: 'open' });
    shop.pullRequest(7, { title: 'Fix rounding' });
    const step = await runStep({
      entry: ENTRY,
      inputs: { tracker: 'github', 'production-ref': 'production', 'allowed-statuses': 'closed, closed (completed)', token: fake.token, 'post-status': 'false' },
      workspace: workspace.dir,
      sha: workspace.head(),
      env: { GITHUB_API_URL: fake.baseUrl },
    });
    expect(step.outputs['verdict']).toBe('fail');
    // The squash commit's own pull request (#7) is not an issue it ships.
    expect(JSON.parse(step.outputs['issues']!).map((i: { key: string }) => i.key)).toEqual(['acme/shop#3']);
    expect(step.summary).toContain('status is \\"open\\"'.replace(/\\/g, ''));
  });
});
