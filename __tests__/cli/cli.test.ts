import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { cleanupRepos, createRepo, type TestRepo } from '../helpers/git-repo.js';
import { NODE24, PROJECT_ROOT } from '../helpers/runner.js';

let repo: TestRepo;

beforeAll(() => {
  repo = createRepo();
  repo.branch('production');
  repo.commits(2, 'ENG-5 change');
  repo.checkoutNew('old', 'production~0');
});

afterAll(cleanupRepos);

async function cli(argv: string[], { isTerminal = false } = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    isTerminal,
    env: {},
    cwd: repo.dir,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

describe('deploy-gates CLI', () => {
  it('exits 0 on pass and prints text on a terminal', async () => {
    const run = await cli(['forward-sha', '--sha', 'main', '--production-ref', 'production'], { isTerminal: true });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('forward-sha: PASS: 2 commits ahead of production');
  });

  it('exits 1 on fail, with json when not on a terminal', async () => {
    const run = await cli(['forward-sha', '--sha', 'production', '--production-ref', 'main']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ gate: 'forward-sha', verdict: 'fail', data: { relation: 'behind', behindBy: 2 } });
  });

  it('passes the same rollback with --allow-rollback, and --mode report never fails', async () => {
    expect((await cli(['forward-sha', '--sha', 'production', '--production-ref', 'main', '--allow-rollback'])).code).toBe(0);
    expect((await cli(['forward-sha', '--sha', 'production', '--production-ref', 'main', '--mode', 'report'])).code).toBe(0);
  });

  it('fails a redeploy with --no-allow-redeploy', async () => {
    const run = await cli(['forward-sha', '--sha', 'main', '--production-ref', 'main', '--no-allow-redeploy', '--format', 'text']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('forward-sha/redeploy');
  });

  it('renders markdown on request', async () => {
    const run = await cli(['forward-sha', '--sha', 'main', '--production-ref', 'production', '--format', 'markdown']);
    expect(run.stdout.split('\n')[0]).toBe('## ✅ forward-sha: pass');
  });

  it('exits 2 when it cannot decide, naming the input', async () => {
    const run = await cli(['forward-sha', '--sha', 'main', '--production-ref', 'nope', '--format', 'text']);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('input `production-ref` "nope" does not name a commit locally (fetching is off)');
  });

  it('exits 2 on bad usage, with a pointer to --help', async () => {
    const unknown = await cli(['forward-sha', '--production', 'x']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown option --production');
    expect(unknown.stderr).toContain('deploy-gates forward-sha --help');
    const badEnum = await cli(['forward-sha', '--format', 'yaml']);
    expect(badEnum.code).toBe(2);
    expect(badEnum.stderr).toContain('accepted values: text, json, markdown');
    expect((await cli(['rollback'])).code).toBe(2);
    expect((await cli([])).code).toBe(2);
  });

  it('has --help on every command', async () => {
    const main = await cli(['--help']);
    expect(main.code).toBe(0);
    expect(main.stdout).toContain('forward-sha');
    const gate = await cli(['forward-sha', '--help']);
    expect(gate.code).toBe(0);
    expect(gate.stdout).toContain('--production-ref <value>');
    expect(gate.stdout).toContain('--allow-rollback');
    expect((await cli(['run', '--help'])).stdout).toContain('Usage: deploy-gates run');
  });

  it('runs from the committed bundle under Node 24 through bin/deploy-gates.js', async () => {
    const run = await promisify(execFile)(NODE24, [join(PROJECT_ROOT, 'bin/deploy-gates.js'), 'forward-sha', '--cwd', repo.dir, '--sha', 'main', '--production-ref', 'production', '--format', 'json']);
    expect(JSON.parse(run.stdout)).toMatchObject({ verdict: 'pass', data: { relation: 'ahead', aheadBy: 2 } });
    const failing = await promisify(execFile)(NODE24, [join(PROJECT_ROOT, 'bin/deploy-gates.js'), 'forward-sha', '--cwd', repo.dir, '--sha', 'production', '--production-ref', 'main']).catch(
      (error: { code: number }) => error,
    );
    expect((failing as { code: number }).code).toBe(1);
  });

  it('runs the demo end to end', async () => {
    const run = await promisify(execFile)(NODE24, [join(PROJECT_ROOT, 'bin/deploy-gates.js'), 'demo']);
    expect(run.stdout).toContain('forward-sha: PASS');
    expect(run.stdout).toContain('forward-sha: FAIL');
    expect(run.stdout).toContain('pre-deploy: PASS');
    expect(run.stdout).toContain('pre-deploy: FAIL');
    expect(run.stdout).toContain('Every scenario ended as expected.');
  });
});
