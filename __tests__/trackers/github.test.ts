import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubApi } from '../../src/github/octokit-api.js';
import { GateInputError } from '../../src/model/result.js';
import { createGitHubTracker, issueStatus, parseIssueRef } from '../../src/trackers/github/index.js';
import { TrackerError, type Tracker } from '../../src/trackers/types.js';
import { failures, FakeGitHub, type FakeRepo } from '../helpers/fake-github.js';

const owner = 'acme';
const name = 'shop';
const later = (): number => Date.now() + 60_000;

let fake: FakeGitHub;
let repo: FakeRepo;

beforeEach(async () => {
  fake = await new FakeGitHub().start();
  repo = fake.repo(owner, name);
});

afterEach(async () => {
  await fake.close();
  expect(fake.validationErrors).toEqual([]);
});

async function tracker(token = fake.token): Promise<Tracker> {
  const api = await createGitHubApi({ token, repo: { owner, repo: name }, baseUrl: fake.baseUrl, retryDelaysScale: 0.01 });
  return createGitHubTracker(api, { owner, repo: name });
}

describe('github tracker', () => {
  it('has a name and no projects', async () => {
    const github = await tracker();
    expect(github.name).toBe('github');
    expect(await github.listProjects(later())).toBeUndefined();
    expect(github.requestCount).toBe(0);
  });

  it('looks up open and closed issues with their status, labels and assignee', async () => {
    repo.issue(12, { title: 'Pay by invoice', labels: ['ready-for-deploy'], assignee: 'mona' });
    repo.issue(13, { title: 'Cart rounding', state: 'closed' });
    repo.issue(14, { title: 'Old idea', state: 'closed', stateReason: 'not_planned' });
    fake.repo('acme', 'platform').issue(2, { title: 'Shared login' });
    const github = await tracker();

    const lookups = await github.lookUp({ keys: ['acme/shop#12', 'acme/shop#13', 'acme/shop#14', 'acme/platform#2'], fields: ['Risk'], deadline: later() });

    expect(lookups).toEqual([
      {
        key: 'acme/shop#12',
        state: 'found',
        issue: {
          key: 'acme/shop#12',
          url: 'https://github.com/acme/shop/issues/12',
          title: 'Pay by invoice',
          status: 'open',
          assignee: 'mona',
          labels: ['ready-for-deploy'],
          fields: {},
        },
      },
      { key: 'acme/shop#13', state: 'found', issue: expect.objectContaining({ status: 'closed (completed)', labels: [] }) },
      { key: 'acme/shop#14', state: 'found', issue: expect.objectContaining({ status: 'closed (not planned)', title: 'Old idea' }) },
      { key: 'acme/platform#2', state: 'found', issue: expect.objectContaining({ key: 'acme/platform#2', title: 'Shared login' }) },
    ]);
    expect(lookups[1]!.state === 'found' && lookups[1]!.issue).not.toHaveProperty('assignee');
    expect(github.requestCount).toBe(4);
    expect(fake.requests.map((r) => r.path)).toEqual([
      '/repos/acme/shop/issues/12',
      '/repos/acme/shop/issues/13',
      '/repos/acme/shop/issues/14',
      '/repos/acme/platform/issues/2',
    ]);
  });

  it('answers every key asked for: unknown, deleted, forbidden and not a reference', async () => {
    repo.issue(7);
    repo.deleteIssue(7);
    fake.scriptAlways(/\/issues\/9$/, failures.forbidden());
    const github = await tracker();

    const lookups = await github.lookUp({ keys: ['acme/shop#404', 'acme/shop#7', 'acme/shop#9', 'ENG-12'], fields: [], deadline: later() });

    expect(lookups).toEqual([
      { key: 'acme/shop#404', state: 'not-found' },
      { key: 'acme/shop#7', state: 'not-found' },
      { key: 'acme/shop#9', state: 'forbidden', reason: expect.stringContaining('`issues: read`') },
      { key: 'ENG-12', state: 'not-found' },
    ]);
    // A key that is no reference is not sent to GitHub.
    expect(github.requestCount).toBe(3);
  });

  it('reports a transferred issue as moved, under its new key', async () => {
    const platform = fake.repo('acme', 'platform');
    repo.issue(12, { title: 'Rate-limit the login form', labels: ['security'] });
    repo.transferIssue(12, platform, 88);
    const github = await tracker();

    const [lookup] = await github.lookUp({ keys: ['acme/shop#12'], fields: [], deadline: later() });

    expect(lookup).toEqual({
      key: 'acme/shop#12',
      state: 'moved',
      movedTo: 'acme/platform#88',
      issue: expect.objectContaining({ key: 'acme/platform#88', title: 'Rate-limit the login form', status: 'open', labels: ['security'] }),
    });
  });

  it('asks once per key, however often it is listed', async () => {
    repo.issue(1);
    const github = await tracker();

    const lookups = await github.lookUp({ keys: ['acme/shop#1', 'acme/shop#1'], fields: [], deadline: later() });

    expect(lookups).toHaveLength(1);
    expect(github.requestCount).toBe(1);
  });

  it('throws a TrackerError, never an answer, when GitHub cannot be read', async () => {
    fake.scriptAlways(/\/issues\/1$/, failures.serverError(502));
    const github = await tracker();

    const error = await github.lookUp({ keys: ['acme/shop#1'], fields: [], deadline: later() }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TrackerError);
    expect((error as Error).message).toMatch(/GitHub issue acme\/shop#1 could not be read: .*HTTP 502/);
  });

  it('lets a rejected token through as the input error it is', async () => {
    repo.issue(1);
    const github = await tracker('ghs_wrongToken');

    const error = await github.lookUp({ keys: ['acme/shop#1'], fields: [], deadline: later() }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(GateInputError);
    expect((error as Error).message).toMatch(/401 Bad credentials/);
  });

  it('stops at the deadline instead of answering part of the keys', async () => {
    repo.issue(1);
    const github = await tracker();

    const error = await github.lookUp({ keys: ['acme/shop#1'], fields: [], deadline: Date.now() - 1 }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TrackerError);
    expect((error as Error).message).toMatch(/time budget ran out after reading 0 of 1 GitHub issues/);
    expect(github.requestCount).toBe(0);
  });
});

describe('references and statuses', () => {
  it('parses full references and `#n` in the default repository', () => {
    const here = { owner, repo: name };
    expect(parseIssueRef('acme/shop#12', here)).toEqual({ owner: 'acme', repo: 'shop', number: 12 });
    expect(parseIssueRef('other-org/web.site_2#3', here)).toEqual({ owner: 'other-org', repo: 'web.site_2', number: 3 });
    expect(parseIssueRef('#5', here)).toEqual({ owner, repo: name, number: 5 });
    for (const bad of ['ENG-12', 'acme/shop#0', 'acme/shop#', 'acme#1', 'a/b/c#1', 'acme/shop#1 ; rm']) {
      expect(parseIssueRef(bad, here), bad).toBeUndefined();
    }
  });

  it('names the status as a person reads it', () => {
    expect(issueStatus({ state: 'open' })).toBe('open');
    expect(issueStatus({ state: 'open', stateReason: 'reopened' })).toBe('open');
    expect(issueStatus({ state: 'closed' })).toBe('closed');
    expect(issueStatus({ state: 'closed', stateReason: 'completed' })).toBe('closed (completed)');
    expect(issueStatus({ state: 'closed', stateReason: 'duplicate' })).toBe('closed (duplicate)');
  });
});
