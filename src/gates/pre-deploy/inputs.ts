import type { InputSpec } from '../../inputs/spec.js';
import { RANGE_INPUTS } from '../forward-sha/inputs.js';
import type { OutputSpec } from '../types.js';

export const PRE_DEPLOY_INPUTS: readonly InputSpec[] = [
  ...RANGE_INPUTS,
  {
    name: 'tracker',
    kind: 'enum',
    values: ['jira', 'github', 'file'],
    description: 'Where the issues live: `jira` (Cloud or Data Center), `github` (issues referenced as `#123` or `org/repo#123`) or `file` (a YAML file). Required for pre-deploy.',
  },
  { name: 'project-keys', kind: 'string', description: 'Comma-separated project keys (`ENG,OPS`) that issue keys must belong to. Default: the projects the tracker lists.' },
  { name: 'case-insensitive-keys', kind: 'boolean', default: 'false', description: 'Count lowercase keys (`eng-12`) too. Default: `false`.' },
  { name: 'require-issue', kind: 'boolean', default: 'true', description: 'Fail on commits without an issue key (merge commits, bots and `exempt-pattern` excepted). Default: `true`.' },
  { name: 'exempt-pattern', kind: 'string', description: 'A regular expression over the commit subject that exempts a commit from `require-issue`, e.g. `^\\[no-issue\\]`.' },
  { name: 'allowed-statuses', kind: 'string', description: 'Comma-separated statuses an issue may be in (`Ready for Deploy, Done`); case-insensitive. Default: any status.' },
  { name: 'required-fields', kind: 'string', description: 'Comma-separated field names or ids (`Risk Assessment, customfield_10010`) that must be non-empty.' },
  { name: 'required-labels', kind: 'string', description: 'github tracker: comma-separated labels every issue must have.' },
  { name: 'forbidden-labels', kind: 'string', description: 'github tracker: comma-separated labels no issue may have (e.g. `do-not-deploy`).' },
  { name: 'jira-url', kind: 'string', description: 'Jira base URL, e.g. `https://acme.atlassian.net`.' },
  {
    name: 'jira-flavor',
    kind: 'enum',
    values: ['auto', 'cloud', 'datacenter'],
    default: 'auto',
    description: 'Jira Cloud or Data Center. Default: `auto` (`*.atlassian.net` is Cloud; other hosts are asked once through /rest/api/2/serverInfo).',
  },
  { name: 'jira-user', kind: 'string', description: 'Jira Cloud user (email) for basic auth with `jira-token`; leave empty to send `jira-token` as a Data Center bearer token.' },
  { name: 'jira-token', kind: 'string', stepOnly: true, secret: true, description: 'Jira API token (Cloud) or personal access token (Data Center). Pass it from a secret.' },
  { name: 'tracker-file', kind: 'string', default: '.github/deploy-issues.yml', description: 'file tracker: the YAML file of issues. Default: `.github/deploy-issues.yml`.' },
  { name: 'timeout', kind: 'string', default: '2m', description: 'Time budget for the whole gate, retries included (`90s`, `2m`). Default: `2m`.' },
  { name: 'post-status', kind: 'boolean', default: 'true', description: 'Post the result as the commit status `deploy-gates/pre-deploy` on the deploy SHA. Default: `true`.' },
];

export const PRE_DEPLOY_OUTPUTS: readonly OutputSpec[] = [
  { name: 'issues', description: 'The issues this deploy ships, as JSON: key, title, status, state, url.' },
  { name: 'commits-without-issue', description: 'JSON array of the SHAs of commits without an issue key (exempt ones not included).' },
];
