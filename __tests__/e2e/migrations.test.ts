// The committed migrations entry (dist/actions/migrations.js) under Node 24, as the runner runs it:
// a depth-1 checkout of a Rails (or SQL) repository, INPUT_* variables, GITHUB_OUTPUT and the job
// summary; sizes from a table-stats file, or from the machine's real PostgreSQL and MariaDB through
// `database-url`.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlClient } from '../../src/databases/client.js';
import { availableDatabase, connectTestDatabase, scratchName } from '../helpers/databases.js';
import { cleanupRepos, cloneRepo, createRepo, type TestRepo } from '../helpers/git-repo.js';
import { PROJECT_ROOT, runStep, type RunnerResult } from '../helpers/runner.js';

const ENTRY = 'dist/actions/migrations.js';

const DATABASE_YML = `default: &default
  adapter: postgresql
  pool: 5

production:
  <<: *default
  database: shop_production
`;

const STATS = `adapter: postgresql
database_version: "15.10"
exported_at: 2026-11-20
tables:
  - {table: orders, rows: 5_000_000, bytes: 1_000_000_000, indexes: 3}
  - {table: users, rows: 200_000}
`;

const migrationFile = (className: string, body: string, header = '') =>
  `class ${className} < ActiveRecord::Migration[7.1]\n${header}  def change\n${body}  end\nend\n`;

let origin: TestRepo;

/** A branch off production that adds `files` in one commit each. */
function deployBranch(name: string, files: Record<string, string>): void {
  origin.checkoutNew(name, 'production');
  for (const [file, content] of Object.entries(files)) origin.commit(`add ${file}`, { file, content });
  origin.checkout('main');
}

/** A checkout as actions/checkout leaves it on a push of `branch`: depth 1. */
function checkout(branch: string): TestRepo {
  return cloneRepo(origin, { depth: 1, branch });
}

async function runGate(branch: string, inputs: Record<string, string> = {}): Promise<RunnerResult> {
  const workspace = checkout(branch);
  return runStep({
    entry: ENTRY,
    inputs: { 'production-ref': 'production', 'table-stats': 'db/stats.yml', ...inputs },
    workspace: workspace.dir,
    sha: workspace.head(),
  });
}

interface OperationJson {
  kind: string;
  table?: string;
  rows: number | 'new' | null;
  costClass: string;
  lock: string;
  estimate: { low: number; high: number } | null;
  blocking: { low: number; high: number } | null;
}
interface MigrationJson {
  file: string;
  version: string;
  name: string;
  format: string;
  transactional: boolean;
  outOfOrder: boolean;
  irreversible: { message: string; line: number }[];
  operations: OperationJson[];
}

const migrationsOf = (step: RunnerResult): MigrationJson[] => JSON.parse(step.outputs['migrations']!) as MigrationJson[];
const findingIds = (step: RunnerResult): string[] =>
  (JSON.parse(step.outputs['result']!) as { findings: { id: string; severity: string }[] }).findings.map((f) => `${f.id} ${f.severity}`).sort();

beforeAll(() => {
  expect(existsSync(join(PROJECT_ROOT, ENTRY)), 'dist/ is missing: run `npm run build`').toBe(true);
  origin = createRepo();
  origin.commit('database.yml', { file: 'config/database.yml', content: DATABASE_YML });
  origin.commit('stats', { file: 'db/stats.yml', content: STATS });
  origin.commit('orders', { file: 'db/migrate/20250101000000_create_orders.rb', content: migrationFile('CreateOrders', '    create_table :orders do |t|\n      t.string :email\n    end\n') });
  origin.commit('users', { file: 'db/migrate/20250103000000_create_users.rb', content: migrationFile('CreateUsers', '    create_table :users do |t|\n      t.string :name\n    end\n') });
  origin.branch('production');

  deployBranch('deploy-index', {
    'db/migrate/20260101000000_add_index_to_orders_email.rb': migrationFile('AddIndexToOrdersEmail', '    add_index :orders, :email\n'),
  });
  deployBranch('deploy-safe', {
    'db/migrate/20260102000000_add_index_to_orders_email.rb': migrationFile(
      'AddIndexToOrdersEmail',
      '    add_index :orders, :email, algorithm: :concurrently\n',
      '  disable_ddl_transaction!\n\n',
    ),
    'db/migrate/20260102000001_add_note_to_orders.rb': migrationFile('AddNoteToOrders', '    add_column :orders, :note, :string\n'),
  });
  deployBranch('deploy-irreversible', {
    'db/migrate/20260103000000_remove_name_from_users.rb': migrationFile('RemoveNameFromUsers', '    remove_column :users, :name\n'),
  });
  deployBranch('deploy-out-of-order', {
    'db/migrate/20250102000000_add_nickname_to_users.rb': migrationFile('AddNicknameToUsers', '    add_column :users, :nickname, :string\n'),
  });
  deployBranch('deploy-unknown-table', {
    'db/migrate/20260104000000_add_index_to_payments.rb': migrationFile(
      'AddIndexToPaymentsRef',
      '    add_index :payments, :ref, algorithm: :concurrently\n',
      '  disable_ddl_transaction!\n\n',
    ),
  });
  deployBranch('deploy-golang-migrate', {
    'db/migrations/000001_create_things.up.sql': 'CREATE TABLE things (id bigint PRIMARY KEY);\n',
    'db/migrations/000001_create_things.down.sql': 'DROP TABLE things;\n',
    // A new migration without its .down.sql: cannot be rolled back.
    'db/migrations/000002_add_note_to_orders.up.sql': 'ALTER TABLE orders ADD COLUMN note text;\n',
  });
  deployBranch('deploy-flyway', {
    'db/migration/V2_1__index_orders_email.sql': 'CREATE INDEX CONCURRENTLY index_orders_on_email ON orders (email);\n',
  });
  deployBranch('deploy-none', { 'app/models/order.rb': 'class Order < ApplicationRecord; end\n' });
});

afterAll(cleanupRepos);

describe('migrations dist entry under Node 24, with a table-stats file', () => {
  it('fails a non-concurrent index on a 5M-row table, with outputs, annotations and the summary table', async () => {
    const step = await runGate('deploy-index');
    expect(step.exitCode).toBe(1);
    expect(step.outputs['verdict']).toBe('fail');
    const [migration, ...others] = migrationsOf(step);
    expect(others).toEqual([]);
    expect(migration).toMatchObject({
      file: 'db/migrate/20260101000000_add_index_to_orders_email.rb',
      version: '20260101000000',
      name: 'AddIndexToOrdersEmail',
      format: 'activerecord',
      transactional: true,
      outOfOrder: false,
      irreversible: [],
    });
    expect(migration!.operations).toEqual([expect.objectContaining({ kind: 'add_index', table: 'orders', rows: 5_000_000, costClass: 'index', lock: 'writes' })]);
    const estimate = migration!.operations[0]!.estimate!;
    expect(estimate.low).toBeGreaterThan(0);
    expect(estimate.high).toBeGreaterThan(estimate.low);
    expect(step.outputs['total-seconds']).toBe(String(Math.ceil(estimate.high)));
    expect(findingIds(step)).toEqual(['migrations/non-concurrent-index error']);

    expect(step.stdout).toMatch(/^::error title=migrations%3A Index built without CONCURRENTLY%3A orders,file=db\/migrate\/20260101000000_add_index_to_orders_email.rb,line=3::/m);
    expect(step.summary).toContain('table-stats db/stats.yml (exported 2026-11-20)');
    expect(step.summary).toContain('PostgreSQL 15.10');
    expect(step.summary).toMatch(/\| 20260101000000 AddIndexToOrdersEmail \| `add_index` \(not concurrent\) \| orders \| 5M \| index build \| \*\*writes\*\* for [^|]+ \| [^|]+ \|/);
    expect(step.summary).toContain('algorithm: :concurrently');
  });

  it('passes a concurrent index without a transaction and an add_column without a default', async () => {
    const step = await runGate('deploy-safe');
    expect(step.outputs['verdict']).toBe('pass');
    expect(step.exitCode).toBe(0);
    const migrations = migrationsOf(step);
    expect(migrations.map((m) => [m.version, m.transactional, m.operations.map((o) => `${o.kind} ${o.costClass} ${o.lock}`)])).toEqual([
      ['20260102000000', false, ['add_index concurrent-index nothing']],
      ['20260102000001', true, ['add_column metadata reads-and-writes']],
    ]);
    expect(findingIds(step)).toEqual([]);
    expect(Number(step.outputs['total-seconds'])).toBeGreaterThan(0);
    expect(step.summary).toContain('no transaction');
  });

  it('fails an irreversible migration (remove_column without a type in change)', async () => {
    const step = await runGate('deploy-irreversible');
    expect(step.exitCode).toBe(1);
    expect(step.outputs['verdict']).toBe('fail');
    const [migration] = migrationsOf(step);
    expect(migration!.irreversible).toHaveLength(1);
    expect(migration!.irreversible[0]!.line).toBe(3);
    expect(findingIds(step)).toEqual(['migrations/irreversible error', 'migrations/remove-column warning']);
    expect(step.summary).toContain('irreversible');

    const lenient = await runGate('deploy-irreversible', { 'fail-on-irreversible': 'false' });
    expect(lenient.outputs['verdict']).toBe('pass');
    expect(findingIds(lenient)).toEqual(['migrations/irreversible warning', 'migrations/remove-column warning']);
  });

  it('fails a migration older than the newest production has run', async () => {
    const step = await runGate('deploy-out-of-order');
    expect(step.exitCode).toBe(1);
    expect(step.outputs['verdict']).toBe('fail');
    expect(migrationsOf(step)[0]).toMatchObject({ version: '20250102000000', outOfOrder: true });
    expect(findingIds(step)).toEqual(['migrations/out-of-order error']);
    expect(step.summary).toContain('out of order');
    expect(step.summary).toContain('is older than 20250103000000');
  });

  it('cannot decide without a size for a table (error), and passes with a warning when told to', async () => {
    const step = await runGate('deploy-unknown-table');
    expect(step.exitCode).toBe(1);
    expect(step.outputs['verdict']).toBe('error');
    expect(step.outputs['migrations']).toBeUndefined();
    expect(JSON.parse(step.outputs['result']!)).toMatchObject({ verdict: 'error', findings: [{ id: 'migrations/unknown-table-size', severity: 'error' }] });
    expect(step.summary).toContain('No size for payments');

    const warned = await runGate('deploy-unknown-table', { 'unknown-tables': 'warn' });
    expect(warned.exitCode).toBe(0);
    expect(warned.outputs['verdict']).toBe('pass');
    expect(findingIds(warned)).toEqual(['migrations/unknown-table-size warning']);
    expect(warned.outputs['total-seconds']).toBe('');
    expect(migrationsOf(warned)[0]!.operations[0]).toMatchObject({ table: 'payments', rows: null, estimate: null });
    expect(warned.stdout).toMatch(/^::warning title=migrations%3A No size for payments::/m);
  });

  it('reads golang-migrate files: an up without its down cannot be rolled back', async () => {
    const step = await runGate('deploy-golang-migrate', { 'sql-paths': 'db/migrations/*.up.sql' });
    expect(step.outputs['verdict']).toBe('fail');
    const migrations = migrationsOf(step);
    expect(migrations.map((m) => [m.format, m.version, m.irreversible.length, m.operations.map((o) => `${o.kind} ${o.table}`)])).toEqual([
      ['golang-migrate', '000001', 0, ['create_table things']],
      ['golang-migrate', '000002', 1, ['add_column orders']],
    ]);
    expect(findingIds(step)).toEqual(['migrations/irreversible error']);
    expect(step.summary).toContain('| 000002 add\\_note\\_to\\_orders (irreversible) | `add_column` | orders | 5M |');
    expect(step.summary).toContain('there is no down migration; add 000002\\_add\\_note\\_to\\_orders.down.sql');
  });

  it('reads a Flyway file: CREATE INDEX CONCURRENTLY runs outside a transaction and passes', async () => {
    const step = await runGate('deploy-flyway', { 'sql-paths': 'db/migration/V*__*.sql' });
    expect(step.outputs['verdict']).toBe('pass');
    expect(step.exitCode).toBe(0);
    const [migration] = migrationsOf(step);
    expect(migration).toMatchObject({ format: 'flyway', version: '2.1', transactional: false });
    expect(migration!.operations).toEqual([expect.objectContaining({ kind: 'add_index', table: 'orders', rows: 5_000_000, costClass: 'concurrent-index', lock: 'nothing' })]);
    expect(findingIds(step).filter((id) => !id.endsWith(' notice'))).toEqual([]);
  });

  it('passes a deploy without migrations', async () => {
    const step = await runGate('deploy-none');
    expect(step.exitCode).toBe(0);
    expect(step.outputs['verdict']).toBe('pass');
    expect(JSON.parse(step.outputs['result']!)).toMatchObject({ summary: 'no migrations in this deploy', findings: [] });
    expect(step.outputs['migrations']).toBe('[]');
    expect(step.outputs['total-seconds']).toBe('0');
    expect(step.summary).toContain('Migrations: none in this deploy');
    expect(step.stdout).toContain('migrations: pass: no migrations in this deploy');
  });
});

// ---- against the machine's real servers ---------------------------------------------------------

const ROWS = 200_000;
const postgresUrl = await availableDatabase('postgresql', 'the migrations end-to-end tests with database-url');
const mysqlUrl = await availableDatabase('mysql', 'the migrations end-to-end tests with database-url');

/** The workspace of a deploy that adds `files` (no stats file, no database.yml: the URL says it all). */
function sqlRepoWith(files: Record<string, string>): TestRepo {
  const repo = createRepo();
  repo.commit('old', { file: 'db/migration/V1__init.sql', content: 'SELECT 1;\n' });
  repo.branch('production');
  for (const [file, content] of Object.entries(files)) repo.commit(`add ${file}`, { file, content });
  return repo;
}

/** Everything the step wrote where a person or a log could see it, but the mask command itself. */
function visible(step: RunnerResult): string {
  return [step.stdout.replace(/^::add-mask::.*$/gm, ''), step.stderr, step.summary, ...Object.values(step.outputs)].join('\n');
}

describe.skipIf(!postgresUrl)('migrations dist entry with database-url on the real PostgreSQL', () => {
  const table = scratchName('dg_e2e_orders');
  let client: SqlClient;

  beforeAll(async () => {
    client = await connectTestDatabase('postgresql');
    await client.query(`CREATE TABLE ${table} (id bigint PRIMARY KEY, email text, amount int NOT NULL)`);
    await client.query(`INSERT INTO ${table} SELECT g, 'user' || g || '@example.com', g % 1000 FROM generate_series(1, ${ROWS}) AS g`);
    await client.query(`ANALYZE ${table}`);
  });
  afterAll(async () => {
    await client?.query(`DROP TABLE IF EXISTS ${table}`);
    await client?.close();
  });

  it('reads the table size from the database, and masks the URL', async () => {
    const password = 's3cret-e2e-pw';
    const url = new URL(postgresUrl!);
    url.password = password;
    const repo = sqlRepoWith({ [`db/migration/V2__index_${table}.sql`]: `CREATE INDEX ${table}_email ON ${table} (email);\n` });
    const step = await runStep({
      entry: ENTRY,
      inputs: { 'production-ref': 'production', 'sql-paths': 'db/migration/V*__*.sql', 'database-url': url.toString(), 'large-table-rows': '100000' },
      workspace: repo.dir,
      sha: repo.head(),
    });
    expect(step.stdout).toContain(`::add-mask::${url.toString()}`);
    expect(visible(step)).not.toContain(password);
    expect(step.outputs['verdict']).toBe('fail');
    const [migration] = migrationsOf(step);
    const [operation] = migration!.operations;
    expect(operation).toMatchObject({ kind: 'add_index', table, costClass: 'index', lock: 'writes' });
    // reltuples after ANALYZE: the planner's estimate, close to the truth.
    expect(operation!.rows).toBeGreaterThan(ROWS * 0.95);
    expect(operation!.rows).toBeLessThan(ROWS * 1.05);
    expect(findingIds(step)).toEqual(['migrations/non-concurrent-index error']);
    // The report names the server without user or password.
    const data = (JSON.parse(step.outputs['result']!) as { data: { statsSource: string; adapterSource: string } }).data;
    expect(data.statsSource).toBe(`database-url ${url.protocol}//${url.hostname}:${url.port || '5432'}/test`);
    expect(data.adapterSource).toBe('`database-url`');
    expect(step.summary).toMatch(/PostgreSQL 1\d\.\d+/);
  });

  it('a migration that creates its table first needs no size from the database', async () => {
    const repo = sqlRepoWith({ 'db/migration/V2__things.sql': 'CREATE TABLE dg_never_created (id int);\nCREATE INDEX dg_never_created_id ON dg_never_created (id);\n' });
    const step = await runStep({
      entry: ENTRY,
      inputs: { 'production-ref': 'production', 'sql-paths': 'db/migration/V*__*.sql', 'database-url': postgresUrl! },
      workspace: repo.dir,
      sha: repo.head(),
    });
    expect(step.outputs['verdict']).toBe('pass');
    expect(migrationsOf(step)[0]!.operations.map((o) => o.rows)).toEqual(['new', 'new']);
  });
});

describe.skipIf(!mysqlUrl)('migrations dist entry with database-url on the real MariaDB', () => {
  const table = scratchName('dg_e2e_orders');
  let client: SqlClient;

  beforeAll(async () => {
    client = await connectTestDatabase('mysql');
    await client.query(`CREATE TABLE ${table} (id bigint PRIMARY KEY AUTO_INCREMENT, amount int NOT NULL) ENGINE=InnoDB`);
    // A recursive CTE, not MariaDB's seq_ engine: it works on MySQL too.
    // MariaDB and MySQL each cap recursion under their own name.
    await client.query('SET SESSION max_recursive_iterations = 1000000').catch(() => undefined);
    await client.query('SET SESSION cte_max_recursion_depth = 1000000').catch(() => undefined);
    await client.query(
      `INSERT INTO ${table} (amount) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${ROWS}) SELECT i % 1000 FROM n`,
    );
    await client.query(`ANALYZE TABLE ${table}`);
  });
  afterAll(async () => {
    await client?.query(`DROP TABLE IF EXISTS ${table}`);
    await client?.close();
  });

  it('detects MySQL from the URL, reads the size, and costs MODIFY COLUMN as a rewrite that blocks writes', async () => {
    const repo = sqlRepoWith({ [`db/migration/V2__widen_${table}.sql`]: `ALTER TABLE ${table} MODIFY COLUMN amount BIGINT NOT NULL;\n` });
    const step = await runStep({
      entry: ENTRY,
      inputs: { 'production-ref': 'production', 'sql-paths': 'db/migration/V*__*.sql', 'database-url': mysqlUrl!, 'large-table-rows': '50000' },
      workspace: repo.dir,
      sha: repo.head(),
    });
    expect(step.stdout).toContain(`::add-mask::${mysqlUrl}`);
    expect(step.outputs['verdict']).toBe('fail');
    const [migration] = migrationsOf(step);
    expect(migration!.transactional).toBe(false);
    const [operation] = migration!.operations;
    expect(operation).toMatchObject({ kind: 'change_column', table, costClass: 'rewrite', lock: 'writes' });
    // InnoDB's TABLE_ROWS is a sample: documented to be off by up to 40-50%.
    expect(operation!.rows).toBeGreaterThan(ROWS * 0.5);
    expect(operation!.rows).toBeLessThan(ROWS * 1.5);
    expect(findingIds(step)).toEqual(['migrations/table-rewrite error']);
    expect(step.summary).toContain('MySQL/MariaDB');
    expect(step.summary).toContain('gh-ost');
    const data = (JSON.parse(step.outputs['result']!) as { data: { adapter: string; statsSource: string; adapterSource: string; databaseVersion: string } }).data;
    expect(data).toMatchObject({ adapter: 'mysql', adapterSource: '`database-url`', statsSource: 'database-url mysql://127.0.0.1:3306/test' });
    expect(data.databaseVersion).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('migrations dist entry with a bad database-url', () => {
  it('ends in error naming `database-url`, never printing the password', async () => {
    const password = 'hunter2-not-printed';
    const url = `postgresql://deployer:${password}@127.0.0.1:1/app_production`;
    const workspace = checkout('deploy-index');
    const step = await runStep({
      entry: ENTRY,
      inputs: { 'production-ref': 'production', 'database-url': url },
      workspace: workspace.dir,
      sha: workspace.head(),
    });
    expect(step.exitCode).toBe(1);
    expect(step.outputs['verdict']).toBe('error');
    expect(step.stdout).toContain(`::add-mask::${url}`);
    expect(visible(step)).not.toContain(password);
    expect(visible(step)).not.toContain('deployer:');
    const result = JSON.parse(step.outputs['result']!) as { findings: { id: string; message: string }[] };
    expect(result.findings[0]!.id).toBe('migrations/could-not-decide');
    expect(result.findings[0]!.message).toMatch(/could not connect to postgresql:\/\/127\.0\.0\.1:1\/app_production \(`database-url`\)/);
  });

  it('refuses table-stats and database-url together', async () => {
    const step = await runGate('deploy-index', { 'database-url': 'postgresql://127.0.0.1:1/x' });
    expect(step.outputs['verdict']).toBe('error');
    expect(step.summary).toContain('inputs `table-stats` and `database-url` are both set');
  });
});
