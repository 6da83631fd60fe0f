import { describe, expect, it } from 'vitest';
import { analyzeMigrations, sumEstimates, tablesWithoutSize, type AnalysisContext } from '../../../src/gates/migrations/analyze.js';
import { DEFAULT_RATES } from '../../../src/gates/migrations/cost/rates.js';
import type { Adapter, Estimate, Operation, ParsedMigration, TableStats } from '../../../src/gates/migrations/model.js';

let nextLine = 1;
const op = (kind: Operation['kind'], table: string | undefined, fields: Partial<Operation> = {}): Operation => ({
  kind,
  table,
  safetyAssured: false,
  line: nextLine++,
  code: `${kind} :${table ?? ''}`,
  ...fields,
});

const migration = (version: string, operations: Operation[], fields: Partial<ParsedMigration> = {}): ParsedMigration => ({
  file: `db/migrate/${version}_m${version}.rb`,
  format: 'activerecord',
  version,
  name: `M${version}`,
  operations,
  transactional: true,
  irreversible: [],
  parseErrors: [],
  ...fields,
});

const sizes = (entries: Record<string, number | null>): Map<string, TableStats> =>
  new Map(Object.entries(entries).map(([table, rows]) => [table, { table, rows, rowsUncertainty: 0 }]));

const context = (adapter: Adapter, stats: Map<string, TableStats>, databaseVersion = adapter === 'postgresql' ? '15.4' : '10.11.19-MariaDB'): AnalysisContext => ({
  adapter,
  databaseVersion,
  stats,
  rates: DEFAULT_RATES[adapter],
});

const STATS = sizes({ orders: 5_000_000, users: 200_000, audit_events: null });
const pg = (migrations: ParsedMigration[], stats = STATS) => analyzeMigrations(migrations, context('postgresql', stats));
const add = (a: Estimate, b: Estimate): Estimate => ({ low: a.low + b.low, high: a.high + b.high });

describe('analyzeMigrations: tables created in the deploy', () => {
  it('treats create_table itself, and later operations on the table, as new, whatever the stats say', () => {
    // The stats have an `orders` table, but this deploy creates one (a rebuilt table): it is empty.
    const [first, second] = pg([
      migration('1', [op('create_table', 'orders'), op('add_index', 'orders', { columns: ['email'] })]),
      migration('2', [op('change_column', 'orders', { columnType: 'bigint' })]),
    ]);
    expect(first!.operations.map((o) => o.rows)).toEqual(['new', 'new']);
    expect(second!.operations[0]!.rows).toBe('new');
    // A rewrite of an empty table costs a catalog change, not 5M rows.
    const onEmpty = second!.operations[0]!.cost;
    expect(onEmpty.costClass).toBe('rewrite');
    expect(onEmpty.reason).toMatch(/created earlier in this deploy/);
    const onProduction = pg([migration('3', [op('change_column', 'orders', { columnType: 'bigint' })])])[0]!.operations[0]!.cost;
    expect(onEmpty.estimate!.high).toBeLessThan(onProduction.estimate!.low);
    expect(onProduction.estimate!.low).toBeGreaterThan(1);
  });

  it('follows a new table through a rename, and forgets the old name', () => {
    const [analyzed] = pg([
      migration('1', [
        op('create_table', 'draft_things'),
        op('rename_table', 'draft_things', { otherTable: 'things' }),
        op('add_index', 'things', { columns: ['a'] }),
        op('add_index', 'draft_things', { columns: ['a'] }),
      ]),
    ]);
    expect(analyzed!.operations.map((o) => o.rows)).toEqual(['new', 'new', 'new', null]);
    expect(tablesWithoutSize([analyzed!])).toEqual(['draft_things']);
  });

  it('keeps the production size of a table renamed earlier in the deploy', () => {
    const [analyzed] = pg([migration('1', [op('rename_table', 'orders', { otherTable: 'purchases' }), op('add_index', 'purchases', { columns: ['a'] })])]);
    expect(analyzed!.operations.map((o) => o.rows)).toEqual([5_000_000, 5_000_000]);
    expect(analyzed!.operations[1]!.cost.estimate!.low).toBeGreaterThan(1);
    expect(tablesWithoutSize([analyzed!])).toEqual([]);
  });

  it('forgets a created table once it is dropped', () => {
    const [analyzed] = pg([migration('1', [op('create_table', 'orders'), op('drop_table', 'orders'), op('add_index', 'orders', { columns: ['a'] })])]);
    expect(analyzed!.operations.map((o) => o.rows)).toEqual(['new', 'new', 5_000_000]);
  });

  it('reports rows from the stats, null when unknown, undefined without a table', () => {
    const [analyzed] = pg([
      migration('1', [op('add_column', 'users', { columns: ['x'] }), op('add_index', 'audit_events'), op('add_index', 'nowhere'), op('sql_metadata', undefined)]),
    ]);
    expect(analyzed!.operations.map((o) => o.rows)).toEqual([200_000, null, null, undefined]);
  });

  it('finds a schema-qualified table under its bare name, and a bare name under its one qualified entry', () => {
    const stats = sizes({ orders: 5_000_000, 'public.users': 1_200_000, 'a.dup': 1, 'b.dup': 2 });
    const [analyzed] = pg([migration('1', [op('add_index', 'public.orders'), op('add_index', 'users'), op('add_index', 'dup')])], stats);
    // Two schemas hold a `dup`: which one the migration means is not known, so neither is guessed.
    expect(analyzed!.operations.map((o) => o.rows)).toEqual([5_000_000, 1_200_000, null]);
  });
});

describe('analyzeMigrations: how long locks are held', () => {
  it('on PostgreSQL in a transaction, an early lock blocks until the end of the migration', () => {
    const [analyzed] = pg([migration('1', [op('add_column', 'orders', { columns: ['flag'] }), op('backfill', 'orders', { sql: 'UPDATE orders SET flag = true' })])]);
    expect(analyzed!.holdsLocksToEnd).toBe(true);
    const [addColumn, backfill] = analyzed!.operations;
    expect(addColumn!.cost.costClass).toBe('metadata');
    expect(backfill!.cost.costClass).toBe('backfill');
    // The ADD COLUMN itself is instant, but its ACCESS EXCLUSIVE lasts through the backfill.
    expect(addColumn!.blocking).toEqual(add(addColumn!.cost.estimate!, backfill!.cost.estimate!));
    expect(addColumn!.blocking!.low).toBeGreaterThan(addColumn!.cost.estimate!.high);
    expect(backfill!.blocking).toEqual(backfill!.cost.estimate);
    expect(analyzed!.estimate).toEqual(addColumn!.blocking);
  });

  it('counts operations that lock nothing in the time an earlier lock is held, but gives them no blocking', () => {
    const [analyzed] = pg([migration('1', [op('add_column', 'orders'), op('create_table', 'fresh'), op('add_index', 'users', { concurrently: true })])]);
    const [addColumn, create, concurrent] = analyzed!.operations;
    expect(create!.cost.lock).toBe('nothing');
    expect(create!.blocking).toBeNull();
    expect(concurrent!.blocking).toBeNull();
    expect(addColumn!.blocking).toEqual(sumEstimates([addColumn!.cost.estimate, create!.cost.estimate, concurrent!.cost.estimate]));
  });

  it('without a transaction (disable_ddl_transaction!), each lock ends with its statement', () => {
    const [analyzed] = pg([
      migration('1', [op('add_column', 'orders', { columns: ['flag'] }), op('backfill', 'orders', { sql: 'UPDATE orders SET flag = true' })], { transactional: false }),
    ]);
    expect(analyzed!.holdsLocksToEnd).toBe(false);
    for (const operation of analyzed!.operations) expect(operation.blocking).toEqual(operation.cost.estimate);
  });

  it('on MySQL, locks end with the statement even in a "transactional" migration', () => {
    const [analyzed] = analyzeMigrations(
      [migration('1', [op('change_column', 'orders', { columnType: 'bigint' }), op('backfill', 'orders', { sql: 'UPDATE orders SET x = 1' })])],
      context('mysql', STATS),
    );
    expect(analyzed!.holdsLocksToEnd).toBe(false);
    const [change, backfill] = analyzed!.operations;
    expect(change!.cost.lock).toBe('writes');
    expect(change!.blocking).toEqual(change!.cost.estimate);
    expect(backfill!.blocking).toEqual(backfill!.cost.estimate);
  });

  it('an early lock before an operation of unknown duration blocks for an unknown time', () => {
    const [analyzed] = pg([migration('1', [op('add_column', 'orders'), op('unknown', 'orders', { method: 'my_helper' }), op('add_column', 'users')])]);
    const [first, unknown, last] = analyzed!.operations;
    expect(unknown!.cost.estimate).toBeNull();
    expect(first!.blocking).toBeNull();
    expect(unknown!.blocking).toBeNull();
    expect(last!.blocking).toEqual(last!.cost.estimate);
    expect(analyzed!.estimate).toBeNull();
  });
});

describe('sumEstimates', () => {
  it('adds ranges, takes no time for nothing, and is unknown when any part is', () => {
    expect(sumEstimates([])).toEqual({ low: 0, high: 0 });
    expect(sumEstimates([{ low: 1, high: 2 }, { low: 0.5, high: 10 }])).toEqual({ low: 1.5, high: 12 });
    expect(sumEstimates([{ low: 1, high: 2 }, null])).toBeNull();
    expect(sumEstimates([null, { low: 1, high: 2 }])).toBeNull();
  });
});

describe('tablesWithoutSize', () => {
  it('lists only tables whose missing size left an estimate unknown, sorted and once each', () => {
    const analyzed = pg([
      migration('1', [
        op('add_index', 'zebra'),
        op('add_index', 'zebra', { columns: ['b'] }),
        // Catalog-only changes cost the same on any size.
        op('rename_column', 'catalog_only'),
        op('drop_table', 'dropped'),
        // Created first: empty, never unknown.
        op('create_table', 'fresh'),
        op('add_index', 'fresh'),
      ]),
      migration('2', [op('change_column_null', 'audit_events', { nullable: false }), op('add_index', 'orders')]),
    ]);
    expect(tablesWithoutSize(analyzed)).toEqual(['audit_events', 'zebra']);
  });

  it('leaves out a table whose operation is unknown anyway (the unknown-operation finding covers it)', () => {
    const analyzed = pg([migration('1', [op('unknown', 'mystery', { method: 'helper' }), op('execute', 'mystery2', { sql: 'SELECT do_things()' })])]);
    expect(analyzed[0]!.operations.map((o) => o.cost.costClass)).toEqual(['unknown', 'unknown']);
    expect(tablesWithoutSize(analyzed)).toEqual([]);
  });
});
