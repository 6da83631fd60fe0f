// Finds the deploy range through the GitHub compare API, for runs without a usable checkout.
// The API compares on the server, on the full history, so nothing here can be shallow.

import type { GitHubApi } from '../github/port.js';
import type { DeployRange, ProductionCommit } from './types.js';

export async function resolveGitHubRange(
  api: GitHubApi,
  { deployRef, production, listLimit }: { deployRef: string; production: { ref: string } | ProductionCommit; listLimit: number },
): Promise<DeployRange> {
  const base = 'sha' in production ? production.sha : production.ref;
  const forward = await api.compare(base, deployRef, listLimit);
  const productionCommit: ProductionCommit =
    'sha' in production ? production : { sha: forward.baseSha, foundBy: `ref ${production.ref}` };
  // The compare API lists only base..head; the commits a rollback would drop are head..base.
  const dropped = forward.behindBy > 0 ? (await api.compare(forward.headSha, forward.baseSha, listLimit)).commits : [];
  return {
    deploySha: forward.headSha,
    production: productionCommit,
    relation: forward.status,
    aheadBy: forward.aheadBy,
    behindBy: forward.behindBy,
    mergeBaseSha: forward.mergeBaseSha,
    shipping: forward.commits,
    dropped,
    listLimit,
    history: { source: 'github-compare', notes: [] },
  };
}
