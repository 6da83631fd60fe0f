// A loopback GitHub REST server for tests: scripted repositories (commit graph, refs, deployments
// with statuses) served in the real wire format, with real Link pagination, scriptable failures
// (404, 403, 5xx, secondary rate limits) and a record of every request.
//
// Issues (open, closed, transferred, deleted), pull requests and posted commit statuses are scripted
// per repository; a POST's request body is validated against the operation's documented requestBody
// as well, so the adapter cannot send what GitHub would refuse.
//
// Every 2xx JSON body is validated against GitHub's official OpenAPI description (npm package
// @octokit/openapi). A body that does not match is not sent: the fake answers 599 and records the
// error in `validationErrors`, which tests assert is empty, so the fake cannot drift from GitHub.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ---------------------------------------------------------------------------------------------
// OpenAPI validation

type JsonObject = Record<string, unknown>;

let spec: { paths: Record<string, Record<string, JsonObject>> } | undefined;
const validators = new Map<string, ValidateFunction>();
let ajv: Ajv | undefined;

function loadSpec(): NonNullable<typeof spec> {
  if (!spec) {
    const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.deref.json');
    spec = JSON.parse(readFileSync(file, 'utf8')) as NonNullable<typeof spec>;
  }
  return spec;
}

function getAjv(): Ajv {
  if (!ajv) {
    // strict: false because OpenAPI schemas carry keywords JSON Schema does not know (example,
    // x-*, discriminator); `nullable`, the one that changes meaning, is converted beforehand.
    ajv = new Ajv({ strict: false, allErrors: true });
    const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv;
    addFormats(ajv);
    ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && Math.abs(n) <= 2 ** 31 });
    ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
    ajv.addFormat('repo.nwo', true);
  }
  return ajv;
}

/**
 * OpenAPI 3.0 `nullable: true` -> JSON Schema: `type: [t, "null"]` (and null in any enum), or, with
 * no `type` (oneOf/allOf/$ref siblings), `anyOf: [schema, {type: "null"}]`.
 */
export function openApiToJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(openApiToJsonSchema);
  if (!schema || typeof schema !== 'object') return schema;
  const source = schema as JsonObject;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === 'nullable' || key === 'example' || key === 'examples' || key.startsWith('x-')) continue;
    if (key === 'properties' && value && typeof value === 'object') {
      // Property names are data, not keywords: convert each value but keep every name.
      out[key] = Object.fromEntries(Object.entries(value as JsonObject).map(([name, sub]) => [name, openApiToJsonSchema(sub)]));
      continue;
    }
    out[key] = openApiToJsonSchema(value);
  }
  if (source.nullable !== true) return out;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

function responseValidator(method: string, pathTemplate: string, status: number): ValidateFunction {
  const key = `${method} ${pathTemplate} ${status}`;
  let validate = validators.get(key);
  if (!validate) {
    const operation = loadSpec().paths[pathTemplate]?.[method.toLowerCase()] as
      | { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }
      | undefined;
    if (!operation) throw new Error(`OpenAPI description has no operation ${method} ${pathTemplate}`);
    const schema = operation.responses?.[String(status)]?.content?.['application/json']?.schema;
    if (!schema) throw new Error(`OpenAPI description has no application/json ${status} response for ${method} ${pathTemplate}`);
    validate = getAjv().compile(openApiToJsonSchema(schema) as object);
    validators.set(key, validate);
  }
  return validate;
}

function requestValidator(method: string, pathTemplate: string): ValidateFunction {
  const key = `${method} ${pathTemplate} request`;
  let validate = validators.get(key);
  if (!validate) {
    const operation = loadSpec().paths[pathTemplate]?.[method.toLowerCase()] as
      | { requestBody?: { content?: Record<string, { schema?: unknown }> } }
      | undefined;
    if (!operation) throw new Error(`OpenAPI description has no operation ${method} ${pathTemplate}`);
    const schema = operation.requestBody?.content?.['application/json']?.schema;
    if (!schema) throw new Error(`OpenAPI description has no application/json request body for ${method} ${pathTemplate}`);
    validate = getAjv().compile(openApiToJsonSchema(schema) as object);
    validators.set(key, validate);
  }
  return validate;
}

/** Errors of a request `body` against the documented requestBody of the operation, empty when it conforms. */
export function validateRequest(method: string, pathTemplate: string, body: unknown): string[] {
  const validate = requestValidator(method, pathTemplate);
  if (validate(body)) return [];
  return (validate.errors ?? []).slice(0, 10).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
}

/** Errors of `body` against the documented response of the operation, empty when it conforms. */
export function validateResponse(method: string, pathTemplate: string, status: number, body: unknown): string[] {
  const validate = responseValidator(method, pathTemplate, status);
  if (validate(body)) return [];
  return (validate.errors ?? []).slice(0, 10).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
}

// ---------------------------------------------------------------------------------------------
// Scripted repositories

export interface FakeCommit {
  sha: string;
  message: string;
  authorName: string;
  authorEmail: string;
  /** GitHub user the author email maps to; null when it maps to none (author: null in the API). */
  authorLogin: string | null;
  date: string;
  parents: string[];
}

export type DeploymentState = 'error' | 'failure' | 'inactive' | 'pending' | 'success' | 'queued' | 'in_progress';

export interface FakeDeployment {
  id: number;
  sha: string;
  ref: string;
  environment: string;
  createdAt: string;
  creator: string;
  /** Oldest first, as they were posted. */
  statuses: { id: number; state: DeploymentState; createdAt: string }[];
}

export interface FakeIssue {
  number: number;
  title: string;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'reopened' | 'not_planned' | 'duplicate' | null;
  labels: string[];
  assignee: string | null;
  author: string;
  pullRequest: boolean;
  createdAt: string;
}

export interface FakeIssueOptions {
  title?: string;
  state?: 'open' | 'closed';
  /** Defaults to `completed` for a closed issue, null for an open one. */
  stateReason?: FakeIssue['stateReason'];
  labels?: string[];
  assignee?: string | null;
  author?: string;
}

/** A number that no longer holds an issue: transferred away (301) or deleted (410). */
export type FakeIssueGone = { gone: 'transferred'; to: FakeRepo; number: number } | { gone: 'deleted' };

export interface FakeCommitStatus {
  id: number;
  sha: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  context: string;
  description: string | null;
  targetUrl: string | null;
  createdAt: string;
}

export class FakeRepo {
  readonly commits = new Map<string, FakeCommit>();
  readonly refs = new Map<string, string>();
  readonly deployments: FakeDeployment[] = [];
  /** Issues and pull requests share one number space, as on GitHub. */
  readonly issues = new Map<number, FakeIssue | FakeIssueGone>();
  /** Commit statuses posted to this repository, oldest first. */
  readonly statuses: FakeCommitStatus[] = [];
  /** The numeric repository id, which a transferred issue's Location names. */
  readonly id: number;
  private clock = Date.parse('2024-01-01T00:00:00Z');
  private nextDeploymentId = 1000;
  private nextStatusId = 5000;

  constructor(
    readonly owner: string,
    readonly name: string,
  ) {
    this.id = 1 + (createHash('sha1').update(`repo ${owner}/${name}`.toLowerCase()).digest().readUInt32BE(0) % 100_000_000);
  }

  /** Adds (or replaces) issue `number`. */
  issue(number: number, options: FakeIssueOptions = {}): FakeIssue {
    return this.addIssue(number, options, false);
  }

  /** Adds (or replaces) pull request `number`; GitHub serves it as an issue too. */
  pullRequest(number: number, options: FakeIssueOptions = {}): FakeIssue {
    return this.addIssue(number, options, true);
  }

  /** Deletes issue `number`: GitHub then answers 410 Gone. */
  deleteIssue(number: number): this {
    this.issues.set(number, { gone: 'deleted' });
    return this;
  }

  /** Moves issue `number` to `to` as `toNumber`: the old address then answers 301. */
  transferIssue(number: number, to: FakeRepo, toNumber = number): FakeIssue {
    const issue = this.issues.get(number);
    if (!issue || 'gone' in issue) throw new Error(`fake repository ${this.owner}/${this.name} has no issue #${number} to transfer`);
    this.issues.set(number, { gone: 'transferred', to, number: toNumber });
    const moved = { ...issue, number: toNumber };
    to.issues.set(toNumber, moved);
    return moved;
  }

  private addIssue(number: number, options: FakeIssueOptions, pullRequest: boolean): FakeIssue {
    this.clock += 60_000;
    const state = options.state ?? 'open';
    const issue: FakeIssue = {
      number,
      title: options.title ?? `${pullRequest ? 'Pull request' : 'Issue'} ${number}`,
      state,
      stateReason: options.stateReason !== undefined ? options.stateReason : state === 'closed' ? 'completed' : null,
      labels: options.labels ?? [],
      assignee: options.assignee ?? null,
      author: options.author ?? 'octocat',
      pullRequest,
      createdAt: new Date(this.clock).toISOString().replace('.000Z', 'Z'),
    };
    this.issues.set(number, issue);
    return issue;
  }

  /** Adds a commit; its SHA is derived from its content, like git. */
  commit(message: string, parents: string[] = [], author: { name?: string; email?: string; login?: string | null } = {}): string {
    this.clock += 60_000;
    const date = new Date(this.clock).toISOString().replace('.000Z', 'Z');
    const sha = createHash('sha1').update(`${message}\n${parents.join(',')}\n${date}\n${this.commits.size}`).digest('hex');
    this.commits.set(sha, {
      sha,
      message,
      authorName: author.name ?? 'Mona Lisa',
      authorEmail: author.email ?? 'mona@example.com',
      authorLogin: author.login === undefined ? 'octocat' : author.login,
      date,
      parents,
    });
    return sha;
  }

  /** `count` commits on top of `parent` (or a root), returned oldest first. */
  chain(count: number, parent?: string, prefix = 'change'): string[] {
    const shas: string[] = [];
    let previous = parent;
    for (let i = 1; i <= count; i++) {
      previous = this.commit(`${prefix} ${i}\n\nbody of ${prefix} ${i}`, previous ? [previous] : []);
      shas.push(previous);
    }
    return shas;
  }

  ref(name: string, sha: string): this {
    this.refs.set(name, sha);
    return this;
  }

  /** Adds a deployment (newer than all before it) with the given status history, oldest first. */
  deploy(environment: string, sha: string, states: DeploymentState[], ref = 'main'): FakeDeployment {
    this.clock += 60_000;
    const createdAt = new Date(this.clock).toISOString().replace('.000Z', 'Z');
    const deployment: FakeDeployment = {
      id: this.nextDeploymentId++,
      sha,
      ref,
      environment,
      createdAt,
      creator: 'deploy-bot',
      statuses: states.map((state, i) => ({
        id: this.nextStatusId++,
        state,
        createdAt: new Date(this.clock + (i + 1) * 1000).toISOString().replace('.000Z', 'Z'),
      })),
    };
    this.deployments.push(deployment);
    return deployment;
  }

  /** A full SHA, a unique abbreviation (7+), or a ref name; undefined when GitHub would 404. */
  resolve(ref: string): string | undefined {
    const named = this.refs.get(ref) ?? this.refs.get(ref.replace(/^refs\/(heads|tags)\//, ''));
    if (named) return named;
    const lower = ref.toLowerCase();
    if (!/^[0-9a-f]{7,40}$/.test(lower)) return undefined;
    const matches = [...this.commits.keys()].filter((sha) => sha.startsWith(lower));
    return matches.length === 1 ? matches[0] : undefined;
  }

  ancestors(sha: string): Set<string> {
    const seen = new Set<string>();
    const stack = [sha];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(this.commits.get(next)?.parents ?? []));
    }
    return seen;
  }

  /** Commits reachable from head and not from base, parents before children (head last). */
  range(base: string, head: string): string[] {
    const excluded = this.ancestors(base);
    const ordered: string[] = [];
    const visited = new Set<string>();
    const visit = (sha: string): void => {
      // Iterative post-order: deep linear histories would overflow the call stack.
      const stack: { sha: string; expanded: boolean }[] = [{ sha, expanded: false }];
      while (stack.length > 0) {
        const top = stack.pop()!;
        if (top.expanded) {
          ordered.push(top.sha);
          continue;
        }
        if (visited.has(top.sha) || excluded.has(top.sha)) continue;
        visited.add(top.sha);
        stack.push({ sha: top.sha, expanded: true });
        const parents = this.commits.get(top.sha)?.parents ?? [];
        for (const parent of [...parents].reverse()) stack.push({ sha: parent, expanded: false });
      }
    };
    visit(head);
    return ordered;
  }

  mergeBase(a: string, b: string): string | undefined {
    const fromB = this.ancestors(b);
    const common = [...this.ancestors(a)].filter((sha) => fromB.has(sha));
    // The best common ancestor is one that no other common ancestor descends from.
    return common.find((candidate) => !common.some((other) => other !== candidate && this.ancestors(other).has(candidate)));
  }
}

// ---------------------------------------------------------------------------------------------
// Wire format

function user(login: string, id: number, base: string): JsonObject {
  const url = `${base}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: Buffer.from(`04:User${id}`).toString('base64'),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `https://github.com/${encodeURIComponent(login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: 'User',
    user_view_type: 'public',
    site_admin: false,
  };
}

function userId(login: string): number {
  return 1 + (createHash('sha1').update(login).digest().readUInt32BE(0) % 10_000_000);
}

export const messages = {
  notFound: 'Not Found',
  forbidden: 'Resource not accessible by integration',
  badCredentials: 'Bad credentials',
  secondaryRateLimit:
    'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:1111:2222:3333:4444.',
  serverError: 'Server Error',
};

export interface ScriptedResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Ready-made failures with GitHub's bodies and headers. */
export const failures = {
  notFound: (): ScriptedResponse => ({
    status: 404,
    body: { message: messages.notFound, documentation_url: 'https://docs.github.com/rest', status: '404' },
  }),
  forbidden: (): ScriptedResponse => ({
    status: 403,
    body: { message: messages.forbidden, documentation_url: 'https://docs.github.com/rest', status: '403' },
  }),
  unauthorized: (): ScriptedResponse => ({
    status: 401,
    body: { message: messages.badCredentials, documentation_url: 'https://docs.github.com/rest', status: '401' },
  }),
  serverError: (status = 500): ScriptedResponse => ({
    status,
    body: status === 502 ? '<html><body><h1>502 Bad Gateway</h1></body></html>' : { message: messages.serverError },
    headers: status === 502 ? { 'content-type': 'text/html' } : {},
  }),
  secondaryRateLimit: (retryAfterSeconds = 1, status: 403 | 429 = 403): ScriptedResponse => ({
    status,
    body: {
      message: messages.secondaryRateLimit,
      documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: String(status),
    },
    headers: { 'retry-after': String(retryAfterSeconds) },
  }),
};

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** The parsed JSON body of a request that sent one. */
  body?: unknown;
  /** Which documented operation answered, e.g. "GET /repos/{owner}/{repo}/deployments". */
  operation?: string;
  status: number;
  authorized: boolean;
}

interface Script {
  method: string;
  pattern: RegExp;
  responses: ScriptedResponse[];
  /** Answer the last response forever instead of running out. */
  sticky: boolean;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Path template of the documented operation, for validation. */
  template?: string;
}

const safetyTimeoutMs = 120_000;

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly validationErrors: string[] = [];
  private readonly repos = new Map<string, FakeRepo>();
  private readonly scripts: Script[] = [];
  private readonly corruptions: { pattern: RegExp; mutate: (body: unknown) => void }[] = [];
  private server?: Server;
  private safetyTimer?: NodeJS.Timeout;
  baseUrl = '';

  constructor(readonly token = 'ghs_fakeTokenForTests0123456789') {}

  repo(owner: string, name: string): FakeRepo {
    const key = `${owner}/${name}`.toLowerCase();
    let repo = this.repos.get(key);
    if (!repo) {
      repo = new FakeRepo(owner, name);
      this.repos.set(key, repo);
    }
    return repo;
  }

  /** The next requests whose path matches answer these responses, in order, then behave normally. */
  script(pattern: RegExp, ...responses: ScriptedResponse[]): this {
    return this.scriptFor('GET', pattern, ...responses);
  }

  /** Every request whose path matches answers this response. */
  scriptAlways(pattern: RegExp, response: ScriptedResponse): this {
    return this.scriptAlwaysFor('GET', pattern, response);
  }

  /** As `script`, for requests of another method (`POST`). */
  scriptFor(method: string, pattern: RegExp, ...responses: ScriptedResponse[]): this {
    this.scripts.push({ method, pattern, responses, sticky: false });
    return this;
  }

  /** As `scriptAlways`, for requests of another method (`POST`). */
  scriptAlwaysFor(method: string, pattern: RegExp, response: ScriptedResponse): this {
    this.scripts.push({ method, pattern, responses: [response], sticky: true });
    return this;
  }

  /** Mutates the next 2xx body for a matching path before it is validated: to test the validator. */
  corruptNext(pattern: RegExp, mutate: (body: unknown) => void): this {
    this.corruptions.push({ pattern, mutate });
    return this;
  }

  countRequests(pattern?: RegExp): number {
    return pattern ? this.requests.filter((r) => pattern.test(r.path)).length : this.requests.length;
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
    const { port } = server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${port}`;
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
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      status: 0,
      authorized: req.headers.authorization === `token ${this.token}`,
    };
    this.requests.push(record);
    let reply: Reply;
    try {
      if (rawBody !== '') record.body = JSON.parse(rawBody) as unknown;
      reply = this.answer(method, url, record.authorized, record.body);
    } catch (error) {
      reply = { status: 598, body: { message: `fake GitHub crashed: ${String(error)}` } };
      this.validationErrors.push(`fake crashed on ${method} ${url.pathname}: ${String(error)}`);
    }
    if (reply.template) record.operation = `${method} ${reply.template}`;
    // Documented redirects and errors (301, 410) are validated like successes.
    if (reply.template) {
      const corruption = this.corruptions.findIndex((c) => c.pattern.test(url.pathname));
      if (corruption >= 0) {
        this.corruptions[corruption]!.mutate(reply.body);
        this.corruptions.splice(corruption, 1);
      }
      const errors = validateResponse(method, reply.template, reply.status, reply.body);
      if (errors.length > 0) {
        this.validationErrors.push(`${method} ${reply.template} ${reply.status}: ${errors.join('; ')}`);
        reply = { status: 599, body: { message: `fake GitHub response does not match the OpenAPI description: ${errors.join('; ')}` } };
      }
    }
    record.status = reply.status;
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': '1',
      'x-ratelimit-resource': 'core',
      'x-github-request-id': `FAKE:${this.requests.length}`,
      ...reply.headers,
    };
    const payload = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? null);
    res.writeHead(reply.status, headers);
    res.end(payload);
  }

  private answer(method: string, url: URL, authorized: boolean, body: unknown): Reply {
    const scripted = this.scripts.find((s) => s.method === method && s.pattern.test(url.pathname) && s.responses.length > 0);
    if (scripted) {
      const response = scripted.sticky ? scripted.responses[0]! : scripted.responses.shift()!;
      return { status: response.status, body: response.body ?? '', ...(response.headers ? { headers: response.headers } : {}) };
    }
    if (!authorized) return failures.unauthorized();

    // Where a transferred issue's 301 points: GitHub addresses the new home by repository id.
    const byId = /^\/repositories\/(\d+)\/issues\/(\d+)$/.exec(url.pathname);
    if (byId && method === 'GET') {
      const target = [...this.repos.values()].find((r) => r.id === Number(byId[1]));
      return target ? this.getIssue(target, Number(byId[2])) : failures.notFound();
    }

    const match = /^\/repos\/([^/]+)\/([^/]+)\/(.+)$/.exec(url.pathname);
    const repo = match ? this.repos.get(`${match[1]}/${match[2]}`.toLowerCase()) : undefined;
    if (!match || !repo) return failures.notFound();
    const rest = match[3]!;

    let m: RegExpExecArray | null;
    if (method === 'POST') {
      if ((m = /^statuses\/([^/]+)$/.exec(rest))) return this.createStatus(repo, decodeURIComponent(m[1]!), body);
      return failures.notFound();
    }
    if (method !== 'GET') return failures.notFound();
    if ((m = /^issues\/(\d+)$/.exec(rest))) return this.getIssue(repo, Number(m[1]));
    if ((m = /^pulls\/(\d+)$/.exec(rest))) return this.getPull(repo, Number(m[1]));
    if ((m = /^compare\/(.+)$/.exec(rest))) return this.compare(repo, decodeURIComponent(m[1]!), url);
    if ((m = /^commits\/([^/]+)$/.exec(rest))) return this.getCommit(repo, decodeURIComponent(m[1]!));
    if (rest === 'deployments') return this.listDeployments(repo, url);
    if ((m = /^deployments\/(\d+)\/statuses$/.exec(rest))) return this.listStatuses(repo, Number(m[1]), url);
    return failures.notFound();
  }

  private apiRepo(repo: FakeRepo): string {
    return `${this.baseUrl}/repos/${repo.owner}/${repo.name}`;
  }

  private commitJson(repo: FakeRepo, sha: string): JsonObject {
    const commit = repo.commits.get(sha);
    if (!commit) throw new Error(`fake repository has no commit ${sha}`);
    const api = this.apiRepo(repo);
    const html = `https://github.com/${repo.owner}/${repo.name}`;
    const gitUser = { name: commit.authorName, email: commit.authorEmail, date: commit.date };
    const author = commit.authorLogin === null ? null : user(commit.authorLogin, userId(commit.authorLogin), this.baseUrl);
    return {
      sha,
      node_id: Buffer.from(`06:Commit${sha}`).toString('base64'),
      commit: {
        author: gitUser,
        committer: { name: 'GitHub', email: 'noreply@github.com', date: commit.date },
        message: commit.message,
        tree: { sha: createHash('sha1').update(`tree ${sha}`).digest('hex'), url: `${api}/git/trees/${sha}` },
        url: `${api}/git/commits/${sha}`,
        comment_count: 0,
        verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
      },
      url: `${api}/commits/${sha}`,
      html_url: `${html}/commit/${sha}`,
      comments_url: `${api}/commits/${sha}/comments`,
      author,
      committer: user('web-flow', 19864447, this.baseUrl),
      parents: commit.parents.map((parent) => ({ sha: parent, url: `${api}/commits/${parent}`, html_url: `${html}/commit/${parent}` })),
    };
  }

  private getCommit(repo: FakeRepo, ref: string): Reply {
    const sha = repo.resolve(ref);
    if (!sha) {
      return {
        status: 422,
        body: { message: `No commit found for SHA: ${ref}`, documentation_url: 'https://docs.github.com/rest/commits/commits#get-a-commit', status: '422' },
      };
    }
    return {
      status: 200,
      template: '/repos/{owner}/{repo}/commits/{ref}',
      body: { ...this.commitJson(repo, sha), stats: { total: 2, additions: 1, deletions: 1 }, files: [] },
    };
  }

  private compare(repo: FakeRepo, basehead: string, url: URL): Reply {
    const separator = basehead.indexOf('...');
    const baseRef = separator > 0 ? basehead.slice(0, separator) : '';
    const headRef = separator > 0 ? basehead.slice(separator + 3) : '';
    const base = repo.resolve(baseRef);
    const head = repo.resolve(headRef);
    if (!base || !head) {
      return {
        status: 404,
        body: { message: messages.notFound, documentation_url: 'https://docs.github.com/rest/commits/commits#compare-two-commits', status: '404' },
      };
    }
    const mergeBase = repo.mergeBase(base, head);
    if (!mergeBase) {
      return { status: 404, body: { message: `No common ancestor between ${baseRef} and ${headRef}.`, status: '404' } };
    }
    const ahead = repo.range(base, head);
    const behindBy = repo.range(head, base).length;
    const status = ahead.length === 0 && behindBy === 0 ? 'identical' : behindBy === 0 ? 'ahead' : ahead.length === 0 ? 'behind' : 'diverged';

    let listed: string[];
    let link: string | undefined;
    if (url.searchParams.has('page') || url.searchParams.has('per_page')) {
      const paged = this.paginate(ahead, url);
      listed = paged.items;
      link = paged.link;
    } else {
      // Without paging parameters GitHub lists at most 250, ending with the newest.
      listed = ahead.slice(-250);
    }
    const html = `https://github.com/${repo.owner}/${repo.name}`;
    const isFirstPage = (Number(url.searchParams.get('page')) || 1) === 1;
    return {
      status: 200,
      template: '/repos/{owner}/{repo}/compare/{basehead}',
      headers: link ? { link } : {},
      body: {
        url: `${this.apiRepo(repo)}/compare/${encodeURIComponent(baseRef)}...${encodeURIComponent(headRef)}`,
        html_url: `${html}/compare/${encodeURIComponent(baseRef)}...${encodeURIComponent(headRef)}`,
        permalink_url: `${html}/compare/${repo.owner}:${base}...${repo.owner}:${head}`,
        diff_url: `${html}/compare/${encodeURIComponent(baseRef)}...${encodeURIComponent(headRef)}.diff`,
        patch_url: `${html}/compare/${encodeURIComponent(baseRef)}...${encodeURIComponent(headRef)}.patch`,
        base_commit: this.commitJson(repo, base),
        merge_base_commit: this.commitJson(repo, mergeBase),
        status,
        ahead_by: ahead.length,
        behind_by: behindBy,
        total_commits: ahead.length,
        commits: listed.map((sha) => this.commitJson(repo, sha)),
        // Files are listed on the first page only; these fakes change no files.
        ...(isFirstPage ? { files: [] } : {}),
      },
    };
  }

  private listDeployments(repo: FakeRepo, url: URL): Reply {
    const environment = url.searchParams.get('environment');
    const sha = url.searchParams.get('sha');
    const ref = url.searchParams.get('ref');
    const newestFirst = [...repo.deployments]
      .filter((d) => (!environment || d.environment === environment) && (!sha || d.sha === sha) && (!ref || d.ref === ref))
      .sort((a, b) => b.id - a.id);
    const { items, link } = this.paginate(newestFirst, url);
    const api = this.apiRepo(repo);
    return {
      status: 200,
      template: '/repos/{owner}/{repo}/deployments',
      headers: link ? { link } : {},
      body: items.map((d) => ({
        url: `${api}/deployments/${d.id}`,
        id: d.id,
        node_id: Buffer.from(`010:Deployment${d.id}`).toString('base64'),
        sha: d.sha,
        ref: d.ref,
        task: 'deploy',
        payload: {},
        original_environment: d.environment,
        environment: d.environment,
        description: null,
        creator: user(d.creator, userId(d.creator), this.baseUrl),
        created_at: d.createdAt,
        updated_at: d.statuses.at(-1)?.createdAt ?? d.createdAt,
        statuses_url: `${api}/deployments/${d.id}/statuses`,
        repository_url: api,
        transient_environment: false,
        production_environment: d.environment === 'production',
        performed_via_github_app: null,
      })),
    };
  }

  private listStatuses(repo: FakeRepo, id: number, url: URL): Reply {
    const deployment = repo.deployments.find((d) => d.id === id);
    if (!deployment) return failures.notFound();
    const { items, link } = this.paginate([...deployment.statuses].reverse(), url);
    const api = this.apiRepo(repo);
    return {
      status: 200,
      template: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
      headers: link ? { link } : {},
      body: items.map((s) => ({
        url: `${api}/deployments/${id}/statuses/${s.id}`,
        id: s.id,
        node_id: Buffer.from(`016:DeploymentStatus${s.id}`).toString('base64'),
        state: s.state,
        creator: user(deployment.creator, userId(deployment.creator), this.baseUrl),
        description: '',
        environment: deployment.environment,
        target_url: `https://ci.example.com/deploys/${id}`,
        log_url: `https://ci.example.com/deploys/${id}`,
        environment_url: `https://${deployment.environment}.example.com/`,
        created_at: s.createdAt,
        updated_at: s.createdAt,
        deployment_url: `${api}/deployments/${id}`,
        repository_url: api,
        performed_via_github_app: null,
      })),
    };
  }

  private createStatus(repo: FakeRepo, sha: string, body: unknown): Reply {
    const template = '/repos/{owner}/{repo}/statuses/{sha}';
    const errors = validateRequest('POST', template, body);
    if (errors.length > 0) {
      this.validationErrors.push(`POST ${template} request: ${errors.join('; ')}`);
      return validationFailed('Invalid request.\n\n' + errors.join('\n'));
    }
    const request = body as { state: FakeCommitStatus['state']; context?: string; description?: string | null; target_url?: string | null };
    if (!repo.commits.has(sha)) {
      return {
        status: 422,
        body: { message: `No commit found for SHA: ${sha}`, documentation_url: 'https://docs.github.com/rest/commits/statuses#create-a-commit-status', status: '422' },
      };
    }
    // GitHub's limit, which its OpenAPI description does not state; Ruby counts code points.
    if (Array.from(request.description ?? '').length > 140) {
      return validationFailed('Validation Failed', [
        { resource: 'Status', code: 'custom', field: 'description', message: 'description is too long (maximum is 140 characters)' },
      ]);
    }
    const status: FakeCommitStatus = {
      id: 9000 + repo.statuses.length,
      sha,
      state: request.state,
      context: request.context ?? 'default',
      description: request.description ?? null,
      targetUrl: request.target_url ?? null,
      createdAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    };
    repo.statuses.push(status);
    const bot = user('github-actions[bot]', 41898282, this.baseUrl);
    return {
      status: 201,
      template,
      headers: { location: `${this.apiRepo(repo)}/statuses/${sha}` },
      body: {
        url: `${this.apiRepo(repo)}/statuses/${sha}`,
        avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
        id: status.id,
        node_id: Buffer.from(`013:StatusContext${status.id}`).toString('base64'),
        state: status.state,
        description: status.description,
        target_url: status.targetUrl,
        context: status.context,
        created_at: status.createdAt,
        updated_at: status.createdAt,
        creator: { ...bot, type: 'Bot' },
      },
    };
  }

  private getIssue(repo: FakeRepo, number: number): Reply {
    const template = '/repos/{owner}/{repo}/issues/{issue_number}';
    const issue = repo.issues.get(number);
    if (!issue) {
      return { status: 404, body: { message: messages.notFound, documentation_url: 'https://docs.github.com/rest/issues/issues#get-an-issue', status: '404' } };
    }
    if ('gone' in issue) {
      if (issue.gone === 'deleted') {
        return {
          status: 410,
          template,
          body: { message: 'This issue was deleted', documentation_url: 'https://docs.github.com/rest/issues/issues#get-an-issue', status: '410' },
        };
      }
      const location = `${this.baseUrl}/repositories/${issue.to.id}/issues/${issue.number}`;
      return {
        status: 301,
        template,
        headers: { location },
        body: { message: 'Moved Permanently', url: location, documentation_url: 'https://docs.github.com/rest/guides/best-practices-for-using-the-rest-api#follow-redirects' },
      };
    }
    return { status: 200, template, body: this.issueJson(repo, issue) };
  }

  private getPull(repo: FakeRepo, number: number): Reply {
    const pull = repo.issues.get(number);
    if (!pull || 'gone' in pull || !pull.pullRequest) {
      return { status: 404, body: { message: messages.notFound, documentation_url: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request', status: '404' } };
    }
    const api = this.apiRepo(repo);
    const html = `https://github.com/${repo.owner}/${repo.name}`;
    const head = repo.refs.get('main') ?? [...repo.commits.keys()].at(-1) ?? '0'.repeat(40);
    const closed = pull.state === 'closed';
    const merged = closed && pull.stateReason !== 'not_planned';
    const branch = (ref: string): JsonObject => ({
      label: `${repo.owner}:${ref}`,
      ref,
      repo: this.repositoryJson(repo),
      sha: head,
      user: user(repo.owner, userId(repo.owner), this.baseUrl),
    });
    return {
      status: 200,
      template: '/repos/{owner}/{repo}/pulls/{pull_number}',
      body: {
        url: `${api}/pulls/${pull.number}`,
        id: 70_000 + pull.number,
        node_id: Buffer.from(`011:PullRequest${pull.number}`).toString('base64'),
        html_url: `${html}/pull/${pull.number}`,
        diff_url: `${html}/pull/${pull.number}.diff`,
        patch_url: `${html}/pull/${pull.number}.patch`,
        issue_url: `${api}/issues/${pull.number}`,
        commits_url: `${api}/pulls/${pull.number}/commits`,
        review_comments_url: `${api}/pulls/${pull.number}/comments`,
        review_comment_url: `${api}/pulls/comments{/number}`,
        comments_url: `${api}/issues/${pull.number}/comments`,
        statuses_url: `${api}/statuses/${head}`,
        number: pull.number,
        state: pull.state,
        locked: false,
        title: pull.title,
        user: user(pull.author, userId(pull.author), this.baseUrl),
        body: null,
        labels: pull.labels.map((name) => this.labelJson(repo, name)),
        milestone: null,
        active_lock_reason: null,
        created_at: pull.createdAt,
        updated_at: pull.createdAt,
        closed_at: closed ? pull.createdAt : null,
        merged_at: merged ? pull.createdAt : null,
        merge_commit_sha: merged ? head : null,
        assignee: pull.assignee ? user(pull.assignee, userId(pull.assignee), this.baseUrl) : null,
        assignees: pull.assignee ? [user(pull.assignee, userId(pull.assignee), this.baseUrl)] : [],
        requested_reviewers: [],
        requested_teams: [],
        head: branch(`feature-${pull.number}`),
        base: branch('main'),
        _links: {
          self: { href: `${api}/pulls/${pull.number}` },
          html: { href: `${html}/pull/${pull.number}` },
          issue: { href: `${api}/issues/${pull.number}` },
          comments: { href: `${api}/issues/${pull.number}/comments` },
          review_comments: { href: `${api}/pulls/${pull.number}/comments` },
          review_comment: { href: `${api}/pulls/comments{/number}` },
          commits: { href: `${api}/pulls/${pull.number}/commits` },
          statuses: { href: `${api}/statuses/${head}` },
        },
        author_association: 'MEMBER',
        auto_merge: null,
        draft: false,
        merged,
        mergeable: closed ? null : true,
        rebaseable: closed ? null : true,
        mergeable_state: closed ? 'unknown' : 'clean',
        merged_by: merged ? user(pull.author, userId(pull.author), this.baseUrl) : null,
        comments: 0,
        review_comments: 0,
        maintainer_can_modify: false,
        commits: 1,
        additions: 1,
        deletions: 1,
        changed_files: 1,
      },
    };
  }

  private issueJson(repo: FakeRepo, issue: FakeIssue): JsonObject {
    const api = this.apiRepo(repo);
    const html = `https://github.com/${repo.owner}/${repo.name}`;
    const assignee = issue.assignee ? user(issue.assignee, userId(issue.assignee), this.baseUrl) : null;
    return {
      url: `${api}/issues/${issue.number}`,
      repository_url: api,
      labels_url: `${api}/issues/${issue.number}/labels{/name}`,
      comments_url: `${api}/issues/${issue.number}/comments`,
      events_url: `${api}/issues/${issue.number}/events`,
      html_url: `${html}/${issue.pullRequest ? 'pull' : 'issues'}/${issue.number}`,
      id: 80_000 + repo.id + issue.number,
      node_id: Buffer.from(`05:Issue${repo.id}:${issue.number}`).toString('base64'),
      number: issue.number,
      title: issue.title,
      user: user(issue.author, userId(issue.author), this.baseUrl),
      labels: issue.labels.map((name) => this.labelJson(repo, name)),
      state: issue.state,
      locked: false,
      assignee,
      assignees: assignee ? [assignee] : [],
      milestone: null,
      comments: 0,
      created_at: issue.createdAt,
      updated_at: issue.createdAt,
      closed_at: issue.state === 'closed' ? issue.createdAt : null,
      author_association: 'MEMBER',
      active_lock_reason: null,
      ...(issue.pullRequest
        ? {
            draft: false,
            pull_request: {
              url: `${api}/pulls/${issue.number}`,
              html_url: `${html}/pull/${issue.number}`,
              diff_url: `${html}/pull/${issue.number}.diff`,
              patch_url: `${html}/pull/${issue.number}.patch`,
              merged_at: issue.state === 'closed' ? issue.createdAt : null,
            },
          }
        : {}),
      body: null,
      closed_by: null,
      timeline_url: `${api}/issues/${issue.number}/timeline`,
      performed_via_github_app: null,
      state_reason: issue.stateReason,
    };
  }

  private labelJson(repo: FakeRepo, name: string): JsonObject {
    const id = 1 + (createHash('sha1').update(`label ${name}`).digest().readUInt32BE(0) % 10_000_000);
    return {
      id,
      node_id: Buffer.from(`05:Label${id}`).toString('base64'),
      url: `${this.apiRepo(repo)}/labels/${encodeURIComponent(name)}`,
      name,
      description: null,
      color: 'ededed',
      default: false,
    };
  }

  private repositoryJson(repo: FakeRepo): JsonObject {
    const api = this.apiRepo(repo);
    const html = `https://github.com/${repo.owner}/${repo.name}`;
    const stamp = '2020-01-01T00:00:00Z';
    return {
      id: repo.id,
      node_id: Buffer.from(`010:Repository${repo.id}`).toString('base64'),
      name: repo.name,
      full_name: `${repo.owner}/${repo.name}`,
      owner: user(repo.owner, userId(repo.owner), this.baseUrl),
      private: false,
      html_url: html,
      description: null,
      fork: false,
      url: api,
      archive_url: `${api}/{archive_format}{/ref}`,
      assignees_url: `${api}/assignees{/user}`,
      blobs_url: `${api}/git/blobs{/sha}`,
      branches_url: `${api}/branches{/branch}`,
      collaborators_url: `${api}/collaborators{/collaborator}`,
      comments_url: `${api}/comments{/number}`,
      commits_url: `${api}/commits{/sha}`,
      compare_url: `${api}/compare/{base}...{head}`,
      contents_url: `${api}/contents/{+path}`,
      contributors_url: `${api}/contributors`,
      deployments_url: `${api}/deployments`,
      downloads_url: `${api}/downloads`,
      events_url: `${api}/events`,
      forks_url: `${api}/forks`,
      git_commits_url: `${api}/git/commits{/sha}`,
      git_refs_url: `${api}/git/refs{/sha}`,
      git_tags_url: `${api}/git/tags{/sha}`,
      git_url: `git://github.com/${repo.owner}/${repo.name}.git`,
      issue_comment_url: `${api}/issues/comments{/number}`,
      issue_events_url: `${api}/issues/events{/number}`,
      issues_url: `${api}/issues{/number}`,
      keys_url: `${api}/keys{/key_id}`,
      labels_url: `${api}/labels{/name}`,
      languages_url: `${api}/languages`,
      merges_url: `${api}/merges`,
      milestones_url: `${api}/milestones{/number}`,
      notifications_url: `${api}/notifications{?since,all,participating}`,
      pulls_url: `${api}/pulls{/number}`,
      releases_url: `${api}/releases{/id}`,
      ssh_url: `git@github.com:${repo.owner}/${repo.name}.git`,
      stargazers_url: `${api}/stargazers`,
      statuses_url: `${api}/statuses/{sha}`,
      subscribers_url: `${api}/subscribers`,
      subscription_url: `${api}/subscription`,
      tags_url: `${api}/tags`,
      teams_url: `${api}/teams`,
      trees_url: `${api}/git/trees{/sha}`,
      clone_url: `${html}.git`,
      mirror_url: null,
      hooks_url: `${api}/hooks`,
      svn_url: html,
      homepage: null,
      language: 'TypeScript',
      forks_count: 0,
      stargazers_count: 0,
      watchers_count: 0,
      size: 100,
      default_branch: 'main',
      open_issues_count: 0,
      is_template: false,
      topics: [],
      has_issues: true,
      has_projects: false,
      has_wiki: false,
      has_pages: false,
      has_downloads: true,
      has_discussions: false,
      archived: false,
      disabled: false,
      visibility: 'public',
      pushed_at: stamp,
      created_at: stamp,
      updated_at: stamp,
      allow_forking: true,
      web_commit_signoff_required: false,
      license: null,
      forks: 0,
      open_issues: 0,
      watchers: 0,
    };
  }

  /** GitHub's page/per_page (default 30, at most 100) and its Link header. */
  private paginate<T>(all: T[], url: URL): { items: T[]; link?: string } {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page')) || 30));
    const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
    const lastPage = Math.max(1, Math.ceil(all.length / perPage));
    const items = all.slice((page - 1) * perPage, page * perPage);
    const pageUrl = (n: number): string => {
      const next = new URL(url.pathname + url.search, this.baseUrl);
      next.searchParams.set('per_page', String(perPage));
      next.searchParams.set('page', String(n));
      return `<${next.toString()}>`;
    };
    const links: string[] = [];
    if (page > 1) links.push(`${pageUrl(page - 1)}; rel="prev"`);
    if (page < lastPage) links.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(lastPage)}; rel="last"`);
    if (page > 1) links.push(`${pageUrl(1)}; rel="first"`);
    return { items, ...(links.length > 0 ? { link: links.join(', ') } : {}) };
  }
}

function validationFailed(message: string, errors?: unknown[]): Reply {
  return {
    status: 422,
    body: {
      message,
      ...(errors ? { errors } : {}),
      documentation_url: 'https://docs.github.com/rest/commits/statuses#create-a-commit-status',
      status: '422',
    },
  };
}

/** Starts a fake GitHub on 127.0.0.1; close it in afterEach/afterAll. */
export async function startFakeGitHub(): Promise<FakeGitHub> {
  return new FakeGitHub().start();
}
