// The github tracker: issue references (`acme/shop#12`) read from GitHub Issues through the
// GitHubApi port. An issue has a state and labels, no custom fields and no projects.

import type { GitHubApi, GitHubIssue, IssueRef, RepoRef } from '../../github/port.js';
import { GateInputError } from '../../model/result.js';
import { TrackerError, type IssueLookup, type Tracker, type TrackerIssue, type TrackerRequest } from '../types.js';

/** `owner/repo#12`, or `#12` in `repo`; GitHub names are ASCII letters, digits, `-`, `_` and `.`. */
const referencePattern = /^(?:([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+))?#([1-9][0-9]{0,9})$/;

export function createGitHubTracker(api: GitHubApi, repo: RepoRef): Tracker {
  let requests = 0;
  return {
    name: 'github',
    get requestCount() {
      return requests;
    },
    async listProjects() {
      return undefined;
    },
    async lookUp({ keys, deadline }: TrackerRequest): Promise<IssueLookup[]> {
      const results: IssueLookup[] = [];
      // One at a time: GitHub asks clients not to run requests for one token concurrently
      // (secondary rate limits), and a deploy ships tens of issues, not thousands.
      for (const [index, key] of [...new Set(keys)].entries()) {
        const ref = parseIssueRef(key, repo);
        if (!ref) {
          results.push({ key, state: 'not-found' });
          continue;
        }
        if (Date.now() >= deadline) {
          throw new TrackerError(`the time budget ran out after reading ${index} of ${new Set(keys).size} GitHub issues; raise \`timeout\``);
        }
        requests++;
        results.push(await lookUpOne(api, key, ref));
      }
      return results;
    },
  };
}

async function lookUpOne(api: GitHubApi, key: string, ref: IssueRef): Promise<IssueLookup> {
  let lookup;
  try {
    lookup = await api.getIssue(ref);
  } catch (error) {
    // A token GitHub rejects is the user's to fix; anything else means the tracker could not be read.
    if (error instanceof GateInputError || error instanceof TrackerError) throw error;
    throw new TrackerError(`GitHub issue ${key} could not be read: ${(error as Error).message}`, { cause: error });
  }
  switch (lookup.state) {
    case 'found':
      return { key, state: 'found', issue: trackerIssue(key, lookup.issue) };
    case 'moved': {
      const movedTo = formatIssueRef(lookup.movedTo);
      return { key, state: 'moved', movedTo, issue: trackerIssue(movedTo, lookup.issue) };
    }
    case 'not-found':
      return { key, state: 'not-found' };
    case 'forbidden':
      return { key, state: 'forbidden', reason: lookup.reason };
  }
}

function trackerIssue(key: string, issue: GitHubIssue): TrackerIssue {
  return {
    key,
    url: issue.url,
    title: issue.title,
    status: issueStatus(issue),
    ...(issue.assignee ? { assignee: issue.assignee } : {}),
    labels: issue.labels,
    fields: {},
  };
}

/** `open`, `closed`, or `closed (completed)` / `closed (not planned)` when GitHub says why. */
export function issueStatus(issue: Pick<GitHubIssue, 'state' | 'stateReason'>): string {
  if (issue.state === 'open' || !issue.stateReason) return issue.state;
  return `closed (${issue.stateReason.replace(/_/g, ' ')})`;
}

/** `acme/shop#12` (or `#12`, in `repo`) as a reference, or undefined when it is not one. */
export function parseIssueRef(key: string, repo: RepoRef): IssueRef | undefined {
  const match = referencePattern.exec(key.trim());
  if (!match) return undefined;
  return { owner: match[1] ?? repo.owner, repo: match[2] ?? repo.repo, number: Number(match[3]) };
}

export function formatIssueRef(ref: IssueRef): string {
  return `${ref.owner}/${ref.repo}#${ref.number}`;
}
