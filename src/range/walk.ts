// The walk over production...deploy: both counts, the newest commits of each side and, when the
// whole range was listed, its boundary (where the two sides fork).
//
// Two ways, by how many commits the caller wants listed:
// - a bounded list (forward-sha: 100 per side): a `--max-count` listing, which on the usual small
//   range is complete by itself (one git process). When it is still running after a few
//   milliseconds the range is long, and `git rev-list --count` starts beside it: counting is cheap,
//   while writing every commit of a 20,000-commit range into a pipe is not (~60 ms of a full
//   walk). The answer never depends on the timing, only how soon it comes.
// - every commit (pre-deploy reads them all): one `git log --left-right`, streamed so that a huge
//   range never sits in memory.

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
   * Commits outside the range whose children are inside it, when the whole range was walked
   * (undefined otherwise). Every merge base is one of them, so when there is exactly one it is
   * THE merge base, and no `git merge-base` is needed.
   */
  boundary: string[] | undefined;
}

export interface WalkOptions {
  /** How many commits of each side to keep; the counts are always exact. */
  listLimit: number;
  /** Keep message bodies too (pre-deploy reads issue keys in them). */
  withBodies?: boolean;
}

/** Up to this many listed commits per side, the listing is bounded (and counting separate). */
const BOUNDED_LIST_LIMIT = 10_000;
/** A listing still running after this long is over a long range: start counting beside it. */
const COUNT_AFTER_MS = 8;

const FIELDS = ['%m', '%H', '%P', '%an', '%ae', '%aI', '%s'];

/**
 * `productionSha` and `deploySha` are full SHAs; each is walked as `<sha>^{commit}`, so that an
 * object which is not a commit makes git fail instead of being walked.
 */
export async function walkRange(git: Git, productionSha: string, deploySha: string, options: WalkOptions): Promise<RangeWalk> {
  const range = `${productionSha}^{commit}...${deploySha}^{commit}`;
  if (options.listLimit < 1 || options.listLimit > BOUNDED_LIST_LIMIT) return listRange(git, range, options, undefined);

  const maxRecords = 2 * options.listLimit;
  let counting: Promise<string> | undefined;
  const startCounting = () => (counting ??= git.run(['rev-list', '--left-right', '--count', range, '--']));
  const longRange = setTimeout(startCounting, COUNT_AFTER_MS);
  let listed: RangeWalk;
  try {
    listed = await listRange(git, range, options, maxRecords);
  } finally {
    clearTimeout(longRange);
  }
  if (listed.aheadBy + listed.behindBy < maxRecords) {
    // Fewer commits than asked for: the listing is the whole range, its counts and boundary exact.
    counting?.catch(() => undefined);
    return listed;
  }
  const counts = await startCounting();
  const [behindBy, aheadBy] = counts.trim().split(/\s+/).map(Number);
  if (!Number.isSafeInteger(behindBy) || !Number.isSafeInteger(aheadBy)) throw new Error(`unexpected output from git rev-list --count: ${JSON.stringify(counts.slice(0, 80))}`);
  if (listed.aheadBy === aheadBy && listed.behindBy === behindBy) return listed;

  // The listing stopped at maxRecords, in date order: one side may have crowded out the other.
  const walk: RangeWalk = { ...listed, aheadBy, behindBy, boundary: undefined };
  if (walk.shipping.length < Math.min(aheadBy, options.listLimit)) walk.shipping = await listSide(git, deploySha, productionSha, options);
  if (walk.dropped.length < Math.min(behindBy, options.listLimit)) walk.dropped = await listSide(git, productionSha, deploySha, options);
  return walk;
}

/** One `git log --left-right --boundary` over the range, at most `maxRecords` commits when given. */
async function listRange(git: Git, range: string, { listLimit, withBodies = false }: WalkOptions, maxRecords: number | undefined): Promise<RangeWalk> {
  const walk: RangeWalk = { aheadBy: 0, behindBy: 0, shipping: [], dropped: [], boundary: [] };
  const limit = maxRecords === undefined ? [] : [`--max-count=${maxRecords}`];
  const args = ['log', '--left-right', '--boundary', '--no-show-signature', ...limit, `--format=${formatOf(withBodies)}`, range, '--'];
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
      walk.boundary!.push(parseCommit(record).sha);
    } else {
      throw new Error(`unexpected record from git log --left-right: ${JSON.stringify(record.slice(0, 80))}`);
    }
  });
  return walk;
}

/** The newest `listLimit` commits that `tip` has and `other` does not. */
async function listSide(git: Git, tip: string, other: string, { listLimit, withBodies = false }: WalkOptions): Promise<CommitSummary[]> {
  const commits: CommitSummary[] = [];
  const args = ['log', '--no-show-signature', `--max-count=${listLimit}`, `--format=${formatOf(withBodies)}`, `${tip}^{commit}`, `^${other}^{commit}`, '--'];
  await git.forEachRecord(args, '\x1e', (record) => commits.push(parseCommit(record)));
  return commits;
}

function formatOf(withBodies: boolean): string {
  return [...FIELDS, ...(withBodies ? ['%b'] : [])].join('%x00') + '%x1e';
}

function parseCommit(record: string): CommitSummary {
  const [, sha = '', parents = '', authorName = '', authorEmail = '', date = '', subject = '', body] = record.replace(/^\n/, '').split('\x00');
  const commit: CommitSummary = { sha, parents: parents.split(' ').filter(Boolean).length, authorName, authorEmail, date, subject };
  if (body !== undefined) commit.body = body.trim();
  return commit;
}
