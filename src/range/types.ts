// What a deploy range is: the commit being deployed, the commit production runs, and how they
// relate. Shared by every gate that looks at "what this deploy ships" (forward-sha, pre-deploy,
// migrations).

export type Relation = 'ahead' | 'identical' | 'behind' | 'diverged';

export interface CommitSummary {
  sha: string;
  subject: string;
  authorName: string;
  /** GitHub login when the source knows it (the compare API does, local git does not). */
  authorLogin?: string;
  authorEmail?: string;
  /** ISO 8601 author date. */
  date: string;
  parents: number;
  /** The message after the subject, when the caller asked for messages (pre-deploy reads keys in it). */
  body?: string;
}

export interface ProductionCommit {
  sha: string;
  /** How production was found, for the report: "ref origin/production", "deployment 42 to production". */
  foundBy: string;
}

export interface DeployRange {
  deploySha: string;
  production: ProductionCommit;
  relation: Relation;
  /** Commits the deploy has that production does not (what ships). */
  aheadBy: number;
  /** Commits production has that the deploy does not (what a deploy would drop). */
  behindBy: number;
  mergeBaseSha?: string;
  /** Newest first, at most `listLimit` of them. */
  shipping: CommitSummary[];
  dropped: CommitSummary[];
  listLimit: number;
  /** Where the history came from and what it took to complete it, for the report. */
  history: { source: 'git' | 'github-compare'; notes: string[] };
}

export function relationFromCounts(aheadBy: number, behindBy: number): Relation {
  if (aheadBy === 0 && behindBy === 0) return 'identical';
  if (behindBy === 0) return 'ahead';
  if (aheadBy === 0) return 'behind';
  return 'diverged';
}
