import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calibrate, fitRates, formatRatesFile, type Timing } from '../../src/calibration/calibrate.js';
import { fitNonNegative } from '../../src/calibration/fit.js';
import type { SqlClient } from '../../src/databases/client.js';
import { MODELLED_CLASSES, parseRatesFile } from '../../src/gates/migrations/cost/rates.js';
import type { Adapter } from '../../src/gates/migrations/model.js';
import { availableDatabase, connectTestDatabase, scratchName } from '../helpers/databases.js';

describe('fitNonNegative', () => {
  it('recovers exact coefficients', () => {
    const features = [
      [1, 100, 1000],
      [1, 400, 2000],
      [1, 200, 9000],
    ];
    const truth = [0.5, 0.01, 0.001];
    const targets = features.map((row) => row.reduce((sum, value, i) => sum + value * (truth[i] ?? 0), 0));
    fitNonNegative(features, targets).forEach((value, i) => expect(value).toBeCloseTo(truth[i] ?? 0, 9));
  });

  it('clamps a negative coefficient to zero and refits the others', () => {
    // Bigger tables a little faster per row: an unconstrained fit gives a negative fixed part.
    const coefficients = fitNonNegative(
      [
        [1, 100],
        [1, 1000],
      ],
      [0.9, 10],
    );
    expect(coefficients[0]).toBe(0);
    expect(coefficients[1]).toBeGreaterThan(0);
  });
});

describe('fitRates', () => {
  const timing = (costClass: Timing['costClass'], rows: number, seconds: number, bytes = rows * 100, indexCount = 2): Timing => ({ costClass, rows, bytes, indexCount, seconds });

  it('takes the fixed part from the metadata timings, fits the per-row part, and charges rewrites per rebuilt index', () => {
    const classes = fitRates(
      [
        timing('metadata', 1000, 0.002),
        timing('metadata', 4000, 0.004),
        timing('metadata', 2000, 0.003),
        // Every class pays the metadata's fixed 0.003 s, then grows with the table.
        timing('scan', 1000, 0.013),
        timing('scan', 4000, 0.043),
        timing('scan', 2000, 0.023, 2000 * 100),
        timing('index', 1000, 0.033),
        timing('index', 4000, 0.123),
        timing('rewrite', 1000, 0.003 + 1000 * 2 * 0.00002 + 1000 * 0.0001),
        timing('rewrite', 4000, 0.003 + 4000 * 2 * 0.00002 + 4000 * 0.0001),
      ],
      'mysql',
    );
    expect(classes.metadata).toMatchObject({ fixedSeconds: 0.003, perRowSeconds: 0 });
    expect(classes.scan.fixedSeconds).toBe(0.003);
    expect(classes.scan.perRowSeconds + 100 * classes.scan.perByteSeconds).toBeCloseTo(0.00001, 9);
    // index 3e-5 per row minus the 1e-5 of its own scan
    expect(classes.rewrite.perIndexRowSeconds).toBeCloseTo(0.00002, 9);
    expect(classes.rewrite.perRowSeconds + 100 * classes.rewrite.perByteSeconds).toBeCloseTo(0.0001, 8);
    // Not measured on MySQL: the online index build stands in for it.
    expect(classes['concurrent-index']).toEqual(classes.index);
    // Not measured at all: the defaults.
    expect(classes.backfill.perRowSeconds).toBeGreaterThan(0);
  });
});

for (const adapter of ['postgresql', 'mysql'] as const) {
  const url = await availableDatabase(adapter, 'the calibration tests');
  describe.skipIf(!url)(`calibrate on ${adapter}`, () => {
    let client: SqlClient;
    beforeAll(async () => {
      client = await connectTestDatabase(adapter);
    });
    afterAll(async () => {
      await client?.close();
    });

    it('measures positive, finite rates and drops its scratch namespace', async () => {
      const scratch = scratchName('deploy_gates_calibration_test');
      const progress: string[] = [];
      const rates = await calibrate(client, { rows: 20_000, scratch, onProgress: (message) => progress.push(message) });
      expect(rates.adapter).toBe(adapter);
      expect(rates.bytesPerRow).toBeGreaterThan(50);
      for (const costClass of MODELLED_CLASSES) {
        for (const value of Object.values(rates.classes[costClass])) expect(Number.isFinite(value) && value >= 0, costClass).toBe(true);
      }
      for (const costClass of ['scan', 'rewrite', 'index', 'backfill'] as const) {
        const { perRowSeconds, perByteSeconds } = rates.classes[costClass];
        expect(perRowSeconds + perByteSeconds, `${costClass} grows with the table`).toBeGreaterThan(0);
      }
      expect(rates.classes.metadata.fixedSeconds).toBeGreaterThan(0);
      expect(rates.measured).toMatchObject({ serverVersion: client.serverVersion, rows: 20_000 });
      expect(rates.cacheBytes).toBeGreaterThan(1_000_000);
      expect(progress.some((message) => message.includes('rewrite on 20000 rows'))).toBe(true);
      expect(await scratchExists(client, adapter, scratch)).toBe(false);
      // What it writes is what the gate reads.
      // (to the three significant digits the file keeps)
      const read = parseRatesFile('rates.yml', formatRatesFile(rates));
      const perRow = (r: typeof rates) => r.classes.backfill.perRowSeconds + r.classes.backfill.perByteSeconds * rates.bytesPerRow;
      expect(perRow(read) / perRow(rates)).toBeCloseTo(1, 2);
    });

    it('drops its scratch namespace after a failure too', async () => {
      const scratch = scratchName('deploy_gates_calibration_test');
      let created = false;
      const failing: SqlClient = {
        ...client,
        async query(sql, params) {
          // Fail in the middle: after the scratch namespace and the first table exist.
          if (/^\s*ALTER TABLE/i.test(sql)) {
            created = await scratchExists(client, adapter, scratch);
            throw new Error('injected failure');
          }
          return client.query(sql, params);
        },
      };
      await expect(calibrate(failing, { rows: 5_000, scratch })).rejects.toThrow('injected failure');
      expect(created).toBe(true);
      expect(await scratchExists(client, adapter, scratch)).toBe(false);
    });

    it('refuses too few rows', async () => {
      await expect(calibrate(client, { rows: 10 })).rejects.toThrow(/at least 1000/);
    });
  });
}

async function scratchExists(client: SqlClient, adapter: Adapter, name: string): Promise<boolean> {
  const rows =
    adapter === 'postgresql'
      ? await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [name])
      : await client.query('SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?', [name]);
  return rows.length > 0;
}
