// Real git repositories in temp dirs, built with the git binary (argument arrays, never a shell),
// with fixed authors and dates so that every run produces the same history shape.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Seconds since the epoch of the first commit; each commit is one minute after the previous one. */
export const EPOCH = 1_767_225_600; // 2026-01-01T00:00:00Z

export const AUTHOR = { name: 'Ada Author', email: 'ada@example.com' };
export const COMMITTER = { name: 'Cyd Committer', email: 'cyd@example.com' };

/** Environment for every git the helpers run: no system or user config, fixed identities. */
export function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    LC_ALL: 'C',
    GIT_AUTHOR_NAME: AUTHOR.name,
    GIT_AUTHOR_EMAIL: AUTHOR.email,
    GIT_COMMITTER_NAME: COMMITTER.name,
    GIT_COMMITTER_EMAIL: COMMITTER.email,
    ...extra,
  };
}

export function runGit(cwd: string, args: readonly string[], options: { env?: Record<string, string>; input?: string } = {}): string {
  return execFileSync('git', [...args], {
    cwd,
    env: gitEnv(options.env),
    input: options.input,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  }).trim();
}

const createdDirs: string[] = [];

/** A new empty temp dir, removed by `cleanupRepos()`. */
export function makeTempDir(prefix = 'deploy-gates-git-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  createdDirs.push(dir);
  return dir;
}

/** Removes every dir the helpers created; call it in afterAll/afterEach. */
export function cleanupRepos(): void {
  for (const dir of createdDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface CommitOptions {
  /** Write this file (relative path) with `content`; without it the commit is empty. */
  file?: string;
  content?: string;
  author?: { name: string; email: string };
}

export class TestRepo {
  /** Seconds past EPOCH of the next commit; shared by every commit helper so dates always grow. */
  private clock: number;

  constructor(
    readonly dir: string,
    clock = 0,
  ) {
    this.clock = clock;
  }

  get url(): string {
    return pathToFileURL(this.dir).href;
  }

  git(...args: string[]): string {
    return runGit(this.dir, args);
  }

  private nextDate(): string {
    const seconds = EPOCH + this.clock * 60;
    this.clock += 1;
    return `${seconds} +0000`;
  }

  /** How many commit dates this repo has handed out; a clone starts from it so dates keep growing. */
  get time(): number {
    return this.clock;
  }

  /** Commits on the current branch and returns the new commit's SHA. */
  commit(message: string, options: CommitOptions = {}): string {
    if (options.file !== undefined) {
      const path = join(this.dir, options.file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, options.content ?? `${message}\n`);
      this.git('add', '--', options.file);
    }
    const date = this.nextDate();
    const env: Record<string, string> = { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
    if (options.author) {
      env.GIT_AUTHOR_NAME = options.author.name;
      env.GIT_AUTHOR_EMAIL = options.author.email;
    }
    runGit(this.dir, ['commit', '--quiet', '--allow-empty', '--no-verify', '-m', message], { env });
    return this.head();
  }

  /** `count` empty commits "<prefix> 1".."<prefix> count"; returns their SHAs, oldest first. */
  commits(count: number, prefix: string): string[] {
    const shas: string[] = [];
    for (let i = 1; i <= count; i++) shas.push(this.commit(`${prefix} ${i}`));
    return shas;
  }

  /**
   * Appends `count` commits to `branch` (default: the current branch; `from` starts it at
   * another commit) with git fast-import, and returns the new tip. For hundreds or thousands
   * of commits.
   */
  linear(count: number, options: { branch?: string; prefix?: string; from?: string; file?: string } = {}): string {
    const branch = options.branch ?? this.currentBranch();
    const tip = generateLinearHistory(this.dir, count, {
      branch,
      parent: options.from === undefined ? undefined : this.revParse(options.from),
      prefix: options.prefix,
      file: options.file,
      startTime: EPOCH + this.clock * 60,
    });
    this.clock += count;
    return tip;
  }

  head(): string {
    return this.git('rev-parse', 'HEAD');
  }

  revParse(ref: string): string {
    return this.git('rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`);
  }

  currentBranch(): string {
    return this.git('symbolic-ref', '--short', 'HEAD');
  }

  /** Creates `name` at `start` (default HEAD) without switching to it. */
  branch(name: string, start = 'HEAD'): void {
    this.git('branch', '--quiet', name, start);
  }

  checkout(name: string): void {
    this.git('checkout', '--quiet', name);
  }

  /** Creates `name` at `start` and switches to it. */
  checkoutNew(name: string, start = 'HEAD'): void {
    this.git('checkout', '--quiet', '-b', name, start);
  }

  /** Merges `branch` into the current branch with a merge commit (never fast-forward). */
  merge(branch: string, message = `Merge branch '${branch}'`): string {
    const date = this.nextDate();
    runGit(this.dir, ['merge', '--quiet', '--no-ff', '--no-edit', '-m', message, branch], {
      env: { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
    return this.head();
  }

  /** Switches to a new branch with no history and an empty work tree. */
  orphan(name: string): void {
    this.git('checkout', '--quiet', '--orphan', name);
    this.git('rm', '--quiet', '-r', '-f', '--ignore-unmatch', '.');
  }

  /** Moves `name` to `target`, as a force-push would. */
  forceBranch(name: string, target: string): void {
    this.git('branch', '--quiet', '--force', name, target);
  }

  tag(name: string, target = 'HEAD', options: { annotated?: boolean } = {}): void {
    if (options.annotated) {
      const date = this.nextDate();
      runGit(this.dir, ['tag', '-a', '-m', `Release ${name}`, name, target], {
        env: { GIT_COMMITTER_DATE: date },
      });
    } else {
      this.git('tag', name, target);
    }
  }

  /** Writes an object into the store and returns its SHA (for "not a commit" cases). */
  blob(content: string): string {
    return runGit(this.dir, ['hash-object', '-w', '--stdin'], { input: content });
  }

  isShallow(): boolean {
    return this.git('rev-parse', '--is-shallow-repository') === 'true';
  }

  hasObject(sha: string): boolean {
    try {
      execFileSync('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd: this.dir, env: gitEnv(), stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  }
}

/** `git init -b main` in a new temp dir, optionally with a first commit. */
export function createRepo(options: { initialCommit?: boolean } = {}): TestRepo {
  const dir = makeTempDir();
  runGit(dir, ['init', '--quiet', '-b', 'main']);
  const repo = new TestRepo(dir);
  if (options.initialCommit ?? true) repo.commit('Initial commit', { file: 'README.md', content: '# app\n' });
  return repo;
}

/**
 * Clones `origin` into a new temp dir over file:// (the only way a local clone honours --depth).
 * `depth` makes it shallow (and single-branch, as actions/checkout does).
 */
export function cloneRepo(origin: TestRepo, options: { depth?: number; branch?: string; bare?: boolean } = {}): TestRepo {
  const parent = makeTempDir('deploy-gates-clone-');
  const dir = join(parent, 'work');
  const args = ['clone', '--quiet'];
  if (options.depth !== undefined) args.push(`--depth=${options.depth}`);
  if (options.branch !== undefined) args.push('--branch', options.branch);
  if (options.bare) args.push('--bare');
  args.push(origin.url, dir);
  runGit(parent, args);
  return new TestRepo(dir, origin.time);
}

/**
 * Writes `count` commits onto `branch` with one `git fast-import` process (thousands of commits
 * take well under a second) and returns the new tip. Each commit rewrites `file`, so
 * the commits are real changes. Starts from the branch's current tip when it exists, or from
 * `parent` when given, or as a new root.
 */
export function generateLinearHistory(
  dir: string,
  count: number,
  options: {
    branch?: string;
    parent?: string;
    prefix?: string;
    /** The file each commit rewrites; branches that will be merged should use different files. */
    file?: string;
    startTime?: number;
    author?: { name: string; email: string };
  } = {},
): string {
  if (!Number.isInteger(count) || count < 1) throw new Error(`count must be a positive integer, got ${count}`);
  const branch = options.branch ?? 'main';
  const prefix = options.prefix ?? 'Commit';
  const file = options.file ?? 'history.txt';
  const start = options.startTime ?? EPOCH;
  const author = options.author ?? AUTHOR;
  const parent = options.parent ?? existingTip(dir, branch);

  const chunks: string[] = [];
  for (let i = 1; i <= count; i++) {
    const time = `${start + (i - 1) * 60} +0000`;
    const message = `${prefix} ${i}\n`;
    const content = `${prefix} ${i}\n`;
    chunks.push(
      `commit refs/heads/${branch}\n`,
      `mark :${i}\n`,
      `author ${author.name} <${author.email}> ${time}\n`,
      `committer ${COMMITTER.name} <${COMMITTER.email}> ${time}\n`,
      `data ${Buffer.byteLength(message)}\n${message}`,
      i === 1 ? (parent ? `from ${parent}\n` : '') : `from :${i - 1}\n`,
      `M 100644 inline ${file}\ndata ${Buffer.byteLength(content)}\n${content}\n`,
    );
  }
  chunks.push('done\n');
  runGit(dir, ['fast-import', '--quiet', '--done'], { input: chunks.join('') });

  // Keep the work tree in step when the branch is the one checked out.
  const head = tryGit(dir, ['symbolic-ref', '--quiet', 'HEAD']);
  if (head === `refs/heads/${branch}` && !isBare(dir)) runGit(dir, ['reset', '--quiet', '--hard']);
  return runGit(dir, ['rev-parse', `refs/heads/${branch}`]);
}

function existingTip(dir: string, branch: string): string | undefined {
  return tryGit(dir, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`]);
}

function isBare(dir: string): boolean {
  return runGit(dir, ['rev-parse', '--is-bare-repository']) === 'true';
}

function tryGit(dir: string, args: readonly string[]): string | undefined {
  try {
    return runGit(dir, args) || undefined;
  } catch {
    return undefined;
  }
}
