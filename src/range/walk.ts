// One walk over production...deploy: both counts and the newest commits of each side, from a
// single `git log --left-right`, streamed so that a huge range never sits in memory.

import type { Git } from '../git/git.js';
import type { CommitSummary } from './types.js';

export interface RangeWalk {
  /** Commits only the deploy has (right side). */
  aheadBy: number;
  /** Commits only production has (left side). */
  behindBy: number;
  shipping: CommitSummary[];
  dropped: CommitSummary[];
}

export interface WalkOptions {
  /** How many commits of each side to keep; the counts are always exact. */
  listLimit: number;
  /** Keep message bodies too (pre-deploy reads issue keys in them). */
  withBodies?: boolean;
}

const FIELDS = ['%m', '%H', '%P', '%an', '%ae', '%aI', '%s'];

export async function walkRange(git: Git, productionSha: string, deploySha: string, { listLimit, withBodies = false }: WalkOptions): Promise<RangeWalk> {
  const walk: RangeWalk = { aheadBy: 0, behindBy: 0, shipping: [], dropped: [] };
  const format = [...FIELDS, ...(withBodies ? ['%b'] : [])].join('%x00') + '%x1e';
  const args = ['log', '--left-right', '--no-show-signature', `--format=${format}`, `${productionSha}...${deploySha}`];
  await git.forEachRecord(args, '\x1e', (record) => {
    const [mark = '', sha = '', parents = '', authorName = '', authorEmail = '', date = '', subject = '', body] = record.replace(/^\n/, '').split('\x00');
    const list = mark === '>' ? walk.shipping : mark === '<' ? walk.dropped : undefined;
    if (!list) throw new Error(`unexpected record from git log --left-right: ${JSON.stringify(record.slice(0, 80))}`);
    if (mark === '>') walk.aheadBy++;
    else walk.behindBy++;
    if (list.length >= listLimit) return;
    const commit: CommitSummary = { sha, parents: parents.split(' ').filter(Boolean).length, authorName, authorEmail, date, subject };
    if (body !== undefined) commit.body = body.trim();
    list.push(commit);
  });
  return walk;
}
