// Turns validated refs and SHAs into commits: all names looked up in one git process, and what
// is missing fetched from the remote when the gate may fetch.

import type { Git } from '../git/git.js';
import { isFullSha, looksLikeSha } from '../git/refs.js';
import { GateInputError } from '../model/result.js';

export interface CommitName {
  ref: string;
  /** The input the ref came from, for the error message. */
  inputName: string;
}

export interface FetchContext {
  remote: string;
  shallow: boolean;
  notes: string[];
}

/** Resolves every name to a full commit SHA, or throws a GateInputError naming the input. */
export async function resolveCommits(git: Git, names: readonly CommitName[], remote: string, fetch: FetchContext | undefined): Promise<string[]> {
  const resolved: Array<string | undefined> = names.map(() => undefined);

  // A branch or tag name is fetched first when fetching is allowed: production is what the remote
  // says now, not what an earlier fetch left in refs/remotes.
  if (fetch) {
    for (const [index, name] of names.entries()) if (isName(name.ref)) resolved[index] = await fetchRef(git, name.ref, fetch);
  }

  const pending = names.map((name, index) => ({ name, index })).filter(({ index }) => resolved[index] === undefined);
  const candidates = pending.map(({ name }) => candidateNames(name.ref, remote));
  const found = await lookUpCommits(git, candidates.flat());
  for (const [position, { index }] of pending.entries()) resolved[index] = candidates[position]!.map((name) => found.get(name)).find(Boolean);

  for (const [index, name] of names.entries()) {
    if (resolved[index] === undefined && fetch && !isName(name.ref)) resolved[index] = await fetchRef(git, name.ref, fetch);
    if (resolved[index] === undefined) {
      const where = fetch ? `locally or on remote ${fetch.remote}` : 'locally (fetching is off)';
      throw new GateInputError(
        `input \`${name.inputName}\` ${JSON.stringify(name.ref)} does not name a commit ${where}. ` +
          'Check the branch, tag or SHA; on a runner, refs are fetched from origin, so the token needs `contents: read`.',
      );
    }
  }
  return resolved as string[];
}

function isName(ref: string): boolean {
  return !looksLikeSha(ref) && ref !== 'HEAD';
}

/**
 * A bare branch name means the branch as the remote has it: a local branch of the same name may
 * be stale (on a runner it does not exist at all).
 */
function candidateNames(ref: string, remote: string): string[] {
  if (isFullSha(ref) || ref.startsWith('refs/') || ref === 'HEAD' || ref.startsWith(`${remote}/`)) return [ref];
  return [`refs/remotes/${remote}/${ref}`, ref];
}

/** Looks names up in one git process: each line of `git cat-file --batch-check` answers one. */
async function lookUpCommits(git: Git, names: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (names.length === 0) return found;
  const output = await git.run(['cat-file', '--batch-check=%(objectname) %(objecttype)'], {
    input: names.map((name) => `${name}^{commit}\n`).join(''),
  });
  output
    .split('\n')
    .slice(0, names.length)
    .forEach((line, index) => {
      const [sha, type] = line.split(' ');
      if (type === 'commit' && sha && isFullSha(sha)) found.set(names[index]!, sha);
    });
  return found;
}

/** Fetches `ref` from the remote as a branch, a tag or a SHA; returns its commit or undefined. */
async function fetchRef(git: Git, ref: string, fetch: FetchContext): Promise<string | undefined> {
  const depth = fetch.shallow ? ['--depth=1'] : [];
  const attempts: Array<{ refspec: string; local: string }> = [];
  if (looksLikeSha(ref) || ref.startsWith('refs/')) {
    attempts.push({ refspec: ref, local: 'FETCH_HEAD' });
  } else {
    const branch = ref.startsWith(`${fetch.remote}/`) ? ref.slice(fetch.remote.length + 1) : ref;
    attempts.push({ refspec: `+refs/heads/${branch}:refs/remotes/${fetch.remote}/${branch}`, local: `refs/remotes/${fetch.remote}/${branch}` });
    attempts.push({ refspec: `+refs/tags/${branch}:refs/tags/${branch}`, local: `refs/tags/${branch}` });
  }
  for (const attempt of attempts) {
    const result = await git.fetch(['--no-tags', '--no-recurse-submodules', '--quiet', ...depth, fetch.remote, attempt.refspec]);
    if (result.exitCode !== 0) continue;
    const sha = (await lookUpCommits(git, [attempt.local])).get(attempt.local);
    if (sha) {
      fetch.notes.push(`fetched ${ref} from ${fetch.remote}${depth.length ? ' (depth 1)' : ''}`);
      return sha;
    }
  }
  return undefined;
}
