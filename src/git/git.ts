// The git adapter: runs git with argument arrays (never a shell), in one working tree.

import { getExecOutput } from '@actions/exec';

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

export class Git {
  constructor(readonly cwd: string) {}

  /** Runs git and returns its output whatever the exit code. */
  async tryRun(args: readonly string[], { input, env }: GitRunOptions = {}): Promise<GitOutput> {
    return getExecOutput('git', [...args], {
      cwd: this.cwd,
      silent: true,
      ignoreReturnCode: true,
      input: input === undefined ? undefined : Buffer.from(input),
      // A fetch must never sit waiting for a password nobody will type.
      env: { ...stringEnv(process.env), GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...env },
    });
  }

  /** Runs git and returns stdout; throws GitError on a non-zero exit. */
  async run(args: readonly string[], options: GitRunOptions = {}): Promise<string> {
    const output = await this.tryRun(args, options);
    if (output.exitCode !== 0) throw new GitError(args, output);
    return output.stdout;
  }
}

function stringEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined) result[key] = value;
  return result;
}
