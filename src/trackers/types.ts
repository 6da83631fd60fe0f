// The tracker plug-in shape (jira, github, file), registered once in ./registry.ts, in the
// manner of Renovate's datasources: each folder exports the same small interface.

/** What a tracker knows of one issue key. Every key asked for comes back, found or not. */
export type IssueLookup =
  | { key: string; state: 'found'; issue: TrackerIssue }
  /** The tracker does not know the key (404, or absent from the answer). */
  | { key: string; state: 'not-found' }
  /** The issue moved to another project: `movedTo` is its key now. */
  | { key: string; state: 'moved'; movedTo: string; issue: TrackerIssue }
  /** The token may not see the issue: reported as such, never as fine. */
  | { key: string; state: 'forbidden'; reason: string };

export interface TrackerIssue {
  key: string;
  url?: string;
  title: string;
  status: string;
  assignee?: string;
  /** Labels (github tracker). */
  labels: string[];
  /** Values of the fields asked for, by the name or id the policy used; undefined or '' when empty. */
  fields: Record<string, string | undefined>;
}

export interface TrackerRequest {
  keys: readonly string[];
  /** Field names or ids (`Risk Assessment`, `customfield_10010`) whose values the policy needs. */
  fields: readonly string[];
  /** The whole gate's deadline: retries (429/503 with Retry-After) stop before it. */
  deadline: number;
}

export interface Tracker {
  readonly name: string;
  /**
   * The project keys that exist (for key discovery when `project-keys` is not given), or
   * undefined when the tracker has no projects (github: references are `#123`).
   */
  listProjects(deadline: number): Promise<string[] | undefined>;
  lookUp(request: TrackerRequest): Promise<IssueLookup[]>;
  /** Requests made so far, for the report and the benchmark. */
  readonly requestCount: number;
}

/** A tracker that could not be read: the gate ends in `error`, never in `pass`. */
export class TrackerError extends Error {
  override name = 'TrackerError';
}
