// The one way every gate finds "production..sha": by `production-ref` or by the latest successful
// deployment to `environment`, read from local git or from the GitHub compare API.

import { Git } from '../git/git.js';
import { validateRef } from '../git/refs.js';
import type { GitHubApi } from '../github/port.js';
import { GateInputError } from '../model/result.js';
import { resolveGitRange } from './git-range.js';
import { resolveGitHubRange } from './github-range.js';
import type { DeployRange, ProductionCommit } from './types.js';

export type HistorySource = 'auto' | 'git' | 'github';

export interface RangeSettings {
  sha: string;
  productionRef?: string;
  environment?: string;
  history: HistorySource;
  listLimit: number;
  /** Keep commit message bodies (pre-deploy reads issue keys in them). */
  withBodies?: boolean;
  fetch: boolean;
}

export interface RangeDependencies {
  workspace: string;
  /** Undefined when there is no token or no repository context: the API cannot be asked. */
  github?: GitHubApi;
}

export async function resolveDeployRange(settings: RangeSettings, deps: RangeDependencies): Promise<DeployRange> {
  const deployRef = validateRef('sha', settings.sha);
  const production = await findProduction(settings, deps);
  const source = await chooseSource(settings.history, deps);
  if (source === 'github') {
    return resolveGitHubRange(requireApi(deps, 'history: github'), { deployRef, production, listLimit: settings.listLimit });
  }
  return resolveGitRange(new Git(deps.workspace), {
    deployRef,
    production,
    listLimit: settings.listLimit,
    withBodies: settings.withBodies,
    fetch: settings.fetch,
  });
}

async function findProduction(
  settings: RangeSettings,
  deps: RangeDependencies,
): Promise<{ ref: string; inputName: string } | ProductionCommit> {
  if (settings.environment) {
    if (settings.productionRef) {
      throw new GateInputError('inputs `production-ref` and `environment` are both set; set only one of them.');
    }
    const api = requireApi(deps, `environment: ${settings.environment}`);
    const deployment = await api.latestSuccessfulDeployment(settings.environment);
    if (!deployment) {
      throw new GateInputError(
        `no deployment to environment ${JSON.stringify(settings.environment)} has a successful latest status, so what ` +
          'production runs is unknown. Check the environment name, or set `production-ref` for a first deploy.',
      );
    }
    return {
      sha: deployment.sha,
      foundBy: `deployment ${deployment.id} to ${deployment.environment} (${deployment.createdAt}${deployment.creator ? ` by @${deployment.creator}` : ''})`,
    };
  }
  return { ref: validateRef('production-ref', settings.productionRef ?? 'production'), inputName: 'production-ref' };
}

async function chooseSource(history: HistorySource, deps: RangeDependencies): Promise<'git' | 'github'> {
  if (history !== 'auto') return history;
  // Without a checkout the API is the only source; otherwise git, which explains a missing repo.
  if (deps.github && !(await isGitCheckout(deps.workspace))) return 'github';
  return 'git';
}

async function isGitCheckout(workspace: string): Promise<boolean> {
  const { existsSync } = await import('node:fs');
  const { join } = await import('node:path');
  return existsSync(join(workspace, '.git'));
}

function requireApi(deps: RangeDependencies, reason: string): GitHubApi {
  if (!deps.github) {
    throw new GateInputError(
      `${reason} needs the GitHub API, but no token or repository is available: pass \`token\` ` +
        '(default `${{ github.token }}`; it needs `deployments: read` and `contents: read`).',
    );
  }
  return deps.github;
}
