// `deploy-gates migrations calibrate` through runCli, against the machine's real PostgreSQL.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { modelSeconds } from '../../src/gates/migrations/cost/estimate.js';
import { MODELLED_CLASSES, parseRatesFile } from '../../src/gates/migrations/cost/rates.js';
import { availableDatabase, connectTestDatabase } from '../helpers/databases.js';

const dir = mkdtempSync(join(tmpdir(), 'dg-calibrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), isTerminal: false, env, cwd: dir };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

describe('deploy-gates migrations calibrate: usage', () => {
  it('--help prints the usage and the options, exit 0', async () => {
    const run = await cli(['migrations', 'calibrate', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: deploy-gates migrations calibrate --database-url URL \[--rows N\] \[--output FILE\]/);
    for (const option of ['--database-url', '--rows', '--output']) expect(run.stdout).toContain(`  ${option}`);
    expect(run.stderr).toBe('');
  });

  it('without a URL (and no $DATABASE_URL): exit 2 with the calibrate usage', async () => {
    const run = await cli(['migrations', 'calibrate', '--rows', '2000']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^deploy-gates migrations calibrate: --database-url is required \(or set \$DATABASE_URL\)/);
    expect(run.stderr).toContain('Usage: deploy-gates migrations calibrate --database-url URL');
  });

  it('an unknown option or a stray argument: exit 2 with the usage', async () => {
    const unknown = await cli(['migrations', 'calibrate', '--database-url', 'postgresql://h/db', '--bogus', 'x']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown option --bogus');
    expect(unknown.stderr).toContain('Usage: deploy-gates migrations calibrate');
    const stray = await cli(['migrations', 'calibrate', 'extra']);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain('unexpected argument "extra"');
  });

  it('too few rows: exit 2 naming --rows, before connecting', async () => {
    const run = await cli(['migrations', 'calibrate', '--database-url', 'postgresql://127.0.0.1:1/x', '--rows', '10']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--rows is "10"; write a whole number of at least 1000.');
    expect(run.stderr).not.toContain('could not connect');
  });

  it('an unreachable server: exit 2 naming --database-url, never the password', async () => {
    const password = 'pw-never-printed';
    const run = await cli(['migrations', 'calibrate', '--rows', '2000'], { DATABASE_URL: `postgresql://u:${password}@127.0.0.1:1/staging` });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('could not connect to postgresql://127.0.0.1:1/staging (`--database-url`)');
    expect(`${run.stdout}${run.stderr}`).not.toContain(password);
  });
});

const postgresUrl = await availableDatabase('postgresql', 'the calibrate command tests');

describe.skipIf(!postgresUrl)('deploy-gates migrations calibrate on the real PostgreSQL', () => {
  it(
    'measures the rates, writes a rates file the gate reads, and drops its scratch schema',
    async () => {
      const password = 'calibrate-s3cret';
      const url = new URL(postgresUrl!);
      url.password = password; // trust authentication ignores it; it must never be printed
      const run = await cli(['migrations', 'calibrate', '--database-url', url.toString(), '--rows', '2000', '--output', 'rates.yml']);
      expect(run.stderr).not.toContain(password);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^calibrating on postgresql:\/\/127\.0\.0\.1:5432\/test \(postgresql \d+\.\d+\) with up to 2,000 rows$/m);
      expect(run.stderr).toContain('wrote rates.yml: use it with `rates: rates.yml`');

      const rates = parseRatesFile('rates.yml', readFileSync(join(dir, 'rates.yml'), 'utf8'));
      expect(rates.adapter).toBe('postgresql');
      expect(rates.measured).toMatchObject({ rows: 2000 });
      expect(rates.measured!.serverVersion).toMatch(/^\d+\.\d+/);
      expect(rates.bytesPerRow).toBeGreaterThan(0);
      for (const name of MODELLED_CLASSES) {
        const measured = rates.classes[name];
        for (const value of Object.values(measured)) expect(Number.isFinite(value) && value >= 0).toBe(true);
      }
      // Whatever this machine measured, rewriting a million rows costs more than a catalog change.
      const shape = { rows: 1_000_000, bytes: 1_000_000 * rates.bytesPerRow, indexCount: 1 };
      expect(modelSeconds(rates, 'rewrite', shape)).toBeGreaterThan(modelSeconds(rates, 'metadata', shape));

      // The scratch schema it named is gone (other test files may calibrate at the same time,
      // so only the one this run created is checked by name).
      const scratch = /deploy_gates_calibration_[0-9a-f]+/.exec(run.stderr)?.[0];
      expect(scratch, 'the progress output names the scratch schema').toBeDefined();
      const client = await connectTestDatabase('postgresql');
      try {
        const left = await client.query("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'deploy\\_gates\\_calibration\\_%'");
        expect(left.map((row) => row['nspname'])).not.toContain(scratch);
      } finally {
        await client.close();
      }
    },
    180_000,
  );

  it('writes the rates file to standard output without --output', { timeout: 180_000 }, async () => {
    const run = await cli(['migrations', 'calibrate', '--rows', '1000'], { DATABASE_URL: postgresUrl! });
    expect(run.code, run.stderr).toBe(0);
    expect(parseRatesFile('stdout', run.stdout)).toMatchObject({ adapter: 'postgresql', measured: { rows: 1000 } });
  });
});
