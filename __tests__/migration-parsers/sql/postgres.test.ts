import { describe, expect, test } from 'vitest';
import { parsePostgresSql, readPostgresSql, SqlSyntaxError } from '../../../src/migration-parsers/sql/postgres.js';
import { shape } from './helpers.js';

const options = { firstLine: 1, safetyAssured: false };
const operationsOf = async (sql: string) => (await parsePostgresSql(sql, options)).map(shape);

describe('ALTER TABLE commands', () => {
  test('ADD COLUMN: type as written, literal and expression defaults, NOT NULL, inline REFERENCES/UNIQUE', async () => {
    expect(
      await operationsOf(`ALTER TABLE public."Users"
        ADD COLUMN a integer DEFAULT -1 NOT NULL,
        ADD COLUMN b character varying(20) DEFAULT 'x'::character varying,
        ADD COLUMN c timestamp(3) with time zone DEFAULT (now() + '1 day'::interval),
        ADD COLUMN d boolean DEFAULT false NULL,
        ADD COLUMN e numeric(10,2) DEFAULT 1.5,
        ADD COLUMN org_id bigint REFERENCES orgs (id),
        ADD COLUMN slug text UNIQUE,
        ADD COLUMN f timestamptz DEFAULT CURRENT_TIMESTAMP`),
    ).toStrictEqual([
      { kind: 'add_column', line: 1, table: 'public.Users', columns: ['a'], columnType: 'integer', default: { kind: 'constant', value: -1 }, nullable: false },
      { kind: 'add_column', line: 1, table: 'public.Users', columns: ['b'], columnType: 'character varying(20)', default: { kind: 'constant', value: 'x' } },
      { kind: 'add_column', line: 1, table: 'public.Users', columns: ['c'], columnType: 'timestamp(3) with time zone', default: { kind: 'sql', sql: "now() + '1 day'::interval" } },
      { kind: 'add_column', line: 1, table: 'public.Users', columns: ['d'], columnType: 'boolean', default: { kind: 'constant', value: false }, nullable: true },
      { kind: 'add_column', line: 1, table: 'public.Users', columns: ['e'], columnType: 'numeric(10,2)', default: { kind: 'constant', value: 1.5 } },
      { kind: 'add_column', line: 1, table: 'public.Users', columns: ['org_id'], columnType: 'bigint' },
      { kind: 'add_foreign_key', line: 1, table: 'public.Users', otherTable: 'orgs', columns: ['org_id'], validate: true },
      { kind: 'add_column', line: 1, table: 'public.Users', columns: ['slug'], columnType: 'text' },
      { kind: 'add_index', line: 1, table: 'public.Users', columns: ['slug'], unique: true },
      { kind: 'add_column', line: 1, table: 'public.Users', columns: ['f'], columnType: 'timestamptz', default: { kind: 'sql', sql: 'CURRENT_TIMESTAMP' } },
    ]);
  });

  test('unquoted names are folded to lower case, quoted ones are kept', async () => {
    expect(await operationsOf('ALTER TABLE Accounts ADD COLUMN "Plan" text')).toStrictEqual([
      { kind: 'add_column', line: 1, table: 'accounts', columns: ['Plan'], columnType: 'text' },
    ]);
  });

  test('serial, identity and generated columns are never cheap column adds', async () => {
    expect(
      await operationsOf(`ALTER TABLE t ADD COLUMN n bigserial,
        ADD COLUMN i bigint GENERATED ALWAYS AS IDENTITY,
        ADD COLUMN g text GENERATED ALWAYS AS (lower(name)) STORED`),
    ).toStrictEqual([
      { kind: 'add_column', line: 1, table: 't', columns: ['n'], columnType: 'bigserial', default: { kind: 'sql', sql: "nextval('t_n_seq'::regclass)" } },
      { kind: 'execute', line: 1, table: 't', columns: ['i'], columnType: 'bigint', method: 'ADD COLUMN GENERATED AS IDENTITY' },
      { kind: 'execute', line: 1, table: 't', columns: ['g'], columnType: 'text', method: 'ADD COLUMN GENERATED ALWAYS AS' },
    ]);
  });

  test('DROP COLUMN, TYPE ... USING, SET/DROP DEFAULT, SET/DROP NOT NULL', async () => {
    expect(
      await operationsOf(`ALTER TABLE t DROP COLUMN a, ALTER COLUMN b TYPE bigint USING b::bigint,
        ALTER COLUMN c SET DEFAULT now(), ALTER COLUMN c DROP DEFAULT,
        ALTER COLUMN d SET NOT NULL, ALTER COLUMN d DROP NOT NULL`),
    ).toStrictEqual([
      { kind: 'remove_column', line: 1, table: 't', columns: ['a'] },
      { kind: 'change_column', line: 1, table: 't', columns: ['b'], columnType: 'bigint' },
      { kind: 'change_column_default', line: 1, table: 't', columns: ['c'], default: { kind: 'sql', sql: 'now()' } },
      { kind: 'change_column_default', line: 1, table: 't', columns: ['c'], default: { kind: 'constant', value: null } },
      { kind: 'change_column_null', line: 1, table: 't', columns: ['d'], nullable: false },
      { kind: 'change_column_null', line: 1, table: 't', columns: ['d'], nullable: true },
    ]);
  });

  test('constraints: FOREIGN KEY, CHECK NOT VALID, UNIQUE, UNIQUE USING INDEX, PRIMARY KEY, EXCLUDE, VALIDATE, DROP', async () => {
    expect(
      await operationsOf(`ALTER TABLE t
        ADD CONSTRAINT fk FOREIGN KEY (a_id) REFERENCES s.a (id),
        ADD CONSTRAINT ck CHECK (n > 0) NOT VALID,
        ADD CONSTRAINT uq UNIQUE (x, y),
        ADD CONSTRAINT uq2 UNIQUE USING INDEX ix,
        ADD PRIMARY KEY (id),
        ADD CONSTRAINT ex EXCLUDE USING gist (r WITH &&),
        VALIDATE CONSTRAINT ck,
        DROP CONSTRAINT old`),
    ).toStrictEqual([
      { kind: 'add_foreign_key', line: 1, table: 't', otherTable: 's.a', columns: ['a_id'], validate: true },
      { kind: 'add_check_constraint', line: 1, table: 't', validate: false },
      { kind: 'add_unique_constraint', line: 1, table: 't', columns: ['x', 'y'], unique: true },
      { kind: 'add_unique_constraint', line: 1, table: 't', unique: true, method: 'USING INDEX' },
      { kind: 'add_index', line: 1, table: 't', columns: ['id'], unique: true },
      { kind: 'add_exclusion_constraint', line: 1, table: 't' },
      { kind: 'validate_constraint', line: 1, table: 't' },
      { kind: 'remove_constraint', line: 1, table: 't' },
    ]);
  });

  test('rewrites the cost model must see: SET TABLESPACE, SET LOGGED/UNLOGGED; others are execute by subtype', async () => {
    expect(await operationsOf('ALTER TABLE t SET TABLESPACE fast, SET LOGGED; ALTER TABLE t SET UNLOGGED; ALTER TABLE t ENABLE TRIGGER ALL')).toStrictEqual([
      { kind: 'execute', line: 1, table: 't', method: 'ALTER TABLE SET TABLESPACE' },
      { kind: 'execute', line: 1, table: 't', method: 'ALTER TABLE SET LOGGED' },
      { kind: 'execute', line: 1, table: 't', method: 'ALTER TABLE SET UNLOGGED' },
      { kind: 'execute', line: 1, table: 't', method: 'ALTER TABLE AT_EnableTrigAll' },
    ]);
  });
});

describe('other statements', () => {
  test('tables, indexes and renames', async () => {
    expect(
      await operationsOf(`CREATE TABLE s.items (id bigint, name text);
DROP TABLE a, s.b;
CREATE UNIQUE INDEX CONCURRENTLY ix ON items USING btree (lower(name), id DESC) WHERE id > 0;
DROP INDEX CONCURRENTLY ix;
ALTER TABLE items RENAME TO things;
ALTER TABLE things RENAME COLUMN name TO title;
ALTER INDEX ix RENAME TO iy;
ALTER TABLE things RENAME CONSTRAINT c1 TO c2;`),
    ).toStrictEqual([
      { kind: 'create_table', line: 1, table: 's.items', columns: ['id', 'name'] },
      { kind: 'drop_table', line: 2, table: 'a' },
      { kind: 'drop_table', line: 2, table: 's.b' },
      { kind: 'add_index', line: 3, table: 'items', columns: ['lower(name)', 'id'], unique: true, concurrently: true },
      { kind: 'remove_index', line: 4, concurrently: true },
      { kind: 'rename_table', line: 5, table: 'items', otherTable: 'things' },
      { kind: 'rename_column', line: 6, table: 'things', columns: ['name', 'title'] },
      { kind: 'rename_index', line: 7, columns: ['ix', 'iy'] },
      { kind: 'sql_metadata', line: 8, table: 'things', method: 'RENAME CONSTRAINT' },
    ]);
  });

  test('data changes: UPDATE/DELETE (partial with WHERE), INSERT VALUES counts rows, INSERT SELECT', async () => {
    expect(
      await operationsOf(`UPDATE users SET a = 1;
UPDATE users SET a = 1 WHERE id < 100;
DELETE FROM logs WHERE created_at < now() - interval '1 year';
DELETE FROM logs;
INSERT INTO roles (name) VALUES ('a'), ('b'), ('c');
INSERT INTO archive SELECT * FROM logs;`),
    ).toStrictEqual([
      { kind: 'backfill', line: 1, table: 'users', partial: false },
      { kind: 'backfill', line: 2, table: 'users', partial: true },
      { kind: 'backfill', line: 3, table: 'logs', partial: true },
      { kind: 'backfill', line: 4, table: 'logs', partial: false },
      { kind: 'backfill', line: 5, table: 'roles', rowsAffected: 3 },
      { kind: 'backfill', line: 6, table: 'archive' },
    ]);
  });

  test('catalog-only statements are sql_metadata naming the statement', async () => {
    const operations = await operationsOf(`CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;
CREATE TYPE mood AS ENUM ('a');
CREATE EXTENSION IF NOT EXISTS citext;
CREATE VIEW v AS SELECT 1;
CREATE SEQUENCE seq;
CREATE TRIGGER trg BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION f();
CREATE SCHEMA app;
COMMENT ON EXTENSION citext IS 'x';
GRANT SELECT ON t TO reader;
REVOKE SELECT ON t FROM reader;
SET lock_timeout = '5s';
RESET lock_timeout;
ALTER TYPE mood ADD VALUE 'b';`);
    expect(operations.map((operation) => [operation.kind, operation.method, operation.line])).toEqual([
      ['sql_metadata', 'CREATE FUNCTION', 1],
      ['sql_metadata', 'CREATE TYPE', 2],
      ['sql_metadata', 'CREATE EXTENSION', 3],
      ['sql_metadata', 'CREATE VIEW', 4],
      ['sql_metadata', 'CREATE SEQUENCE', 5],
      ['sql_metadata', 'CREATE TRIGGER', 6],
      ['sql_metadata', 'CREATE SCHEMA', 7],
      ['sql_metadata', 'COMMENT', 8],
      ['sql_metadata', 'GRANT', 9],
      ['sql_metadata', 'REVOKE', 10],
      ['sql_metadata', 'SET', 11],
      ['sql_metadata', 'RESET', 12],
      ['sql_metadata', 'ALTER TYPE ADD VALUE', 13],
    ]);
  });

  test('comments on tables and columns use the ActiveRecord kinds', async () => {
    expect(await operationsOf("COMMENT ON TABLE s.t IS 'x'; COMMENT ON COLUMN t.c IS 'y'")).toStrictEqual([
      { kind: 'change_table_comment', line: 1, table: 's.t' },
      { kind: 'change_column_comment', line: 1, table: 't', columns: ['c'] },
    ]);
  });

  test('rewrites and maintenance: CLUSTER, VACUUM FULL, REINDEX; unknown statements are execute by node type', async () => {
    expect(
      await operationsOf(`CLUSTER t USING ix;
VACUUM FULL t;
VACUUM t;
REINDEX TABLE CONCURRENTLY t;
DO $$ BEGIN PERFORM 1; END $$;
LOCK TABLE t IN ACCESS EXCLUSIVE MODE;`),
    ).toStrictEqual([
      { kind: 'execute', line: 1, table: 't', method: 'CLUSTER' },
      { kind: 'execute', line: 2, table: 't', method: 'VACUUM FULL' },
      { kind: 'execute', line: 3, table: 't', method: 'VACUUM' },
      { kind: 'execute', line: 4, table: 't', method: 'REINDEX', concurrently: true },
      { kind: 'execute', line: 5, method: 'DoStmt' },
      { kind: 'execute', line: 6, method: 'LockStmt' },
    ]);
  });
});

describe('transactions and errors', () => {
  test('BEGIN/COMMIT produce no operation but are reported; CONCURRENTLY statements are reported', async () => {
    const reading = await readPostgresSql('BEGIN;\nALTER TABLE t ADD c int;\nCOMMIT;\nCREATE INDEX CONCURRENTLY ix ON t (c);', options);
    expect(reading.operations.map((operation) => operation.kind)).toEqual(['add_column', 'add_index']);
    expect(reading.transactionControl).toEqual([
      { statement: 'BEGIN', line: 1 },
      { statement: 'COMMIT', line: 3 },
    ]);
    expect(reading.nonTransactional).toEqual([{ statement: 'CREATE INDEX CONCURRENTLY', line: 4 }]);
  });

  test('lines and excerpts: leading comments skipped, firstLine honoured, excerpt is the first line trimmed to 160', async () => {
    const long = `UPDATE t SET c = '${'x'.repeat(200)}'`;
    const [first, second] = await parsePostgresSql(`-- header\n\n  /* note */ ALTER TABLE t\n  DROP COLUMN c;\n${long};`, { firstLine: 20, safetyAssured: true });
    expect(first).toMatchObject({ line: 22, code: 'ALTER TABLE t', sql: 'ALTER TABLE t\n  DROP COLUMN c', safetyAssured: true });
    expect(second.line).toBe(24);
    expect(second.code).toHaveLength(160);
  });

  test('lines count characters, not bytes, after non-ASCII text', async () => {
    const operations = await parsePostgresSql("COMMENT ON TABLE t IS 'café ☕';\nALTER TABLE t DROP COLUMN c;", options);
    expect(operations.map((operation) => [operation.kind, operation.line, operation.sql])).toEqual([
      ['change_table_comment', 1, "COMMENT ON TABLE t IS 'café ☕'"],
      ['remove_column', 2, 'ALTER TABLE t DROP COLUMN c'],
    ]);
  });

  test('parsePostgresSql throws SqlSyntaxError with lines; readPostgresSql returns them', async () => {
    await expect(parsePostgresSql('SELECT 1;\nALTER TABLE;', options)).rejects.toBeInstanceOf(SqlSyntaxError);
    const reading = await readPostgresSql('SELECT 1;\nALTER TABLE;\nDROP TABLE x;', options);
    expect(reading.errors).toEqual([{ message: 'syntax error at or near ";"', line: 2 }]);
    expect(reading.operations.map((operation) => [operation.kind, operation.line])).toEqual([
      ['execute', 1],
      ['drop_table', 3],
    ]);
  });
});

describe('foreign keys declared in CREATE TABLE', () => {
  test('each becomes an add_foreign_key on the new table, naming the referenced table', async () => {
    const sql = 'CREATE TABLE refunds (\n  id bigserial PRIMARY KEY,\n  order_id bigint NOT NULL REFERENCES orders (id),\n  customer_id bigint,\n  FOREIGN KEY (customer_id) REFERENCES customers (id)\n);\n';
    const operations = await parsePostgresSql(sql, { firstLine: 1, safetyAssured: false });
    expect(operations.map((op) => [op.kind, op.table, op.otherTable, op.columns])).toEqual([
      ['create_table', 'refunds', undefined, ['id', 'order_id', 'customer_id']],
      ['add_foreign_key', 'refunds', 'orders', ['order_id']],
      ['add_foreign_key', 'refunds', 'customers', ['customer_id']],
    ]);
  });
});
