// The pre-deploy decision: pure, no I/O. Which issues does this deploy ship, and is each one in
// a deployable state with its required fields filled? The deploy's manifest is the evidence.

import type { Finding, GateResult, Verdict } from '../../model/result.js';
import type { IssueLookup } from '../../trackers/types.js';
import { plural } from '../forward-sha/decide.js';

export interface ShippingCommit {
  sha: string;
  subject: string;
  author: string;
  /** Issue keys (or `owner/repo#n` references) found in the message or the pull request title. */
  keys: string[];
  /** Why a commit without a key is fine: a merge commit, a bot, or `exempt-pattern`. */
  exempt?: 'merge commit' | 'bot' | 'exempt-pattern';
  /** The commit reverts another (`Revert "ENG-12 ..."`): it touches the same issues. */
  revert?: boolean;
}

export interface PreDeployPolicy {
  requireIssue: boolean;
  /** Lower-cased; empty: any status. */
  allowedStatuses: readonly string[];
  requiredFields: readonly string[];
  requiredLabels: readonly string[];
  forbiddenLabels: readonly string[];
}

export type IssueState = IssueLookup['state'];

export interface IssueRow {
  key: string;
  state: IssueState;
  movedTo?: string;
  title?: string;
  status?: string;
  assignee?: string;
  url?: string;
  labels: string[];
  fields: Record<string, string | undefined>;
  /** Short SHAs of the commits that mention the issue. */
  commits: string[];
  /** What keeps this issue from deploying; empty when it is ready. */
  problems: string[];
}

export interface CommitRow {
  sha: string;
  subject: string;
  author: string;
  exempt?: ShippingCommit['exempt'];
}

export interface PreDeployData {
  tracker: string;
  totalCommits: number;
  issues: IssueRow[];
  commitsWithoutIssue: CommitRow[];
  exemptCommits: CommitRow[];
  requiredFields: readonly string[];
  trackerRequests: number;
  /** Set by the plumbing after the commit status was posted (or why it was not). */
  status?: { posted: boolean; detail: string };
}

export function decidePreDeploy(
  commits: readonly ShippingCommit[],
  lookups: readonly IssueLookup[],
  policy: PreDeployPolicy,
  tracker: { name: string; requests: number },
): GateResult<PreDeployData> {
  const findings: Finding[] = [];
  const byKey = new Map(lookups.map((lookup) => [lookup.key, lookup]));
  const issues = uniqueKeys(commits).map((key) => issueRow(key, byKey.get(key), commits, policy));
  // An issue the token cannot see could be ready or not: the gate cannot decide it.
  const undecidable = issues.filter((row) => row.state === 'forbidden').length;

  for (const row of issues) {
    for (const problem of row.problems) {
      findings.push({
        id: problemId(row, problem),
        severity: 'error',
        title: `${row.key}: ${problem}`,
        message: `${row.key} (in ${row.commits.join(', ')}): ${problem}. ${advice(row, problem)}`,
      });
    }
    if (row.state === 'moved') {
      findings.push({
        id: 'pre-deploy/issue-moved',
        severity: 'warning',
        title: `${row.key} moved to ${row.movedTo}`,
        message: `${row.key} moved to ${row.movedTo}; it was checked under its new key. Use the new key in future commits.`,
      });
    }
  }

  const withoutIssue = commits.filter((commit) => commit.keys.length === 0 && !commit.exempt);
  const exempt = commits.filter((commit) => commit.keys.length === 0 && commit.exempt);
  if (policy.requireIssue) {
    for (const commit of withoutIssue) {
      findings.push({
        id: 'pre-deploy/commit-without-issue',
        severity: 'error',
        title: `${commit.sha.slice(0, 7)} has no issue`,
        message:
          `${commit.sha.slice(0, 7)} "${commit.subject}" (${commit.author}) names no issue, so nothing records why it ships. ` +
          'Reword it with an issue key, or exempt such commits with `exempt-pattern`.',
      });
    }
  }

  const blocked = issues.filter((row) => row.problems.length > 0 && row.state !== 'forbidden');
  const verdict: Verdict = undecidable > 0 ? 'error' : findings.some((finding) => finding.severity === 'error') ? 'fail' : 'pass';
  const parts = [
    `${plural(issues.length, 'issue')}${issues.length && !blocked.length && !undecidable ? ', all ready' : ''}`,
    blocked.length ? `${blocked.length} not ready (${blocked.slice(0, 3).map((row) => row.key).join(', ')}${blocked.length > 3 ? ', …' : ''})` : '',
    undecidable ? `${undecidable} not visible to the token` : '',
    withoutIssue.length ? `${plural(withoutIssue.length, 'commit')} without an issue` : '',
  ].filter(Boolean);

  return {
    gate: 'pre-deploy',
    verdict,
    summary: `${parts.join('; ')} in ${plural(commits.length, 'commit')}`,
    findings,
    data: {
      tracker: tracker.name,
      totalCommits: commits.length,
      issues,
      commitsWithoutIssue: withoutIssue.map(commitRow),
      exemptCommits: exempt.map(commitRow),
      requiredFields: policy.requiredFields,
      trackerRequests: tracker.requests,
    },
  };
}

function uniqueKeys(commits: readonly ShippingCommit[]): string[] {
  return [...new Set(commits.flatMap((commit) => commit.keys))];
}

function issueRow(key: string, lookup: IssueLookup | undefined, commits: readonly ShippingCommit[], policy: PreDeployPolicy): IssueRow {
  const mentions = commits.filter((commit) => commit.keys.includes(key)).map((commit) => commit.sha.slice(0, 7));
  const row: IssueRow = { key, state: lookup?.state ?? 'not-found', labels: [], fields: {}, commits: mentions, problems: [] };
  if (!lookup || lookup.state === 'not-found') {
    row.problems.push('the tracker does not know this issue');
    return row;
  }
  if (lookup.state === 'forbidden') {
    row.problems.push(`the token cannot see this issue (${lookup.reason})`);
    return row;
  }
  const issue = lookup.issue;
  Object.assign(row, { title: issue.title, status: issue.status, assignee: issue.assignee, url: issue.url, labels: issue.labels, fields: issue.fields });
  if (lookup.state === 'moved') row.movedTo = lookup.movedTo;
  if (policy.allowedStatuses.length && !policy.allowedStatuses.includes(issue.status.trim().toLowerCase())) {
    row.problems.push(`status is "${issue.status}"`);
  }
  for (const field of policy.requiredFields) {
    if (!issue.fields[field]?.trim()) row.problems.push(`required field "${field}" is empty`);
  }
  const labels = new Set(issue.labels.map((label) => label.toLowerCase()));
  for (const label of policy.requiredLabels) if (!labels.has(label.toLowerCase())) row.problems.push(`label "${label}" is missing`);
  for (const label of policy.forbiddenLabels) if (labels.has(label.toLowerCase())) row.problems.push(`has the label "${label}"`);
  return row;
}

function problemId(row: IssueRow, problem: string): string {
  if (row.state === 'not-found') return 'pre-deploy/unknown-issue';
  if (row.state === 'forbidden') return 'pre-deploy/issue-not-visible';
  if (problem.startsWith('status')) return 'pre-deploy/status-not-allowed';
  if (problem.startsWith('required field')) return 'pre-deploy/missing-field';
  return problem.startsWith('label') ? 'pre-deploy/missing-label' : 'pre-deploy/forbidden-label';
}

function advice(row: IssueRow, problem: string): string {
  if (row.state === 'not-found') return 'Check the key in the commit message (a typo ships work nobody tracked), or the `project-keys` input.';
  if (row.state === 'forbidden') return 'Give the tracker token read access to this project; until then the gate cannot decide.';
  if (problem.startsWith('status')) return 'Move the issue to an allowed status (`allowed-statuses`) once it is ready, or leave its commits out of this deploy.';
  if (problem.startsWith('required field')) return 'Fill the field in the tracker: it is part of the deploy plan.';
  return 'Fix the labels on the issue, or leave its commits out of this deploy.';
}

function commitRow(commit: ShippingCommit): CommitRow {
  return { sha: commit.sha, subject: commit.subject, author: commit.author, exempt: commit.exempt };
}
