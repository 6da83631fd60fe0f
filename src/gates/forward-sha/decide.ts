// The forward-sha decision: pure, no I/O. Is the deploy ahead of production, or would it
// quietly roll production back?

import type { Finding, GateResult, Verdict } from '../../model/result.js';
import type { DeployRange } from '../../range/types.js';

export interface ForwardShaPolicy {
  allowRollback: boolean;
  allowRedeploy: boolean;
}

export interface Override {
  input: 'allow-rollback';
  /** Who started the run that used the override, when known. */
  by?: string;
}

export interface ForwardShaData {
  relation: DeployRange['relation'];
  aheadBy: number;
  behindBy: number;
  deploySha: string;
  productionSha: string;
  productionFoundBy: string;
  mergeBaseSha?: string;
  shipping: DeployRange['shipping'];
  dropped: DeployRange['dropped'];
  listLimit: number;
  history: DeployRange['history'];
  override?: Override;
}

export function decideForwardSha(
  range: DeployRange,
  policy: ForwardShaPolicy,
  actor: string | undefined,
): GateResult<ForwardShaData> {
  const short = (sha: string) => sha.slice(0, 7);
  const production = short(range.production.sha);
  const deploy = short(range.deploySha);
  const findings: Finding[] = [];
  let verdict: Verdict = 'pass';
  let summary: string;
  let override: Override | undefined;
  const overrideBy = actor ? ` (run triggered by @${actor})` : '';

  switch (range.relation) {
    case 'ahead':
      summary = `${plural(range.aheadBy, 'commit')} ahead of production ${production}, none dropped`;
      break;
    case 'identical':
      summary = `${deploy} is what production already runs (redeploy)`;
      if (!policy.allowRedeploy) {
        verdict = 'fail';
        findings.push({
          id: 'forward-sha/redeploy',
          severity: 'error',
          title: 'Redeploy of the production SHA',
          message:
            `${deploy} is exactly what production runs, and \`allow-redeploy\` is false. ` +
            'Deploy a newer commit, or set `allow-redeploy: true` if restarting the same build is intended.',
        });
      }
      break;
    case 'behind':
    case 'diverged': {
      const dropped = plural(range.behindBy, 'commit');
      summary =
        range.relation === 'behind'
          ? `${deploy} is ${dropped} behind production ${production}: this deploy is a rollback`
          : `${deploy} diverged from production ${production}: ships ${plural(range.aheadBy, 'commit')} and drops ${dropped}`;
      const why =
        range.relation === 'behind'
          ? `Deploying ${deploy} rolls production back: the ${dropped} production runs beyond it would disappear.`
          : `Production ${production} has ${dropped} that ${deploy} does not contain (typically a hotfix that was never merged back); deploying would drop them.`;
      if (policy.allowRollback) {
        override = { input: 'allow-rollback', by: actor };
        summary += `; allowed by allow-rollback${overrideBy}`;
        findings.push({
          id: 'forward-sha/rollback-allowed',
          severity: 'warning',
          title: 'Rollback allowed by override',
          message: `${why} Allowed because \`allow-rollback\` is true${overrideBy}.`,
        });
      } else {
        verdict = 'fail';
        findings.push({
          id: range.relation === 'behind' ? 'forward-sha/rollback' : 'forward-sha/diverged',
          severity: 'error',
          title: range.relation === 'behind' ? 'Deploy would roll production back' : 'Deploy would drop production commits',
          message:
            why +
            (range.relation === 'behind'
              ? ' Deploy a commit that contains production, or set `allow-rollback: true` for an intended rollback.'
              : ' Merge production into the deploy branch first, or set `allow-rollback: true` to drop them on purpose.'),
        });
      }
      break;
    }
  }

  return {
    gate: 'forward-sha',
    verdict,
    summary,
    findings,
    data: {
      relation: range.relation,
      aheadBy: range.aheadBy,
      behindBy: range.behindBy,
      deploySha: range.deploySha,
      productionSha: range.production.sha,
      productionFoundBy: range.production.foundBy,
      mergeBaseSha: range.mergeBaseSha,
      shipping: range.shipping,
      dropped: range.dropped,
      listLimit: range.listLimit,
      history: range.history,
      override,
    },
  };
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
