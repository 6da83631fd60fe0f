// Finds the deploy range with local git. Works on the default actions/checkout (fetch-depth 1):
// it fetches what is missing and deepens the history just enough, and it never counts commits
// on a shallow history that could hide part of the range. On a complete checkout it costs two
// git processes (a name lookup and one walk): the gate runs in front of every deploy.

import type { Git } from '../git/git.js';
import { isShallow, openRepository, remoteNames } from '../git/repository.js';
import { resolveCommits, type FetchContext } from './resolve-commits.js';
import { completeShallowHistory, mergeBases } from './shallow.js';
import type { DeployRange, ProductionCommit } from './types.js';
import { relationFromCounts } from './types.js';
import { walkRange } from './walk.js';

export interface GitRangeRequest {
  /** The commit being deployed: a validated ref or SHA. */
  deployRef: string;
  /** Production, as a validated ref/SHA (input `production-ref`) or as a SHA found elsewhere. */
  production: { ref: string; inputName: string } | ProductionCommit;
  listLimit: number;
  /** Keep commit message bodies (pre-deploy reads issue keys in them). */
  withBodies?: boolean;
  /** May the gate fetch from `remote` to complete the history? (Yes in the action, opt-in on the CLI.) */
  fetch: boolean;
  remote?: string;
  /** Rounds of `git fetch --deepen` before falling back to --unshallow. */
  maxDeepenRounds?: number;
}

export async function resolveGitRange(git: Git, request: GitRangeRequest): Promise<DeployRange> {
  const remote = request.remote ?? 'origin';
  const notes: string[] = [];
  const repository = await openRepository(git);
  const canFetch = request.fetch && (await remoteNames(git)).includes(remote);
  const fetch: FetchContext | undefined = canFetch ? { remote, shallow: isShallow(repository), notes } : undefined;

  const production = request.production;
  const [deploySha, productionSha] = await resolveCommits(
    git,
    [
      { ref: request.deployRef, inputName: 'sha' },
      'sha' in production ? { ref: production.sha, inputName: 'production' } : production,
    ],
    remote,
    fetch,
  );
  const productionCommit: ProductionCommit = {
    sha: productionSha!,
    foundBy: 'sha' in production ? production.foundBy : `ref ${production.ref}`,
  };
  const range = { deploySha: deploySha!, production: productionCommit, listLimit: request.listLimit, history: { source: 'git' as const, notes } };

  if (productionSha === deploySha) {
    return { ...range, relation: 'identical', aheadBy: 0, behindBy: 0, mergeBaseSha: deploySha, shipping: [], dropped: [] };
  }
  if (isShallow(repository)) {
    await completeShallowHistory(git, repository, {
      productionSha: productionSha!,
      deploySha: deploySha!,
      remote,
      canFetch,
      notes,
      maxRounds: request.maxDeepenRounds ?? 8,
    });
  }

  const walk = await walkRange(git, productionSha!, deploySha!, { listLimit: request.listLimit, withBodies: request.withBodies });
  const relation = relationFromCounts(walk.aheadBy, walk.behindBy);
  const mergeBaseSha =
    relation === 'ahead' ? productionSha : relation === 'behind' ? deploySha : (await mergeBases(git, productionSha!, deploySha!))[0];
  return { ...range, relation, mergeBaseSha, ...walk };
}
