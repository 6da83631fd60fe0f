// The calibration workload: a realistic table (ints, varchars, timestamps, a text payload, a
// primary key and a secondary index) in a scratch namespace, and one representative operation
// per cost class, run for real. Shared by `calibrate()` and the estimator benchmark, so both time
// exactly the same statements. Every identifier here is generated (never user input).

import { randomBytes } from 'node:crypto';
import type { SqlClient } from '../databases/client.js';
import type { Adapter } from '../gates/migrations/model.js';
import type { ModelledClass } from '../gates/migrations/cost/rates.js';

export interface MeasuredShape {
  /** What the stats adapters would report: reltuples / TABLE_ROWS (an estimate on InnoDB). */
  statsRows: number;
  /** Heap / clustered-index bytes (pg_relation_size / DATA_LENGTH), as TableStats.bytes. */
  bytes: number;
  /** Indexes including the primary key, as TableStats.indexCount. */
  indexCount: number;
}

export interface Workload {
  adapter: Adapter;
  /** The scratch schema (PostgreSQL) or database (MySQL) the workload creates and drops. */
  scratch: string;
  createScratch(): Promise<void>;
  dropScratch(): Promise<void>;
  /** Creates and fills `table` with `rows` rows whose payload is `payloadChars` long. */
  createTable(table: string, rows: number, payloadChars: number): Promise<void>;
  dropTable(table: string): Promise<void>;
  measureShape(table: string): Promise<MeasuredShape>;
  /** The server's buffer cache in bytes (undefined when it cannot be read). */
  cacheBytes(): Promise<number | undefined>;
  /** The classes this adapter can run, in the order they must run (each leaves the table usable for the next). */
  classes: readonly ModelledClass[];
  /**
   * Runs the class's representative operation once and returns its wall time in seconds. The
   * untimed clean-up after it (drop the index, the column, the NOT NULL) leaves the table as it was
   * for every class but `rewrite` and `backfill`, so those others can be repeated.
   */
  run(costClass: ModelledClass, table: string): Promise<number>;
}

export function scratchNamespace(): string {
  return `deploy_gates_calibration_${randomBytes(5).toString('hex')}`;
}

export function createWorkload(client: SqlClient, scratch = scratchNamespace()): Workload {
  return client.adapter === 'postgresql' ? postgresWorkload(client, scratch) : mysqlWorkload(client, scratch);
}

async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await action();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

function postgresWorkload(client: SqlClient, scratch: string): Workload {
  const q = (table: string) => `${scratch}.${table}`;
  const statements: Record<ModelledClass, (table: string) => { sql: string; cleanUp?: string }> = {
    // Catalog only on PostgreSQL >= 11: a constant default is stored, not written to every row.
    metadata: (t) => ({ sql: `ALTER TABLE ${q(t)} ADD COLUMN note varchar(20) DEFAULT 'none'`, cleanUp: `ALTER TABLE ${q(t)} DROP COLUMN note` }),
    scan: (t) => ({ sql: `ALTER TABLE ${q(t)} ALTER COLUMN email SET NOT NULL`, cleanUp: `ALTER TABLE ${q(t)} ALTER COLUMN email DROP NOT NULL` }),
    index: (t) => ({ sql: `CREATE INDEX ${t}_created_at ON ${q(t)} (created_at)`, cleanUp: `DROP INDEX ${q(`${t}_created_at`)}` }),
    'concurrent-index': (t) => ({
      sql: `CREATE INDEX CONCURRENTLY ${t}_updated_at ON ${q(t)} (updated_at)`,
      cleanUp: `DROP INDEX ${q(`${t}_updated_at`)}`,
    }),
    // int → bigint is not binary-coercible: the heap and both indexes are rewritten.
    rewrite: (t) => ({ sql: `ALTER TABLE ${q(t)} ALTER COLUMN counter TYPE bigint` }),
    backfill: (t) => ({ sql: `UPDATE ${q(t)} SET counter = counter + 1` }),
  };
  return {
    adapter: 'postgresql',
    scratch,
    async createScratch() {
      await client.query(`CREATE SCHEMA ${scratch}`);
    },
    async dropScratch() {
      await client.query(`DROP SCHEMA IF EXISTS ${scratch} CASCADE`);
    },
    async createTable(table, rows, payloadChars) {
      await client.query(
        `CREATE TABLE ${q(table)} (
           id bigint PRIMARY KEY, account_id integer NOT NULL, state varchar(20) NOT NULL, email varchar(255),
           counter integer NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, payload text)`,
      );
      await client.query(
        `INSERT INTO ${q(table)}
         SELECT g, (g * 7919) % 100000, (ARRAY['active','pending','closed'])[1 + g % 3], 'user' || g || '@example.com',
                g % 1000, timestamp '2020-01-01' + g * interval '1 second', timestamp '2021-01-01' + (g * 7) % 1000003 * interval '1 second',
                left(repeat(md5(g::text), ${Math.ceil(payloadChars / 32)}), ${payloadChars})
         FROM generate_series(1::bigint, ${Math.floor(rows)}) AS g`,
      );
      await client.query(`CREATE INDEX ${table}_account_id ON ${q(table)} (account_id)`);
      // Like a production table: visibility map and hint bits set, statistics current. Without it
      // the first operation would pay for setting hint bits on every page.
      await client.query(`VACUUM (ANALYZE) ${q(table)}`);
      // The load's dirty pages would otherwise be flushed by a checkpoint in the middle of a timed
      // operation. Needs pg_checkpoint (PostgreSQL 15) or superuser: without it, timings are noisier.
      await client.query('CHECKPOINT').catch(() => {});
    },
    async dropTable(table) {
      await client.query(`DROP TABLE IF EXISTS ${q(table)}`);
    },
    async measureShape(table) {
      const [row] = await client.query(
        `SELECT c.reltuples::float8 AS rows, pg_relation_size(c.oid)::float8 AS bytes,
                (SELECT count(*) FROM pg_index i WHERE i.indrelid = c.oid)::int AS indexes
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2`,
        [scratch, table],
      );
      return { statsRows: Number(row?.['rows']), bytes: Number(row?.['bytes']), indexCount: Number(row?.['indexes']) };
    },
    async cacheBytes() {
      const [row] = await client.query("SELECT pg_size_bytes(current_setting('shared_buffers'))::float8 AS bytes").catch(() => []);
      return positiveOrUndefined(row?.['bytes']);
    },
    classes: ['metadata', 'scan', 'index', 'concurrent-index', 'rewrite', 'backfill'],
    async run(costClass, table) {
      const { sql, cleanUp } = statements[costClass](table);
      const seconds = await timed(() => client.query(sql));
      if (cleanUp) await client.query(cleanUp);
      return seconds;
    },
  };
}

function mysqlWorkload(client: SqlClient, scratch: string): Workload {
  const q = (table: string) => `\`${scratch}\`.\`${table}\``;
  const statements: Partial<Record<ModelledClass, (table: string) => { sql: string; cleanUp?: string }>> = {
    metadata: (t) => ({
      sql: `ALTER TABLE ${q(t)} ADD COLUMN note VARCHAR(20) DEFAULT 'none', ALGORITHM=INSTANT`,
      cleanUp: `ALTER TABLE ${q(t)} DROP COLUMN note`,
    }),
    index: (t) => ({
      sql: `ALTER TABLE ${q(t)} ADD INDEX idx_created_at (created_at), ALGORITHM=INPLACE, LOCK=NONE`,
      cleanUp: `ALTER TABLE ${q(t)} DROP INDEX idx_created_at`,
    }),
    // Changing a type is COPY-only: the most expensive rewrite, the one the gate must not underestimate.
    rewrite: (t) => ({ sql: `ALTER TABLE ${q(t)} MODIFY counter BIGINT NOT NULL, ALGORITHM=COPY` }),
    backfill: (t) => ({ sql: `UPDATE ${q(t)} SET counter = counter + 1` }),
  };
  const mariadb = /mariadb/i.test(client.serverVersion);
  return {
    adapter: 'mysql',
    scratch,
    async createScratch() {
      await client.query(`CREATE DATABASE \`${scratch}\``);
    },
    async dropScratch() {
      await client.query(`DROP DATABASE IF EXISTS \`${scratch}\``);
    },
    async createTable(table, rows, payloadChars) {
      await client.query(
        `CREATE TABLE ${q(table)} (
           id BIGINT NOT NULL PRIMARY KEY, account_id INT NOT NULL, state VARCHAR(20) NOT NULL, email VARCHAR(255) NULL,
           counter INT NOT NULL, created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL, payload TEXT,
           KEY idx_account_id (account_id)) ENGINE=InnoDB`,
      );
      const n = Math.floor(rows);
      // MariaDB's Sequence engine is the fastest row source; MySQL has a recursive CTE.
      const source = mariadb
        ? `SELECT seq AS g FROM seq_1_to_${n}`
        : `WITH RECURSIVE s (g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s WHERE g < ${n}) SELECT g FROM s`;
      if (!mariadb) await client.query(`SET SESSION cte_max_recursion_depth = ${n + 1}`);
      const dirtyBefore = await innodbDirtyPages(client);
      await client.query(
        `INSERT INTO ${q(table)}
         SELECT g, (g * 7919) % 100000, ELT(1 + g % 3, 'active', 'pending', 'closed'), CONCAT('user', g, '@example.com'),
                g % 1000, TIMESTAMP('2020-01-01') + INTERVAL g SECOND, TIMESTAMP('2021-01-01') + INTERVAL ((g * 7) % 1000003) SECOND,
                LEFT(REPEAT(MD5(g), ${Math.ceil(payloadChars / 32)}), ${payloadChars})
         FROM (${source}) AS numbers`,
      );
      await client.query(`ANALYZE TABLE ${q(table)}`);
      await waitForInnodbFlush(client, dirtyBefore);
    },
    async dropTable(table) {
      await client.query(`DROP TABLE IF EXISTS ${q(table)}`);
    },
    async measureShape(table) {
      const [row] = await client.query(
        `SELECT t.TABLE_ROWS AS \`rows\`, t.DATA_LENGTH AS bytes,
                (SELECT COUNT(DISTINCT s.INDEX_NAME) FROM information_schema.STATISTICS s
                 WHERE s.TABLE_SCHEMA = t.TABLE_SCHEMA AND s.TABLE_NAME = t.TABLE_NAME) AS indexes
         FROM information_schema.TABLES t WHERE t.TABLE_SCHEMA = ? AND t.TABLE_NAME = ?`,
        [scratch, table],
      );
      return { statsRows: Number(row?.['rows']), bytes: Number(row?.['bytes']), indexCount: Number(row?.['indexes']) };
    },
    async cacheBytes() {
      const [row] = await client.query('SELECT @@innodb_buffer_pool_size AS bytes').catch(() => []);
      return positiveOrUndefined(row?.['bytes']);
    },
    // No MySQL DDL is of class `scan` (constraints are checked by a copy), and every secondary
    // index is built online: `scan` keeps its default rates, `concurrent-index` borrows `index`'s.
    classes: ['metadata', 'index', 'rewrite', 'backfill'],
    async run(costClass, table) {
      const statement = statements[costClass]?.(table);
      if (!statement) throw new Error(`no ${costClass} operation for MySQL`);
      const seconds = await timed(() => client.query(statement.sql));
      if (statement.cleanUp) await client.query(statement.cleanUp);
      return seconds;
    },
  };
}

/**
 * Waits (at most 20 s) until InnoDB has written most of a bulk load's dirty pages: a production
 * table is not in the middle of one, and the flushing would otherwise slow the timed operations
 * by a random amount. "Most": back to what was dirty before the load, plus a tenth of the pool, so
 * a small table (or another session's writes) does not make it wait for nothing.
 */
async function waitForInnodbFlush(client: SqlClient, before: { dirty: number; total: number }): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const now = await innodbDirtyPages(client);
    // Also stops when the status is not readable (NaN).
    if (!(now.dirty > before.dirty + now.total * 0.1)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function innodbDirtyPages(client: SqlClient): Promise<{ dirty: number; total: number }> {
  const rows = await client
    .query(
      "SELECT VARIABLE_NAME AS name, VARIABLE_VALUE AS value FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME IN ('INNODB_BUFFER_POOL_PAGES_DIRTY', 'INNODB_BUFFER_POOL_PAGES_TOTAL')",
    )
    .catch(() => []);
  const value = (name: string) => Number(rows.find((row) => String(row['name']).toUpperCase() === name)?.['value'] ?? NaN);
  return { dirty: value('INNODB_BUFFER_POOL_PAGES_DIRTY'), total: value('INNODB_BUFFER_POOL_PAGES_TOTAL') };
}

function positiveOrUndefined(value: unknown): number | undefined {
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : undefined;
}
