// forward-sha: observe the deploy range, decide, and say it in markdown and text.

import { resolveDeployRange, type HistorySource } from '../../range/resolve.js';
import type { CommitSummary } from '../../range/types.js';
import { code, escapeMarkdown, link } from '../../report/escape.js';
import type { GateDefinition, Links } from '../types.js';
import { decideForwardSha, plural, type ForwardShaData } from './decide.js';
import { FORWARD_SHA_INPUTS, FORWARD_SHA_OUTPUTS } from './inputs.js';

/** How many commits per side the report lists; counts are always exact. */
export const COMMIT_LIST_LIMIT = 100;

export const forwardSha: GateDefinition<ForwardShaData> = {
  name: 'forward-sha',
  question: 'Is the SHA being deployed ahead of what production runs, or would this deploy roll production back?',
  inputs: FORWARD_SHA_INPUTS,
  outputs: FORWARD_SHA_OUTPUTS,

  async run(inputs, env) {
    const range = await resolveDeployRange(
      {
        sha: (inputs['sha'] as string | undefined) ?? env.run.defaultSha,
        productionRef: inputs['production-ref'] as string | undefined,
        environment: inputs['environment'] as string | undefined,
        history: inputs['history'] as HistorySource,
        listLimit: COMMIT_LIST_LIMIT,
        fetch: env.fetch,
      },
      { workspace: env.workspace, github: env.github },
    );
    return decideForwardSha(
      range,
      { allowRollback: inputs['allow-rollback'] === true, allowRedeploy: inputs['allow-redeploy'] !== false },
      env.run.actor,
    );
  },

  outputValues(result) {
    const data = result.data;
    return {
      relation: data.relation,
      'ahead-by': String(data.aheadBy),
      'behind-by': String(data.behindBy),
      'production-sha': data.productionSha,
    };
  },

  renderMarkdown(result, links) {
    const data = result.data;
    const lines = [
      `Deploying ${link(data.deploySha.slice(0, 7), links.commit(data.deploySha))} over production ` +
        `${link(data.productionSha.slice(0, 7), links.commit(data.productionSha))} (${escapeMarkdown(data.productionFoundBy)}): ` +
        `**${data.relation}**, ${plural(data.aheadBy, 'commit')} ahead, ${plural(data.behindBy, 'commit')} behind.`,
    ];
    if (data.override) {
      lines.push('', `**Override:** \`${data.override.input}: true\`${data.override.by ? `, run triggered by ${link(`@${data.override.by}`, links.user(data.override.by))}` : ''}.`);
    }
    if (data.history.notes.length) lines.push('', `History: ${escapeMarkdown(data.history.notes.join('; '))}.`);
    if (data.dropped.length) lines.push('', `#### Would be dropped from production: ${data.behindBy}`, '', commitTable(data.dropped, data.behindBy, links));
    if (data.shipping.length) lines.push('', `#### Ships: ${data.aheadBy}`, '', commitTable(data.shipping, data.aheadBy, links));
    return lines.join('\n');
  },

  renderText(result) {
    const data = result.data;
    const lines = [
      `deploy ${data.deploySha.slice(0, 12)}  production ${data.productionSha.slice(0, 12)} (${data.productionFoundBy})`,
      `relation: ${data.relation}, ahead by ${data.aheadBy}, behind by ${data.behindBy}`,
    ];
    if (data.history.notes.length) lines.push(`history: ${data.history.notes.join('; ')}`);
    if (data.override) lines.push(`override: ${data.override.input}${data.override.by ? ` (by ${data.override.by})` : ''}`);
    const list = (title: string, commits: CommitSummary[], total: number) => {
      lines.push(`${title} (${total}):`);
      for (const commit of commits) lines.push(`  ${commit.sha.slice(0, 7)} ${commit.subject.slice(0, 72)} (${commit.authorLogin ?? commit.authorName})`);
      if (total > commits.length) lines.push(`  ... and ${total - commits.length} more`);
    };
    if (data.dropped.length) list('would be dropped', data.dropped, data.behindBy);
    if (data.shipping.length) list('ships', data.shipping, data.aheadBy);
    return lines.join('\n');
  },
};

function commitTable(commits: CommitSummary[], total: number, links: Links): string {
  const rows = commits.map((commit) => {
    const author = commit.authorLogin ? link(`@${commit.authorLogin}`, links.user(commit.authorLogin)) : escapeMarkdown(commit.authorName);
    return `| ${link(commit.sha.slice(0, 7), links.commit(commit.sha))} | ${escapeMarkdown(commit.subject)} | ${author} | ${code(commit.date.slice(0, 10))} |`;
  });
  const more = total > commits.length ? `\n\n…and ${total - commits.length} more (the list stops at ${commits.length}; counts are exact).` : '';
  return ['| commit | subject | author | date |', '|---|---|---|---|', ...rows].join('\n') + more;
}
