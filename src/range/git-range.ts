// Finds the deploy range with local git. Works on the default actions/checkout (fetch-depth 1):
// it fetches what is missing and deepens the history just enough, and it never counts commits
// on a shallow history that could hide part of the range. On a complete checkout it costs two
// git processes (a name lookup and one walk), and one when the names can be read from the git
// directory: the gate runs in front of every deploy.

import { GitError, type Git } from '../git/git.js';
import { RefFiles } from '../git/ref-files.js';
import { isFullSha } from '../git/refs.js';
import { isShallow, openRepository, remoteNames, type Repository } from '../git/repository.js';
import { resolveCommits, type FetchContext } from './resolve-commits.js';
import { completeShallowHistory, mergeBases } from './shallow.js';
import type { DeployRange, ProductionCommit } from './types.js';
import { relationFromCounts } from './types.js';
import { walkRange, type RangeWalk } from './walk.js';

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
  const productionFoundBy = 'sha' in production ? production.foundBy : `ref ${production.ref}`;
  if (!canFetch) {
    const quick = await quickRange(git, repository, request, remote);
    if (quick) return { ...quick, production: { sha: quick.production.sha, foundBy: productionFoundBy }, history: { source: 'git', notes } };
  }

  const [deploySha, productionSha] = await resolveCommits(
    git,
    [
      { ref: request.deployRef, inputName: 'sha' },
      'sha' in production ? { ref: production.sha, inputName: 'production' } : production,
    ],
    remote,
    fetch,
  );
  const productionCommit: ProductionCommit = { sha: productionSha!, foundBy: productionFoundBy };
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
  return { ...range, ...(await rangeFromWalk(git, walk, productionSha!, deploySha!)) };
}

/**
 * The common case in one git process: a complete (not shallow) history, no fetching, and names
 * that can be read from the git directory. The walk itself checks that both are commits; when it
 * fails, undefined sends the caller down the full path, whose errors name the input at fault.
 * (A full SHA of an annotated tag object is walked as its commit, as git does; it is reported as
 * given. Inputs come from github.sha, deployments and refs, which name commits.)
 */
async function quickRange(git: Git, repository: Repository, request: GitRangeRequest, remote: string): Promise<DeployRange | undefined> {
  if (isShallow(repository)) return undefined;
  const refs = RefFiles.open(repository.gitDir);
  if (!refs) return undefined;
  const resolveName = (ref: string) =>
    ref.startsWith('refs/') || ref === 'HEAD' || ref.startsWith(`${remote}/`) || isFullSha(ref)
      ? refs.resolveCommit(ref)
      : (refs.resolveCommit(`refs/remotes/${remote}/${ref}`) ?? refs.resolveCommit(ref));
  const deploySha = resolveName(request.deployRef);
  const productionSha = 'sha' in request.production ? refs.resolveCommit(request.production.sha) : resolveName(request.production.ref);
  // Identical SHAs need no walk, so nothing would check that they name a commit: the full path does.
  if (!deploySha || !productionSha || deploySha === productionSha) return undefined;
  let walk: RangeWalk;
  try {
    walk = await walkRange(git, productionSha, deploySha, { listLimit: request.listLimit, withBodies: request.withBodies });
  } catch (error) {
    if (error instanceof GitError) return undefined;
    throw error;
  }
  return {
    deploySha,
    production: { sha: productionSha, foundBy: '' },
    listLimit: request.listLimit,
    history: { source: 'git', notes: [] },
    ...(await rangeFromWalk(git, walk, productionSha, deploySha)),
  };
}

async function rangeFromWalk(git: Git, walk: RangeWalk, productionSha: string, deploySha: string) {
  const relation = relationFromCounts(walk.aheadBy, walk.behindBy);
  const mergeBaseSha =
    relation === 'ahead'
      ? productionSha
      : relation === 'behind'
        ? deploySha
        : walk.boundary?.length === 1
          ? walk.boundary[0]
          : (await mergeBases(git, productionSha, deploySha))[0];
  const { aheadBy, behindBy, shipping, dropped } = walk;
  return { relation, mergeBaseSha, aheadBy, behindBy, shipping, dropped };
}
