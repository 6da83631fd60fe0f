import { describe, expect, it } from 'vitest';
import { binaryCoercible, classifyOperation, volatileDefault } from '../../../../src/gates/migrations/cost/classify.js';
import type { Operation } from '../../../../src/gates/migrations/model.js';

const op = (fields: Partial<Operation> & Pick<Operation, 'kind'>): Operation => ({ table: 'orders', safetyAssured: false, line: 1, code: '', ...fields });
const pg = (operation: Operation, databaseVersion = '15.4', previousColumnType?: string) =>
  classifyOperation(operation, { adapter: 'postgresql', databaseVersion, previousColumnType });
const my = (operation: Operation, databaseVersion?: string) => classifyOperation(operation, { adapter: 'mysql', databaseVersion });

describe('PostgreSQL', () => {
  it('adds a column without a default or with a constant default as metadata on >= 11, a rewrite before', () => {
    expect(pg(op({ kind: 'add_column' }))).toMatchObject({ costClass: 'metadata', lock: 'reads-and-writes', lockedTables: ['orders'] });
    expect(pg(op({ kind: 'add_column', default: { kind: 'constant', value: 0 } }), '11.0').costClass).toBe('metadata');
    expect(pg(op({ kind: 'add_column', default: { kind: 'constant', value: 0 } }), '10.23').costClass).toBe('rewrite');
    expect(pg(op({ kind: 'add_column', default: { kind: 'constant', value: 0 } }), '').reason).toMatch(/unknown/);
    expect(pg(op({ kind: 'add_column', default: { kind: 'constant', value: null } }), '10.23').costClass).toBe('metadata');
    expect(pg(op({ kind: 'add_column' })).reason).toMatch(/long transaction/);
  });

  it('rewrites for a volatile default, and treats stable ones (now(), CURRENT_TIMESTAMP) as constant', () => {
    for (const sql of ['random()', 'gen_random_uuid()', 'uuid_generate_v4()', 'clock_timestamp()', "nextval('s')", 'timeofday()', 'my_function()']) {
      expect(pg(op({ kind: 'add_column', default: { kind: 'sql', sql } })), sql).toMatchObject({ costClass: 'rewrite', lock: 'reads-and-writes' });
    }
    for (const sql of ['now()', 'CURRENT_TIMESTAMP', "'{}'::jsonb", 'pg_catalog.now()']) {
      expect(pg(op({ kind: 'add_column', default: { kind: 'sql', sql } })).costClass, sql).toBe('metadata');
    }
    expect(pg(op({ kind: 'add_column', default: { kind: 'expression', code: 'Time.current' } })).costClass).toBe('rewrite');
    expect(volatileDefault(op({ kind: 'add_column', default: { kind: 'expression', code: 'SOME_CONST' } }))).toMatch(/not known statically/);
  });

  it('rewrites on a type change unless the old type is known and binary-coercible', () => {
    expect(pg(op({ kind: 'change_column', columnType: 'bigint' }))).toMatchObject({ costClass: 'rewrite', lock: 'reads-and-writes' });
    expect(pg(op({ kind: 'change_column', columnType: 'text' })).costClass).toBe('rewrite');
    expect(pg(op({ kind: 'change_column', columnType: 'text' }), '15', 'varchar(255)').costClass).toBe('metadata');
    expect(pg(op({ kind: 'change_column', columnType: 'varchar(500)' }), '15', 'varchar(255)').costClass).toBe('metadata');
    expect(pg(op({ kind: 'change_column', columnType: 'varchar(100)' }), '15', 'varchar(255)').costClass).toBe('rewrite');
    expect(pg(op({ kind: 'change_column', columnType: 'bigint' }), '15', 'integer').costClass).toBe('rewrite');
  });

  it('knows binary-coercible text types', () => {
    expect(binaryCoercible('character varying(10)', ':string')).toBe(true);
    expect(binaryCoercible('text', 'varchar(10)')).toBe(false);
    expect(binaryCoercible('varchar', 'varchar(10)')).toBe(false);
    expect(binaryCoercible('varchar(10)', undefined)).toBe(false);
  });

  it('scans for SET NOT NULL under ACCESS EXCLUSIVE; DROP NOT NULL is metadata', () => {
    expect(pg(op({ kind: 'change_column_null', nullable: false }))).toMatchObject({ costClass: 'scan', lock: 'reads-and-writes' });
    expect(pg(op({ kind: 'change_column_null', nullable: true })).costClass).toBe('metadata');
  });

  it('builds an index blocking writes, or concurrently blocking nothing', () => {
    expect(pg(op({ kind: 'add_index' }))).toMatchObject({ costClass: 'index', lock: 'writes' });
    expect(pg(op({ kind: 'add_index', concurrently: true }))).toMatchObject({ costClass: 'concurrent-index', lock: 'nothing' });
    expect(pg(op({ kind: 'remove_index', concurrently: true }))).toMatchObject({ costClass: 'metadata', lock: 'nothing' });
    expect(pg(op({ kind: 'remove_index' }))).toMatchObject({ costClass: 'metadata', lock: 'reads-and-writes' });
  });

  it('scans for a foreign key, locking both tables against writes; NOT VALID is metadata', () => {
    expect(pg(op({ kind: 'add_foreign_key', otherTable: 'users' }))).toMatchObject({ costClass: 'scan', lock: 'writes', lockedTables: ['orders', 'users'] });
    expect(pg(op({ kind: 'add_foreign_key', otherTable: 'users', validate: false }))).toMatchObject({ costClass: 'metadata', lockedTables: ['orders', 'users'] });
  });

  it('validates constraints with a scan that blocks nothing', () => {
    for (const kind of ['validate_foreign_key', 'validate_check_constraint', 'validate_constraint'] as const) {
      expect(pg(op({ kind }))).toMatchObject({ costClass: 'scan', lock: 'nothing' });
    }
  });

  it('scans for a CHECK constraint under ACCESS EXCLUSIVE; NOT VALID is metadata', () => {
    expect(pg(op({ kind: 'add_check_constraint' }))).toMatchObject({ costClass: 'scan', lock: 'reads-and-writes' });
    expect(pg(op({ kind: 'add_check_constraint', validate: false })).costClass).toBe('metadata');
    expect(pg(op({ kind: 'add_exclusion_constraint' })).costClass).toBe('index');
  });

  it('classes add_reference by its index and foreign key', () => {
    expect(pg(op({ kind: 'add_reference' }))).toMatchObject({ costClass: 'index', lock: 'reads-and-writes' });
    expect(pg(op({ kind: 'add_reference', index: false }))).toMatchObject({ costClass: 'metadata' });
    expect(pg(op({ kind: 'add_reference', index: false, foreignKey: true, otherTable: 'users' }))).toMatchObject({ costClass: 'scan', lock: 'writes', lockedTables: ['orders', 'users'] });
    expect(pg(op({ kind: 'add_reference', concurrently: true }))).toMatchObject({ costClass: 'concurrent-index', lock: 'nothing' });
    expect(pg(op({ kind: 'add_reference', concurrently: true, foreignKey: true, otherTable: 'users' }))).toMatchObject({ lock: 'writes', lockedTables: ['orders', 'users'] });
  });

  it('treats renames and drops as brief catalog changes', () => {
    for (const kind of ['rename_table', 'rename_column', 'drop_table', 'remove_column', 'change_column_default'] as const) {
      expect(pg(op({ kind }))).toMatchObject({ costClass: 'metadata', lock: 'reads-and-writes' });
    }
    expect(pg(op({ kind: 'create_table' }))).toMatchObject({ costClass: 'metadata', lock: 'nothing' });
    expect(pg(op({ kind: 'sql_metadata' }))).toMatchObject({ costClass: 'metadata', lock: 'nothing' });
  });

  it('backfills with row locks, rewrites for CLUSTER / VACUUM FULL, and never calls unknown things free', () => {
    expect(pg(op({ kind: 'backfill' }))).toMatchObject({ costClass: 'backfill', lock: 'writes' });
    expect(pg(op({ kind: 'execute', sql: 'CLUSTER orders USING orders_pkey' })).costClass).toBe('rewrite');
    expect(pg(op({ kind: 'execute', sql: 'VACUUM FULL orders' })).costClass).toBe('rewrite');
    expect(pg(op({ kind: 'execute', method: 'vacuum (full)' })).costClass).toBe('rewrite');
    expect(pg(op({ kind: 'execute', sql: 'SELECT do_things()' }))).toMatchObject({ costClass: 'unknown', lock: 'reads-and-writes' });
    expect(pg(op({ kind: 'unknown', method: 'my_helper' })).reason).toMatch(/my_helper/);
  });
});

describe('MySQL and MariaDB', () => {
  it('adds a column INSTANT from MySQL 8.0.12 and MariaDB 10.3.2, INPLACE with a rebuild before', () => {
    expect(my(op({ kind: 'add_column' }), '8.0.12')).toMatchObject({ costClass: 'metadata', lock: 'nothing' });
    expect(my(op({ kind: 'add_column' }), '8.0.11')).toMatchObject({ costClass: 'rewrite', lock: 'nothing' });
    expect(my(op({ kind: 'add_column' }), '10.3.2-MariaDB').costClass).toBe('metadata');
    expect(my(op({ kind: 'add_column' }), '10.2.44-MariaDB').costClass).toBe('rewrite');
    expect(my(op({ kind: 'add_column' }), '10.11.19-MariaDB-0+deb12u1').costClass).toBe('metadata');
    expect(my(op({ kind: 'add_column' })).costClass).toBe('rewrite');
    expect(my(op({ kind: 'add_column' })).reason).toMatch(/not transactional/);
  });

  it('follows ALGORITHM= hints', () => {
    expect(my(op({ kind: 'add_column', mysqlAlgorithm: 'inplace' }), '8.0.36').costClass).toBe('rewrite');
    expect(my(op({ kind: 'add_column', mysqlAlgorithm: 'instant' }), '5.7.44').costClass).toBe('metadata');
    expect(my(op({ kind: 'add_index', mysqlAlgorithm: 'copy' }), '8.0.36')).toMatchObject({ costClass: 'rewrite', lock: 'writes' });
    expect(my(op({ kind: 'change_column', mysqlAlgorithm: 'instant' }), '8.0.36').costClass).toBe('metadata');
  });

  it('drops a column INSTANT from MySQL 8.0.29 and MariaDB 10.4', () => {
    expect(my(op({ kind: 'remove_column' }), '8.0.29').costClass).toBe('metadata');
    expect(my(op({ kind: 'remove_column' }), '8.0.28').costClass).toBe('rewrite');
    expect(my(op({ kind: 'remove_column' }), '10.4.0-MariaDB').costClass).toBe('metadata');
    expect(my(op({ kind: 'remove_column' }), '10.3.39-MariaDB').costClass).toBe('rewrite');
  });

  it('copies for a type change, blocking writes; rebuilds INPLACE for NULL changes', () => {
    expect(my(op({ kind: 'change_column', columnType: 'bigint' }), '8.0.36')).toMatchObject({ costClass: 'rewrite', lock: 'writes' });
    expect(my(op({ kind: 'change_column_null', nullable: false }), '8.0.36')).toMatchObject({ costClass: 'rewrite', lock: 'nothing' });
  });

  it('builds indexes INPLACE without blocking writes', () => {
    expect(my(op({ kind: 'add_index' }), '8.0.36')).toMatchObject({ costClass: 'index', lock: 'nothing' });
    expect(my(op({ kind: 'add_reference' }), '8.0.36')).toMatchObject({ costClass: 'index', lock: 'nothing' });
    expect(my(op({ kind: 'add_reference', index: false }), '8.0.36').costClass).toBe('metadata');
  });

  it('copies for a foreign key with foreign_key_checks, and for CHECK constraints', () => {
    expect(my(op({ kind: 'add_foreign_key', otherTable: 'users' }), '8.0.36')).toMatchObject({ costClass: 'rewrite', lock: 'writes', lockedTables: ['orders', 'users'] });
    expect(my(op({ kind: 'add_foreign_key', otherTable: 'users', validate: false }), '8.0.36').costClass).toBe('rewrite');
    expect(my(op({ kind: 'add_foreign_key', mysqlAlgorithm: 'inplace' }), '8.0.36').costClass).toBe('metadata');
    expect(my(op({ kind: 'add_reference', foreignKey: true, otherTable: 'users' }), '8.0.36')).toMatchObject({ costClass: 'rewrite', lockedTables: ['orders', 'users'] });
    expect(my(op({ kind: 'add_check_constraint' }), '8.0.36').costClass).toBe('rewrite');
    expect(my(op({ kind: 'validate_foreign_key' }), '8.0.36').costClass).toBe('metadata');
  });

  it('backfills, optimizes, and keeps unknowns unknown', () => {
    expect(my(op({ kind: 'backfill' }))).toMatchObject({ costClass: 'backfill', lock: 'writes' });
    expect(my(op({ kind: 'execute', sql: 'OPTIMIZE TABLE orders' })).costClass).toBe('rewrite');
    expect(my(op({ kind: 'execute', sql: 'CALL things()' })).costClass).toBe('unknown');
    expect(my(op({ kind: 'unknown', method: 'helper' })).costClass).toBe('unknown');
    expect(my(op({ kind: 'rename_table', otherTable: 'purchases' })).costClass).toBe('metadata');
    expect(my(op({ kind: 'create_table' }))).toMatchObject({ costClass: 'metadata', lock: 'nothing' });
  });
});
