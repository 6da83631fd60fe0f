import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { expandExecuteSql, parseSqlMigration, recogniseSqlMigration } from '../../../src/migration-parsers/sql/files.js';
import { FIXTURES, parseFixture, shape } from './helpers.js';

describe('recogniseSqlMigration', () => {
  test.each([
    ['db/migration/V1__create_accounts.sql', { format: 'flyway', version: '1', name: 'create accounts', direction: 'up' }],
    ['db/migration/V1_2__add_plan.sql', { format: 'flyway', version: '1.2', name: 'add plan', direction: 'up' }],
    ['db/migration/V1.2.3__add_plan.sql', { format: 'flyway', version: '1.2.3', name: 'add plan', direction: 'up' }],
    ['db/migration/U1_2__add_plan.sql', { format: 'flyway', version: '1.2', name: 'add plan', direction: 'undo' }],
    ['db/migration/R__views.sql', { format: 'flyway', version: '', name: 'views', direction: 'repeatable' }],
    ['migrations/000012_add_status.up.sql', { format: 'golang-migrate', version: '000012', name: 'add_status', direction: 'up' }],
    ['migrations/000012_add_status.down.sql', { format: 'golang-migrate', version: '000012', name: 'add_status', direction: 'down' }],
    ['prisma/migrations/20240115093000_init/migration.sql', { format: 'prisma', version: '20240115093000', name: 'init', direction: 'up' }],
    ['sql/20240301_orders_changes.sql', { format: 'sql', version: '20240301', name: 'orders_changes', direction: 'up' }],
    ['sql/cleanup.sql', { format: 'sql', version: '', name: 'cleanup', direction: 'up' }],
  ])('%s', (path, expected) => {
    expect(recogniseSqlMigration(path)).toEqual(expected);
  });

  test('is not a migration when the file is not SQL', () => {
    expect(recogniseSqlMigration('db/migrate/20240101000000_add_x.rb')).toBeUndefined();
    expect(recogniseSqlMigration('prisma/migrations/migration_lock.toml')).toBeUndefined();
  });
});

describe('Flyway', () => {
  test('V1: a table, its columns, and an extension', async () => {
    const migration = await parseFixture('flyway/V1__create_accounts.sql', 'postgresql');
    expect(migration).toMatchObject({ format: 'flyway', version: '1', name: 'create accounts', transactional: true, irreversible: [], parseErrors: [] });
    expect(migration.operations.map(shape)).toStrictEqual([
      { kind: 'create_table', line: 2, table: 'accounts', columns: ['id', 'name', 'created_at'] },
      { kind: 'sql_metadata', line: 8, method: 'CREATE EXTENSION' },
    ]);
  });

  test('V1_1: one operation per ALTER TABLE command, with defaults, NOT VALID and a partial backfill', async () => {
    const migration = await parseFixture('flyway/V1_1__add_account_columns.sql', 'postgresql');
    expect(migration.version).toBe('1.1');
    expect(migration.transactional).toBe(true);
    expect(migration.operations.map(shape)).toStrictEqual([
      { kind: 'add_column', line: 1, table: 'accounts', columns: ['external_id'], columnType: 'uuid', default: { kind: 'sql', sql: 'gen_random_uuid()' } },
      { kind: 'add_column', line: 1, table: 'accounts', columns: ['plan'], columnType: 'text', default: { kind: 'constant', value: 'free' }, nullable: false },
      { kind: 'add_foreign_key', line: 5, table: 'accounts', otherTable: 'public.users', columns: ['owner_id'], validate: false },
      { kind: 'validate_constraint', line: 7, table: 'accounts' },
      { kind: 'backfill', line: 9, table: 'accounts', partial: true },
    ]);
    expect(migration.operations[2].code).toBe('ALTER TABLE accounts ADD CONSTRAINT accounts_owner_fk');
    expect(migration.operations[2].sql).toBe(
      'ALTER TABLE accounts ADD CONSTRAINT accounts_owner_fk\n    FOREIGN KEY (owner_id) REFERENCES public.users (id) NOT VALID',
    );
  });

  test('V2: CREATE INDEX CONCURRENTLY makes the migration non-transactional', async () => {
    const migration = await parseFixture('flyway/V2__index_accounts_concurrently.sql', 'postgresql');
    expect(migration.transactional).toBe(false);
    expect(migration.operations.map(shape)).toStrictEqual([
      { kind: 'add_index', line: 1, table: 'accounts', columns: ['external_id'], unique: false, concurrently: true },
    ]);
  });

  test('a missing undo (U) file is not a reason: Flyway projects roll forward', async () => {
    const migration = await parseFixture('flyway/V1__create_accounts.sql', 'postgresql');
    expect(migration.irreversible).toEqual([]);
  });

  test('undo and repeatable files are recognised as such', async () => {
    expect(recogniseSqlMigration(join(FIXTURES, 'flyway/U1_1__add_account_columns.sql'))?.direction).toBe('undo');
    const repeatable = await parseFixture('flyway/R__account_summary_view.sql', 'postgresql');
    expect(repeatable).toMatchObject({ format: 'flyway', version: '', name: 'account summary view' });
    expect(repeatable.operations.map(shape)).toStrictEqual([{ kind: 'sql_metadata', line: 1, method: 'CREATE VIEW' }]);
  });
});

describe('golang-migrate', () => {
  test('explicit BEGIN/COMMIT: transactional, no operations for them, reversible with its down file', async () => {
    const migration = await parseFixture('golang-migrate/000001_create_orders.up.sql', 'postgresql');
    expect(migration).toMatchObject({ format: 'golang-migrate', version: '000001', name: 'create_orders', transactional: true, irreversible: [] });
    expect(migration.operations.map(shape)).toStrictEqual([{ kind: 'create_table', line: 2, table: 'orders', columns: ['id', 'total'] }]);
  });

  test('without a down file: irreversible, naming the file to add', async () => {
    const migration = await parseFixture('golang-migrate/000002_add_orders_status.up.sql', 'postgresql');
    expect(migration.irreversible).toEqual([
      { message: 'golang-migrate cannot roll back 000002_add_orders_status.up.sql: there is no down migration; add 000002_add_orders_status.down.sql.', line: 1 },
    ]);
    expect(migration.operations.map(shape)).toStrictEqual([
      { kind: 'add_column', line: 1, table: 'orders', columns: ['status'], columnType: 'text' },
      { kind: 'change_column_default', line: 2, table: 'orders', columns: ['status'], default: { kind: 'constant', value: 'pending' } },
      { kind: 'change_column', line: 3, table: 'orders', columns: ['total'], columnType: 'numeric(14, 2)' },
    ]);
  });

  test('with a comment-only down file: irreversible', async () => {
    const migration = await parseFixture('golang-migrate/000003_drop_orders_legacy.up.sql', 'postgresql');
    expect(migration.irreversible).toEqual([
      { message: 'golang-migrate cannot roll back 000003_drop_orders_legacy.up.sql: 000003_drop_orders_legacy.down.sql is empty; add the statements that undo it to 000003_drop_orders_legacy.down.sql.', line: 1 },
    ]);
    expect(migration.operations.map(shape)).toStrictEqual([
      { kind: 'remove_column', line: 1, table: 'orders', columns: ['legacy_ref'] },
      { kind: 'remove_index', line: 2, concurrently: false },
    ]);
  });

  test('a down file judged by presence only when its content cannot be read', async () => {
    const file = join(FIXTURES, 'golang-migrate/000003_drop_orders_legacy.up.sql');
    const migration = await parseSqlMigration(file, readFileSync(file, 'utf8'), 'postgresql', {
      siblings: [join(FIXTURES, 'golang-migrate/000003_drop_orders_legacy.down.sql')],
    });
    expect(migration.irreversible).toEqual([]);
  });

  test('on MySQL nothing is transactional', async () => {
    const migration = await parseFixture('golang-migrate/000001_create_orders.up.sql', 'mysql');
    expect(migration.transactional).toBe(false);
  });
});

describe('Prisma', () => {
  test('a generated init migration: enum, tables, unique index, foreign key', async () => {
    const migration = await parseFixture('prisma/migrations/20240115093000_init/migration.sql', 'postgresql');
    expect(migration).toMatchObject({ format: 'prisma', version: '20240115093000', name: 'init', transactional: true, irreversible: [], parseErrors: [] });
    expect(migration.operations.map(shape)).toStrictEqual([
      { kind: 'sql_metadata', line: 2, method: 'CREATE TYPE' },
      { kind: 'create_table', line: 5, table: 'User', columns: ['id', 'email', 'name', 'role', 'createdAt'] },
      { kind: 'create_table', line: 16, table: 'Post', columns: ['id', 'title', 'authorId'] },
      { kind: 'add_index', line: 25, table: 'User', columns: ['email'], unique: true, concurrently: false },
      { kind: 'add_foreign_key', line: 28, table: 'Post', otherTable: 'User', columns: ['authorId'], validate: true },
    ]);
  });

  test('quoted identifiers keep their case; an enum-typed column with a constant default', async () => {
    const migration = await parseFixture('prisma/migrations/20240220120000_add_post_status/migration.sql', 'postgresql');
    expect(migration.operations.map(shape)).toStrictEqual([
      { kind: 'sql_metadata', line: 2, method: 'CREATE TYPE' },
      { kind: 'add_column', line: 5, table: 'Post', columns: ['publishedAt'], columnType: 'timestamp(3)' },
      { kind: 'add_column', line: 5, table: 'Post', columns: ['status'], columnType: 'poststatus', default: { kind: 'constant', value: 'DRAFT' }, nullable: false },
      { kind: 'add_index', line: 9, table: 'Post', columns: ['authorId', 'status'], unique: false, concurrently: false },
    ]);
  });
});

describe('plain SQL for MySQL', () => {
  test('ALGORITHM, MODIFY, ADD INDEX, an unparseable ALTER, a DELIMITER trigger and data changes', async () => {
    const migration = await parseFixture('mysql/20240301_orders_changes.sql', 'mysql');
    expect(migration).toMatchObject({ format: 'sql', version: '20240301', name: 'orders_changes', transactional: false, parseErrors: [] });
    expect(migration.operations.map(shape)).toStrictEqual([
      { kind: 'add_column', line: 2, table: 'orders', columns: ['note'], columnType: 'varchar(500)', nullable: true, default: { kind: 'constant', value: null }, mysqlAlgorithm: 'instant' },
      { kind: 'change_column', line: 4, table: 'orders', columns: ['total'], columnType: 'decimal(14,2)', nullable: false },
      { kind: 'add_index', line: 6, table: 'orders', columns: ['customer_id'], unique: false, mysqlAlgorithm: 'inplace' },
      { kind: 'execute', line: 9, table: 'orders', method: 'ALTER TABLE (unparsed)' },
      { kind: 'backfill', line: 11, table: 'order_states', rowsAffected: 3 },
      { kind: 'sql_metadata', line: 14, method: 'CREATE TRIGGER' },
      { kind: 'backfill', line: 21, table: 'orders', partial: true },
    ]);
    expect(migration.operations[5].sql).toBe('CREATE TRIGGER orders_touch BEFORE UPDATE ON orders\nFOR EACH ROW\nBEGIN\n  SET NEW.updated_at = NOW();\nEND');
  });
});

describe('syntax errors', () => {
  test('become parseErrors with their line, and the statements around them are still read', async () => {
    const migration = await parseFixture('invalid/V3__broken.sql', 'postgresql');
    expect(migration.parseErrors).toEqual([{ message: 'syntax error at or near ";"', line: 3 }]);
    expect(migration.operations.map(shape)).toStrictEqual([
      { kind: 'add_column', line: 1, table: 'accounts', columns: ['ok'], columnType: 'boolean' },
      { kind: 'add_index', line: 5, table: 'accounts', columns: ['ok'], unique: false, concurrently: false },
    ]);
  });

  test('an unterminated string is one error, not a throw', async () => {
    const migration = await parseSqlMigration('db/V9__x.sql', "SELECT 1;\nUPDATE t SET a = 'oops;\n", 'postgresql', { siblings: [] });
    expect(migration.operations).toEqual([]);
    expect(migration.parseErrors).toHaveLength(1);
    expect(migration.parseErrors[0].line).toBe(2);
  });
});

describe('expandExecuteSql', () => {
  test('counts lines from the execute call and keeps safety_assured', async () => {
    const result = await expandExecuteSql('\n  ALTER TABLE users ALTER COLUMN email SET NOT NULL;\n  CREATE INDEX CONCURRENTLY ix ON users (email)', 'postgresql', {
      firstLine: 10,
      safetyAssured: true,
    });
    expect(result.errors).toEqual([]);
    expect(result.operations).toEqual([
      {
        kind: 'change_column_null', line: 11, table: 'users', columns: ['email'], nullable: false, safetyAssured: true,
        code: 'ALTER TABLE users ALTER COLUMN email SET NOT NULL', sql: 'ALTER TABLE users ALTER COLUMN email SET NOT NULL',
      },
      {
        kind: 'add_index', line: 12, table: 'users', columns: ['email'], unique: false, concurrently: true, safetyAssured: true,
        code: 'CREATE INDEX CONCURRENTLY ix ON users (email)', sql: 'CREATE INDEX CONCURRENTLY ix ON users (email)',
      },
    ]);
  });

  test('reports syntax errors instead of throwing', async () => {
    const result = await expandExecuteSql('ALTER TABLE users ADD', 'postgresql', { firstLine: 4, safetyAssured: false });
    expect(result.operations).toEqual([]);
    expect(result.errors).toEqual([{ message: 'syntax error at end of input', line: 4 }]);
  });

  test('MySQL SQL goes through the MySQL reader', async () => {
    const result = await expandExecuteSql('ALTER TABLE users ADD COLUMN age INT, ALGORITHM=COPY', 'mysql', { firstLine: 3, safetyAssured: false });
    expect(result.operations.map(shape)).toStrictEqual([{ kind: 'add_column', line: 3, table: 'users', columns: ['age'], columnType: 'int', mysqlAlgorithm: 'copy' }]);
  });
});

describe('CONCURRENTLY in tools that send a file as one query string', () => {
  const mixed = 'ALTER TABLE orders ADD COLUMN c int;\nCREATE INDEX CONCURRENTLY orders_c ON orders (c);\n';
  const alone = 'CREATE INDEX CONCURRENTLY orders_c ON orders (c);\n';

  test('golang-migrate and Prisma: mixed with other statements it runs in the implicit transaction (and PostgreSQL refuses it)', async () => {
    for (const file of ['db/migrations/000002_x.up.sql', 'prisma/migrations/20240101000000_x/migration.sql']) {
      expect((await parseSqlMigration(file, mixed, 'postgresql', { siblings: [] })).transactional).toBe(true);
      expect((await parseSqlMigration(file, alone, 'postgresql', { siblings: [] })).transactional).toBe(false);
    }
  });

  test('Flyway detects it and runs the migration without a transaction', async () => {
    expect((await parseSqlMigration('db/migration/V3__x.sql', mixed, 'postgresql', { siblings: [] })).transactional).toBe(false);
  });
});

describe('Flyway placeholders', () => {
  test('${schema} and ${flyway:user} parse as identifiers, lines unchanged', async () => {
    const source = '-- uses placeholders\nALTER TABLE ${schema}.orders ADD COLUMN note text;\nGRANT SELECT ON ${schema}.orders TO ${flyway:user};\n';
    const migration = await parseSqlMigration('db/migration/V4__note.sql', source, 'postgresql', { siblings: [] });
    expect(migration.parseErrors).toEqual([]);
    expect(migration.operations.map((op) => [op.kind, op.table, op.line])).toEqual([
      ['add_column', '${schema}.orders', 2],
      ['sql_metadata', undefined, 3],
    ]);
    expect(migration.operations[0]!.code).toBe('ALTER TABLE ${schema}.orders ADD COLUMN note text');
  });

  test('only Flyway files are rewritten: elsewhere a placeholder is a syntax error', async () => {
    const migration = await parseSqlMigration('db/migrations/000004_note.up.sql', 'ALTER TABLE ${schema}.orders ADD COLUMN note text;\n', 'postgresql', { siblings: ['db/migrations/000004_note.down.sql'] });
    expect(migration.parseErrors.length).toBe(1);
  });
});
