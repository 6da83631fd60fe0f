import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubApi } from '../../src/github/octokit-api.js';
import type { GitHubApi } from '../../src/github/port.js';
import { GateInputError } from '../../src/model/result.js';
import { failures, FakeGitHub, type FakeRepo, validateResponse } from '../helpers/fake-github.js';

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
  // Every body the fake sent must match GitHub's OpenAPI description, whatever the test asserted.
  expect(fake.validationErrors).toEqual([]);
});

async function api(options: { maxDeploymentsScanned?: number } = {}): Promise<GitHubApi> {
  return createGitHubApi({
    token: fake.token,
    repo: { owner, repo: name },
    baseUrl: fake.baseUrl,
    log: (message) => logs.push(message),
    retryDelaysScale: 0.01,
    ...options,
  });
}

function expectConformingFake(): void {
  expect(fake.validationErrors).toEqual([]);
  expect(fake.requests.every((r) => r.authorized)).toBe(true);
}

function expectNoTokenIn(text: string): void {
  expect(text).not.toContain(fake.token);
  expect(logs.join('\n')).not.toContain(fake.token);
}

describe('compare', () => {
  it('lists what an ahead head ships, newest first, in one request', async () => {
    const [root] = repo.chain(1, undefined, 'root');
    const shipped = repo.chain(3, root, 'feature');
    repo.ref('production', root!).ref('main', shipped.at(-1)!);

    const result = await (await api()).compare('production', 'main', 50);

    expect(result).toMatchObject({ status: 'ahead', aheadBy: 3, behindBy: 0, baseSha: root, headSha: shipped[2], mergeBaseSha: root });
    expect(result.commits.map((c) => c.sha)).toEqual([...shipped].reverse());
    expect(result.commits[0]).toEqual({
      sha: shipped[2],
      subject: 'feature 3',
      authorName: 'Mona Lisa',
      authorEmail: 'mona@example.com',
      authorLogin: 'octocat',
      body: 'body of feature 3',
      date: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      parents: 1,
    });
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({
      path: `/repos/${owner}/${name}/compare/production...main`,
      query: { per_page: '100', page: '1' },
    });
    expectConformingFake();
  });

  it('resolves the head of a behind comparison without listing commits', async () => {
    const history = repo.chain(4);
    repo.ref('production', history[3]!).ref('rollback', history[1]!);

    const result = await (await api()).compare('production', 'rollback', 50);

    expect(result).toMatchObject({ status: 'behind', aheadBy: 0, behindBy: 2, baseSha: history[3], headSha: history[1], mergeBaseSha: history[1] });
    expect(result.commits).toEqual([]);
    expect(fake.requests).toHaveLength(1);
    expectConformingFake();
  });

  it('reports diverged histories with their merge base and a commit without a GitHub user', async () => {
    const [root] = repo.chain(1);
    const production = repo.chain(2, root, 'hotfix');
    const deploy = repo.commit('feature without account', [root!], { name: 'Ghost', login: null });
    const merge = repo.commit('Merge branch feature', [deploy, production[0]!]);
    repo.ref('production', production[1]!);

    const result = await (await api()).compare('production', merge, 10);

    expect(result).toMatchObject({ status: 'diverged', aheadBy: 2, behindBy: 1, headSha: merge, mergeBaseSha: production[0] });
    expect(result.commits.map((c) => c.sha)).toEqual([merge, deploy]);
    expect(result.commits[0]?.parents).toBe(2);
    expect(result.commits[1]).toMatchObject({ authorName: 'Ghost' });
    expect(result.commits[1]).not.toHaveProperty('authorLogin');
    expectConformingFake();
  });

  it('reports identical refs', async () => {
    const [only] = repo.chain(1);
    repo.ref('production', only!).ref('main', only!);

    const result = await (await api()).compare('production', 'main', 10);

    expect(result).toEqual({ status: 'identical', aheadBy: 0, behindBy: 0, baseSha: only, headSha: only, mergeBaseSha: only, commits: [] });
    expectConformingFake();
  });

  it('pages past 250 commits from the newest end, stopping at the limit', async () => {
    const [root] = repo.chain(1, undefined, 'root');
    const shipped = repo.chain(300, root);
    repo.ref('production', root!).ref('main', shipped.at(-1)!);
    const github = await api();

    const limited = await github.compare('production', 'main', 150);
    expect(limited).toMatchObject({ status: 'ahead', aheadBy: 300, headSha: shipped[299] });
    expect(limited.commits.map((c) => c.sha)).toEqual(shipped.slice(150).reverse());
    // Page 1 for the totals, then the newest pages 3 and 2, with both ends pinned to SHAs.
    expect(fake.requests.map((r) => r.query.page)).toEqual(['1', '3', '2']);
    expect(fake.requests[2]?.path).toBe(`/repos/${owner}/${name}/compare/${root}...${shipped[299]}`);

    fake.requests.length = 0;
    const all = await github.compare('production', 'main', 1000);
    expect(all.commits).toHaveLength(300);
    expect(all.commits.map((c) => c.sha)).toEqual([...shipped].reverse());
    expect(fake.requests.map((r) => r.query.page)).toEqual(['1', '3', '2']);

    fake.requests.length = 0;
    const few = await github.compare('production', 'main', 5);
    expect(few.commits.map((c) => c.subject)).toEqual(['change 300', 'change 299', 'change 298', 'change 297', 'change 296']);
    expect(fake.requests.map((r) => r.query.page)).toEqual(['1', '3']);
    expectConformingFake();
  });

  it('names the ref that does not exist', async () => {
    const [only] = repo.chain(1);
    repo.ref('main', only!);

    const error = await (await api()).compare('production-typo', 'main', 10).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(GateInputError);
    expect((error as Error).message).toBe(`ref "production-typo" not found in ${owner}/${name}`);
    expectNoTokenIn((error as Error).message);
    expectConformingFake();
  });

  it('says when both refs exist but share no history', async () => {
    const [left] = repo.chain(1, undefined, 'left');
    const [right] = repo.chain(1, undefined, 'right');
    repo.ref('production', left!).ref('orphan', right!);

    const error = await (await api()).compare('production', 'orphan', 10).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(GateInputError);
    expect((error as Error).message).toMatch(/both refs exist, so they probably share no history/);
  });

  it('says the repository or its access is missing when no ref resolves', async () => {
    const github = await createGitHubApi({ token: fake.token, repo: { owner, repo: 'missing' }, baseUrl: fake.baseUrl, retryDelaysScale: 0.01 });

    const error = await github.compare('a', 'b', 10).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(GateInputError);
    expect((error as Error).message).toMatch(/acme\/missing.*contents: read/);
  });

  it('names the permission to add on 403', async () => {
    repo.chain(1);
    fake.scriptAlways(/\/compare\//, failures.forbidden());

    const error = await (await api()).compare('production', 'main', 10).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(GateInputError);
    expect((error as Error).message).toContain('permissions: contents: read');
    expect((error as Error).message).toContain('Resource not accessible by integration');
    expectNoTokenIn((error as Error).message);
    expect(fake.countRequests(/\/compare\//)).toBe(1);
  });

  it('says the token is rejected on 401', async () => {
    const github = await createGitHubApi({ token: 'ghs_wrongToken', repo: { owner, repo: name }, baseUrl: fake.baseUrl, retryDelaysScale: 0.01 });

    const error = await github.compare('production', 'main', 10).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(GateInputError);
    expect((error as Error).message).toMatch(/401 Bad credentials/);
    expect((error as Error).message).not.toContain('ghs_wrongToken');
  });

  it('retries a 500 and a 502 and then succeeds', async () => {
    const history = repo.chain(2);
    repo.ref('production', history[0]!).ref('main', history[1]!);
    fake.script(/\/compare\//, failures.serverError(500), failures.serverError(502));

    const result = await (await api()).compare('production', 'main', 10);

    expect(result.commits.map((c) => c.sha)).toEqual([history[1]]);
    expect(fake.requests.map((r) => r.status)).toEqual([500, 502, 200]);
    expectConformingFake();
  });

  it('throws, never returns a result, when the server keeps failing', async () => {
    repo.chain(1);
    fake.scriptAlways(/\/compare\//, failures.serverError(500));

    const error = await (await api()).compare('production', 'main', 10).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(GateInputError);
    expect((error as Error).message).toMatch(/failed \(HTTP 500\): Server Error/);
    expect(fake.countRequests()).toBe(4); // the first try and three retries
  });

  it('waits out a secondary rate limit (403 with retry-after) and succeeds', async () => {
    const history = repo.chain(2);
    repo.ref('production', history[0]!).ref('main', history[1]!);
    fake.script(/\/compare\//, failures.secondaryRateLimit(1, 403));

    const result = await (await api()).compare('production', 'main', 10);

    expect(result.headSha).toBe(history[1]);
    expect(fake.requests.map((r) => r.status)).toEqual([403, 200]);
    expect(logs.join('\n')).toMatch(/secondary rate limit hit on GET \/repos\/\{owner\}\/\{repo\}\/compare\/\{basehead\}; retrying after 1s/);
    expectNoTokenIn('');
    expectConformingFake();
  });

  it('waits out a 429 with retry-after and succeeds', async () => {
    const history = repo.chain(2);
    repo.ref('production', history[0]!).ref('main', history[1]!);
    fake.script(/\/compare\//, failures.secondaryRateLimit(1, 429));

    const result = await (await api()).compare('production', 'main', 10);

    expect(result.headSha).toBe(history[1]);
    expect(fake.requests.map((r) => r.status)).toEqual([429, 200]);
    expectConformingFake();
  });

  it('gives up on a rate limit that does not lift, with an error that is not a permission problem', async () => {
    repo.chain(1);
    fake.scriptAlways(/\/compare\//, failures.secondaryRateLimit(1, 403));

    const error = await (await api()).compare('production', 'main', 10).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(GateInputError);
    expect((error as Error).message).toMatch(/rate limit exceeded/);
    expect(fake.countRequests()).toBe(3); // the first try and two retries
  });
});

describe('latestSuccessfulDeployment', () => {
  it('chooses the newest successful deployment, skipping newer failed, running and inactive ones', async () => {
    const history = repo.chain(6);
    repo.deploy('production', history[0]!, ['in_progress', 'success', 'inactive']);
    const live = repo.deploy('production', history[1]!, ['queued', 'in_progress', 'success'], 'v1.2.0');
    repo.deploy('staging', history[5]!, ['success']);
    repo.deploy('production', history[2]!, ['in_progress', 'failure']);
    repo.deploy('production', history[3]!, ['error']);
    repo.deploy('production', history[4]!, ['queued', 'in_progress']);
    repo.deploy('production', history[5]!, ['success', 'inactive']);

    const found = await (await api()).latestSuccessfulDeployment('production');

    expect(found).toEqual({
      id: live.id,
      sha: history[1],
      ref: 'v1.2.0',
      environment: 'production',
      createdAt: live.createdAt,
      creator: 'deploy-bot',
    });
    expect(fake.requests[0]).toMatchObject({ path: `/repos/${owner}/${name}/deployments`, query: { environment: 'production', per_page: '100' } });
    // One list, then one status request per deployment until the live one: the newest five.
    expect(fake.countRequests(/\/statuses$/)).toBe(5);
    expect(fake.requests.filter((r) => r.path.endsWith('/statuses')).every((r) => r.query.per_page === '1')).toBe(true);
    expectConformingFake();
  });

  it('follows Link pagination over deployments', async () => {
    const [sha] = repo.chain(1);
    const live = repo.deploy('production', sha!, ['success']);
    for (let i = 0; i < 100; i++) repo.deploy('production', sha!, ['failure']);

    const found = await (await api()).latestSuccessfulDeployment('production');

    expect(found?.id).toBe(live.id);
    const lists = fake.requests.filter((r) => r.path.endsWith('/deployments'));
    expect(lists.map((r) => r.query.page)).toEqual([undefined, '2']);
    expect(fake.countRequests(/\/statuses$/)).toBe(101);
    expectConformingFake();
  });

  it('returns undefined when no deployment ever succeeded', async () => {
    const [sha] = repo.chain(1);
    repo.deploy('production', sha!, ['failure']);
    repo.deploy('production', sha!, ['pending']);
    repo.deploy('production', sha!, []);
    repo.deploy('staging', sha!, ['success']);

    expect(await (await api()).latestSuccessfulDeployment('production')).toBeUndefined();
    expect(await (await api()).latestSuccessfulDeployment('nowhere')).toBeUndefined();
    expectConformingFake();
  });

  it('stops at the bound with an error instead of searching forever', async () => {
    const [sha] = repo.chain(1);
    repo.deploy('production', sha!, ['success']);
    for (let i = 0; i < 5; i++) repo.deploy('production', sha!, ['failure']);

    const error = await (await api({ maxDeploymentsScanned: 3 })).latestSuccessfulDeployment('production').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(GateInputError);
    expect((error as Error).message).toMatch(/no successful deployment to environment "production" among the newest 3 deployments/);
    expect(fake.countRequests(/\/statuses$/)).toBe(3);
  });

  it('names the permission to add on 403', async () => {
    fake.scriptAlways(/\/deployments$/, failures.forbidden());

    const error = await (await api()).latestSuccessfulDeployment('production').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(GateInputError);
    expect((error as Error).message).toContain('permissions: deployments: read');
    expectNoTokenIn((error as Error).message);
  });

  it('throws, never returns undefined, when a status request keeps failing', async () => {
    const [sha] = repo.chain(1);
    repo.deploy('production', sha!, ['success']);
    fake.scriptAlways(/\/statuses$/, failures.serverError(502));

    const error = await (await api()).latestSuccessfulDeployment('production').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/HTTP 502/);
  });

  it('retries a 500 and a secondary rate limit on the way', async () => {
    const [sha] = repo.chain(1);
    const live = repo.deploy('production', sha!, ['success']);
    fake.script(/\/deployments$/, failures.serverError(500));
    fake.script(/\/statuses$/, failures.secondaryRateLimit(1, 429));

    const found = await (await api()).latestSuccessfulDeployment('production');

    expect(found?.id).toBe(live.id);
    expect(fake.requests.map((r) => r.status)).toEqual([500, 200, 429, 200]);
    expectConformingFake();
  });
});

describe('the fake GitHub itself', () => {
  it('refuses a body that does not match the OpenAPI description', async () => {
    const history = repo.chain(2);
    repo.ref('production', history[0]!).ref('main', history[1]!);
    fake.corruptNext(/\/compare\//, (body) => {
      const commits = (body as { commits: Array<Record<string, unknown>> }).commits;
      delete commits[0]!.sha;
      (body as Record<string, unknown>).status = 'sideways';
    });

    await (await api()).compare('production', 'main', 10);

    // The adapter retries the 599 (a 5xx-like status) and succeeds; the record is what fails a test.
    expect(fake.requests.map((r) => r.status)).toEqual([599, 200]);
    expect(fake.validationErrors).toHaveLength(1);
    expect(fake.validationErrors[0]).toMatch(/\/commits\/0 must have required property 'sha'/);
    expect(fake.validationErrors[0]).toMatch(/\/status must be equal to one of the allowed values/);
    fake.validationErrors.length = 0;
  });

  it('validates nullable fields as OpenAPI means them', () => {
    const template = '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses';
    const status = {
      url: 'https://api.github.com/repos/o/r/deployments/1/statuses/2',
      id: 2,
      node_id: 'x',
      state: 'success',
      creator: null, // nullable-simple-user
      description: '',
      target_url: 'https://ci.example.com/deploys/1',
      created_at: '2024-01-01T00:00:00Z',
      updated_at: '2024-01-01T00:00:00Z',
      deployment_url: 'https://api.github.com/repos/o/r/deployments/1',
      repository_url: 'https://api.github.com/repos/o/r',
      performed_via_github_app: null,
    };
    expect(validateResponse('GET', template, 200, [status])).toEqual([]);
    expect(validateResponse('GET', template, 200, [{ ...status, state: null }])).not.toEqual([]);
    expect(validateResponse('GET', template, 200, [{ ...status, id: 'two' }])).not.toEqual([]);
    expect(validateResponse('GET', template, 200, [{ ...status, created_at: 'yesterday' }])).not.toEqual([]);
  });
});
