// pre-deploy: what this deploy contains, and is every issue in it ready. Observes the range (the
// same code as forward-sha), reads the tracker, decides, posts a commit status, and renders the
// deploy's manifest.

import type { GitHubApi, RepoRef } from '../../github/port.js';
import type { ParsedInputs } from '../../inputs/spec.js';
import { parseDuration, parseList, parseRegExp } from '../../inputs/values.js';
import type { GateResult } from '../../model/result.js';
import { resolveDeployRange, type HistorySource } from '../../range/resolve.js';
import type { CommitSummary } from '../../range/types.js';
import { code, escapeMarkdown, escapeMarkdownKeepingCode, link } from '../../report/escape.js';
import { createTracker } from '../../trackers/registry.js';
import type { Tracker } from '../../trackers/types.js';
import { plural } from '../forward-sha/decide.js';
import type { GateDefinition, GateEnvironment } from '../types.js';
import { decidePreDeploy, type PreDeployData, type ShippingCommit } from './decide.js';
import { PRE_DEPLOY_INPUTS, PRE_DEPLOY_OUTPUTS } from './inputs.js';
import { extractGitHubIssueRefs, extractIssueKeys, isBotAuthor, pullRequestNumberOfMerge, revertedSubject } from './keys.js';

/** Every commit of the range is read: a key in the 5,001st commit ships like any other. */
const ALL_COMMITS = Number.MAX_SAFE_INTEGER;
const STATUS_CONTEXT = 'deploy-gates/pre-deploy';

export const preDeploy: GateDefinition<PreDeployData> = {
  name: 'pre-deploy',
  question: 'Which tracker issues does this deploy contain, and is each one in a deployable state with its required fields filled?',
  inputs: PRE_DEPLOY_INPUTS,
  outputs: PRE_DEPLOY_OUTPUTS,

  async run(inputs, env) {
    const deadline = Date.now() + parseDuration('timeout', inputs['timeout'] as string);
    const exemptPattern = parseRegExp('exempt-pattern', inputs['exempt-pattern'] as string | undefined);
    const tracker = await createTracker(inputs, env);
    const range = await resolveDeployRange(
      {
        sha: (inputs['sha'] as string | undefined) ?? env.run.defaultSha,
        productionRef: inputs['production-ref'] as string | undefined,
        environment: inputs['environment'] as string | undefined,
        history: inputs['history'] as HistorySource,
        listLimit: ALL_COMMITS,
        withBodies: true,
        fetch: env.fetch,
      },
      { workspace: env.workspace, github: env.github },
    );
    const keysOf = await keyExtractor(inputs, tracker, env, deadline);
    const titles = await pullRequestTitles(range.shipping, env.github);
    const commits = range.shipping.map((commit) => shippingCommit(commit, keysOf, titles, exemptPattern));
    const requiredFields = parseList(inputs['required-fields'] as string | undefined);
    const keys = [...new Set(commits.flatMap((commit) => commit.keys))];
    const lookups = keys.length ? await tracker.lookUp({ keys, fields: requiredFields, deadline }) : [];
    const result = decidePreDeploy(
      commits,
      lookups,
      {
        requireIssue: inputs['require-issue'] !== false,
        allowedStatuses: parseList(inputs['allowed-statuses'] as string | undefined).map((status) => status.toLowerCase()),
        requiredFields,
        requiredLabels: parseList(inputs['required-labels'] as string | undefined),
        forbiddenLabels: parseList(inputs['forbidden-labels'] as string | undefined),
      },
      { name: tracker.name, requests: tracker.requestCount },
    );
    if (inputs['post-status'] !== false) await postStatus(result, range.deploySha, env);
    return result;
  },

  outputValues(result) {
    return {
      issues: JSON.stringify(
        result.data.issues.map(({ key, title, status, state, url, movedTo }) => ({ key, title, status, state, url, movedTo })),
      ),
      'commits-without-issue': JSON.stringify(result.data.commitsWithoutIssue.map((commit) => commit.sha)),
    };
  },

  renderMarkdown(result, links) {
    const data = result.data;
    const lines: string[] = [`#### What ships: ${plural(data.issues.length, 'issue')} in ${plural(data.totalCommits, 'commit')} (${escapeMarkdown(data.tracker)} tracker)`];
    if (data.issues.length) {
      const fieldColumns = data.requiredFields.map((field) => escapeMarkdown(field.toLowerCase()));
      lines.push('', `| issue | title | status | assignee |${fieldColumns.map((f) => ` ${f} |`).join('')} commits |`);
      lines.push(`|---|---|---|---|${fieldColumns.map(() => '---|').join('')}---|`);
      for (const row of data.issues) {
        const status = row.state === 'found' || row.state === 'moved' ? escapeMarkdown(row.status ?? '') : `**${row.state}**`;
        const mark = row.problems.length ? ' ❌' : '';
        const moved = row.movedTo ? ` → ${escapeMarkdown(row.movedTo)}` : '';
        const fields = data.requiredFields.map((field) => ` ${escapeMarkdown(row.fields[field] ?? '') || '**empty**'} |`).join('');
        const commits = row.commits.map((sha) => link(sha, links.commit(sha))).join(' ');
        lines.push(`| ${link(row.key, safeUrl(row.url))}${moved} | ${escapeMarkdown(row.title ?? '')} | ${status}${mark} | ${escapeMarkdown(row.assignee ?? '')} |${fields} ${commits} |`);
      }
    }
    if (data.commitsWithoutIssue.length) {
      lines.push('', `Commits without an issue: ${data.commitsWithoutIssue.map((c) => `${link(c.sha.slice(0, 7), links.commit(c.sha))} "${escapeMarkdown(c.subject, 80)}" (${escapeMarkdown(c.author)})`).join(', ')}`);
    }
    if (data.exemptCommits.length) {
      lines.push('', `Exempt from needing an issue: ${data.exemptCommits.map((c) => `${link(c.sha.slice(0, 7), links.commit(c.sha))} (${c.exempt})`).join(', ')}`);
    }
    if (data.status) lines.push('', `Commit status ${code(STATUS_CONTEXT)}: ${escapeMarkdownKeepingCode(data.status.detail)}.`);
    return lines.join('\n');
  },

  renderText(result) {
    const data = result.data;
    const lines = [`${data.issues.length} issues in ${data.totalCommits} commits (${data.tracker} tracker, ${data.trackerRequests} requests)`];
    for (const row of data.issues) {
      const status = row.state === 'found' || row.state === 'moved' ? row.status : row.state;
      lines.push(`  ${row.key.padEnd(12)} ${(status ?? '').padEnd(18)} ${row.title ?? ''}${row.problems.length ? `  <- ${row.problems.join('; ')}` : ''}`);
    }
    if (data.commitsWithoutIssue.length) {
      lines.push('commits without an issue:');
      for (const commit of data.commitsWithoutIssue) lines.push(`  ${commit.sha.slice(0, 7)} ${commit.subject} (${commit.author})`);
    }
    if (data.status) lines.push(`commit status: ${data.status.detail}`);
    return lines.join('\n');
  },
};

/** Keys in a commit's text; `ownPullRequest` is the number of the pull request the commit merged. */
type KeyExtractor = (text: string, ownPullRequest: number | undefined) => string[];

async function keyExtractor(inputs: ParsedInputs, tracker: Tracker, env: GateEnvironment, deadline: number): Promise<KeyExtractor> {
  if (tracker.name === 'github') {
    const repo = env.run.repo as RepoRef;
    // A squash or merge commit names its own pull request (`(#123)`): that is not an issue it ships.
    return (text, ownPullRequest) =>
      extractGitHubIssueRefs(text, repo)
        .filter((ref) => !(ref.number === ownPullRequest && ref.owner === repo.owner && ref.repo === repo.repo))
        .map((ref) => `${ref.owner}/${ref.repo}#${ref.number}`);
  }
  const configured = parseList(inputs['project-keys'] as string | undefined);
  const projectKeys = configured.length ? configured : ((await tracker.listProjects(deadline)) ?? []);
  const caseInsensitive = inputs['case-insensitive-keys'] === true;
  return (text) => extractIssueKeys(text, { projectKeys, caseInsensitive });
}

/** Titles of the pull requests that merge commits merged: a key may be only there. */
async function pullRequestTitles(commits: readonly CommitSummary[], github: GitHubApi | undefined): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  if (!github) return titles;
  for (const commit of commits) {
    const number = commit.parents > 1 ? pullRequestNumberOfMerge(commit.subject) : undefined;
    if (number === undefined) continue;
    const title = await github.pullRequestTitle(number);
    if (title) titles.set(commit.sha, title);
  }
  return titles;
}

function shippingCommit(commit: CommitSummary, keysOf: KeyExtractor, titles: Map<string, string>, exemptPattern: RegExp | undefined): ShippingCommit {
  const title = titles.get(commit.sha);
  const keys = [...new Set(keysOf([commit.subject, commit.body ?? '', title ?? ''].join('\n'), pullRequestNumberOfMerge(commit.subject)))];
  const exempt =
    commit.parents > 1 ? 'merge commit' : isBotAuthor(commit.authorName, commit.authorEmail) ? 'bot' : exemptPattern?.test(commit.subject) ? 'exempt-pattern' : undefined;
  return {
    sha: commit.sha,
    subject: commit.subject,
    author: commit.authorLogin ?? commit.authorName,
    keys,
    ...(exempt ? { exempt } : {}),
    ...(revertedSubject(commit.subject) !== undefined ? { revert: true } : {}),
  } as ShippingCommit;
}

async function postStatus(result: GateResult<PreDeployData>, sha: string, env: GateEnvironment): Promise<void> {
  if (!env.github) {
    result.data.status = { posted: false, detail: 'not posted: no GitHub token or repository' };
    return;
  }
  const state = result.verdict === 'pass' ? 'success' : result.verdict === 'fail' ? 'failure' : 'error';
  try {
    await env.github.createCommitStatus(sha, { state, context: STATUS_CONTEXT, description: result.summary, targetUrl: env.run.runUrl });
    result.data.status = { posted: true, detail: `${state} on ${sha.slice(0, 7)}` };
  } catch (error) {
    // The verdict stands; a status that could not be posted is said out loud, not swallowed.
    result.data.status = { posted: false, detail: `not posted: ${(error as Error).message}` };
    result.findings.push({
      id: 'pre-deploy/status-not-posted',
      severity: 'warning',
      title: 'Commit status not posted',
      message: `The commit status ${STATUS_CONTEXT} could not be posted: ${(error as Error).message}`,
    });
  }
}

/** Tracker URLs come from the tracker's answer: only http(s) links are rendered as links. */
function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\/[^\s()<>]+$/.test(url) ? url : undefined;
}
