import { describe, expect, it } from 'vitest';
import { analyzeMigrations } from '../../../src/gates/migrations/analyze.js';
import { DEFAULT_RATES } from '../../../src/gates/migrations/cost/rates.js';
import { findDangers, SMALL_TABLE_ROWS } from '../../../src/gates/migrations/dangers.js';
import type { Adapter, Operation, ParsedMigration, TableStats } from '../../../src/gates/migrations/model.js';
import type { Finding } from '../../../src/model/result.js';

const LARGE = 1_000_000;
const STATS: ReadonlyMap<string, TableStats> = new Map(
  Object.entries({ orders: 5_000_000, users: 200_000, tiny: 200, unsized: null, accounts: 3_000_000 }).map(([table, rows]) => [
    table,
    { table, rows, rowsUncertainty: 0 },
  ]),
);

const op = (kind: Operation['kind'], table: string | undefined, fields: Partial<Operation> = {}): Operation => ({
  kind,
  table,
  safetyAssured: false,
  line: 7,
  code: `${kind} :${table ?? ''}`,
  ...fields,
});

const migration = (operations: Operation[], fields: Partial<ParsedMigration> = {}): ParsedMigration => ({
  file: 'db/migrate/20260101000000_change_things.rb',
  format: 'activerecord',
  version: '20260101000000',
  name: 'ChangeThings',
  operations,
  transactional: true,
  irreversible: [],
  parseErrors: [],
  ...fields,
});

function dangers(
  migrations: ParsedMigration[],
  options: { adapter?: Adapter; largeTableRows?: number; stats?: ReadonlyMap<string, TableStats>; databaseVersion?: string } = {},
): Finding[] {
  const adapter = options.adapter ?? 'postgresql';
  const analyzed = analyzeMigrations(migrations, {
    adapter,
    databaseVersion: options.databaseVersion ?? (adapter === 'postgresql' ? '15.4' : '8.0.36'),
    stats: options.stats ?? STATS,
    rates: DEFAULT_RATES[adapter],
  });
  return findDangers(analyzed, { adapter, largeTableRows: options.largeTableRows ?? LARGE });
}

const one = (operation: Operation, fields: Partial<ParsedMigration> = {}, options: Parameters<typeof dangers>[1] = {}) => dangers([migration([operation], fields)], options);
const summary = (findings: Finding[]) => findings.map((f) => `${f.id} ${f.severity}`);
const withRows = (rows: number | null) => new Map([['t', { table: 't', rows, rowsUncertainty: 0 }]]);

describe('findDangers: each check', () => {
  it('non-concurrent index: names the lock, the size and the safe way', () => {
    const findings = one(op('add_index', 'orders', { columns: ['email'], code: 'add_index :orders, :email' }));
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({
      id: 'migrations/non-concurrent-index',
      severity: 'error',
      title: 'Index built without CONCURRENTLY: orders',
      file: 'db/migrate/20260101000000_change_things.rb',
      line: 7,
    });
    expect(finding!.message).toMatch(/^`add_index :orders, :email` holds a lock that blocks writes on `orders` \(5M rows\) for /);
    expect(finding!.message).toContain('Instead, write it as `add_index :orders, :email, algorithm: :concurrently` with `disable_ddl_transaction!`.');
  });

  it('non-concurrent index: several columns, and add_reference gets its own advice', () => {
    expect(one(op('add_index', 'orders', { columns: ['a', 'b'] }))[0]!.message).toContain('`add_index :orders, [:a, :b], algorithm: :concurrently`');
    const reference = one(op('add_reference', 'orders', { otherTable: 'users', index: true }));
    expect(summary(reference)).toEqual(['migrations/non-concurrent-index error']);
    expect(reference[0]!.message).toContain('index: { algorithm: :concurrently }');
  });

  it('a concurrent index is fine outside a transaction, and always an error inside one', () => {
    expect(one(op('add_index', 'orders', { concurrently: true }), { transactional: false })).toEqual([]);
    for (const table of ['tiny', 'orders', 'unsized']) {
      expect(summary(one(op('add_index', table, { concurrently: true })))).toEqual(['migrations/concurrent-index-in-transaction error']);
    }
    // Even on a table this deploy creates: PostgreSQL refuses the statement whatever the size.
    const onNew = dangers([migration([op('create_table', 'fresh'), op('add_index', 'fresh', { concurrently: true })])]);
    expect(summary(onNew)).toEqual(['migrations/concurrent-index-in-transaction error']);
    expect(onNew[0]!.message).toContain('disable_ddl_transaction!');
  });

  it('MySQL builds indexes in place: no index finding, and no transaction rules', () => {
    expect(one(op('add_index', 'orders'), {}, { adapter: 'mysql' })).toEqual([]);
    expect(one(op('add_index', 'orders', { concurrently: true }), {}, { adapter: 'mysql' })).toEqual([]);
    expect(one(op('backfill', 'orders', { sql: 'UPDATE orders SET a = 1' }), {}, { adapter: 'mysql' })).toEqual([]);
  });

  it('table rewrite: a type change, and a volatile default with its own advice', () => {
    const change = one(op('change_column', 'orders', { columnType: 'bigint' }));
    expect(summary(change)).toEqual(['migrations/table-rewrite error']);
    expect(change[0]!.message).toContain('blocks reads and writes on `orders`');
    expect(change[0]!.message).toContain('add a new column of the new type');
    const volatile = one(op('add_column', 'orders', { columns: ['token'], default: { kind: 'sql', sql: 'gen_random_uuid()' } }));
    expect(summary(volatile)).toEqual(['migrations/table-rewrite error']);
    expect(volatile[0]!.message).toContain('add the column without the default');
    // A constant default on PostgreSQL 11+ is a catalog change.
    expect(one(op('add_column', 'orders', { default: { kind: 'constant', value: 0 } }))).toEqual([]);
    // MySQL's COPY of a type change blocks writes; the advice is an online schema change tool.
    const mysql = one(op('change_column', 'orders', { columnType: 'bigint' }), {}, { adapter: 'mysql' });
    expect(summary(mysql)).toEqual(['migrations/table-rewrite error']);
    expect(mysql[0]!.message).toContain('gh-ost');
    // An INPLACE rebuild lets DML go on: not a dangerous lock.
    expect(one(op('add_column', 'orders'), {}, { adapter: 'mysql', databaseVersion: '5.7.44' })).toEqual([]);
  });

  it('NOT NULL that scans, and DROP NOT NULL that does not', () => {
    const scan = one(op('change_column_null', 'orders', { columns: ['email'], nullable: false }));
    expect(summary(scan)).toEqual(['migrations/not-null-scan error']);
    expect(scan[0]!.message).toContain('"email IS NOT NULL", name: "email_null", validate: false');
    expect(one(op('change_column_null', 'orders', { columns: ['email'], nullable: true }))).toEqual([]);
  });

  it('foreign key validated under a lock on both tables, and not when added NOT VALID', () => {
    const fk = one(op('add_foreign_key', 'orders', { otherTable: 'accounts' }));
    expect(summary(fk)).toEqual(['migrations/foreign-key-validation error']);
    expect(fk[0]!.message).toContain('on `orders` and `accounts`');
    expect(fk[0]!.message).toContain('add_foreign_key :orders, :accounts, validate: false');
    expect(one(op('add_foreign_key', 'orders', { otherTable: 'accounts', validate: false }))).toEqual([]);
    expect(one(op('validate_foreign_key', 'orders', { otherTable: 'accounts' }))).toEqual([]);
  });

  it('check constraint validated under a lock', () => {
    expect(summary(one(op('add_check_constraint', 'orders')))).toEqual(['migrations/check-constraint-scan error']);
    expect(one(op('add_check_constraint', 'orders', { validate: false }))).toEqual([]);
  });

  it('backfill inside the transaction, and not with disable_ddl_transaction!', () => {
    const backfill = one(op('backfill', 'orders', { sql: 'UPDATE orders SET a = 1' }));
    expect(summary(backfill)).toEqual(['migrations/backfill-in-transaction error']);
    expect(backfill[0]!.message).toContain('in_batches');
    expect(one(op('backfill', 'orders', { sql: 'UPDATE orders SET a = 1' }), { transactional: false })).toEqual([]);
  });

  it('an early lock says it is held until the migration commits', () => {
    const findings = dangers([migration([op('change_column_null', 'users', { nullable: false }), op('backfill', 'orders', { sql: 'UPDATE orders SET a = 1' })])]);
    expect(summary(findings)).toEqual(['migrations/not-null-scan warning', 'migrations/backfill-in-transaction error']);
    expect(findings[0]!.message).toContain(', held until the migration commits');
    // The last operation's lock ends at the commit anyway.
    expect(findings[1]!.message).not.toContain('held until the migration commits');
  });

  it('rename and remove_column are at least warnings, even on a tiny table', () => {
    expect(summary(one(op('rename_column', 'tiny', { columns: ['a', 'b'] })))).toEqual(['migrations/rename warning']);
    expect(summary(one(op('rename_table', 'tiny', { otherTable: 'small' })))).toEqual(['migrations/rename warning']);
    expect(summary(one(op('remove_column', 'tiny', { columns: ['name'] })))).toEqual(['migrations/remove-column warning']);
    expect(one(op('remove_column', 'tiny', { columns: ['name'] }))[0]!.message).toContain('self.ignored_columns += ["name"]');
    // On a large table they follow its size, and on MySQL too (the column cache is Rails').
    expect(summary(one(op('rename_column', 'orders', { columns: ['a', 'b'] })))).toEqual(['migrations/rename error']);
    expect(summary(one(op('remove_column', 'orders', { columns: ['a'] }), {}, { adapter: 'mysql' }))).toEqual(['migrations/remove-column error']);
    // A table this deploy creates has no old code using it.
    expect(dangers([migration([op('create_table', 'fresh'), op('rename_column', 'fresh'), op('remove_column', 'fresh')])])).toEqual([]);
  });

  it('safe operations have no finding', () => {
    const findings = dangers([
      migration([op('create_table', 'fresh'), op('add_column', 'orders', { columns: ['a'] }), op('add_index', 'fresh'), op('remove_index', 'orders', { concurrently: true })]),
      migration([op('add_index', 'orders', { concurrently: true }), op('validate_check_constraint', 'orders')], { transactional: false }),
    ]);
    expect(findings).toEqual([]);
  });
});

describe('findDangers: severity by size', () => {
  const indexOn = (rows: number | null, largeTableRows = LARGE) => one(op('add_index', 't'), {}, { stats: withRows(rows), largeTableRows }).map((f) => f.severity);

  it('notice below 10k rows, warning below large-table-rows, error from it', () => {
    expect(SMALL_TABLE_ROWS).toBe(10_000);
    expect(indexOn(0)).toEqual(['notice']);
    expect(indexOn(9_999)).toEqual(['notice']);
    expect(indexOn(10_000)).toEqual(['warning']);
    expect(indexOn(999_999)).toEqual(['warning']);
    expect(indexOn(1_000_000)).toEqual(['error']);
    expect(indexOn(50_000, 50_000)).toEqual(['error']);
    expect(indexOn(49_999, 50_000)).toEqual(['warning']);
  });

  it('a table of unknown size is a warning (the unknown-size finding decides), a new table has none', () => {
    expect(indexOn(null)).toEqual(['warning']);
    expect(one(op('add_index', 'not_in_stats')).map((f) => f.severity)).toEqual(['warning']);
    expect(dangers([migration([op('create_table', 't')]), migration([op('add_index', 't')])], { stats: withRows(50_000_000) })).toEqual([]);
  });
});

describe('findDangers: safety_assured', () => {
  it('turns a dangerous lock into a notice that still explains it', () => {
    const [finding, ...rest] = one(op('add_index', 'orders', { safetyAssured: true, code: 'add_index :orders, :email' }));
    expect(rest).toEqual([]);
    expect(finding!.id).toBe('migrations/non-concurrent-index');
    expect(finding!.severity).toBe('notice');
    expect(finding!.message).toContain('blocks writes on `orders` (5M rows)');
    expect(finding!.message).toContain('Instead, write it as');
    expect(finding!.message).toMatch(/Marked `safety_assured`, so it does not block this deploy\.$/);
    expect(one(op('remove_column', 'tiny', { safetyAssured: true }))[0]!.severity).toBe('notice');
  });

  it('cannot make a concurrent index inside a transaction work: still an error', () => {
    const [finding] = one(op('add_index', 'orders', { concurrently: true, safetyAssured: true }));
    expect(finding!.severity).toBe('error');
    expect(finding!.message).toContain('`safety_assured` does not help');
    expect(finding!.message).not.toContain('does not block this deploy');
  });
});
