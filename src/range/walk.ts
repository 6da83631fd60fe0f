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

const FORMAT = ['%m', '%H', '%P', '%an', '%aI', '%s'].join('%x00') + '%x1e';

export async function walkRange(git: Git, productionSha: string, deploySha: string, listLimit: number): Promise<RangeWalk> {
  const walk: RangeWalk = { aheadBy: 0, behindBy: 0, shipping: [], dropped: [] };
  await git.forEachRecord(['log', '--left-right', '--no-show-signature', `--format=${FORMAT}`, `${productionSha}...${deploySha}`], '\x1e', (record) => {
    const [mark = '', sha = '', parents = '', authorName = '', date = '', subject = ''] = record.replace(/^\n/, '').split('\x00');
    const list = mark === '>' ? walk.shipping : mark === '<' ? walk.dropped : undefined;
    if (!list) throw new Error(`unexpected record from git log --left-right: ${JSON.stringify(record.slice(0, 80))}`);
    if (mark === '>') walk.aheadBy++;
    else walk.behindBy++;
    if (list.length < listLimit) list.push({ sha, parents: parents.split(' ').filter(Boolean).length, authorName, date, subject });
  });
  return walk;
}
