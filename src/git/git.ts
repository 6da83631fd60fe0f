// The git adapter: runs git with argument arrays (never a shell), in one working tree.
//
// Local queries go through node:child_process directly: git runs on every gate's hot path, and
// @actions/exec costs ~6 ms to load plus a PATH search per call (measured by `npm run bench`).
// Fetches, which are slow anyway and worth seeing in the Actions log, go through @actions/exec.

import { spawn } from 'node:child_process';

export interface GitOutput {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface GitRunOptions {
  /** Written to git's standard input. */
  input?: string;
  /** Added to the environment. */
  env?: Record<string, string>;
}

export class GitError extends Error {
  override name = 'GitError';
  constructor(
    readonly args: readonly string[],
    readonly output: GitOutput,
  ) {
    super(`git ${args[0] ?? ''} failed (exit ${output.exitCode}): ${output.stderr.trim() || output.stdout.trim()}`);
  }
}

/** A fetch must never sit waiting for a password nobody will type; messages must be parseable. */
const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };

export class Git {
  constructor(readonly cwd: string) {}

  /** Runs git and returns its output whatever the exit code. */
  async tryRun(args: readonly string[], options: GitRunOptions = {}): Promise<GitOutput> {
    let stdout = '';
    const { exitCode, stderr } = await this.spawnGit(args, options, (chunk) => (stdout += chunk as string));
    return { exitCode, stdout, stderr };
  }

  /** Runs git and returns stdout; throws GitError on a non-zero exit. */
  async run(args: readonly string[], options: GitRunOptions = {}): Promise<string> {
    const output = await this.tryRun(args, options);
    if (output.exitCode !== 0) throw new GitError(args, output);
    return output.stdout;
  }

  /** Runs git and returns stdout as bytes (file contents, where lengths are in bytes); throws GitError on failure. */
  async runBytes(args: readonly string[], options: GitRunOptions = {}): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const result = await this.spawnGit(args, options, (chunk) => chunks.push(chunk as Buffer), 'bytes');
    if (result.exitCode !== 0) throw new GitError(args, { ...result, stdout: '' });
    return Buffer.concat(chunks);
  }

  /**
   * Runs git and hands stdout to `onRecord` one record at a time (records end with `separator`),
   * so that a listing of a million commits never sits in memory whole.
   */
  async forEachRecord(args: readonly string[], separator: string, onRecord: (record: string) => void): Promise<void> {
    let pending = '';
    const result = await this.spawnGit(args, {}, (chunk) => {
      // One flat string per chunk and a moving cursor: re-slicing `pending` after every record
      // made V8 flatten a rope per record, quadratic in the chunk (95 ms on a 20,000-commit range).
      const text = pending + (chunk as string);
      let start = 0;
      let end: number;
      while ((end = text.indexOf(separator, start)) !== -1) {
        onRecord(text.slice(start, end));
        start = end + separator.length;
      }
      pending = text.slice(start);
    });
    if (result.exitCode !== 0) throw new GitError(args, { ...result, stdout: '' });
    if (pending.trim()) onRecord(pending);
  }

  /** `git fetch ...` through @actions/exec, its progress on stderr (the Actions log, never stdout). */
  async fetch(args: readonly string[]): Promise<GitOutput> {
    const { getExecOutput } = await import('@actions/exec');
    return getExecOutput('git', ['fetch', ...args], {
      cwd: this.cwd,
      ignoreReturnCode: true,
      outStream: process.stderr,
      env: { ...definedEnv(process.env), ...GIT_ENV },
    });
  }

  private spawnGit(
    args: readonly string[],
    { input, env }: GitRunOptions,
    onStdout: (chunk: string | Buffer) => void,
    stdoutAs: 'text' | 'bytes' = 'text',
  ): Promise<{ exitCode: number; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', args, {
        cwd: this.cwd,
        env: { ...process.env, ...GIT_ENV, ...env },
        stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      });
      let stderr = '';
      if (stdoutAs === 'text') child.stdout!.setEncoding('utf8');
      child.stdout!.on('data', onStdout);
      child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.on('error', (error) => reject(new Error(`cannot run git in ${this.cwd}: ${error.message}`)));
      child.on('close', (code, signal) => resolve({ exitCode: code ?? (signal ? 128 : 1), stderr }));
      if (input !== undefined) child.stdin!.end(input);
    });
  }
}

function definedEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined) result[key] = value;
  return result;
}
