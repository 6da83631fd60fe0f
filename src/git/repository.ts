// Facts about the checkout that decide how the range can be read: is it a repository, is it
// shallow, which commits form the shallow boundary. Read from the git directory where possible:
// each git process costs ~4 ms, and these facts are needed on every run.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { GateInputError } from '../model/result.js';
import type { Git } from './git.js';
import { isFullSha } from './refs.js';

export interface Repository {
  gitDir: string;
}

export async function openRepository(git: Git): Promise<Repository> {
  const dotGit = join(git.cwd, '.git');
  if (isDirectory(dotGit)) return { gitDir: dotGit };
  // A worktree or submodule (.git is a file), or a folder inside the checkout: ask git.
  const probe = await git.tryRun(['rev-parse', '--git-dir']);
  if (probe.exitCode !== 0) {
    throw new GateInputError(
      `${git.cwd} is not a git repository (${probe.stderr.trim()}); run actions/checkout before this gate, ` +
        'or set `history: github` to read the history from the GitHub API instead.',
    );
  }
  const gitDir = probe.stdout.trim();
  return { gitDir: isAbsolute(gitDir) ? gitDir : resolve(git.cwd, gitDir) };
}

/** The commits whose parents a shallow clone lacks; empty when the history is complete. */
export function shallowBoundary(repository: Repository): string[] {
  const path = join(repository.gitDir, 'shallow');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter(isFullSha);
}

export function isShallow(repository: Repository): boolean {
  return shallowBoundary(repository).length > 0;
}

export async function remoteNames(git: Git): Promise<string[]> {
  return (await git.run(['remote'])).split('\n').filter(Boolean);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
