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

export interface GitHubApi {
  /** GET /repos/{owner}/{repo}/compare/{base}...{head}, paginated until `limit` commits are listed. */
  compare(base: string, head: string, limit: number): Promise<CompareResult>;
  /**
   * The newest deployment to `environment` whose latest status is `success`, or undefined when
   * none has ever succeeded. Inactive ones (superseded) are skipped: they are no longer live.
   */
  latestSuccessfulDeployment(environment: string): Promise<Deployment | undefined>;
}
