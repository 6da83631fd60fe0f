import type { InputSpec } from '../../inputs/spec.js';
import type { OutputSpec } from '../types.js';

/** Inputs shared by every gate that looks at the deploy range (forward-sha, pre-deploy, migrations). */
export const RANGE_INPUTS: readonly InputSpec[] = [
  {
    name: 'sha',
    kind: 'string',
    description:
      'The commit being deployed. Default: `github.sha`, except on `pull_request` events, where it is the pull request head SHA.',
  },
  {
    name: 'production-ref',
    kind: 'string',
    description:
      'Branch, tag or SHA of what production runs. Default: `production`. A branch name is looked up on origin first.',
  },
  {
    name: 'environment',
    kind: 'string',
    description:
      'Instead of `production-ref`: production is the SHA of the newest deployment to this GitHub environment whose latest status is `success`.',
  },
  {
    name: 'history',
    kind: 'enum',
    values: ['auto', 'git', 'github'],
    default: 'auto',
    description:
      'Where to read history: `git` (the checkout, deepened as needed), `github` (the compare API) or `auto` (git when the workspace is a checkout). Default: `auto`.',
  },
];

export const FORWARD_SHA_INPUTS: readonly InputSpec[] = [
  ...RANGE_INPUTS,
  {
    name: 'allow-rollback',
    kind: 'boolean',
    default: 'false',
    description: 'Let a deploy that is behind or diverged from production pass; the override is recorded. Default: `false`.',
  },
  {
    name: 'allow-redeploy',
    kind: 'boolean',
    default: 'true',
    description: 'Let a deploy of the SHA already in production pass. Default: `true`.',
  },
];

export const FORWARD_SHA_OUTPUTS: readonly OutputSpec[] = [
  { name: 'relation', description: 'How the deploy relates to production: `ahead`, `identical`, `behind` or `diverged`.' },
  { name: 'ahead-by', description: 'Commits the deploy ships that production does not have.' },
  { name: 'behind-by', description: 'Commits production has that the deploy would drop.' },
  { name: 'production-sha', description: 'The SHA production runs.' },
];
