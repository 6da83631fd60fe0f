// A loopback Jira for tests, speaking the real endpoints and bodies of Jira Cloud (REST v3) or
// Jira Data Center (REST v2):
//
//   Cloud: POST /rest/api/3/issue/bulkfetch, POST /rest/api/3/search/jql (nextPageToken),
//          GET /rest/api/3/project/search (startAt/isLast), GET /rest/api/3/field,
//          GET /rest/api/3/issue/{key}; /rest/api/{2,3}/search answers 410 with Atlassian's message.
//   DC:    POST /rest/api/2/search (startAt/total; unknown keys make the query a 400 naming them),
//          GET /rest/api/2/project, GET /rest/api/2/field, GET /rest/api/2/issue/{key}.
//   Both:  GET /rest/api/2/serverInfo (deploymentType "Cloud" or "Server").
//
// Issues carry realistic JSON (id, self, key, fields.summary, status, assignee, custom fields; on
// Cloud one custom field is an ADF document). Moved issues answer under their new key; hidden
// issues behave as Jira does for an issue the account may not browse (absent, or "does not
// exist"). Faults are scripted per path: any status with headers (429 + Retry-After, 503, 401,
// 403), malformed JSON, and a response that never comes. Every request is recorded, with whether
// its Authorization header carried the expected credentials.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeJiraFlavor = 'cloud' | 'datacenter';

export interface FakeJiraIssueOptions {
  summary?: string;
  status?: string;
  assignee?: string | null;
  /** Values by field id (`customfield_10010`), already in Jira's wire format. */
  fields?: Record<string, unknown>;
}

interface FakeJiraIssue {
  id: string;
  key: string;
  summary: string;
  status: string;
  assignee: string | null;
  fields: Record<string, unknown>;
}

export interface FakeJiraField {
  id: string;
  name: string;
  custom: boolean;
  schema: Record<string, unknown>;
}

export type FakeJiraFault =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { malformed: true }
  /** The response never comes (the connection is held open until the fake closes). */
  | { hang: true };

export interface FakeJiraRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
  status: number;
  authorized: boolean;
}

interface Script {
  method: string;
  pattern: RegExp;
  faults: FakeJiraFault[];
}

const safetyTimeoutMs = 120_000;

export const jiraMessages = {
  removed:
    'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046',
  unauthorized: 'You are not authenticated. Authentication required to perform this operation.',
  forbidden: 'You do not have permission to perform this operation.',
  rateLimited: 'Rate limit exceeded.',
  doesNotExist: (key: string) => `An issue with key '${key}' does not exist for field 'key'.`,
  issueNotFound: 'Issue does not exist or you do not have permission to see it.',
};

/** Ready-made faults with Jira's bodies and headers. */
export const jiraFaults = {
  rateLimited: (retryAfter: string | number = 1): FakeJiraFault => ({
    status: 429,
    body: { errorMessages: [jiraMessages.rateLimited], errors: {} },
    headers: { 'retry-after': String(retryAfter), 'x-ratelimit-reason': 'jira-quota-tenant-based' },
  }),
  unavailable: (retryAfter?: number): FakeJiraFault => ({
    status: 503,
    body: '<html><body><h1>503 Service Unavailable</h1></body></html>',
    headers: { 'content-type': 'text/html', ...(retryAfter !== undefined ? { 'retry-after': String(retryAfter) } : {}) },
  }),
  unauthorized: (): FakeJiraFault => ({ status: 401, body: { errorMessages: [jiraMessages.unauthorized], errors: {} } }),
  forbidden: (): FakeJiraFault => ({ status: 403, body: { errorMessages: [jiraMessages.forbidden], errors: {} } }),
  malformed: (): FakeJiraFault => ({ malformed: true }),
  hang: (): FakeJiraFault => ({ hang: true }),
};

export class FakeJira {
  readonly requests: FakeJiraRequest[] = [];
  /** Requests the real Jira would refuse (a body out of its documented bounds): tests assert it stays empty. */
  readonly protocolErrors: string[] = [];
  readonly fields: FakeJiraField[] = [];
  /** The most issues one search page answers (Jira Cloud: 100 with few fields; DC: jira.search.views.default.max). */
  searchPageSize = 100;
  /** The most projects one /project/search page answers. */
  projectPageSize = 50;
  private readonly issues = new Map<string, FakeJiraIssue>();
  private readonly moved = new Map<string, string>();
  private readonly hidden = new Set<string>();
  private readonly issueErrors = new Map<string, string>();
  private readonly extraProjects = new Set<string>();
  private readonly scripts: Script[] = [];
  private nextId = 10_001;
  private server?: Server;
  private safetyTimer?: NodeJS.Timeout;
  baseUrl = '';

  constructor(
    readonly flavor: FakeJiraFlavor = 'cloud',
    readonly credentials: { user?: string; token: string } = flavor === 'cloud'
      ? { user: 'deploy-bot@acme.example', token: 'ATATT3xFfGF0fakeCloudApiToken0123456789' }
      : { token: 'NjE2OTkzMDU2fakeDataCenterPat0123456789' },
  ) {
    const rich = flavor === 'cloud' ? { type: 'rich', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:textarea' } : { custom: 'com.atlassian.jira.plugin.system.customfieldtypes:textarea' };
    this.field('customfield_10010', 'Risk Assessment', { type: 'string', ...rich });
    this.field('customfield_10020', 'Rollback Plan', { type: 'string', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:textfield' });
    this.field('customfield_10030', 'Change Type', { type: 'option', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:select' });
    this.field('customfield_10040', 'Approvers', { type: 'array', items: 'user', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:multiuserpicker' });
    this.field('customfield_10050', 'Story Points', { type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float' });
  }

  get api(): string {
    return this.flavor === 'cloud' ? '/rest/api/3' : '/rest/api/2';
  }

  /** The Authorization header the fake accepts. */
  get authorization(): string {
    const { user, token } = this.credentials;
    return user ? `Basic ${Buffer.from(`${user}:${token}`).toString('base64')}` : `Bearer ${token}`;
  }

  field(id: string, name: string, schema: Record<string, unknown> = { type: 'string' }): this {
    this.fields.push({ id, name, custom: id.startsWith('customfield_'), schema: { ...schema, ...(id.startsWith('customfield_') ? { customId: Number(id.split('_')[1]) } : { system: id }) } });
    return this;
  }

  issue(key: string, options: FakeJiraIssueOptions = {}): this {
    this.issues.set(key, {
      id: String(this.nextId++),
      key,
      summary: options.summary ?? `Issue ${key}`,
      status: options.status ?? 'Ready for Deploy',
      assignee: options.assignee === undefined ? 'Lee Dev' : options.assignee,
      fields: options.fields ?? {},
    });
    return this;
  }

  /** `count` issues `PROJECT-1`..`PROJECT-count`. */
  addIssues(project: string, count: number, options: FakeJiraIssueOptions = {}): string[] {
    const keys: string[] = [];
    for (let i = 1; i <= count; i++) {
      this.issue(`${project}-${i}`, options);
      keys.push(`${project}-${i}`);
    }
    return keys;
  }

  /** The issue moves to another project: Jira answers the old key with the issue under `to`. */
  move(from: string, to: string): this {
    const issue = this.issues.get(from);
    if (!issue) throw new Error(`fake Jira has no issue ${from} to move`);
    this.issues.delete(from);
    this.issues.set(to, { ...issue, key: to });
    this.moved.set(from, to);
    return this;
  }

  /** The account may not browse this issue. */
  hide(key: string): this {
    this.hidden.add(key);
    return this;
  }

  /** bulkfetch reports this key in `issueErrors` with `message`, every time it is asked. */
  issueError(key: string, message: string): this {
    this.issueErrors.set(key, message);
    return this;
  }

  /** A project without issues (for project listing). */
  project(key: string): this {
    this.extraProjects.add(key);
    return this;
  }

  /** The next requests of `method` whose path matches answer these faults, in order. */
  fail(method: string, pattern: RegExp, ...faults: FakeJiraFault[]): this {
    this.scripts.push({ method, pattern, faults });
    return this;
  }

  count(pattern?: RegExp, method?: string): number {
    return this.requests.filter((r) => (!pattern || pattern.test(r.path)) && (!method || r.method === method)).length;
  }

  async start(): Promise<this> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks).toString('utf8')));
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    server.unref();
    // A forgotten close must not keep the test process alive.
    this.safetyTimer = setTimeout(() => void this.close(), safetyTimeoutMs);
    this.safetyTimer.unref();
    this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    clearTimeout(this.safetyTimer);
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  private handle(req: IncomingMessage, res: ServerResponse, rawBody: string): void {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    const method = req.method ?? 'GET';
    const record: FakeJiraRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      status: 0,
      authorized: req.headers.authorization === this.authorization,
    };
    this.requests.push(record);
    const script = this.scripts.find((s) => s.method === method && s.pattern.test(url.pathname) && s.faults.length > 0);
    const fault = script?.faults.shift();
    if (fault && 'hang' in fault) return;
    if (fault && 'malformed' in fault) {
      record.status = 200;
      res.writeHead(200, { 'content-type': 'application/json;charset=UTF-8' });
      res.end('{"issues":[{"key":"ENG-1","fields":{"summary":"trunc');
      return;
    }
    let reply: { status: number; body: unknown; headers?: Record<string, string> };
    if (fault) {
      reply = { status: fault.status, body: fault.body ?? '', ...(fault.headers ? { headers: fault.headers } : {}) };
    } else {
      try {
        if (rawBody !== '') record.body = JSON.parse(rawBody) as unknown;
        reply = record.authorized ? this.answer(method, url, record.body) : { status: 401, body: { errorMessages: [jiraMessages.unauthorized], errors: {} } };
      } catch (error) {
        this.protocolErrors.push(`${method} ${url.pathname}: ${String(error)}`);
        reply = { status: 500, body: { errorMessages: [`fake Jira crashed: ${String(error)}`] } };
      }
    }
    record.status = reply.status;
    res.writeHead(reply.status, { 'content-type': 'application/json;charset=UTF-8', 'x-arequestid': `fake-${this.requests.length}`, ...reply.headers });
    res.end(typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body));
  }

  private answer(method: string, url: URL, body: unknown): { status: number; body: unknown; headers?: Record<string, string> } {
    const path = url.pathname;
    const cloud = this.flavor === 'cloud';
    if (method === 'GET' && path === '/rest/api/2/serverInfo') {
      return {
        status: 200,
        body: {
          baseUrl: cloud ? 'https://acme.atlassian.net' : this.baseUrl,
          version: cloud ? '1001.0.0-SNAPSHOT' : '9.12.15',
          versionNumbers: cloud ? [1001, 0, 0] : [9, 12, 15],
          deploymentType: cloud ? 'Cloud' : 'Server',
          buildNumber: cloud ? 100285 : 9120015,
          buildDate: '2025-06-01T00:00:00.000+0000',
          serverTime: new Date().toISOString().replace('Z', '+0000'),
          scmInfo: 'a1b2c3d4e5f6',
          serverTitle: 'Jira',
        },
      };
    }
    if (cloud && /^\/rest\/api\/(2|3|latest)\/search$/.test(path)) {
      return { status: 410, body: { errorMessages: [jiraMessages.removed], errors: {} } };
    }
    const api = this.api;
    if (!path.startsWith(`${api}/`)) return notFound();
    const rest = path.slice(api.length);
    if (method === 'GET' && rest === '/field') return { status: 200, body: this.fields.map((f) => this.fieldJson(f)) };
    if (method === 'GET' && cloud && rest === '/project/search') return this.projectSearch(url);
    if (method === 'GET' && !cloud && rest === '/project') return { status: 200, body: this.projectKeys().map((key) => this.projectJson(key)) };
    const single = /^\/issue\/([^/]+)$/.exec(rest);
    if (method === 'GET' && single) return this.getIssue(decodeURIComponent(single[1]!), url);
    if (method === 'POST' && cloud && rest === '/issue/bulkfetch') return this.bulkFetch(body);
    if (method === 'POST' && cloud && rest === '/search/jql') return this.searchJql(body);
    if (method === 'POST' && !cloud && rest === '/search') return this.searchDataCenter(body);
    return notFound();
  }

  /** The issue an asked key names now: itself, or where it moved; undefined when unknown or hidden. */
  private resolve(asked: string): FakeJiraIssue | undefined {
    let key = asked;
    for (let hops = 0; this.moved.has(key) && hops < 10; hops++) key = this.moved.get(key)!;
    if (this.hidden.has(asked) || this.hidden.has(key)) return undefined;
    return this.issues.get(key) ?? [...this.issues.values()].find((issue) => issue.id === asked);
  }

  private getIssue(key: string, url: URL): { status: number; body: unknown } {
    const issue = this.resolve(key);
    if (!issue) return { status: 404, body: { errorMessages: [jiraMessages.issueNotFound], errors: {} } };
    const fields = (url.searchParams.get('fields') ?? '*navigable').split(',');
    return { status: 200, body: this.issueJson(issue, fields) };
  }

  private bulkFetch(body: unknown): { status: number; body: unknown } {
    const request = body as { issueIdsOrKeys?: unknown; fields?: unknown };
    const asked = request?.issueIdsOrKeys;
    if (!Array.isArray(asked) || asked.length === 0 || asked.length > 100 || !asked.every((k) => typeof k === 'string')) {
      this.protocolErrors.push(`bulkfetch asked for ${Array.isArray(asked) ? asked.length : typeof asked} issues (Jira takes 1 to 100)`);
      return badRequest('issueIdsOrKeys must contain between 1 and 100 items.');
    }
    const fields = this.requestedFields(request.fields, 'bulkfetch');
    const issues: unknown[] = [];
    const issueErrors: unknown[] = [];
    const seen = new Set<string>();
    for (const key of asked as string[]) {
      const error = this.issueErrors.get(key);
      if (error) {
        issueErrors.push({ id: key, errorMessage: error });
        continue;
      }
      const issue = this.resolve(key);
      // Atlassian: issues that are not found or not visible are not returned, and not in issueErrors.
      if (!issue || seen.has(issue.id)) continue;
      seen.add(issue.id);
      issues.push(this.issueJson(issue, fields));
    }
    return { status: 200, body: { expand: 'schema,names', issues, issueErrors } };
  }

  private searchJql(body: unknown): { status: number; body: unknown } {
    const request = body as { jql?: unknown; fields?: unknown; maxResults?: unknown; nextPageToken?: unknown };
    const found = this.runJql(request.jql);
    if ('error' in found) return found.error;
    const fields = this.requestedFields(request.fields, 'search/jql');
    const pageSize = Math.min(this.searchPageSize, typeof request.maxResults === 'number' ? request.maxResults : 50);
    const start = typeof request.nextPageToken === 'string' ? Number(Buffer.from(request.nextPageToken, 'base64url').toString().replace('offset:', '')) : 0;
    const page = found.issues.slice(start, start + pageSize);
    const isLast = start + pageSize >= found.issues.length;
    return {
      status: 200,
      body: {
        issues: page.map((issue) => this.issueJson(issue, fields)),
        ...(isLast ? {} : { nextPageToken: Buffer.from(`offset:${start + pageSize}`).toString('base64url') }),
        isLast,
      },
    };
  }

  private searchDataCenter(body: unknown): { status: number; body: unknown } {
    const request = body as { jql?: unknown; fields?: unknown; maxResults?: unknown; startAt?: unknown };
    const found = this.runJql(request.jql);
    if ('error' in found) return found.error;
    const fields = this.requestedFields(request.fields, 'search');
    const startAt = typeof request.startAt === 'number' ? request.startAt : 0;
    const maxResults = Math.min(this.searchPageSize, typeof request.maxResults === 'number' ? request.maxResults : 50);
    return {
      status: 200,
      body: {
        expand: 'schema,names',
        startAt,
        maxResults,
        total: found.issues.length,
        issues: found.issues.slice(startAt, startAt + maxResults).map((issue) => this.issueJson(issue, fields)),
      },
    };
  }

  /** Only the JQL the tracker should send: `key in ("A-1", "B-2")`, optionally ordered by key. */
  private runJql(jql: unknown): { issues: FakeJiraIssue[] } | { error: { status: number; body: unknown } } {
    const match = typeof jql === 'string' ? /^key in \(((?:"[A-Z][A-Z0-9_]+-\d+"(?:, )?)+)\)(?: ORDER BY key ASC)?$/.exec(jql) : null;
    if (!match) {
      this.protocolErrors.push(`unexpected JQL: ${JSON.stringify(jql)}`);
      return { error: badRequest(`Error in the JQL Query: ${JSON.stringify(jql)}`) };
    }
    const keys = [...match[1]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    if (keys.length > 100) this.protocolErrors.push(`JQL names ${keys.length} keys (the tracker promises at most 100)`);
    const unknown = keys.filter((key) => !this.resolve(key));
    if (unknown.length) return { error: badRequest(...unknown.map(jiraMessages.doesNotExist)) };
    const byId = new Map<string, FakeJiraIssue>();
    for (const key of keys) {
      const issue = this.resolve(key)!;
      byId.set(issue.id, issue);
    }
    return { issues: [...byId.values()].sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true })) };
  }

  private requestedFields(fields: unknown, where: string): string[] {
    if (fields === undefined) return ['*navigable'];
    if (!Array.isArray(fields) || !fields.every((f) => typeof f === 'string')) {
      this.protocolErrors.push(`${where}: fields is not a list of strings`);
      return [];
    }
    if (fields.some((f) => f === '*all' || f === '*navigable')) this.protocolErrors.push(`${where}: asked for every field (${fields.join(',')})`);
    return fields as string[];
  }

  private issueJson(issue: FakeJiraIssue, fields: readonly string[]): Record<string, unknown> {
    const all = fields.includes('*all') || fields.includes('*navigable');
    const want = (id: string) => all || fields.includes(id);
    const out: Record<string, unknown> = {};
    if (want('summary')) out['summary'] = issue.summary;
    if (want('status')) {
      const done = /done|closed|released/i.test(issue.status);
      out['status'] = {
        self: `${this.baseUrl}${this.api}/status/3`,
        description: '',
        iconUrl: `${this.baseUrl}/images/icons/statuses/generic.png`,
        name: issue.status,
        id: '3',
        statusCategory: {
          self: `${this.baseUrl}${this.api}/statuscategory/${done ? 3 : 4}`,
          id: done ? 3 : 4,
          key: done ? 'done' : 'indeterminate',
          colorName: done ? 'green' : 'yellow',
          name: done ? 'Done' : 'In Progress',
        },
      };
    }
    if (want('assignee')) out['assignee'] = issue.assignee === null ? null : this.userJson(issue.assignee);
    for (const field of this.fields) {
      if (!field.custom || !want(field.id)) continue;
      out[field.id] = field.id in issue.fields ? issue.fields[field.id] : null;
    }
    return {
      expand: 'operations,versionedRepresentations,editmeta,changelog,renderedFields',
      id: issue.id,
      self: `${this.baseUrl}${this.api}/issue/${issue.id}`,
      key: issue.key,
      fields: out,
    };
  }

  /** A user as Jira writes one: Cloud by accountId, Data Center by name/key. */
  userJson(displayName: string): Record<string, unknown> {
    const slug = displayName.toLowerCase().replace(/[^a-z0-9]+/g, '.');
    return this.flavor === 'cloud'
      ? {
          self: `${this.baseUrl}/rest/api/3/user?accountId=5b10ac8d82e05b22cc7d4ef5`,
          accountId: '5b10ac8d82e05b22cc7d4ef5',
          emailAddress: `${slug}@acme.example`,
          avatarUrls: { '48x48': 'https://avatar-management.example/48.png' },
          displayName,
          active: true,
          timeZone: 'Europe/Berlin',
          accountType: 'atlassian',
        }
      : {
          self: `${this.baseUrl}/rest/api/2/user?username=${slug}`,
          name: slug,
          key: `JIRAUSER${slug.length + 10000}`,
          emailAddress: `${slug}@acme.example`,
          avatarUrls: { '48x48': `${this.baseUrl}/secure/useravatar?avatarId=10122` },
          displayName,
          active: true,
          timeZone: 'Europe/Berlin',
        };
  }

  private fieldJson(field: FakeJiraField): Record<string, unknown> {
    return {
      id: field.id,
      key: field.id,
      name: field.name,
      custom: field.custom,
      orderable: true,
      navigable: true,
      searchable: true,
      clauseNames: field.custom ? [`cf[${field.id.split('_')[1]}]`, field.name] : [field.id],
      schema: field.schema,
      ...(this.flavor === 'cloud' && field.custom ? { untranslatedName: field.name } : {}),
    };
  }

  private projectKeys(): string[] {
    const keys = new Set([...this.issues.keys()].map((key) => key.split('-')[0]!));
    for (const key of this.extraProjects) keys.add(key);
    return [...keys].sort();
  }

  private projectJson(key: string): Record<string, unknown> {
    const id = String(10_000 + [...key].reduce((sum, c) => sum + c.charCodeAt(0), 0));
    return {
      expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
      self: `${this.baseUrl}${this.api}/project/${id}`,
      id,
      key,
      name: `Project ${key}`,
      avatarUrls: { '48x48': `${this.baseUrl}/secure/projectavatar?avatarId=10400` },
      projectTypeKey: 'software',
      ...(this.flavor === 'cloud' ? { simplified: false, style: 'classic', isPrivate: false, properties: {} } : { archived: false }),
    };
  }

  private projectSearch(url: URL): { status: number; body: unknown } {
    const all = this.projectKeys();
    const startAt = Number(url.searchParams.get('startAt') ?? 0) || 0;
    const maxResults = Math.min(this.projectPageSize, Number(url.searchParams.get('maxResults') ?? 50) || 50);
    const values = all.slice(startAt, startAt + maxResults);
    const isLast = startAt + maxResults >= all.length;
    const self = `${this.baseUrl}/rest/api/3/project/search?startAt=${startAt}&maxResults=${maxResults}`;
    return {
      status: 200,
      body: {
        self,
        ...(isLast ? {} : { nextPage: `${this.baseUrl}/rest/api/3/project/search?startAt=${startAt + maxResults}&maxResults=${maxResults}` }),
        maxResults,
        startAt,
        total: all.length,
        isLast,
        values: values.map((key) => this.projectJson(key)),
      },
    };
  }
}

function notFound(): { status: number; body: unknown } {
  return { status: 404, body: { errorMessages: ['null for uri: not found'], errors: {} } };
}

function badRequest(...errorMessages: string[]): { status: number; body: unknown } {
  return { status: 400, body: { errorMessages, errors: {}, warningMessages: [] } };
}

/** An ADF document, as Jira Cloud stores rich text, with the given paragraphs. */
export function adf(...paragraphs: string[]): Record<string, unknown> {
  return {
    type: 'doc',
    version: 1,
    content: paragraphs.map((text) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] })),
  };
}

export async function startFakeJira(flavor: FakeJiraFlavor = 'cloud'): Promise<FakeJira> {
  return new FakeJira(flavor).start();
}
