import { describe, expect, it } from 'vitest';
import { estimateOperation, modelSeconds, type EstimateContext } from '../../../../src/gates/migrations/cost/estimate.js';
import { DEFAULT_RATES, type ClassRates, type Rates } from '../../../../src/gates/migrations/cost/rates.js';
import type { Operation, TableStats } from '../../../../src/gates/migrations/model.js';

const flat = (fixedSeconds: number, perRowSeconds: number, spread = 0.2, extra: Partial<ClassRates> = {}): ClassRates => ({
  fixedSeconds,
  perRowSeconds,
  perByteSeconds: 0,
  perIndexRowSeconds: 0,
  spread,
  coldFactor: 1,
  ...extra,
});

/** Round numbers, so the expected ranges can be worked out by hand. */
const rates: Rates = {
  version: 1,
  adapter: 'postgresql',
  bytesPerRow: 100,
  classes: {
    metadata: flat(0.01, 0, 0.5),
    scan: flat(0, 1e-6),
    rewrite: flat(0, 1e-5, 0.2, { perIndexRowSeconds: 1e-6, perByteSeconds: 1e-8 }),
    index: flat(1, 2e-6),
    'concurrent-index': flat(0, 4e-6),
    backfill: flat(0, 1e-5),
  },
};

const op = (fields: Partial<Operation> & Pick<Operation, 'kind'>): Operation => ({ table: 'orders', safetyAssured: false, line: 1, code: '', ...fields });
const stats = (rows: number | null, fields: Partial<TableStats> = {}): TableStats => ({ table: 'orders', rows, rowsUncertainty: 0, ...fields });
const estimate = (operation: Operation, context: Partial<EstimateContext> = {}) =>
  estimateOperation(operation, { adapter: 'postgresql', databaseVersion: '15.4', table: stats(1_000_000), rates, ...context });

describe('estimateOperation', () => {
  it('gives a range around the model: fixed + rows × rate, divided and multiplied by 1 + spread', () => {
    // scan: 1e6 rows × 1e-6 = 1 s; spread 0.2 → 1 / 1.2 .. 1 × 1.2
    expect(estimate(op({ kind: 'change_column_null', nullable: false })).estimate).toEqual({ low: 0.83, high: 1.2 });
    // index: 1 + 1e6 × 2e-6 = 3 s → 2.5 .. 3.6
    expect(estimate(op({ kind: 'add_index' })).estimate).toEqual({ low: 2.5, high: 3.6 });
  });

  it('uses bytes and the index count for a rewrite', () => {
    const shape = { rows: 1_000_000, bytes: 200_000_000, indexCount: 3 };
    // 1e6 × 1e-5 + 2e8 × 1e-8 + 1e6 × 3 × 1e-6 = 10 + 2 + 3
    expect(modelSeconds(rates, 'rewrite', shape)).toBeCloseTo(15);
    const oneIndex = estimate(op({ kind: 'change_column', columnType: 'bigint' }), { table: stats(1_000_000, { bytes: 200_000_000, indexCount: 1 }) });
    const threeIndexes = estimate(op({ kind: 'change_column', columnType: 'bigint' }), { table: stats(1_000_000, { bytes: 200_000_000, indexCount: 3 }) });
    expect(threeIndexes.estimate).toEqual({ low: 12, high: 18 });
    expect(oneIndex.estimate!.high).toBeLessThan(threeIndexes.estimate!.high);
  });

  it('falls back to the calibrated bytes per row when the stats have no bytes', () => {
    // 1e6 × 1e-5 + (1e6 × 100) × 1e-8 + 1e6 × 1 × 1e-6 = 10 + 1 + 1
    expect(estimate(op({ kind: 'change_column', columnType: 'bigint' })).estimate).toEqual({ low: 10, high: 15 });
  });

  it('widens by the row count uncertainty, ±50% by default for InnoDB', () => {
    const mysqlRates: Rates = { ...rates, adapter: 'mysql' };
    const innodb = estimate(op({ kind: 'backfill' }), { adapter: 'mysql', databaseVersion: '8.0.36', rates: mysqlRates, table: { table: 'orders', rows: 1_000_000 } });
    // 10 s ± 50% rows, then the model's spread: 5 / 1.2 .. 15 × 1.2
    expect(innodb.estimate).toEqual({ low: 4.1, high: 18 });
    expect(innodb.reason).toMatch(/±50%/);
    const exact = estimate(op({ kind: 'backfill' }), { adapter: 'mysql', databaseVersion: '8.0.36', rates: mysqlRates, table: stats(1_000_000) });
    expect(exact.estimate).toEqual({ low: 8.3, high: 12 });
    // PostgreSQL's reltuples: ±10% when the stats do not say.
    expect(estimate(op({ kind: 'backfill' }), { table: { table: 'orders', rows: 1_000_000 } }).estimate).toEqual({ low: 7.5, high: 14 });
  });

  it('keeps the fixed part out of the uncertainty', () => {
    // index: fixed 1 + 2 s variable; ±50% rows → 1 + 1 .. 1 + 3, then the spread
    expect(estimate(op({ kind: 'add_index' }), { table: stats(1_000_000, { rowsUncertainty: 0.5 }) }).estimate).toEqual({ low: 1.6, high: 4.8 });
  });

  it('rounds outwards to two significant digits, never a false precision', () => {
    const result = estimate(op({ kind: 'change_column_null', nullable: false }), { table: stats(1_234_567) });
    // 1.234567 s → 1.02881 .. 1.48148
    expect(result.estimate).toEqual({ low: 1, high: 1.5 });
  });

  it('gives metadata a small constant range and says the lock wait is not in it', () => {
    const result = estimate(op({ kind: 'add_column' }), { table: stats(50_000_000) });
    expect(result.costClass).toBe('metadata');
    expect(result.estimate).toEqual({ low: 0.0066, high: 0.015 });
    expect(result.reason).toMatch(/longest transaction/);
  });

  it('treats a table created earlier in the deploy as empty', () => {
    const result = estimate(op({ kind: 'add_index' }), { table: 'new' });
    expect(result.costClass).toBe('index');
    expect(result.estimate).toEqual({ low: 0.0066, high: 0.015 });
    expect(result.reason).toMatch(/empty/);
  });

  it('returns null when the table size or the class is unknown', () => {
    expect(estimate(op({ kind: 'add_index' }), { table: undefined }).estimate).toBeNull();
    const neverAnalysed = estimate(op({ kind: 'add_index' }), { table: stats(null) });
    expect(neverAnalysed.estimate).toBeNull();
    expect(neverAnalysed.reason).toMatch(/size of orders is unknown/);
    expect(estimate(op({ kind: 'unknown', method: 'helper' })).estimate).toBeNull();
    expect(estimate(op({ kind: 'execute', sql: 'SELECT 1' })).estimate).toBeNull();
  });

  it('estimates a backfill on the rows it touches, and a narrowed one up to the whole table', () => {
    expect(estimate(op({ kind: 'backfill', rowsAffected: 3 })).estimate!.high).toBeLessThan(0.001);
    const narrowed = estimate(op({ kind: 'backfill', partial: true }));
    expect(narrowed.estimate).toEqual({ low: 0.0066, high: 12 });
    expect(narrowed.reason).toMatch(/unknown amount/);
  });

  it('reads the referenced table too when validating a foreign key', () => {
    const fk = op({ kind: 'add_foreign_key', otherTable: 'users' });
    // 1 s for orders + 0.5 s for users
    expect(estimate(fk, { otherTable: stats(500_000) }).estimate).toEqual({ low: 1.2, high: 1.8 });
    expect(estimate(fk, { otherTable: 'new' }).estimate).toEqual({ low: 0.83, high: 1.2 });
    const unknown = estimate(fk, { otherTable: undefined });
    expect(unknown.estimate).toEqual({ low: 0.83, high: 1.2 });
    expect(unknown.reason).toMatch(/size of users is unknown/);
    expect(estimate(op({ kind: 'validate_foreign_key', otherTable: 'users' }), { otherTable: stats(null) }).reason).toMatch(/size of users is unknown/);
  });

  it('applies the cold-cache factor only to tables larger than the buffer cache', () => {
    const coldRates: Rates = { ...rates, cacheBytes: 50_000_000, classes: { ...rates.classes, scan: flat(0.5, 1e-6, 0.2, { coldFactor: 3 }) } };
    const shape = (bytes: number) => ({ rows: 1_000_000, bytes, indexCount: 1 });
    // Only the size part is multiplied: 0.5 + 1 × 3
    expect(modelSeconds(coldRates, 'scan', shape(100_000_000))).toBeCloseTo(3.5);
    expect(modelSeconds(coldRates, 'scan', shape(40_000_000))).toBeCloseTo(1.5);
    expect(modelSeconds({ ...coldRates, cacheBytes: undefined }, 'scan', shape(100_000_000))).toBeCloseTo(1.5);
    const result = estimate(op({ kind: 'change_column_null', nullable: false }), { rates: coldRates, table: stats(1_000_000, { bytes: 100_000_000 }) });
    expect(result.reason).toMatch(/larger than the server's buffer cache.*3x slower/);
    expect(estimate(op({ kind: 'change_column_null', nullable: false }), { rates: coldRates, table: stats(1_000_000, { bytes: 40_000_000 }) }).reason).not.toMatch(/buffer cache/);
  });

  it('notes the unbounded wait of a concurrent index build', () => {
    expect(estimate(op({ kind: 'add_index', concurrently: true })).reason).toMatch(/waiting for every transaction/);
  });

  it('works with the shipped defaults for both adapters', () => {
    for (const adapter of ['postgresql', 'mysql'] as const) {
      const result = estimateOperation(op({ kind: 'backfill' }), { adapter, table: stats(1_000_000), rates: DEFAULT_RATES[adapter] });
      expect(result.estimate!.low).toBeGreaterThan(0);
      expect(result.estimate!.high).toBeGreaterThan(result.estimate!.low);
    }
  });
});
