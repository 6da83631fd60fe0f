// What the gates need from GitHub, as a port: the adapter (./octokit-api.ts) speaks REST.

import type { CommitSummary } from '../range/types.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface CompareResult {
  status: 'ahead' | 'behind' | 'identical' | 'diverged';
  aheadBy: number;
  behindBy: number;
  baseSha: string;
  headSha: string;
  mergeBaseSha: string;
  /** Commits in base..head, newest first, at most the limit asked for. */
  commits: CommitSummary[];
}

export interface Deployment {
  id: number;
  sha: string;
  ref: string;
  environment: string;
  createdAt: string;
  creator?: string;
}

export type CommitStatusState = 'success' | 'failure' | 'error' | 'pending';

export interface CommitStatus {
  state: CommitStatusState;
  /** Names the check on the commit; a later status with the same context replaces it. */
  context: string;
  /** Cut to GitHub's limit of 140 characters by the adapter. */
  description: string;
  targetUrl?: string;
}

/** An issue (or pull request) reference in any repository. */
export interface IssueRef {
  owner: string;
  repo: string;
  number: number;
}

export interface GitHubIssue {
  number: number;
  title: string;
  state: 'open' | 'closed';
  /** Why it is in its state: `completed`, `not_planned`, `duplicate`, `reopened`. */
  stateReason?: string;
  labels: string[];
  assignee?: string;
  /** The issue's page on GitHub. */
  url: string;
  /** GitHub serves pull requests as issues too. */
  isPullRequest: boolean;
}

export type GitHubIssueLookup =
  | { state: 'found'; issue: GitHubIssue }
  /** Unknown, or deleted (410): `reason` says which when GitHub told. */
  | { state: 'not-found'; reason?: string }
  /** Transferred to another repository (GitHub answers 301): `issue` is what is there now. */
  | { state: 'moved'; movedTo: IssueRef; issue: GitHubIssue }
  /** The token may not read it: never to be read as fine. */
  | { state: 'forbidden'; reason: string };

export interface GitHubApi {
  /** GET /repos/{owner}/{repo}/compare/{base}...{head}, paginated until `limit` commits are listed. */
  compare(base: string, head: string, limit: number): Promise<CompareResult>;
  /**
   * The newest deployment to `environment` whose latest status is `success`, or undefined when
   * none has ever succeeded. Inactive ones (superseded) are skipped: they are no longer live.
   */
  latestSuccessfulDeployment(environment: string): Promise<Deployment | undefined>;
  /** POST /repos/{owner}/{repo}/statuses/{sha}. */
  createCommitStatus(sha: string, status: CommitStatus): Promise<void>;
  /** GET /repos/{owner}/{repo}/pulls/{number}: its title, or undefined when there is no such pull request. */
  pullRequestTitle(number: number): Promise<string | undefined>;
  /** GET /repos/{owner}/{repo}/issues/{number}, following a transfer to the issue's new home. */
  getIssue(ref: IssueRef): Promise<GitHubIssueLookup>;
}
