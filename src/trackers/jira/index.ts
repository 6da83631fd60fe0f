// The jira tracker: issue keys (`ENG-401`) read from Jira Cloud or Jira Data Center.
//
// Cloud reads issues with POST /rest/api/3/issue/bulkfetch (100 keys a request; an issue that
// does not exist or that the token may not see is simply absent, as Atlassian documents it).
// Data Center has no bulkfetch: it searches `key in ("A-1", ...)` with POST /rest/api/2/search
// and startAt paging; a key Jira does not know (or hides from the token: Jira says the same for
// both) turns the whole query into a 400 that names it, so it is dropped and the query retried.
// The removed Cloud endpoint /rest/api/3/search (410 since 2025) is never called.
//
// Anything that keeps the answer from being read (credentials, permissions, rate limits past the
// deadline, timeouts, malformed or unexpected JSON) throws TrackerError: the gate ends in `error`.

import { GateInputError } from '../../model/result.js';
import { TrackerError, type IssueLookup, type Tracker, type TrackerIssue, type TrackerRequest } from '../types.js';

export type JiraFlavor = 'cloud' | 'datacenter';

export interface JiraTrackerOptions {
  url: string;
  /** Cloud: the account's email, with an API token in `token` (Basic auth). Absent: `token` is a Data Center personal access token (Bearer). */
  user?: string;
  token: string;
  /** `auto` (default): `*.atlassian.net` is Cloud; any other host is asked once (GET /rest/api/2/serverInfo). */
  flavor?: JiraFlavor | 'auto';
  /** Cloud only: read issues by bulkfetch (default) or by a JQL search (POST /rest/api/3/search/jql). */
  cloudLookup?: 'bulkfetch' | 'jql';
  fetch?: typeof fetch;
  log?: (message: string) => void;
  sleep?: (ms: number) => Promise<void>;
}

/** Jira issue keys: a project key (uppercase letter, then uppercase letters, digits, `_`), `-`, a number. */
export const ISSUE_KEY_PATTERN = /^[A-Z][A-Z0-9_]+-\d+$/;
const FIELD_ID_PATTERN = /^customfield_\d+$/;
/** System field ids a policy may name directly; anything else is resolved through /field. */
const SYSTEM_FIELD_IDS = new Set([
  'summary', 'status', 'assignee', 'reporter', 'description', 'labels', 'priority', 'fixVersions', 'versions',
  'components', 'resolution', 'duedate', 'environment', 'issuetype', 'project', 'parent', 'resolutiondate',
]);
/** Both bulkfetch and search accept at most 100 issues a request. */
const BATCH_SIZE = 100;
const MAX_RETRIES = 6;
const BASE_FIELDS = ['summary', 'status', 'assignee'];
const NOT_VISIBLE = 'not found or not visible to this token';

type Json = Record<string, unknown>;

interface JiraResponse {
  status: number;
  body: unknown;
}

interface RequestSpec {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  deadline: number;
  /** Non-2xx statuses the caller interprets itself (400 of a search, 404 of one issue). */
  handles?: readonly number[];
}

export function createJiraTracker(options: JiraTrackerOptions): Tracker {
  const baseUrl = parseBaseUrl(options.url);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const log = options.log ?? (() => {});
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const authorization = options.user
    ? `Basic ${Buffer.from(`${options.user}:${options.token}`).toString('base64')}`
    : `Bearer ${options.token}`;
  const secrets = [options.token, authorization].filter((s) => s.length >= 4);
  const basePath = baseUrl.pathname.endsWith('/') ? baseUrl.pathname : `${baseUrl.pathname}/`;
  const api = (f: JiraFlavor): string => `${basePath}rest/api/${f === 'cloud' ? 3 : 2}`;
  let requests = 0;
  let flavor: Promise<JiraFlavor> | undefined;
  let fieldList: Promise<JiraField[]> | undefined;

  /** Error text with every secret cut out: a server may echo what it was sent. */
  const redact = (text: string): string => secrets.reduce((out, secret) => out.split(secret).join('***'), text);
  const fail = (message: string, cause?: unknown): TrackerError =>
    new TrackerError(redact(message), cause === undefined ? undefined : { cause: redactError(cause, redact) });

  async function request(spec: RequestSpec): Promise<JiraResponse> {
    const where = `${spec.method} ${spec.path.split('?')[0]}`;
    for (let attempt = 0; ; attempt++) {
      const remaining = spec.deadline - Date.now();
      if (remaining <= 0) throw fail(`Jira did not answer ${where} before the gate's timeout ran out; raise \`timeout\``);
      requests++;
      let status: number;
      let headers: Headers;
      let text: string;
      try {
        const response = await fetchImpl(new URL(spec.path, baseUrl), {
          method: spec.method,
          headers: {
            authorization,
            accept: 'application/json',
            ...(spec.body !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          ...(spec.body !== undefined ? { body: JSON.stringify(spec.body) } : {}),
          redirect: 'manual',
          signal: AbortSignal.timeout(remaining),
        });
        status = response.status;
        headers = response.headers;
        // The body is read under the same signal: a server that stalls mid-body times out too.
        text = await response.text();
      } catch (error) {
        const name = (error as Error).name;
        if (name === 'TimeoutError' || name === 'AbortError') {
          throw fail(`Jira did not answer ${where} before the gate's timeout ran out (${Math.round(remaining)} ms left); raise \`timeout\` or check ${baseUrl.host}`, error);
        }
        throw fail(`could not reach Jira at ${baseUrl.origin} (${where}): ${describeNetworkError(error)}`, error);
      }

      if (status === 429 || status === 503) {
        const wait = retryAfterMs(headers.get('retry-after')) ?? Math.min(30_000, 1000 * 2 ** attempt);
        const reason = status === 429 ? 'rate-limited this token (HTTP 429)' : 'was unavailable (HTTP 503)';
        if (attempt >= MAX_RETRIES) throw fail(`Jira ${reason} on ${where} ${attempt + 1} times in a row; try again later`);
        if (Date.now() + wait >= spec.deadline) {
          throw fail(`Jira ${reason} on ${where} and asked to wait ${Math.ceil(wait / 1000)} s, which would pass the gate's timeout: the timeout ran out before the tracker could be read; raise \`timeout\` or deploy later`);
        }
        log(`Jira ${reason} on ${where}; retrying in ${Math.ceil(wait / 1000)} s`);
        await sleep(wait);
        continue;
      }

      const body = parseBody(text);
      if (status >= 200 && status < 300 || spec.handles?.includes(status)) {
        if (body === undefined) {
          const type = headers.get('content-type') ?? 'no content type';
          throw fail(`Jira answered ${where} (HTTP ${status}) with malformed JSON (${type}, ${text.length} bytes: ${JSON.stringify(text.slice(0, 60))}); is \`jira-url\` the Jira base URL?`);
        }
        return { status, body };
      }
      throw fail(statusMessage(status, where, body, text));
    }
  }

  function statusMessage(status: number, where: string, body: unknown, text: string): string {
    const detail = jiraErrorText(body) ?? (text.length ? JSON.stringify(text.slice(0, 120)) : '');
    const said = detail ? `: Jira said ${detail}` : '';
    switch (status) {
      case 401:
        return options.user
          ? `Jira rejected the credentials (HTTP 401 on ${where}): check \`jira-user\` (the account's email) and \`jira-token\` (an API token of that account)`
          : `Jira rejected the credentials (HTTP 401 on ${where}): check \`jira-token\` (a Data Center personal access token; for Jira Cloud also set \`jira-user\` to the account's email)`;
      case 403:
        return `Jira refused ${where} (HTTP 403)${said}; the account of \`jira-token\` needs the "Browse projects" permission in the projects the deploy touches`;
      case 410:
        return `Jira answered ${where} with HTTP 410: the endpoint was removed from Jira's API${said}`;
      case 404:
        return `Jira has no ${where} (HTTP 404)${said}; check \`jira-url\` (the base URL, e.g. https://acme.atlassian.net) and the Jira flavor`;
      default:
        if (status >= 300 && status < 400) return `Jira redirected ${where} (HTTP ${status}); set \`jira-url\` to the address it redirects to`;
        return `Jira answered ${where} with HTTP ${status}${said}`;
    }
  }

  function resolveFlavor(deadline: number): Promise<JiraFlavor> {
    return (flavor ??= (async () => {
      if (options.flavor === 'cloud' || options.flavor === 'datacenter') return options.flavor;
      if (/\.(atlassian\.net|jira\.com|jira-dev\.com)$/i.test(baseUrl.hostname)) return 'cloud';
      const { body } = await request({ method: 'GET', path: `${basePath}rest/api/2/serverInfo`, deadline });
      const type = isObject(body) ? body['deploymentType'] : undefined;
      if (typeof type !== 'string') throw fail('Jira answered GET /rest/api/2/serverInfo without a `deploymentType`; set the Jira flavor explicitly');
      const found: JiraFlavor = type.toLowerCase() === 'cloud' ? 'cloud' : 'datacenter';
      log(`Jira at ${baseUrl.host} is ${found === 'cloud' ? 'Jira Cloud' : 'Jira Data Center'} (deploymentType ${type})`);
      return found;
    })()).catch((error: unknown) => {
      flavor = undefined;
      throw error;
    });
  }

  async function resolveFields(names: readonly string[], f: JiraFlavor, deadline: number): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    const unresolved = names.filter((name) => {
      if (FIELD_ID_PATTERN.test(name) || SYSTEM_FIELD_IDS.has(name)) {
        ids.set(name, name);
        return false;
      }
      return true;
    });
    if (unresolved.length === 0) return ids;
    const all = await (fieldList ??= (async () => {
      const { body } = await request({ method: 'GET', path: `${api(f)}/field`, deadline });
      if (!Array.isArray(body)) throw fail(`Jira answered GET ${api(f)}/field with ${describe(body)}, not a list of fields`);
      return body.flatMap((item): JiraField[] =>
        isObject(item) && typeof item['id'] === 'string' && typeof item['name'] === 'string' ? [{ id: item['id'], name: item['name'] }] : [],
      );
    })().catch((error: unknown) => {
      fieldList = undefined;
      throw error;
    }));
    for (const name of unresolved) {
      const byId = all.find((field) => field.id === name);
      const exact = all.filter((field) => field.name === name);
      const matches = byId ? [byId] : exact.length ? exact : all.filter((field) => field.name.toLowerCase() === name.toLowerCase());
      if (matches.length === 0) {
        throw new GateInputError(`\`required-fields\`: Jira has no field named ${JSON.stringify(name)}; use the field's name as Jira shows it or its id (customfield_10010)`);
      }
      if (matches.length > 1) {
        throw new GateInputError(`\`required-fields\`: ${matches.length} Jira fields are named ${JSON.stringify(name)} (${matches.map((m) => m.id).join(', ')}); name the one you mean by its id`);
      }
      ids.set(name, matches[0]!.id);
      if (matches[0]!.id !== name) log(`Jira field ${JSON.stringify(name)} is ${matches[0]!.id}`);
    }
    // In the policy's order, so that requests and reports list fields as the policy does.
    return new Map(names.map((name) => [name, ids.get(name)!]));
  }

  function toIssue(raw: unknown, fieldIds: Map<string, string>, where: string): TrackerIssue {
    if (!isObject(raw) || typeof raw['key'] !== 'string' || !isObject(raw['fields'])) {
      throw fail(`Jira answered ${where} with an issue that has no \`key\` or \`fields\` (${describe(raw)})`);
    }
    const key = raw['key'];
    const fields = raw['fields'];
    const status = isObject(fields['status']) ? fields['status']['name'] : undefined;
    if (typeof status !== 'string') throw fail(`Jira answered ${where} with issue ${key} without a status name`);
    const summary = fields['summary'];
    if (typeof summary !== 'string') throw fail(`Jira answered ${where} with issue ${key} without a summary`);
    const assignee = flattenValue(fields['assignee']);
    const values: Record<string, string | undefined> = {};
    for (const [asked, id] of fieldIds) values[asked] = flattenValue(fields[id]);
    return {
      key,
      url: `${baseUrl.origin}${basePath}browse/${key}`,
      title: summary,
      status,
      ...(assignee !== undefined ? { assignee } : {}),
      labels: Array.isArray(fields['labels']) ? fields['labels'].filter((l): l is string => typeof l === 'string') : [],
      fields: values,
    };
  }

  /** Matches what Jira answered for `asked` keys: moved issues come back under their new key. */
  async function match(
    asked: readonly string[],
    answered: TrackerIssue[],
    f: JiraFlavor,
    fieldIds: Map<string, string>,
    requestedFields: string[],
    deadline: number,
  ): Promise<Map<string, IssueLookup>> {
    const results = new Map<string, IssueLookup>();
    const byKey = new Map(answered.map((issue) => [issue.key, issue]));
    for (const key of asked) {
      const issue = byKey.get(key);
      if (issue) results.set(key, { key, state: 'found', issue });
    }
    const askedLeft = asked.filter((key) => !results.has(key));
    const answeredLeft = answered.filter((issue) => !asked.includes(issue.key));
    if (askedLeft.length === 0) return results;
    if (answeredLeft.length === 0) {
      for (const key of askedLeft) {
        log(`Jira issue ${key}: ${NOT_VISIBLE}`);
        results.set(key, { key, state: 'not-found' });
      }
      return results;
    }
    if (askedLeft.length === 1 && answeredLeft.length === 1) {
      const issue = answeredLeft[0]!;
      results.set(askedLeft[0]!, { key: askedLeft[0]!, state: 'moved', movedTo: issue.key, issue });
      return results;
    }
    // Which old key became which new one takes one question each, until every issue of the
    // answer is placed: the keys left after that are unknown (or hidden from the token).
    const unplaced = new Set(answeredLeft.map((issue) => issue.key));
    for (const key of askedLeft) {
      if (unplaced.size === 0) {
        log(`Jira issue ${key}: ${NOT_VISIBLE}`);
        results.set(key, { key, state: 'not-found' });
        continue;
      }
      const path = `${api(f)}/issue/${encodeURIComponent(key)}?fields=${requestedFields.map(encodeURIComponent).join(',')}`;
      const { status, body } = await request({ method: 'GET', path, deadline, handles: [404] });
      if (status === 404) {
        log(`Jira issue ${key}: ${NOT_VISIBLE}`);
        results.set(key, { key, state: 'not-found' });
        continue;
      }
      const issue = toIssue(body, fieldIds, `GET ${api(f)}/issue/${key}`);
      unplaced.delete(issue.key);
      results.set(key, issue.key === key ? { key, state: 'found', issue } : { key, state: 'moved', movedTo: issue.key, issue });
    }
    return results;
  }

  async function bulkFetch(keys: string[], f: JiraFlavor, fieldIds: Map<string, string>, requestedFields: string[], deadline: number): Promise<Map<string, IssueLookup>> {
    const where = `POST ${api(f)}/issue/bulkfetch`;
    const results = new Map<string, IssueLookup>();
    let asking = keys;
    // issueErrors are retriable failures (Atlassian: "a retriable error or payload constraint"): asked once more.
    for (let round = 0; asking.length > 0; round++) {
      const { body } = await request({ method: 'POST', path: `${api(f)}/issue/bulkfetch`, body: { issueIdsOrKeys: asking, fields: requestedFields }, deadline });
      if (!isObject(body) || !Array.isArray(body['issues']) || (body['issueErrors'] !== undefined && !Array.isArray(body['issueErrors']))) {
        throw fail(`Jira answered ${where} with ${describe(body)}, not { issues: [...], issueErrors: [...] }`);
      }
      const issues = body['issues'].map((raw) => toIssue(raw, fieldIds, where));
      const errors = ((body['issueErrors'] as unknown[] | undefined) ?? []).map((e) => issueErrorOf(e, asking, issues));
      const retry: string[] = [];
      for (const error of errors) {
        if (!error.key) throw fail(`Jira could not return an issue of ${where}: ${error.message}`);
        if (/permission|not authori[sz]ed|forbidden/i.test(error.message)) {
          results.set(error.key, { key: error.key, state: 'forbidden', reason: `Jira: ${error.message}` });
        } else if (/does not exist|not found/i.test(error.message)) {
          results.set(error.key, { key: error.key, state: 'not-found' });
        } else if (round === 0) {
          retry.push(error.key);
        } else {
          throw fail(`Jira could not return issue ${error.key} (${where}), twice: ${error.message}`);
        }
      }
      const settled = asking.filter((key) => !results.has(key) && !retry.includes(key));
      for (const [key, lookup] of await match(settled, issues, f, fieldIds, requestedFields, deadline)) results.set(key, lookup);
      asking = retry;
    }
    return results;
  }

  async function searchKeys(keys: string[], f: JiraFlavor, fieldIds: Map<string, string>, requestedFields: string[], deadline: number): Promise<Map<string, IssueLookup>> {
    const results = new Map<string, IssueLookup>();
    let asking = [...keys];
    while (asking.length > 0) {
      // Keys were validated against ISSUE_KEY_PATTERN: no quote, parenthesis or space can reach the JQL.
      const jql = `key in (${asking.map((key) => `"${key}"`).join(', ')}) ORDER BY key ASC`;
      const page = f === 'cloud' ? await searchCloud(jql, requestedFields, deadline) : await searchDataCenter(jql, requestedFields, deadline);
      if ('rejected' in page) {
        const named = asking.filter((key) => page.rejected.some((message) => message.includes(`'${key}'`) || message.includes(`"${key}"`)));
        if (named.length === 0) throw fail(`Jira refused the issue search (HTTP 400): ${page.rejected.join(' ')}`);
        for (const key of named) {
          log(`Jira issue ${key}: ${NOT_VISIBLE}`);
          results.set(key, { key, state: 'not-found' });
        }
        asking = asking.filter((key) => !named.includes(key));
        continue;
      }
      const where = `POST ${api(f)}/${f === 'cloud' ? 'search/jql' : 'search'}`;
      const issues = page.issues.map((raw) => toIssue(raw, fieldIds, where));
      for (const [key, lookup] of await match(asking, issues, f, fieldIds, requestedFields, deadline)) results.set(key, lookup);
      break;
    }
    return results;
  }

  type SearchOutcome = { issues: unknown[] } | { rejected: string[] };

  async function searchDataCenter(jql: string, fields: string[], deadline: number): Promise<SearchOutcome> {
    const path = `${api('datacenter')}/search`;
    const issues: unknown[] = [];
    for (let startAt = 0; ; ) {
      const { status, body } = await request({ method: 'POST', path, body: { jql, startAt, maxResults: BATCH_SIZE, fields }, deadline, handles: [400] });
      if (status === 400) return { rejected: errorMessages(body, `POST ${path}`) };
      if (!isObject(body) || !Array.isArray(body['issues']) || typeof body['total'] !== 'number') {
        throw fail(`Jira answered POST ${path} with ${describe(body)}, not { startAt, maxResults, total, issues: [...] }`);
      }
      issues.push(...body['issues']);
      startAt += body['issues'].length;
      if (body['issues'].length === 0 || startAt >= body['total']) return { issues };
    }
  }

  async function searchCloud(jql: string, fields: string[], deadline: number): Promise<SearchOutcome> {
    const path = `${api('cloud')}/search/jql`;
    const issues: unknown[] = [];
    let nextPageToken: string | undefined;
    for (;;) {
      const { status, body } = await request({
        method: 'POST',
        path,
        body: { jql, fields, maxResults: BATCH_SIZE, ...(nextPageToken ? { nextPageToken } : {}) },
        deadline,
        handles: [400],
      });
      if (status === 400) return { rejected: errorMessages(body, `POST ${path}`) };
      if (!isObject(body) || !Array.isArray(body['issues'])) throw fail(`Jira answered POST ${path} with ${describe(body)}, not { issues: [...], nextPageToken }`);
      issues.push(...body['issues']);
      const token = body['nextPageToken'];
      if (body['isLast'] === true || typeof token !== 'string' || token === '' || token === nextPageToken) return { issues };
      nextPageToken = token;
    }
  }

  function errorMessages(body: unknown, where: string): string[] {
    const messages = isObject(body) && Array.isArray(body['errorMessages']) ? body['errorMessages'].filter((m): m is string => typeof m === 'string') : [];
    const errors = isObject(body) && isObject(body['errors']) ? Object.values(body['errors']).filter((m): m is string => typeof m === 'string') : [];
    const all = [...messages, ...errors];
    if (all.length === 0) throw fail(`Jira answered ${where} with HTTP 400 and no error message (${describe(body)})`);
    return all;
  }

  return {
    name: 'jira',
    get requestCount() {
      return requests;
    },

    async listProjects(deadline: number): Promise<string[]> {
      const f = await resolveFlavor(deadline);
      if (f === 'datacenter') {
        const path = `${api(f)}/project`;
        const { body } = await request({ method: 'GET', path, deadline });
        if (!Array.isArray(body)) throw fail(`Jira answered GET ${path} with ${describe(body)}, not a list of projects`);
        return body.map((project) => projectKey(project, `GET ${path}`));
      }
      const keys: string[] = [];
      for (let startAt = 0; ; ) {
        const path = `${api(f)}/project/search?startAt=${startAt}&maxResults=${BATCH_SIZE}`;
        const { body } = await request({ method: 'GET', path, deadline });
        if (!isObject(body) || !Array.isArray(body['values'])) throw fail(`Jira answered GET ${api(f)}/project/search with ${describe(body)}, not a page of projects`);
        keys.push(...body['values'].map((project) => projectKey(project, `GET ${api(f)}/project/search`)));
        startAt += body['values'].length;
        const total = typeof body['total'] === 'number' ? body['total'] : undefined;
        if (body['isLast'] !== false || body['values'].length === 0 || (total !== undefined && startAt >= total)) return keys;
      }
    },

    async lookUp({ keys, fields, deadline }: TrackerRequest): Promise<IssueLookup[]> {
      const unique = [...new Set(keys)];
      const invalid = unique.filter((key) => !ISSUE_KEY_PATTERN.test(key));
      if (invalid.length) {
        throw new GateInputError(
          `not a Jira issue key: ${invalid.slice(0, 5).map((key) => JSON.stringify(key)).join(', ')}; keys look like ENG-123 (project key in capitals, a dash, a number)`,
        );
      }
      if (unique.length === 0) return [];
      const f = await resolveFlavor(deadline);
      const fieldIds = await resolveFields([...new Set(fields)], f, deadline);
      const requestedFields = [...new Set([...BASE_FIELDS, ...fieldIds.values()])];
      const results = new Map<string, IssueLookup>();
      for (let i = 0; i < unique.length; i += BATCH_SIZE) {
        const batch = unique.slice(i, i + BATCH_SIZE);
        const answer =
          f === 'cloud' && options.cloudLookup !== 'jql'
            ? await bulkFetch(batch, f, fieldIds, requestedFields, deadline)
            : await searchKeys(batch, f, fieldIds, requestedFields, deadline);
        for (const [key, lookup] of answer) results.set(key, lookup);
      }
      return unique.map((key) => {
        const lookup = results.get(key);
        if (!lookup) throw fail(`Jira's answer had no word on issue ${key}`);
        return lookup;
      });
    },
  };
}

interface JiraField {
  id: string;
  name: string;
}

function parseBaseUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new GateInputError(`\`jira-url\` is not a URL: ${JSON.stringify(url)}; use the Jira base URL, e.g. https://acme.atlassian.net`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new GateInputError(`\`jira-url\` must be an http(s) URL, not ${JSON.stringify(parsed.protocol)}`);
  }
  if (parsed.username || parsed.password) throw new GateInputError('`jira-url` must not hold credentials: pass them in `jira-user` and `jira-token`');
  parsed.search = '';
  parsed.hash = '';
  return parsed;
}

function projectKey(project: unknown, where: string): string {
  if (!isObject(project) || typeof project['key'] !== 'string') throw new TrackerError(`Jira answered ${where} with a project without a key (${describe(project)})`);
  return project['key'];
}

function issueErrorOf(raw: unknown, asking: readonly string[], issues: readonly TrackerIssue[]): { key?: string; message: string } {
  const id = isObject(raw) ? raw['id'] : undefined;
  const message = isObject(raw) && typeof raw['errorMessage'] === 'string' ? raw['errorMessage'] : JSON.stringify(raw);
  // Jira names the failed issue by whatever it was asked with, or by its numeric id.
  const key = typeof id === 'string' && asking.includes(id) && !issues.some((issue) => issue.key === id) ? id : undefined;
  return { ...(key ? { key } : {}), message: `${typeof id === 'string' ? `${id}: ` : ''}${message}` };
}

/** A field value as text: ADF documents, options, users, versions, arrays, numbers; undefined when empty. */
export function flattenValue(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(flattenValue).filter((part): part is string => part !== undefined);
    return parts.length ? parts.join(', ') : undefined;
  }
  if (!isObject(value)) return undefined;
  if (value['type'] === 'doc' && Array.isArray(value['content'])) {
    const text = adfText(value).replace(/\n{3,}/g, '\n\n').trim();
    return text === '' ? undefined : text;
  }
  if (typeof value['value'] === 'string') {
    const child = isObject(value['child']) ? flattenValue(value['child']) : undefined;
    return child ? `${value['value']} / ${child}` : flattenValue(value['value']);
  }
  for (const name of ['displayName', 'name', 'key', 'emailAddress']) {
    if (typeof value[name] === 'string') return flattenValue(value[name]);
  }
  return undefined;
}

const ADF_BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'codeBlock', 'rule', 'panel', 'tableRow']);

function adfText(node: Json): string {
  if (node['type'] === 'text' && typeof node['text'] === 'string') return node['text'];
  if (node['type'] === 'hardBreak') return '\n';
  const attrs = isObject(node['attrs']) ? node['attrs'] : {};
  if (node['type'] === 'mention' || node['type'] === 'emoji' || node['type'] === 'status') {
    const text = attrs['text'] ?? attrs['shortName'];
    return typeof text === 'string' ? text : '';
  }
  if (node['type'] === 'inlineCard' && typeof attrs['url'] === 'string') return attrs['url'];
  const inner = Array.isArray(node['content']) ? node['content'].filter(isObject).map(adfText).join(node['type'] === 'tableRow' ? ' | ' : '') : '';
  return ADF_BLOCKS.has(String(node['type'])) ? `${inner}\n` : inner;
}

/** Seconds (`120`) or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function parseBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function jiraErrorText(body: unknown): string | undefined {
  if (!isObject(body)) return undefined;
  const messages = Array.isArray(body['errorMessages']) ? body['errorMessages'].filter((m): m is string => typeof m === 'string') : [];
  const errors = isObject(body['errors']) ? Object.entries(body['errors']).map(([field, m]) => `${field}: ${String(m)}`) : [];
  const message = typeof body['message'] === 'string' ? [body['message']] : [];
  const all = [...messages, ...errors, ...message];
  return all.length ? JSON.stringify(all.join(' ').slice(0, 300)) : undefined;
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return [cause?.code, cause?.message ?? (error as Error).message].filter(Boolean).join(' ');
}

function redactError(error: unknown, redact: (text: string) => string): unknown {
  if (!(error instanceof Error)) return error;
  const copy = new Error(redact(error.message));
  copy.name = error.name;
  return copy;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (isObject(value)) return `an object with ${Object.keys(value).slice(0, 6).join(', ') || 'no keys'}`;
  return `a ${typeof value}`;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
