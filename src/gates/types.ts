// The plug-in shape every gate exports, registered once in ./registry.ts.

import type { GitHubApi, RepoRef } from '../github/port.js';
import type { InputSpec, ParsedInputs } from '../inputs/spec.js';
import type { GateResult } from '../model/result.js';

export interface OutputSpec {
  name: string;
  description: string;
}

/** Who and what started this run: what an override is recorded against, and where links point. */
export interface RunContext {
  /** The commit meant by "this deploy" when `sha` is not given. */
  defaultSha: string;
  actor?: string;
  eventName?: string;
  repo?: RepoRef;
  /** e.g. https://github.com, or a GitHub Enterprise Server URL. */
  serverUrl?: string;
  runUrl?: string;
}

export interface GateEnvironment {
  workspace: string;
  run: RunContext;
  /** Undefined without a token or a repository: gates that need it end in `error`. */
  github?: GitHubApi;
  /** May the gate fetch missing history from origin? */
  fetch: boolean;
}

export interface GateDefinition<Data = unknown> {
  name: string;
  /** The question the gate answers, for --help, action.yml and the README. */
  question: string;
  inputs: readonly InputSpec[];
  outputs: readonly OutputSpec[];
  /** Observes and decides. May throw: the runner turns a throw into an `error` result. */
  run(inputs: ParsedInputs, env: GateEnvironment): Promise<GateResult<Data>>;
  /** The gate's own outputs (besides `verdict` and `result`). */
  outputValues(result: GateResult<Data>): Record<string, string>;
  /** Markdown evidence (tables) for the job summary. `links` builds URLs when the repo is known. */
  renderMarkdown(result: GateResult<Data>, links: Links): string;
  /** Plain-text evidence for the terminal. */
  renderText(result: GateResult<Data>): string;
}

export interface Links {
  commit(sha: string): string | undefined;
  user(login: string): string | undefined;
}
