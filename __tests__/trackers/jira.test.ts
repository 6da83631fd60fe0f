import { afterEach, describe, expect, it } from 'vitest';
import { GateInputError } from '../../src/model/result.js';
import { createJiraTracker, flattenValue, retryAfterMs, type JiraTrackerOptions } from '../../src/trackers/jira/index.js';
import { TrackerError, type Tracker } from '../../src/trackers/types.js';
import { adf, FakeJira, jiraFaults, jiraMessages, type FakeJiraFlavor } from '../helpers/fake-jira.js';

const later = (): number => Date.now() + 60_000;

let fake: FakeJira | undefined;

afterEach(async () => {
  if (!fake) return;
  await fake.close();
  expect(fake.protocolErrors).toEqual([]);
  // The endpoint Atlassian removed is never called, whatever the test.
  expect(fake.count(fake.flavor === 'cloud' ? /^\/rest\/api\/(2|3|latest)\/search$/ : /^\/rest\/api\/3\//)).toBe(0);
  fake = undefined;
});

async function start(flavor: FakeJiraFlavor = 'cloud'): Promise<FakeJira> {
  fake = await new FakeJira(flavor).start();
  return fake;
}

interface Harness {
  tracker: Tracker;
  logs: string[];
  sleeps: number[];
}

function jira(server: FakeJira, overrides: Partial<JiraTrackerOptions> = {}): Harness {
  const logs: string[] = [];
  const sleeps: number[] = [];
  const tracker = createJiraTracker({
    url: server.baseUrl,
    ...server.credentials,
    flavor: server.flavor,
    log: (m) => logs.push(m),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...overrides,
  });
  return { tracker, logs, sleeps };
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('jira tracker on Jira Cloud', () => {
  it('reads issues with bulkfetch, Basic auth and only the fields it needs', async () => {
    const server = await start('cloud');
    server.issue('ENG-401', {
      summary: 'Split invoice PDF rendering',
      status: 'Ready for Deploy',
      assignee: 'Lee Dev',
      fields: {
        customfield_10010: adf('low: behind flag pdf_v2', 'rollback: turn the flag off'),
        customfield_10030: { self: 'x', value: 'Standard', id: '10100' },
        customfield_10040: [server.userJson('Ana Ops'), server.userJson('Bo Sec')],
        customfield_10050: 3,
      },
    });
    server.issue('ENG-402', { summary: 'Nobody on it', status: 'In Progress', assignee: null });
    const { tracker } = jira(server);

    const lookups = await tracker.lookUp({
      keys: ['ENG-401', 'ENG-402', 'ENG-401'],
      fields: ['Risk Assessment', 'customfield_10030', 'Approvers', 'Story Points', 'Rollback Plan'],
      deadline: later(),
    });

    expect(lookups).toEqual([
      {
        key: 'ENG-401',
        state: 'found',
        issue: {
          key: 'ENG-401',
          url: `${server.baseUrl}/browse/ENG-401`,
          title: 'Split invoice PDF rendering',
          status: 'Ready for Deploy',
          assignee: 'Lee Dev',
          labels: [],
          fields: {
            'Risk Assessment': 'low: behind flag pdf_v2\nrollback: turn the flag off',
            customfield_10030: 'Standard',
            Approvers: 'Ana Ops, Bo Sec',
            'Story Points': '3',
            'Rollback Plan': undefined,
          },
        },
      },
      {
        key: 'ENG-402',
        state: 'found',
        issue: {
          key: 'ENG-402',
          url: `${server.baseUrl}/browse/ENG-402`,
          title: 'Nobody on it',
          status: 'In Progress',
          labels: [],
          fields: { 'Risk Assessment': undefined, customfield_10030: undefined, Approvers: undefined, 'Story Points': undefined, 'Rollback Plan': undefined },
        },
      },
    ]);
    // One /field (names to resolve) and one bulkfetch.
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /rest/api/3/field', 'POST /rest/api/3/issue/bulkfetch']);
    expect(server.requests.every((r) => r.authorized)).toBe(true);
    expect(server.requests[1]!.body).toEqual({
      issueIdsOrKeys: ['ENG-401', 'ENG-402'],
      fields: ['summary', 'status', 'assignee', 'customfield_10010', 'customfield_10030', 'customfield_10040', 'customfield_10050', 'customfield_10020'],
    });
    expect(tracker.requestCount).toBe(2);
  });

  it('asks for /field only when some required field is a name, and only once', async () => {
    const server = await start('cloud');
    server.issue('ENG-1', { fields: { customfield_10020: 'redeploy v41' } });
    const { tracker } = jira(server);

    const [lookup] = await tracker.lookUp({ keys: ['ENG-1'], fields: ['customfield_10020'], deadline: later() });
    expect(lookup).toMatchObject({ state: 'found', issue: { fields: { customfield_10020: 'redeploy v41' } } });
    expect(server.count(/\/field$/)).toBe(0);

    await tracker.lookUp({ keys: ['ENG-1'], fields: ['rollback plan'], deadline: later() });
    await tracker.lookUp({ keys: ['ENG-1'], fields: ['Rollback Plan'], deadline: later() });
    expect(server.count(/\/field$/)).toBe(1);
  });

  it('names an unknown or ambiguous field in `required-fields`', async () => {
    const server = await start('cloud');
    server.issue('ENG-1');
    server.field('customfield_10099', 'Risk Assessment');
    const { tracker } = jira(server);

    const unknown = await rejection(tracker.lookUp({ keys: ['ENG-1'], fields: ['Blast Radius'], deadline: later() }));
    expect(unknown).toBeInstanceOf(GateInputError);
    expect(unknown.message).toContain('`required-fields`: Jira has no field named "Blast Radius"');

    const ambiguous = await rejection(tracker.lookUp({ keys: ['ENG-1'], fields: ['Risk Assessment'], deadline: later() }));
    expect(ambiguous.message).toContain('customfield_10010, customfield_10099');
  });

  it('sends at most 100 keys a request: 250 keys take 3 bulkfetches', async () => {
    const server = await start('cloud');
    const keys = server.addIssues('ENG', 250);
    const { tracker } = jira(server);

    const lookups = await tracker.lookUp({ keys, fields: [], deadline: later() });

    expect(lookups.map((l) => l.state)).toEqual(keys.map(() => 'found'));
    expect(lookups.map((l) => l.key)).toEqual(keys);
    const batches = server.requests.map((r) => (r.body as { issueIdsOrKeys: string[] }).issueIdsOrKeys.length);
    expect(batches).toEqual([100, 100, 50]);
    expect(tracker.requestCount).toBe(3);
  });

  it('reports a moved issue under its new key, and a missing one as not found', async () => {
    const server = await start('cloud');
    server.issue('ENG-7', { summary: 'Moved away', status: 'Done' }).move('ENG-7', 'OPS-70');
    server.issue('ENG-8');
    server.issue('ENG-9').hide('ENG-9');
    const { tracker, logs } = jira(server);

    const lookups = await tracker.lookUp({ keys: ['ENG-7', 'ENG-8', 'ENG-9', 'ENG-404'], fields: [], deadline: later() });

    expect(lookups).toEqual([
      { key: 'ENG-7', state: 'moved', movedTo: 'OPS-70', issue: expect.objectContaining({ key: 'OPS-70', title: 'Moved away', status: 'Done' }) },
      { key: 'ENG-8', state: 'found', issue: expect.objectContaining({ key: 'ENG-8' }) },
      { key: 'ENG-9', state: 'not-found' },
      { key: 'ENG-404', state: 'not-found' },
    ]);
    expect(logs).toContain('Jira issue ENG-9: not found or not visible to this token');
    // Three keys unanswered, one issue under a new key: asking ENG-7 alone places it.
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /rest/api/3/issue/bulkfetch', 'GET /rest/api/3/issue/ENG-7']);
  });

  it('asks one by one which old key became which new one when several issues moved', async () => {
    const server = await start('cloud');
    server.issue('ENG-1').move('ENG-1', 'OPS-10');
    server.issue('ENG-2').move('ENG-2', 'OPS-20');
    server.issue('ENG-3');
    const { tracker } = jira(server);

    const lookups = await tracker.lookUp({ keys: ['ENG-1', 'ENG-2', 'ENG-3', 'ENG-4'], fields: ['customfield_10010'], deadline: later() });

    expect(lookups.map((l) => [l.key, l.state, l.state === 'moved' ? l.movedTo : ''])).toEqual([
      ['ENG-1', 'moved', 'OPS-10'],
      ['ENG-2', 'moved', 'OPS-20'],
      ['ENG-3', 'found', ''],
      ['ENG-4', 'not-found', ''],
    ]);
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /rest/api/3/issue/bulkfetch',
      'GET /rest/api/3/issue/ENG-1',
      'GET /rest/api/3/issue/ENG-2',
    ]);
    expect(server.requests[1]!.query).toEqual({ fields: 'summary,status,assignee,customfield_10010' });
  });

  it('reads issueErrors: permission problems as forbidden, retriable ones asked again, persistent ones as an error', async () => {
    const server = await start('cloud');
    server.issue('ENG-1').issue('ENG-2');
    server.issueError('ENG-2', 'You do not have permission to view this issue.');
    const { tracker } = jira(server);
    const lookups = await tracker.lookUp({ keys: ['ENG-1', 'ENG-2'], fields: [], deadline: later() });
    expect(lookups[1]).toEqual({ key: 'ENG-2', state: 'forbidden', reason: 'Jira: ENG-2: You do not have permission to view this issue.' });

    server.issueError('ENG-1', 'Request timed out fetching the issue, retry.');
    const error = await rejection(jira(server).tracker.lookUp({ keys: ['ENG-1'], fields: [], deadline: later() }));
    expect(error).toBeInstanceOf(TrackerError);
    expect(error.message).toContain('could not return issue ENG-1');
    expect(server.count(/bulkfetch/)).toBe(3);
  });

  it('can read by JQL search with nextPageToken pages', async () => {
    const server = await start('cloud');
    server.searchPageSize = 40;
    const keys = server.addIssues('ENG', 150);
    server.issue('OPS-1').move('OPS-1', 'SEC-1');
    const { tracker } = jira(server, { cloudLookup: 'jql' });

    const lookups = await tracker.lookUp({ keys: [...keys, 'OPS-1', 'ENG-999'], fields: [], deadline: later() });

    expect(lookups.filter((l) => l.state === 'found')).toHaveLength(150);
    expect(lookups.at(-2)).toMatchObject({ key: 'OPS-1', state: 'moved', movedTo: 'SEC-1' });
    expect(lookups.at(-2)).toMatchObject({ issue: { key: 'SEC-1' } });
    expect(lookups.at(-1)).toEqual({ key: 'ENG-999', state: 'not-found' });
    const searches = server.requests.filter((r) => r.path === '/rest/api/3/search/jql');
    // 100 keys: 3 pages of 40; then 52 keys: one 400 naming ENG-999, then 2 pages.
    expect(searches.map((r) => r.status)).toEqual([200, 200, 200, 400, 200, 200]);
    expect(searches[1]!.body).toMatchObject({ nextPageToken: expect.any(String), maxResults: 100 });
    expect(searches[0]!.body).not.toHaveProperty('nextPageToken');
    expect(searches[0]!.body).not.toHaveProperty('startAt');
  });

  it('lists project keys with /project/search, one request when one page suffices', async () => {
    const server = await start('cloud');
    server.issue('ENG-1').issue('OPS-1').project('SEC');
    const { tracker } = jira(server);
    expect(await tracker.listProjects(later())).toEqual(['ENG', 'OPS', 'SEC']);
    expect(tracker.requestCount).toBe(1);

    server.projectPageSize = 2;
    for (const key of ['A1', 'B1', 'C1']) server.project(key);
    const paged = jira(server).tracker;
    expect(await paged.listProjects(later())).toEqual(['A1', 'B1', 'C1', 'ENG', 'OPS', 'SEC']);
    expect(paged.requestCount).toBe(3);
    expect(server.requests.at(-1)!.query).toEqual({ startAt: '4', maxResults: '100' });
  });

  it('counts the requests of a 1,000-key deploy with project discovery', async () => {
    const server = await start('cloud');
    const keys = [...server.addIssues('ENG', 600), ...server.addIssues('OPS', 400)];
    for (const key of keys.filter((_, i) => i % 2 === 0)) server.issue(key, { fields: { customfield_10010: adf('low') } });
    const { tracker } = jira(server);

    expect(await tracker.listProjects(later())).toEqual(['ENG', 'OPS']);
    const lookups = await tracker.lookUp({ keys, fields: ['Risk Assessment'], deadline: later() });

    expect(lookups.every((l) => l.state === 'found')).toBe(true);
    // 1 project page + 1 /field + 10 bulkfetches.
    expect(tracker.requestCount).toBe(12);
  });
});

describe('jira tracker on Jira Data Center', () => {
  it('searches with Bearer auth and startAt pages, and names unknown keys not found', async () => {
    const server = await start('datacenter');
    server.searchPageSize = 30;
    const keys = server.addIssues('ENG', 70);
    server.issue('OPS-5', {
      summary: 'Rotate keys',
      fields: { customfield_10010: 'h3. Risk\nlow', customfield_10030: { value: 'Emergency', child: { value: 'Security' } } },
    });
    server.issue('OPS-6').move('OPS-6', 'SEC-6');
    server.issue('OPS-7').hide('OPS-7');
    const { tracker, logs } = jira(server);

    const lookups = await tracker.lookUp({ keys: [...keys, 'OPS-5', 'OPS-6', 'OPS-7', 'OPS-404'], fields: ['Risk Assessment', 'Change Type'], deadline: later() });

    expect(lookups).toHaveLength(74);
    expect(lookups.slice(0, 70).every((l) => l.state === 'found')).toBe(true);
    expect(lookups[70]).toEqual({
      key: 'OPS-5',
      state: 'found',
      issue: {
        key: 'OPS-5',
        url: `${server.baseUrl}/browse/OPS-5`,
        title: 'Rotate keys',
        status: 'Ready for Deploy',
        assignee: 'Lee Dev',
        labels: [],
        fields: { 'Risk Assessment': 'h3. Risk\nlow', 'Change Type': 'Emergency / Security' },
      },
    });
    expect(lookups[71]).toMatchObject({ key: 'OPS-6', state: 'moved', movedTo: 'SEC-6' });
    expect(lookups.slice(72)).toEqual([
      { key: 'OPS-7', state: 'not-found' },
      { key: 'OPS-404', state: 'not-found' },
    ]);
    expect(logs).toContain('Jira issue OPS-7: not found or not visible to this token');

    const searches = server.requests.filter((r) => r.path === '/rest/api/2/search');
    expect(server.requests[0]!.path).toBe('/rest/api/2/field');
    // The first search names OPS-7 and OPS-404 in its 400; the retry without them takes 3 pages of 30.
    expect(searches.map((r) => [r.status, (r.body as { startAt: number }).startAt])).toEqual([
      [400, 0],
      [200, 0],
      [200, 30],
      [200, 60],
    ]);
    expect(server.requests.filter((r) => r.status === 400)).toHaveLength(1);
    expect(server.requests.every((r) => r.authorized)).toBe(true);
    expect((searches[0]!.body as { jql: string }).jql).toMatch(/^key in \("ENG-1", "ENG-2", .*"ENG-70", "OPS-5", "OPS-6", "OPS-7", "OPS-404"\) ORDER BY key ASC$/);
    expect((searches[0]!.body as { jql: string }).jql.match(/"/g)).toHaveLength(2 * 74);
  });

  it('keeps every search to 100 keys', async () => {
    const server = await start('datacenter');
    const keys = server.addIssues('ENG', 250);
    const { tracker } = jira(server);
    const lookups = await tracker.lookUp({ keys, fields: [], deadline: later() });
    expect(lookups.every((l) => l.state === 'found')).toBe(true);
    expect(server.requests.map((r) => ((r.body as { jql: string }).jql.match(/"/g) ?? []).length / 2)).toEqual([100, 100, 50]);
  });

  it('lists projects with /rest/api/2/project', async () => {
    const server = await start('datacenter');
    server.issue('ENG-1').project('OPS');
    const { tracker } = jira(server);
    expect(await tracker.listProjects(later())).toEqual(['ENG', 'OPS']);
    expect(server.requests.map((r) => r.path)).toEqual(['/rest/api/2/project']);
  });

  it('refuses a 400 that names no key it asked for, rather than reading it as no issues', async () => {
    const server = await start('datacenter');
    server.issue('ENG-1');
    server.fail('POST', /search$/, { status: 400, body: { errorMessages: ["Field 'key' does not exist or you do not have permission to view it."], errors: {} } });
    const error = await rejection(jira(server).tracker.lookUp({ keys: ['ENG-1'], fields: [], deadline: later() }));
    expect(error).toBeInstanceOf(TrackerError);
    expect(error.message).toContain("refused the issue search (HTTP 400): Field 'key' does not exist");
  });
});

describe('jira tracker flavor', () => {
  it('asks serverInfo once when the host does not say', async () => {
    const server = await start('datacenter');
    server.issue('ENG-1');
    const { tracker, logs } = jira(server, { flavor: 'auto' });
    await tracker.listProjects(later());
    await tracker.lookUp({ keys: ['ENG-1'], fields: [], deadline: later() });
    expect(server.requests.map((r) => r.path)).toEqual(['/rest/api/2/serverInfo', '/rest/api/2/project', '/rest/api/2/search']);
    expect(logs[0]).toContain('Jira Data Center (deploymentType Server)');
  });

  it('finds Cloud by probing a custom domain, and by host without a request', async () => {
    const server = await start('cloud');
    server.issue('ENG-1');
    const probed = jira(server, { flavor: 'auto' }).tracker;
    await probed.lookUp({ keys: ['ENG-1'], fields: [], deadline: later() });
    expect(server.requests.map((r) => r.path)).toEqual(['/rest/api/2/serverInfo', '/rest/api/3/issue/bulkfetch']);

    const seen: string[] = [];
    const byHost = createJiraTracker({
      url: 'https://acme.atlassian.net',
      ...server.credentials,
      fetch: (input, init) => {
        const url = new URL(String(input));
        seen.push(url.href);
        return fetch(`${server.baseUrl}${url.pathname}${url.search}`, init);
      },
    });
    const [lookup] = await byHost.lookUp({ keys: ['ENG-1'], fields: [], deadline: later() });
    expect(lookup).toMatchObject({ state: 'found', issue: { url: 'https://acme.atlassian.net/browse/ENG-1' } });
    expect(seen).toEqual(['https://acme.atlassian.net/rest/api/3/issue/bulkfetch']);
  });

  it('keeps a context path of the base URL', async () => {
    const server = await start('datacenter');
    const paths: string[] = [];
    const tracker = createJiraTracker({
      url: 'https://jira.acme.example/jira/',
      token: server.credentials.token,
      flavor: 'datacenter',
      fetch: (input, init) => {
        const url = new URL(String(input));
        paths.push(url.pathname);
        return fetch(`${server.baseUrl}${url.pathname.replace(/^\/jira/, '')}`, init);
      },
    });
    server.project('ENG');
    expect(await tracker.listProjects(later())).toEqual(['ENG']);
    expect(paths).toEqual(['/jira/rest/api/2/project']);
  });
});

describe('jira tracker failures', () => {
  it('waits as Retry-After says on 429 and 503, then succeeds', async () => {
    const server = await start('cloud');
    server.issue('ENG-1');
    const date = new Date(Date.now() + 2_000).toUTCString();
    server.fail('POST', /bulkfetch$/, jiraFaults.rateLimited(1), jiraFaults.unavailable(2), jiraFaults.rateLimited(date));
    const { tracker, sleeps, logs } = jira(server);

    const [lookup] = await tracker.lookUp({ keys: ['ENG-1'], fields: [], deadline: later() });

    expect(lookup!.state).toBe('found');
    expect(sleeps.slice(0, 2)).toEqual([1000, 2000]);
    expect(sleeps[2]).toBeGreaterThan(0);
    expect(sleeps[2]).toBeLessThanOrEqual(2000);
    expect(tracker.requestCount).toBe(4);
    expect(logs[0]).toContain('rate-limited this token (HTTP 429)');
  });

  it('really sleeps with the default sleep', async () => {
    const server = await start('cloud');
    server.issue('ENG-1');
    server.fail('POST', /bulkfetch$/, jiraFaults.rateLimited('0.05'));
    const tracker = createJiraTracker({ url: server.baseUrl, ...server.credentials, flavor: 'cloud' });
    const [lookup] = await tracker.lookUp({ keys: ['ENG-1'], fields: [], deadline: later() });
    expect(lookup!.state).toBe('found');
    expect(tracker.requestCount).toBe(2);
  });

  it('gives up with a TrackerError when the wait would pass the deadline', async () => {
    const server = await start('cloud');
    server.issue('ENG-1');
    server.fail('POST', /bulkfetch$/, jiraFaults.rateLimited(120));
    const { tracker, sleeps } = jira(server);

    const error = await rejection(tracker.lookUp({ keys: ['ENG-1'], fields: [], deadline: Date.now() + 10_000 }));

    expect(error).toBeInstanceOf(TrackerError);
    expect(error.message).toMatch(/rate-limited this token \(HTTP 429\).*wait 120 s.*timeout ran out/);
    expect(sleeps).toEqual([]);
    expect(tracker.requestCount).toBe(1);
  });

  it('names jira-user and jira-token on 401, the permission on 403', async () => {
    const server = await start('cloud');
    server.issue('ENG-1');
    const wrong = createJiraTracker({ url: server.baseUrl, user: server.credentials.user!, token: 'ATATT-wrong-token-123', flavor: 'cloud' });
    const unauthorized = await rejection(wrong.lookUp({ keys: ['ENG-1'], fields: [], deadline: later() }));
    expect(unauthorized).toBeInstanceOf(TrackerError);
    expect(unauthorized.message).toContain('HTTP 401');
    expect(unauthorized.message).toContain('`jira-user`');
    expect(unauthorized.message).toContain('`jira-token`');
    expect(server.requests[0]!.authorized).toBe(false);

    server.fail('GET', /project\/search$/, jiraFaults.forbidden());
    const forbidden = await rejection(jira(server).tracker.listProjects(later()));
    expect(forbidden).toBeInstanceOf(TrackerError);
    expect(forbidden.message).toContain('HTTP 403');
    expect(forbidden.message).toContain('"Browse projects"');
  });

  it('explains 401 without a user as a Data Center token problem', async () => {
    const server = await start('datacenter');
    const error = await rejection(createJiraTracker({ url: server.baseUrl, token: 'bad-pat-0000', flavor: 'datacenter' }).listProjects(later()));
    expect(error.message).toContain('`jira-token` (a Data Center personal access token');
  });

  it('explains 410 as a removed endpoint (the fake answers the old search like Jira Cloud)', async () => {
    const server = await start('cloud');
    const response = await fetch(`${server.baseUrl}/rest/api/3/search?jql=project%3DENG`, { headers: { authorization: server.authorization } });
    expect(response.status).toBe(410);
    expect(await response.json()).toEqual({ errorMessages: [jiraMessages.removed], errors: {} });
    server.requests.length = 0;

    server.issue('ENG-1');
    server.fail('POST', /bulkfetch$/, { status: 410, body: { errorMessages: ['The requested API has been removed.'], errors: {} } });
    const error = await rejection(jira(server).tracker.lookUp({ keys: ['ENG-1'], fields: [], deadline: later() }));
    expect(error).toBeInstanceOf(TrackerError);
    expect(error.message).toContain('HTTP 410: the endpoint was removed');
  });

  it('turns malformed JSON and unexpected shapes into TrackerError, never into "no issues"', async () => {
    const server = await start('cloud');
    server.issue('ENG-1');
    server.fail('POST', /bulkfetch$/, jiraFaults.malformed(), { status: 200, body: { values: [] } }, { status: 200, body: { issues: [{ key: 'ENG-1', fields: { summary: 'x' } }] } });
    server.fail('GET', /field$/, { status: 200, body: '<html>Log in</html>', headers: { 'content-type': 'text/html' } });
    const { tracker } = jira(server);

    const malformed = await rejection(tracker.lookUp({ keys: ['ENG-1'], fields: [], deadline: later() }));
    expect(malformed).toBeInstanceOf(TrackerError);
    expect(malformed.message).toContain('malformed JSON');

    const shape = await rejection(tracker.lookUp({ keys: ['ENG-1'], fields: [], deadline: later() }));
    expect(shape.message).toContain('not { issues: [...], issueErrors: [...] }');

    const noStatus = await rejection(tracker.lookUp({ keys: ['ENG-1'], fields: [], deadline: later() }));
    expect(noStatus.message).toContain('issue ENG-1 without a status name');

    const html = await rejection(tracker.lookUp({ keys: ['ENG-1'], fields: ['Risk Assessment'], deadline: later() }));
    expect(html).toBeInstanceOf(TrackerError);
    expect(html.message).toContain('malformed JSON (text/html');
  });

  it('times out a hanging response at the deadline', async () => {
    const server = await start('cloud');
    server.issue('ENG-1');
    server.fail('POST', /bulkfetch$/, jiraFaults.hang());
    const started = Date.now();
    const error = await rejection(jira(server).tracker.lookUp({ keys: ['ENG-1'], fields: [], deadline: Date.now() + 300 }));
    expect(error).toBeInstanceOf(TrackerError);
    expect(error.message).toContain("did not answer POST /rest/api/3/issue/bulkfetch before the gate's timeout ran out");
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('fails on a deadline already past without a request', async () => {
    const server = await start('cloud');
    const { tracker } = jira(server);
    const error = await rejection(tracker.listProjects(Date.now() - 1));
    expect(error).toBeInstanceOf(TrackerError);
    expect(tracker.requestCount).toBe(0);
  });

  it('turns a network error into TrackerError', async () => {
    const server = await start('cloud');
    const url = server.baseUrl;
    await server.close();
    const error = await rejection(createJiraTracker({ url, ...server.credentials, flavor: 'cloud' }).listProjects(later()));
    expect(error).toBeInstanceOf(TrackerError);
    expect(error.message).toContain(`could not reach Jira at ${url}`);
  });

  it('rejects a key that could inject JQL before any request', async () => {
    const server = await start('datacenter');
    const { tracker } = jira(server);
    for (const key of ['ENG-1) OR project = X', 'ENG-1" OR key != "X', 'eng-1', 'ENG-1 ', '']) {
      const error = await rejection(tracker.lookUp({ keys: ['ENG-2', key], fields: [], deadline: later() }));
      expect(error).toBeInstanceOf(GateInputError);
      expect(error.message).toContain(JSON.stringify(key));
    }
    expect(server.requests).toEqual([]);
    expect(tracker.requestCount).toBe(0);
  });

  it('never puts the token in an error', async () => {
    const server = await start('cloud');
    const token = server.credentials.token;
    server.fail(
      'POST',
      /bulkfetch$/,
      { status: 500, body: { errorMessages: [`internal error for token ${token}`], errors: {} } },
      { status: 200, body: `not json ${token}` },
    );
    server.fail('GET', /project\/search$/, jiraFaults.unauthorized(), jiraFaults.forbidden());
    const { tracker } = jira(server);
    const errors = [
      await rejection(tracker.lookUp({ keys: ['ENG-1'], fields: [], deadline: later() })),
      await rejection(tracker.lookUp({ keys: ['ENG-1'], fields: [], deadline: later() })),
      await rejection(tracker.listProjects(later())),
      await rejection(tracker.listProjects(later())),
      await rejection(tracker.listProjects(Date.now() - 1)),
    ];
    for (const error of errors) {
      expect(error).toBeInstanceOf(TrackerError);
      const text = `${error.message} ${String((error.cause as Error | undefined)?.message ?? '')} ${JSON.stringify(error)}`;
      expect(text).not.toContain(token);
      expect(text).not.toContain(Buffer.from(`${server.credentials.user}:${token}`).toString('base64'));
    }
    expect(errors[0]!.message).toContain('HTTP 500');
    expect(errors[0]!.message).toContain('***');
  });
});

describe('jira field values', () => {
  it('flattens Jira values to text, empty to undefined', () => {
    expect(flattenValue(null)).toBeUndefined();
    expect(flattenValue('  ')).toBeUndefined();
    expect(flattenValue([])).toBeUndefined();
    expect(flattenValue(adf('', ''))).toBeUndefined();
    expect(flattenValue(0)).toBe('0');
    expect(flattenValue({ value: 'High' })).toBe('High');
    expect(flattenValue([{ value: 'iOS' }, { value: 'Android' }])).toBe('iOS, Android');
    expect(flattenValue({ name: '2.4.0', id: '1' })).toBe('2.4.0');
    expect(flattenValue({ accountId: 'x', displayName: 'Ana Ops' })).toBe('Ana Ops');
    expect(
      flattenValue({
        type: 'doc',
        version: 1,
        content: [
          { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Risk' }] },
          { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'low, ' }, { type: 'mention', attrs: { text: '@Ana' } }] }] }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'line' }, { type: 'hardBreak' }, { type: 'text', text: 'two' }] },
        ],
      }),
    ).toBe('Risk\nlow, @Ana\n\nline\ntwo');
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2025-06-01T12:00:00Z');
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs('Sun, 01 Jun 2025 12:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('Sun, 01 Jun 2025 11:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
  });
});
