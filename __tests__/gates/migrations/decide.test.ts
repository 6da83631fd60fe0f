import { describe, expect, it } from 'vitest';
import { analyzeMigrations } from '../../../src/gates/migrations/analyze.js';
import { DEFAULT_RATES } from '../../../src/gates/migrations/cost/rates.js';
import { compareVersions, decideMigrations, type MigrationsObservation, type MigrationsSettings } from '../../../src/gates/migrations/decide.js';
import type { MigrationFormat, Operation, ParsedMigration, TableStats } from '../../../src/gates/migrations/model.js';

const STATS: ReadonlyMap<string, TableStats> = new Map(
  Object.entries({ orders: 5_000_000, users: 200_000, tiny: 100 }).map(([table, rows]) => [table, { table, rows, rowsUncertainty: 0 }]),
);

const op = (kind: Operation['kind'], table: string | undefined, fields: Partial<Operation> = {}): Operation => ({
  kind,
  table,
  safetyAssured: false,
  line: 3,
  code: `${kind} :${table ?? ''}`,
  ...fields,
});

const migration = (version: string, operations: Operation[], fields: Partial<ParsedMigration> = {}): ParsedMigration => ({
  file: `db/migrate/${version}_m.rb`,
  format: 'activerecord',
  version,
  name: `M${version}`,
  operations,
  transactional: true,
  irreversible: [],
  parseErrors: [],
  ...fields,
});

const SETTINGS: MigrationsSettings = {
  adapter: 'postgresql',
  databaseVersion: '15.4',
  maxDurationSeconds: 1800,
  failOnIrreversible: true,
  unknownTables: 'error',
  unknownOperations: 'error',
  largeTableRows: 1_000_000,
};

function decide(migrations: ParsedMigration[], settings: Partial<MigrationsSettings> = {}, observation: Partial<MigrationsObservation> = {}) {
  const merged = { ...SETTINGS, ...settings };
  const analyzed = analyzeMigrations(migrations, { adapter: merged.adapter, databaseVersion: merged.databaseVersion, stats: STATS, rates: DEFAULT_RATES[merged.adapter] });
  return decideMigrations(
    { migrations: analyzed, newestInProduction: {}, changedExisting: [], statsSource: 'table-stats db/stats.yml', ratesSource: 'built-in rates', adapterSource: 'config/database.yml', ...observation },
    merged,
  );
}

const ids = (result: ReturnType<typeof decide>) => result.findings.map((f) => `${f.id} ${f.severity}`).sort();

const SAFE = () => migration('20260105000000', [op('add_column', 'orders', { columns: ['note'] })]);
/** A backfill of 5M rows: tens of seconds with the built-in rates, far from 1 s and from 30 min. */
const SLOW = (version = '20260106000000') => migration(version, [op('backfill', 'orders', { sql: 'UPDATE orders SET a = 1' })], { transactional: false });

describe('decideMigrations: verdicts', () => {
  it('never passes an unknown estimate without saying why: a costly statement with no table (CLUSTER alone) is an error', () => {
    const result = decide([migration('20260107000000', [op('execute', undefined, { method: 'CLUSTER', code: 'CLUSTER' })], { transactional: false })]);
    expect(result.data.total).toBeNull();
    expect(result.verdict).toBe('error');
    expect(ids(result)).toEqual(['migrations/table-rewrite warning', 'migrations/unknown-operation error']);
    expect(decide([migration('20260107000000', [op('execute', undefined, { method: 'CLUSTER', code: 'CLUSTER' })], { transactional: false })], { unknownOperations: 'warn' }).verdict).toBe('pass');
  });

  it('passes a deploy without migrations', () => {
    const result = decide([]);
    expect(result).toMatchObject({ gate: 'migrations', verdict: 'pass', summary: 'no migrations in this deploy', findings: [] });
    expect(result.data.total).toEqual({ low: 0, high: 0 });
  });

  it('passes a safe migration, with its evidence', () => {
    const result = decide([SAFE()]);
    expect(result.verdict).toBe('pass');
    expect(result.findings).toEqual([]);
    expect(result.summary).toMatch(/^1 migration, estimated .+ in total$/);
    const [row] = result.data.migrations;
    expect(row).toMatchObject({ file: 'db/migrate/20260105000000_m.rb', version: '20260105000000', outOfOrder: false, transactional: true });
    expect(row!.operations).toEqual([
      expect.objectContaining({ kind: 'add_column', table: 'orders', rows: 5_000_000, costClass: 'metadata', lock: 'reads-and-writes', line: 3, safetyAssured: false }),
    ]);
    expect(result.data).toMatchObject({ adapter: 'postgresql', databaseVersion: '15.4', statsSource: 'table-stats db/stats.yml', ratesSource: 'built-in rates', adapterSource: 'config/database.yml' });
    expect(result.data.total).toEqual(row!.estimate);
  });

  it('fails on a definite broken rule even when other parts are unknown', () => {
    const result = decide([
      migration('20260105000000', [op('add_index', 'not_in_stats'), op('unknown', 'orders', { method: 'my_helper' })], { irreversible: [{ message: 'remove_column without a type', line: 4 }] }),
    ]);
    expect(ids(result)).toEqual([
      'migrations/irreversible error',
      'migrations/non-concurrent-index warning',
      'migrations/unknown-operation error',
      'migrations/unknown-table-size error',
    ]);
    expect(result.verdict).toBe('fail');
    // The summary names the broken rule, not the unknowns.
    expect(result.summary).toMatch(/; Irreversible migration M20260105000000$/);
  });

  it('cannot decide when only unknowns stand in the way: error, never pass', () => {
    const unknownTable = decide([migration('20260105000000', [op('add_index', 'not_in_stats', { concurrently: true })], { transactional: false })]);
    expect(unknownTable.verdict).toBe('error');
    expect(ids(unknownTable)).toEqual(['migrations/unknown-table-size error']);
    expect(unknownTable.findings[0]!.title).toBe('No size for not_in_stats');
    expect(unknownTable.findings[0]!.message).toContain('table-stats db/stats.yml has no row count for `not_in_stats`');
    expect(unknownTable.summary).toMatch(/total duration unknown; No size for not_in_stats$/);

    const unknownOperation = decide([migration('20260105000000', [op('unknown', 'orders', { method: 'my_helper', code: 'my_helper :orders' })])]);
    expect(unknownOperation.verdict).toBe('error');
    expect(ids(unknownOperation)).toEqual(['migrations/unknown-operation error']);
    expect(unknownOperation.findings[0]!.message).toMatch(/^`my_helper :orders`: the gate does not know what `my_helper` does/);

    const parseError = decide([migration('20260105000000', [], { parseErrors: [{ message: 'unexpected end', line: 9 }] })]);
    expect(parseError.verdict).toBe('error');
    expect(parseError.findings).toEqual([expect.objectContaining({ id: 'migrations/parse-error', severity: 'error', line: 9, file: 'db/migrate/20260105000000_m.rb' })]);
  });

  it('with unknown-tables / unknown-operations: warn, unknowns pass with warnings', () => {
    const tables = decide([migration('20260105000000', [op('add_index', 'not_in_stats', { concurrently: true })], { transactional: false })], { unknownTables: 'warn' });
    expect(tables.verdict).toBe('pass');
    expect(ids(tables)).toEqual(['migrations/unknown-table-size warning']);
    expect(tables.data.total).toBeNull();

    const operations = decide([migration('20260105000000', [op('unknown', 'orders', { method: 'my_helper' })])], { unknownOperations: 'warn' });
    expect(operations.verdict).toBe('pass');
    expect(ids(operations)).toEqual(['migrations/unknown-operation warning']);
    // One setting does not cover the other.
    expect(decide([migration('20260105000000', [op('unknown', 'orders', { method: 'my_helper' })])], { unknownTables: 'warn' }).verdict).toBe('error');
  });

  it('fails on a dangerous lock on a large table, warns on a smaller one', () => {
    expect(decide([migration('20260105000000', [op('add_index', 'orders')])]).verdict).toBe('fail');
    const smaller = decide([migration('20260105000000', [op('add_index', 'users')])]);
    expect(smaller.verdict).toBe('pass');
    expect(ids(smaller)).toEqual(['migrations/non-concurrent-index warning']);
    expect(decide([migration('20260105000000', [op('add_index', 'users')])], { largeTableRows: 200_000 }).verdict).toBe('fail');
  });
});

describe('decideMigrations: durations', () => {
  const slowHigh = () => decide([SLOW()]).data.migrations[0]!.estimate!.high;

  it('fails a migration whose upper estimate exceeds max-duration, not one that equals it', () => {
    const high = slowHigh();
    expect(high).toBeGreaterThan(5);
    expect(high).toBeLessThan(1800);
    const over = decide([SLOW()], { maxDurationSeconds: high - 0.01 });
    expect(over.verdict).toBe('fail');
    expect(ids(over)).toEqual(['migrations/too-long error']);
    expect(over.findings[0]!.message).toContain('over `max-duration`');
    expect(over.summary).toContain('; M20260106000000 may take');
    expect(decide([SLOW()], { maxDurationSeconds: high }).verdict).toBe('pass');
  });

  it('warns over warn-duration, and max-duration wins over it', () => {
    const high = slowHigh();
    const slow = decide([SLOW()], { warnDurationSeconds: high - 0.01 });
    expect(slow.verdict).toBe('pass');
    expect(ids(slow)).toEqual(['migrations/slow warning']);
    expect(slow.findings[0]!.message).toContain('over `warn-duration`');
    expect(ids(decide([SLOW()], { warnDurationSeconds: 1, maxDurationSeconds: 2 }))).toEqual(['migrations/too-long error']);
    expect(decide([SLOW()], { warnDurationSeconds: high }).findings).toEqual([]);
  });

  it('fails when the migrations together exceed max-total-duration, though each is under max-duration', () => {
    const high = slowHigh();
    const both = [SLOW('20260106000000'), SLOW('20260107000000')];
    const result = decide(both, { maxDurationSeconds: high, maxTotalDurationSeconds: high * 1.5 });
    expect(result.verdict).toBe('fail');
    expect(ids(result)).toEqual(['migrations/total-too-long error']);
    expect(result.data.total!.high).toBeCloseTo(2 * high, 6);
    expect(decide(both, { maxDurationSeconds: high, maxTotalDurationSeconds: 2 * high + 0.01 }).verdict).toBe('pass');
    // An unknown total is not compared (the unknown itself is reported).
    const unknown = decide([SLOW(), migration('20260108000000', [op('unknown', 'orders')])], { maxTotalDurationSeconds: 0.001, unknownOperations: 'warn' });
    expect(ids(unknown)).toEqual(['migrations/unknown-operation warning']);
  });
});

describe('decideMigrations: irreversible, out of order, edited', () => {
  const irreversible = () => migration('20260105000000', [op('remove_column', 'tiny', { columns: ['name'] })], { irreversible: [{ message: 'remove_column needs the column type to be reversed', line: 3 }] });

  it('fails an irreversible migration unless fail-on-irreversible is off', () => {
    const result = decide([irreversible()]);
    expect(result.verdict).toBe('fail');
    expect(result.findings.find((f) => f.id === 'migrations/irreversible')).toMatchObject({
      severity: 'error',
      line: 3,
      message: '20260105000000 M20260105000000 cannot be rolled back: remove_column needs the column type to be reversed',
    });
    expect(result.data.migrations[0]!.irreversible).toHaveLength(1);

    const off = decide([irreversible()], { failOnIrreversible: false });
    expect(off.verdict).toBe('pass');
    expect(ids(off)).toEqual(['migrations/irreversible warning', 'migrations/remove-column warning']);
    expect(off.findings.find((f) => f.id === 'migrations/irreversible')!.message).toMatch(/\(fail-on-irreversible is off\)$/);
  });

  it('fails a migration older than the newest production has run, per format', () => {
    const newestInProduction: Partial<Record<MigrationFormat, string>> = { activerecord: '20260110000000', flyway: '1.10' };
    const old = decide([migration('20260109000000', [op('add_column', 'orders')])], {}, { newestInProduction });
    expect(old.verdict).toBe('fail');
    expect(ids(old)).toEqual(['migrations/out-of-order error']);
    expect(old.findings[0]!.message).toContain('is older than 20260110000000');
    expect(old.data.migrations[0]!.outOfOrder).toBe(true);

    expect(decide([migration('20260111000000', [op('add_column', 'orders')])], {}, { newestInProduction }).verdict).toBe('pass');
    // Equal is not older (the same version cannot be added twice; it is not this rule's business).
    expect(decide([migration('20260110000000', [op('add_column', 'orders')])], {}, { newestInProduction }).verdict).toBe('pass');

    const flyway = (version: string) => migration(version, [op('add_column', 'orders')], { format: 'flyway', file: `db/migration/V${version}__x.sql` });
    // Versions compare by number: 1.9 is older than 1.10, 1.11 newer.
    expect(decide([flyway('1.9')], {}, { newestInProduction }).verdict).toBe('fail');
    expect(decide([flyway('1.11')], {}, { newestInProduction }).verdict).toBe('pass');
    expect(decide([flyway('2')], {}, { newestInProduction }).verdict).toBe('pass');
    // A repeatable migration has no version and always runs after the versioned ones.
    expect(decide([flyway('')], {}, { newestInProduction }).data.migrations[0]!.outOfOrder).toBe(false);
    // Production's newest of another format says nothing about this one.
    expect(decide([migration('1', [op('add_column', 'orders')], { format: 'golang-migrate' })], {}, { newestInProduction }).verdict).toBe('pass');
  });

  it('warns about migrations production has run that the deploy edits or deletes', () => {
    const result = decide([], {}, {
      changedExisting: [
        { path: 'db/migrate/20250101000000_a.rb', status: 'modified' },
        { path: 'db/migrate/20250102000000_b.rb', status: 'deleted' },
      ],
    });
    expect(result.verdict).toBe('pass');
    expect(result.findings).toEqual([
      expect.objectContaining({ id: 'migrations/edited-after-run', severity: 'warning', file: 'db/migrate/20250101000000_a.rb' }),
      expect.objectContaining({ id: 'migrations/deleted-after-run', severity: 'warning', file: 'db/migrate/20250102000000_b.rb' }),
    ]);
    expect(result.data.changedExisting).toHaveLength(2);
  });
});

describe('compareVersions', () => {
  it('compares numeric parts as numbers, of any length', () => {
    expect(compareVersions('20240101000000', '20240102000000')).toBeLessThan(0);
    expect(compareVersions('20240102000000', '20240101000000')).toBeGreaterThan(0);
    expect(compareVersions('1.2', '1.10')).toBeLessThan(0);
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareVersions('9', '10')).toBeLessThan(0);
    // Beyond Number's precision: digits compare as strings of equal length.
    expect(compareVersions('99999999999999999999', '99999999999999999998')).toBeGreaterThan(0);
  });

  it('treats leading zeros, missing parts and _ like Flyway does', () => {
    expect(compareVersions('001', '1')).toBe(0);
    expect(compareVersions('1', '1.0')).toBe(0);
    expect(compareVersions('1.0.0', '1')).toBe(0);
    expect(compareVersions('1_2', '1.2')).toBe(0);
    expect(compareVersions('1.2.1', '1.2')).toBeGreaterThan(0);
    expect(compareVersions('0', '0')).toBe(0);
  });
});
