import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubApi } from '../../src/github/octokit-api.js';
import type { GitHubApi } from '../../src/github/port.js';
import { GateInputError } from '../../src/model/result.js';
import { failures, FakeGitHub, type FakeRepo, validateRequest } from '../helpers/fake-github.js';

const owner = 'acme';
const name = 'shop';

let fake: FakeGitHub;
let repo: FakeRepo;
let logs: string[];

beforeEach(async () => {
  fake = await new FakeGitHub().start();
  repo = fake.repo(owner, name);
  logs = [];
});

afterEach(async () => {
  await fake.close();
  // Every body the fake sent (and every body it was sent) must match GitHub's OpenAPI description.
  expect(fake.validationErrors).toEqual([]);
});

async function api(): Promise<GitHubApi> {
  return createGitHubApi({
    token: fake.token,
    repo: { owner, repo: name },
    baseUrl: fake.baseUrl,
    log: (message) => logs.push(message),
    retryDelaysScale: 0.01,
  });
}

function expectConformingFake(): void {
  expect(fake.validationErrors).toEqual([]);
  expect(fake.requests.every((r) => r.authorized)).toBe(true);
}

describe('createCommitStatus', () => {
  it('posts the status with its context, description and target URL', async () => {
    const [sha] = repo.chain(1);

    await (await api()).createCommitStatus(sha!, {
      state: 'failure',
      context: 'deploy-gates/pre-deploy',
      description: '2 issues; 1 not ready (acme/shop#12)',
      targetUrl: 'https://github.com/acme/shop/actions/runs/1',
    });

    expect(repo.statuses).toEqual([
      expect.objectContaining({
        sha,
        state: 'failure',
        context: 'deploy-gates/pre-deploy',
        description: '2 issues; 1 not ready (acme/shop#12)',
        targetUrl: 'https://github.com/acme/shop/actions/runs/1',
      }),
    ]);
    expect(fake.requests).toEqual([
      expect.objectContaining({ method: 'POST', path: `/repos/${owner}/${name}/statuses/${sha}`, status: 201, operation: 'POST /repos/{owner}/{repo}/statuses/{sha}' }),
    ]);
    expectConformingFake();
  });

  it('leaves the target URL out when there is none', async () => {
    const [sha] = repo.chain(1);

    await (await api()).createCommitStatus(sha!, { state: 'success', context: 'deploy-gates/pre-deploy', description: 'all ready' });

    expect(fake.requests[0]?.body).toEqual({ state: 'success', context: 'deploy-gates/pre-deploy', description: 'all ready' });
    expect(repo.statuses[0]).toMatchObject({ state: 'success', targetUrl: null });
    expectConformingFake();
  });

  it('cuts the description to the 140 characters GitHub accepts, never inside a character', async () => {
    const [sha] = repo.chain(1);
    const github = await api();

    await github.createCommitStatus(sha!, { state: 'error', context: 'c', description: `${'x'.repeat(137)}🚀🚀 and more` });
    await github.createCommitStatus(sha!, { state: 'error', context: 'c', description: `${'x'.repeat(138)}🚀🚀 and more` });
    await github.createCommitStatus(sha!, { state: 'success', context: 'c', description: 'y'.repeat(140) });
    await github.createCommitStatus(sha!, { state: 'success', context: 'c', description: 'z'.repeat(500) });

    expect(repo.statuses.map((s) => s.description)).toEqual([
      `${'x'.repeat(137)}🚀…`,
      // The cut would split the second half of a surrogate pair off: the whole character goes.
      `${'x'.repeat(138)}…`,
      'y'.repeat(140),
      `${'z'.repeat(139)}…`,
    ]);
    expectConformingFake();
  });

  it('is what the fake refuses without the cut: a description over 140 characters is a 422', async () => {
    const [sha] = repo.chain(1);
    const response = await fetch(`${fake.baseUrl}/repos/${owner}/${name}/statuses/${sha}`, {
      method: 'POST',
      headers: { authorization: `token ${fake.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'success', description: 'z'.repeat(141) }),
    });
    expect(response.status).toBe(422);
    expect(JSON.stringify(await response.json())).toMatch(/description is too long \(maximum is 140 characters\)/);
    expect(repo.statuses).toEqual([]);
  });

  it('names the `statuses: write` permission on 403', async () => {
    const [sha] = repo.chain(1);
    fake.scriptAlwaysFor('POST', /\/statuses\//, failures.forbidden());

    const error = await (await api()).createCommitStatus(sha!, { state: 'success', context: 'c', description: 'd' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(GateInputError);
    expect((error as Error).message).toContain('permissions: statuses: write');
    expect((error as Error).message).toContain('Resource not accessible by integration');
    expect((error as Error).message).not.toContain(fake.token);
    expect(fake.countRequests()).toBe(1);
  });

  it('throws on a commit GitHub does not know', async () => {
    repo.chain(1);

    const error = await (await api()).createCommitStatus('f'.repeat(40), { state: 'success', context: 'c', description: 'd' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/GitHub refused to post the commit status "c" on fffffff .*422 No commit found for SHA/);
  });

  it('retries a 502 and posts once', async () => {
    const [sha] = repo.chain(1);
    fake.scriptFor('POST', /\/statuses\//, failures.serverError(502));

    await (await api()).createCommitStatus(sha!, { state: 'success', context: 'c', description: 'd' });

    expect(fake.requests.map((r) => r.status)).toEqual([502, 201]);
    expect(repo.statuses).toHaveLength(1);
    expectConformingFake();
  });
});

describe('pullRequestTitle', () => {
  it('reads the title of a pull request', async () => {
    repo.chain(2);
    repo.pullRequest(41, { title: 'ENG-7 checkout: pay by invoice', state: 'closed' });

    expect(await (await api()).pullRequestTitle(41)).toBe('ENG-7 checkout: pay by invoice');
    expect(fake.requests[0]).toMatchObject({ path: `/repos/${owner}/${name}/pulls/41`, operation: 'GET /repos/{owner}/{repo}/pulls/{pull_number}' });
    expectConformingFake();
  });

  it('is undefined for a number that is no pull request', async () => {
    repo.issue(5);

    const github = await api();
    expect(await github.pullRequestTitle(5)).toBeUndefined();
    expect(await github.pullRequestTitle(999)).toBeUndefined();
  });

  it('names the permission on 403 and throws on a persistent 500', async () => {
    fake.scriptAlways(/\/pulls\/1$/, failures.forbidden());
    fake.scriptAlways(/\/pulls\/2$/, failures.serverError(500));
    const github = await api();

    const forbidden = await github.pullRequestTitle(1).catch((e: unknown) => e);
    expect(forbidden).toBeInstanceOf(GateInputError);
    expect((forbidden as Error).message).toContain('permissions: pull-requests: read');

    const broken = await github.pullRequestTitle(2).catch((e: unknown) => e);
    expect(broken).toBeInstanceOf(Error);
    expect(broken).not.toBeInstanceOf(GateInputError);
    expect((broken as Error).message).toMatch(/HTTP 500/);
  });
});

describe('getIssue', () => {
  it('reads an open issue with its labels and assignee', async () => {
    repo.issue(12, { title: 'Pay by invoice', labels: ['ready-for-deploy', 'payments'], assignee: 'mona' });

    const lookup = await (await api()).getIssue({ owner, repo: name, number: 12 });

    expect(lookup).toEqual({
      state: 'found',
      issue: {
        number: 12,
        title: 'Pay by invoice',
        state: 'open',
        labels: ['ready-for-deploy', 'payments'],
        assignee: 'mona',
        url: `https://github.com/${owner}/${name}/issues/12`,
        isPullRequest: false,
      },
    });
    expect(fake.requests[0]).toMatchObject({ path: `/repos/${owner}/${name}/issues/12`, operation: 'GET /repos/{owner}/{repo}/issues/{issue_number}' });
    expectConformingFake();
  });

  it('reads a closed issue with the reason it was closed, and a pull request', async () => {
    repo.issue(3, { state: 'closed', stateReason: 'not_planned' });
    repo.issue(4, { state: 'closed' });
    repo.pullRequest(5, { title: 'Refactor cart' });
    const github = await api();

    expect(await github.getIssue({ owner, repo: name, number: 3 })).toMatchObject({ state: 'found', issue: { state: 'closed', stateReason: 'not_planned' } });
    expect(await github.getIssue({ owner, repo: name, number: 4 })).toMatchObject({ state: 'found', issue: { state: 'closed', stateReason: 'completed' } });
    const pull = await github.getIssue({ owner, repo: name, number: 5 });
    expect(pull).toMatchObject({ state: 'found', issue: { title: 'Refactor cart', isPullRequest: true, url: `https://github.com/${owner}/${name}/pull/5` } });
    expect(pull.state === 'found' && pull.issue).not.toHaveProperty('assignee');
    expectConformingFake();
  });

  it('follows a transferred issue (301) to its new repository and number', async () => {
    const platform = fake.repo('acme', 'platform');
    repo.issue(12, { title: 'Rate-limit the login form', labels: ['security'], state: 'closed' });
    repo.transferIssue(12, platform, 301);

    const lookup = await (await api()).getIssue({ owner, repo: name, number: 12 });

    expect(lookup).toEqual({
      state: 'moved',
      movedTo: { owner: 'acme', repo: 'platform', number: 301 },
      issue: expect.objectContaining({ number: 301, title: 'Rate-limit the login form', state: 'closed', labels: ['security'], url: 'https://github.com/acme/platform/issues/301' }),
    });
    expect(fake.requests.map((r) => `${r.status} ${r.path}`)).toEqual([
      `301 /repos/${owner}/${name}/issues/12`,
      `200 /repositories/${platform.id}/issues/301`,
    ]);
    expectConformingFake();
  });

  it('is forbidden, not unknown, when the issue moved to a repository the token cannot read', async () => {
    const secret = fake.repo('acme', 'secret');
    repo.issue(12);
    repo.transferIssue(12, secret, 2);
    fake.scriptAlways(/^\/repositories\//, failures.notFound());

    const lookup = await (await api()).getIssue({ owner, repo: name, number: 12 });

    expect(lookup.state).toBe('forbidden');
    expect(lookup.state === 'forbidden' && lookup.reason).toMatch(/acme\/shop#12 was transferred to a repository the token cannot read \(404 Not Found\).*issues: read/);
  });

  it('is not-found for an unknown issue and for a deleted one (410), saying which', async () => {
    repo.issue(7);
    repo.deleteIssue(7);
    const github = await api();

    expect(await github.getIssue({ owner, repo: name, number: 8 })).toEqual({ state: 'not-found' });
    expect(await github.getIssue({ owner, repo: 'nowhere', number: 1 })).toEqual({ state: 'not-found' });
    expect(await github.getIssue({ owner, repo: name, number: 7 })).toEqual({ state: 'not-found', reason: 'deleted (410 This issue was deleted)' });
    expect(fake.requests.map((r) => r.status)).toEqual([404, 404, 410]);
    expectConformingFake();
  });

  it('is forbidden, naming `issues: read`, on 403', async () => {
    fake.scriptAlways(/\/issues\/9$/, failures.forbidden());

    const lookup = await (await api()).getIssue({ owner, repo: name, number: 9 });

    expect(lookup).toEqual({
      state: 'forbidden',
      reason: '403 Resource not accessible by integration: the token needs the `issues: read` permission on acme/shop',
    });
    expect(fake.countRequests()).toBe(1);
  });

  it('retries a 500 and waits out a secondary rate limit', async () => {
    repo.issue(12, { title: 'Pay by invoice' });
    fake.script(/\/issues\/12$/, failures.serverError(500), failures.secondaryRateLimit(1, 403));

    const lookup = await (await api()).getIssue({ owner, repo: name, number: 12 });

    expect(lookup).toMatchObject({ state: 'found', issue: { title: 'Pay by invoice' } });
    expect(fake.requests.map((r) => r.status)).toEqual([500, 403, 200]);
    expect(logs.join('\n')).toMatch(/secondary rate limit hit on GET \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}/);
    expectConformingFake();
  });

  it('throws, never answers, when GitHub keeps failing or the rate limit does not lift', async () => {
    fake.scriptAlways(/\/issues\/1$/, failures.serverError(502));
    fake.scriptAlways(/\/issues\/2$/, failures.secondaryRateLimit(1, 403));
    const github = await api();

    const broken = await github.getIssue({ owner, repo: name, number: 1 }).catch((e: unknown) => e);
    expect(broken).toBeInstanceOf(Error);
    expect((broken as Error).message).toMatch(/read issue acme\/shop#1 .*HTTP 502/);

    const limited = await github.getIssue({ owner, repo: name, number: 2 }).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(Error);
    expect(limited).not.toBeInstanceOf(GateInputError);
    expect((limited as Error).message).toMatch(/rate limit exceeded/);
  });

  it('does not follow a redirect to another host with the token', async () => {
    fake.script(/\/issues\/3$/, {
      status: 301,
      headers: { location: 'https://elsewhere.example/repositories/1/issues/3' },
      body: { message: 'Moved Permanently', url: 'https://elsewhere.example/repositories/1/issues/3' },
    });

    const error = await (await api()).getIssue({ owner, repo: name, number: 3 }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/redirected acme\/shop#3 to another host \(https:\/\/elsewhere.example\)/);
    expect(fake.countRequests()).toBe(1);
  });

  it('says the token is rejected on 401', async () => {
    const github = await createGitHubApi({ token: 'ghs_wrongToken', repo: { owner, repo: name }, baseUrl: fake.baseUrl, retryDelaysScale: 0.01 });
    repo.issue(1);

    const error = await github.getIssue({ owner, repo: name, number: 1 }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(GateInputError);
    expect((error as Error).message).toMatch(/401 Bad credentials/);
  });
});

describe('the fake GitHub itself', () => {
  it('validates request bodies against the documented requestBody', () => {
    const template = '/repos/{owner}/{repo}/statuses/{sha}';
    expect(validateRequest('POST', template, { state: 'success', context: 'c', description: 'd', target_url: null })).toEqual([]);
    expect(validateRequest('POST', template, { state: 'passed' })).toEqual(['/state must be equal to one of the allowed values']);
    expect(validateRequest('POST', template, { context: 'c' })).toEqual(["/ must have required property 'state'"]);
  });

  it('refuses, and records, a POST whose body GitHub would refuse', async () => {
    const [sha] = repo.chain(1);
    const response = await fetch(`${fake.baseUrl}/repos/${owner}/${name}/statuses/${sha}`, {
      method: 'POST',
      headers: { authorization: `token ${fake.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'green' }),
    });

    expect(response.status).toBe(422);
    expect(fake.validationErrors).toEqual(['POST /repos/{owner}/{repo}/statuses/{sha} request: /state must be equal to one of the allowed values']);
    fake.validationErrors.length = 0;
  });
});
