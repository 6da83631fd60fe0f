// Every tracker, registered once: the gate names one with the `tracker` input.

import { resolve } from 'node:path';
import type { GateEnvironment } from '../gates/types.js';
import type { ParsedInputs } from '../inputs/spec.js';
import { GateInputError } from '../model/result.js';
import type { Tracker } from './types.js';

export const TRACKER_NAMES = ['jira', 'github', 'file'] as const;

export async function createTracker(inputs: ParsedInputs, env: GateEnvironment): Promise<Tracker> {
  const name = inputs['tracker'] as string | undefined;
  switch (name) {
    case 'jira': {
      const url = inputs['jira-url'] as string | undefined;
      const token = inputs['jira-token'] as string | undefined;
      if (!url || !token) {
        throw new GateInputError('tracker `jira` needs `jira-url` and `jira-token` (and `jira-user` for Jira Cloud basic auth): pass the token from a secret.');
      }
      const { createJiraTracker } = await import('./jira/index.js');
      return createJiraTracker({
        url,
        token,
        user: inputs['jira-user'] as string | undefined,
        flavor: inputs['jira-flavor'] as 'auto' | 'cloud' | 'datacenter',
      });
    }
    case 'github': {
      if (!env.github || !env.run.repo) {
        throw new GateInputError('tracker `github` needs the GitHub API: pass `token` (it needs `issues: read`), and the repository (`--repo` on the command line).');
      }
      const { createGitHubTracker } = await import('./github/index.js');
      return createGitHubTracker(env.github, env.run.repo);
    }
    case 'file': {
      const { createFileTracker } = await import('./file/index.js');
      return createFileTracker(resolve(env.workspace, inputs['tracker-file'] as string));
    }
    default:
      throw new GateInputError(`input \`tracker\` is required for pre-deploy: ${TRACKER_NAMES.join(', ')}.`);
  }
}
