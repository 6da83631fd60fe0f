// Completing a shallow clone just enough to count the range exactly.

import type { Git } from '../git/git.js';
import { isFullSha } from '../git/refs.js';
import { isShallow, shallowBoundary, type Repository } from '../git/repository.js';
import { GateInputError } from '../model/result.js';

const FIRST_DEEPEN = 64;

export interface ShallowRange {
  productionSha: string;
  deploySha: string;
  remote: string;
  canFetch: boolean;
  notes: string[];
  /** Rounds of `git fetch --deepen` (doubling) before falling back to --unshallow. */
  maxRounds: number;
}

/**
 * Deepens a shallow clone until the range is complete (see rangeIsComplete), so that nothing the
 * range contains can be hidden beyond the boundary and counts and lists are exact. Falls back to
 * --unshallow; an error when it may not fetch.
 */
export async function completeShallowHistory(git: Git, repository: Repository, range: ShallowRange): Promise<void> {
  const { productionSha, deploySha, remote, canFetch, notes, maxRounds } = range;
  let deepenBy = FIRST_DEEPEN;
  for (let round = 0; ; round++) {
    if (!isShallow(repository)) return; // complete history: whatever git says is the truth
    if (await rangeIsComplete(git, repository, productionSha, deploySha)) return;
    if (!canFetch) {
      throw new GateInputError(
        'the repository is a shallow clone and the history between production and the deploy is not complete, ' +
          `and fetching from ${remote} is not possible. Set \`fetch-depth: 0\` on actions/checkout, ` +
          'or let the gate fetch (CLI: --fetch), or use `history: github`.',
      );
    }
    const unshallow = round >= maxRounds;
    const result = await git.fetch([
      '--no-tags',
      '--no-recurse-submodules',
      '--quiet',
      unshallow ? '--unshallow' : `--deepen=${deepenBy}`,
      remote,
      productionSha,
      deploySha,
    ]);
    if (result.exitCode !== 0) {
      throw new GateInputError(
        `could not deepen the shallow clone from ${remote} (${result.stderr.trim()}). ` +
          'Set `fetch-depth: 0` on actions/checkout, or give the token `contents: read`.',
      );
    }
    notes.push(unshallow ? 'fetched the full history (--unshallow)' : `deepened the shallow clone by ${deepenBy} commits`);
    if (unshallow) return;
    deepenBy *= 2;
  }
}

async function rangeIsComplete(git: Git, repository: Repository, productionSha: string, deploySha: string): Promise<boolean> {
  const bases = await mergeBases(git, productionSha, deploySha);
  if (bases.length === 0) return false;
  const boundary = shallowBoundary(repository);
  // Boundary commits that no merge base reaches could hide commits of the range.
  const hidden = await git.run(['rev-list', '--max-count=1', ...boundary, '--not', ...bases]);
  if (hidden.trim() !== '') return false;
  // A root commit inside the range may only look foreign to the other side because that side's
  // history is cut off above it (a branch forked near the root and merged after production):
  // counting now would ship old commits again. A truly separate root survives --unshallow.
  const root = await git.run(['rev-list', '--max-count=1', '--max-parents=0', `${productionSha}...${deploySha}`]);
  if (root.trim() !== '') return false;
  // The same trap without a root: a commit of the range may be reachable from the other side only
  // through history still cut off. Such a commit is older than the boundary commit it hides
  // behind, so while the range holds a commit no newer than the newest boundary commit, deepen.
  // (Committer dates can lie; then this only deepens more than needed, or at worst overcounts.)
  const boundaryDates = (await git.run(['show', '--no-patch', '--format=%ct', ...boundary])).split('\n').filter(Boolean).map(Number);
  const old = await git.run(['rev-list', '--max-count=1', `--min-age=${Math.max(...boundaryDates)}`, `${productionSha}...${deploySha}`]);
  return old.trim() === '';
}

export async function mergeBases(git: Git, a: string, b: string): Promise<string[]> {
  const output = await git.tryRun(['merge-base', '--all', a, b]);
  // Exit 1 with no output means "no common ancestor", which is an answer, not a failure.
  if (output.exitCode > 1) throw new Error(`git merge-base failed: ${output.stderr.trim()}`);
  return output.stdout.split('\n').filter(isFullSha);
}
