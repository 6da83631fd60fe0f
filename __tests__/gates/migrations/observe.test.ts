// observeMigrations (and the gate's run) from the sources, on real git repositories: which files
// count, what production has, the order they run in, and where sizes and the adapter come from.

import { afterAll, describe, expect, it } from 'vitest';
import type { GateEnvironment } from '../../../src/gates/types.js';
import { migrations as migrationsGate } from '../../../src/gates/migrations/index.js';
import { MIGRATIONS_INPUTS } from '../../../src/gates/migrations/inputs.js';
import { observeMigrations } from '../../../src/gates/migrations/observe.js';
import { parseInputs } from '../../../src/inputs/spec.js';
import { GateInputError } from '../../../src/model/result.js';
import { availableDatabase } from '../../helpers/databases.js';
import { formatRatesFile } from '../../../src/calibration/format.js';
import { DEFAULT_RATES } from '../../../src/gates/migrations/cost/rates.js';
import { cleanupRepos, createRepo, type TestRepo } from '../../helpers/git-repo.js';

afterAll(cleanupRepos);

const STATS = `tables:
  - {table: orders, rows: 5_000_000}
  - {table: public.users, rows: 1_200_000}
`;
const DATABASE_YML = 'production:\n  adapter: postgresql\n  database: shop\n';
const rails = (className: string, body: string, header = '') => `class ${className} < ActiveRecord::Migration[7.1]\n${header}  def change\n${body}  end\nend\n`;

function inputsOf(values: Record<string, string>) {
  return parseInputs(MIGRATIONS_INPUTS, { fromStep: (name) => values[name], fromConfig: () => undefined });
}

function envOf(repo: TestRepo): GateEnvironment {
  return { workspace: repo.dir, run: { defaultSha: repo.head() }, fetch: false };
}

/** A repository whose `production` branch has `production` files, and whose main adds `deploy` files. */
function repoWith(production: Record<string, string>, deploy: Record<string, string | null>): TestRepo {
  const repo = createRepo();
  for (const [file, content] of Object.entries(production)) repo.commit(`add ${file}`, { file, content });
  repo.branch('production');
  for (const [file, content] of Object.entries(deploy)) {
    if (content === null) {
      repo.git('rm', '--quiet', file);
      repo.commit(`delete ${file}`);
    } else {
      repo.commit(`add ${file}`, { file, content });
    }
  }
  return repo;
}

const observe = (repo: TestRepo, values: Record<string, string> = {}) =>
  observeMigrations(inputsOf({ 'production-ref': 'production', 'table-stats': 'db/stats.yml', ...values }), envOf(repo));

describe('observeMigrations', () => {
  it('parses the added migrations in version order, with sizes from the stats file and the adapter from database.yml', async () => {
    const repo = repoWith(
      { 'config/database.yml': DATABASE_YML, 'db/stats.yml': STATS, 'db/migrate/20250101000000_create_orders.rb': rails('CreateOrders', '    create_table :orders\n') },
      {
        // Committed in the opposite order to the one they run in.
        'db/post_migrate/20260103000000_index_users.rb': rails('IndexUsers', '    add_index :users, :email, algorithm: :concurrently\n', '  disable_ddl_transaction!\n'),
        'db/migrate/20260102000000_rename_orders.rb': rails('RenameOrders', '    rename_table :orders, :purchases\n'),
      },
    );
    const observed = await observe(repo);
    expect(observed.adapter).toBe('postgresql');
    expect(observed.adapterSource).toMatch(/^config\/database\.yml/);
    expect(observed.statsSource).toBe('table-stats db/stats.yml');
    expect(observed.ratesSource).toMatch(/^built-in, measured on 15\.\d+ \(2026-11-23\)/);
    expect(observed.newestInProduction).toEqual({ activerecord: '20250101000000' });
    expect(observed.changedExisting).toEqual([]);
    expect(observed.migrations.map((m) => [m.migration.version, m.migration.name, m.migration.transactional])).toEqual([
      ['20260102000000', 'RenameOrders', true],
      ['20260103000000', 'IndexUsers', false],
    ]);
    // `users` is `public.users` in the stats.
    expect(observed.migrations.map((m) => m.operations.map((o) => `${o.operation.kind} ${o.operation.table} ${o.rows}`))).toEqual([
      ['rename_table orders 5000000'],
      ['add_index users 1200000'],
    ]);
  });

  it('notes production migrations the deploy edits or deletes, and only parses the added ones', async () => {
    const repo = repoWith(
      {
        'config/database.yml': DATABASE_YML,
        'db/stats.yml': STATS,
        'db/migrate/20250101000000_a.rb': rails('A', '    add_column :orders, :a, :string\n'),
        'db/migrate/20250102000000_b.rb': rails('B', '    add_column :orders, :b, :string\n'),
      },
      {
        'db/migrate/20250101000000_a.rb': rails('A', '    add_column :orders, :a, :text\n'),
        'db/migrate/20250102000000_b.rb': null,
      },
    );
    const observed = await observe(repo);
    expect(observed.migrations).toEqual([]);
    expect(observed.changedExisting).toEqual([
      { path: 'db/migrate/20250101000000_a.rb', status: 'modified' },
      { path: 'db/migrate/20250102000000_b.rb', status: 'deleted' },
    ]);
    // Nothing to cost: the stats file is not even needed.
    expect(observed.statsSource).toBe('not needed');
  });

  it('does not cost again a migration production already has from a cherry-picked hotfix', async () => {
    const hotfix = 'db/migrate/20260101000000_hotfix_index.rb';
    const hotfixContent = rails('HotfixIndex', '    add_index :orders, :email, algorithm: :concurrently\n', '  disable_ddl_transaction!\n');
    const edited = 'db/migrate/20260101000001_hotfix_column.rb';
    const repo = createRepo();
    repo.commit('database.yml', { file: 'config/database.yml', content: DATABASE_YML });
    repo.commit('stats', { file: 'db/stats.yml', content: STATS });
    repo.checkoutNew('production');
    repo.commit('hotfix', { file: hotfix, content: hotfixContent });
    repo.commit('hotfix 2', { file: edited, content: rails('HotfixColumn', '    add_column :orders, :x, :string\n') });
    repo.checkout('main');
    // main picks the same files up (cherry-picks), edits one of them, and adds a new migration.
    repo.commit('pick', { file: hotfix, content: hotfixContent });
    repo.commit('pick 2', { file: edited, content: rails('HotfixColumn', '    add_column :orders, :x, :text\n') });
    repo.commit('feature', { file: 'db/migrate/20260102000000_feature.rb', content: rails('Feature', '    add_column :orders, :y, :string\n') });

    const observed = await observe(repo);
    expect(observed.migrations.map((m) => m.migration.file)).toEqual(['db/migrate/20260102000000_feature.rb']);
    expect(observed.changedExisting).toEqual([{ path: edited, status: 'modified' }]);
    expect(observed.newestInProduction).toEqual({ activerecord: '20260101000001' });
  });

  it('SQL files: versioned and repeatable Flyway migrations run, undo and down files do not', async () => {
    const repo = repoWith(
      { 'db/stats.yml': STATS, 'db/migration/V1_10__init.sql': 'CREATE TABLE orders (id int);\n' },
      {
        'db/migration/V1_9__late.sql': 'ALTER TABLE orders ADD COLUMN late int;\n',
        'db/migration/V1_11__next.sql': 'ALTER TABLE orders ADD COLUMN next int;\n',
        'db/migration/U1_11__next.sql': 'ALTER TABLE orders DROP COLUMN next;\n',
        'db/migration/R__views.sql': 'CREATE OR REPLACE VIEW v AS SELECT 1;\n',
      },
    );
    const observed = await observe(repo, { 'sql-paths': 'db/migration/*.sql', adapter: 'postgresql' });
    expect(observed.adapterSource).toBe('input `adapter`');
    expect(observed.newestInProduction).toEqual({ flyway: '1.10' });
    expect(observed.migrations.map((m) => `${m.migration.format} ${m.migration.version || '(repeatable)'} ${m.migration.file}`)).toEqual([
      'flyway 1.9 db/migration/V1_9__late.sql',
      'flyway 1.11 db/migration/V1_11__next.sql',
      'flyway (repeatable) db/migration/R__views.sql',
    ]);

    const result = await migrationsGate.run(inputsOf({ 'production-ref': 'production', 'table-stats': 'db/stats.yml', 'sql-paths': 'db/migration/*.sql', adapter: 'postgresql' }), envOf(repo));
    expect(result.verdict).toBe('fail');
    expect(result.findings.map((f) => f.id)).toEqual(['migrations/out-of-order']);
    expect(result.data.migrations.map((m) => m.outOfOrder)).toEqual([true, false, false]);
  });

  it('refuses table-stats and database-url together, and an adapter it cannot tell', async () => {
    const repo = repoWith({ 'db/stats.yml': STATS }, { 'db/migrate/20260101000000_a.rb': rails('A', '    add_column :orders, :a, :string\n') });
    await expect(observe(repo, { 'database-url': 'postgresql://127.0.0.1:1/x' })).rejects.toThrow(/inputs `table-stats` and `database-url` are both set/);
    const unknownAdapter = observe(repo);
    await expect(unknownAdapter).rejects.toBeInstanceOf(GateInputError);
    await expect(unknownAdapter).rejects.toThrow(/Set `adapter: postgresql` or `adapter: mysql`/);
    await expect(observe(repo, { adapter: 'postgresql', 'table-stats': 'db/missing.yml' })).rejects.toThrow(/db\/missing\.yml does not exist/);
  });

  it('refuses an adapter input that contradicts the database-url server (against the real PostgreSQL)', async () => {
    const url = await availableDatabase('postgresql', 'the adapter/database-url mismatch test');
    if (!url) return;
    const repo = repoWith({}, { 'db/migrate/20260101000000_a.rb': rails('A', '    add_column :orders, :a, :string\n') });
    await expect(observe(repo, { adapter: 'mysql', 'database-url': url, 'table-stats': '' })).rejects.toThrow(/`database-url` points at a postgresql server/);
  });

  it('uses a rates file, and refuses one measured on the other adapter', async () => {
    const repo = repoWith(
      { 'config/database.yml': DATABASE_YML, 'db/stats.yml': STATS, 'db/pg-rates.yml': formatRatesFile(DEFAULT_RATES.postgresql), 'db/my-rates.yml': formatRatesFile(DEFAULT_RATES.mysql) },
      { 'db/migrate/20260101000000_a.rb': rails('A', '    add_column :orders, :a, :string\n') },
    );
    expect((await observe(repo, { rates: 'db/pg-rates.yml' })).ratesSource).toMatch(/^rates file db\/pg-rates\.yml/);
    await expect(observe(repo, { rates: 'db/my-rates.yml' })).rejects.toThrow(/db\/my-rates\.yml was measured on mysql, but production runs postgresql/);
  });

  it('expands the SQL of a Rails execute into operations', async () => {
    const repo = repoWith(
      { 'config/database.yml': DATABASE_YML, 'db/stats.yml': STATS },
      { 'db/migrate/20260101000000_raw.rb': rails('Raw', '    execute "CREATE INDEX index_orders_on_email ON orders (email)"\n') },
    );
    const observed = await observe(repo);
    expect(observed.migrations[0]!.operations.map((o) => `${o.operation.kind} ${o.operation.table} ${o.cost.costClass}`)).toEqual(['add_index orders index']);
  });
});

describe('the migrations gate from the sources', () => {
  it('reads its settings: large-table-rows with underscores, durations, booleans', async () => {
    const repo = repoWith(
      { 'config/database.yml': DATABASE_YML, 'db/stats.yml': STATS },
      { 'db/migrate/20260101000000_index.rb': rails('Index', '    add_index :orders, :email\n') },
    );
    const run = (values: Record<string, string>) => migrationsGate.run(inputsOf({ 'production-ref': 'production', 'table-stats': 'db/stats.yml', ...values }), envOf(repo));
    expect((await run({})).verdict).toBe('fail');
    const lenient = await run({ 'large-table-rows': '10_000_000' });
    expect(lenient.verdict).toBe('pass');
    expect(lenient.findings.map((f) => `${f.id} ${f.severity}`)).toEqual(['migrations/non-concurrent-index warning']);
    await expect(run({ 'large-table-rows': 'lots' })).rejects.toThrow('input `large-table-rows` is "lots"; write a whole number of rows');
    const tooLong = await run({ 'large-table-rows': '10_000_000', 'max-duration': '1s' });
    expect(tooLong.findings.map((f) => f.id)).toContain('migrations/too-long');
    expect(migrationsGate.outputValues(tooLong)['total-seconds']).toMatch(/^\d+$/);
  });
});
