// One walk over production...deploy: both counts, the newest commits of each side and the
// boundary (where the two sides fork), from a single `git log --left-right --boundary`, streamed
// so that a huge range never sits in memory.

import type { Git } from '../git/git.js';
import type { CommitSummary } from './types.js';

export interface RangeWalk {
  /** Commits only the deploy has (right side). */
  aheadBy: number;
  /** Commits only production has (left side). */
  behindBy: number;
  shipping: CommitSummary[];
  dropped: CommitSummary[];
  /**
   * Commits outside the range whose children are inside it. Every merge base is one of them, so
   * when there is exactly one it is THE merge base, and no `git merge-base` is needed.
   */
  boundary: string[];
}

export interface WalkOptions {
  /** How many commits of each side to keep; the counts are always exact. */
  listLimit: number;
  /** Keep message bodies too (pre-deploy reads issue keys in them). */
  withBodies?: boolean;
}

const FIELDS = ['%m', '%H', '%P', '%an', '%ae', '%aI', '%s'];

/**
 * `productionSha` and `deploySha` are full SHAs; each is walked as `<sha>^{commit}`, so that an
 * object which is not a commit makes git fail instead of being walked.
 */
export async function walkRange(git: Git, productionSha: string, deploySha: string, { listLimit, withBodies = false }: WalkOptions): Promise<RangeWalk> {
  const walk: RangeWalk = { aheadBy: 0, behindBy: 0, shipping: [], dropped: [], boundary: [] };
  const format = [...FIELDS, ...(withBodies ? ['%b'] : [])].join('%x00') + '%x1e';
  const args = ['log', '--left-right', '--boundary', '--no-show-signature', `--format=${format}`, `${productionSha}^{commit}...${deploySha}^{commit}`, '--'];
  await git.forEachRecord(args, '\x1e', (record) => {
    // Records after the first start with the newline git puts between them.
    const mark = record.charCodeAt(0) === 10 ? record[1] : record[0];
    if (mark === '>') {
      walk.aheadBy++;
      if (walk.shipping.length < listLimit) walk.shipping.push(parseCommit(record));
    } else if (mark === '<') {
      walk.behindBy++;
      if (walk.dropped.length < listLimit) walk.dropped.push(parseCommit(record));
    } else if (mark === '-') {
      walk.boundary.push(parseCommit(record).sha);
    } else {
      throw new Error(`unexpected record from git log --left-right: ${JSON.stringify(record.slice(0, 80))}`);
    }
  });
  return walk;
}

function parseCommit(record: string): CommitSummary {
  const [, sha = '', parents = '', authorName = '', authorEmail = '', date = '', subject = '', body] = record.replace(/^\n/, '').split('\x00');
  const commit: CommitSummary = { sha, parents: parents.split(' ').filter(Boolean).length, authorName, authorEmail, date, subject };
  if (body !== undefined) commit.body = body.trim();
  return commit;
}
