import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlClient } from '../../src/databases/client.js';
import { readTableStats, splitQualifiedName } from '../../src/databases/table-stats.js';
import { ROWS_UNCERTAINTY, type TableStats } from '../../src/gates/migrations/model.js';
import { availableDatabase, connectTestDatabase, scratchName } from '../helpers/databases.js';

/** rows within the uncertainty the reader itself claims, so the claim is tested too. */
function expectRowsNear(stats: TableStats | undefined, expected: number): void {
  expect(stats?.rows).not.toBeNull();
  const uncertainty = stats?.rowsUncertainty ?? 0;
  expect(Math.abs((stats?.rows ?? 0) - expected)).toBeLessThanOrEqual(expected * uncertainty);
}

/** Counts the queries, to hold the reader to "one query per call, not one per table". */
function countingClient(client: SqlClient): { client: SqlClient; queries: () => number } {
  let count = 0;
  return {
    client: { ...client, query: (sql, params) => ((count += 1), client.query(sql, params)) },
    queries: () => count,
  };
}

const pgUrl = await availableDatabase('postgresql', 'the table-stats tests');

describe.skipIf(!pgUrl)('readTableStats on PostgreSQL', () => {
  let client: SqlClient;
  const schema = scratchName('stats');

  beforeAll(async () => {
    client = await connectTestDatabase('postgresql');
    // autovacuum is off on every table: it would otherwise ANALYZE "never analysed" mid-test.
    const off = 'WITH (autovacuum_enabled = false)';
    await client.query(`CREATE SCHEMA ${schema}`);
    await client.query(`CREATE TABLE ${schema}.orders (id bigserial PRIMARY KEY, email text, total int) ${off}`);
    await client.query(`CREATE INDEX ON ${schema}.orders (email)`);
    await client.query(`CREATE INDEX ON ${schema}.orders (total, email)`);
    await client.query(`INSERT INTO ${schema}.orders (email, total) SELECT 'user' || n || '@example.com', n FROM generate_series(1, 10000) AS n`);
    await client.query(`ANALYZE ${schema}.orders`);

    await client.query(`CREATE TABLE ${schema}.never_analysed (id int PRIMARY KEY) ${off}`);
    await client.query(`INSERT INTO ${schema}.never_analysed SELECT generate_series(1, 1000)`);
    await client.query(`CREATE TABLE ${schema}.empty (id int, note text) ${off}`);

    await client.query(`CREATE TABLE ${schema}.events (id int NOT NULL, at date NOT NULL, PRIMARY KEY (id, at)) PARTITION BY RANGE (at)`);
    await client.query(`CREATE INDEX ON ${schema}.events (at)`);
    await client.query(`CREATE TABLE ${schema}.events_2025 PARTITION OF ${schema}.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') ${off}`);
    await client.query(`CREATE TABLE ${schema}.events_2026 PARTITION OF ${schema}.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') ${off}`);
    // A partition made ahead of time and never written to: empty, not unknown.
    await client.query(`CREATE TABLE ${schema}.events_2027 PARTITION OF ${schema}.events FOR VALUES FROM ('2027-01-01') TO ('2028-01-01') ${off}`);
    await client.query(`INSERT INTO ${schema}.events SELECT n, date '2025-01-01' + (n % 365) FROM generate_series(1, 6000) AS n`);
    await client.query(`INSERT INTO ${schema}.events SELECT n, date '2026-01-01' + (n % 365) FROM generate_series(1, 4000) AS n`);
    await client.query(`ANALYZE ${schema}.events`);

    await client.query(`CREATE TABLE ${schema}."Accounts" (id int PRIMARY KEY) ${off}`);
    await client.query(`INSERT INTO ${schema}."Accounts" SELECT generate_series(1, 300)`);
    await client.query(`ANALYZE ${schema}."Accounts"`);
    await client.query(`CREATE VIEW ${schema}.recent_orders AS SELECT * FROM ${schema}.orders`);
  });

  afterAll(async () => {
    await client?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client?.close();
  });

  it('reads rows, bytes and index counts of an analysed table, in one query for all tables', async () => {
    const { client: counted, queries } = countingClient(client);
    const snapshot = await readTableStats(counted, [`${schema}.orders`, `${schema}.events`, `${schema}.empty`, `${schema}.never_analysed`]);
    expect(queries()).toBe(1);
    expect(snapshot.adapter).toBe('postgresql');
    expect(snapshot.serverVersion).toMatch(/^\d+\.\d+/);
    expect(snapshot.source).toBe('postgresql://127.0.0.1:5432/test');
    const orders = snapshot.tables.get(`${schema}.orders`);
    expect(orders?.table).toBe(`${schema}.orders`);
    expect(orders?.rowsUncertainty).toBe(ROWS_UNCERTAINTY.postgresql);
    expectRowsNear(orders, 10_000);
    expect(orders?.bytes).toBeGreaterThan(0);
    expect(orders?.indexBytes).toBeGreaterThan(0);
    expect(orders?.indexCount).toBe(3);
  });

  it('reports a never-analysed table as unknown (null), never as 0 rows', async () => {
    const snapshot = await readTableStats(client, [`${schema}.never_analysed`]);
    const stats = snapshot.tables.get(`${schema}.never_analysed`);
    expect(stats?.rows).toBeNull();
    expect(stats?.bytes).toBeGreaterThan(0);
    expect(stats?.indexCount).toBe(1);
  });

  it('reports an empty table that was never analysed as exactly 0 rows: it has no page on disk', async () => {
    const stats = (await readTableStats(client, [`${schema}.empty`])).tables.get(`${schema}.empty`);
    expect(stats).toMatchObject({ rows: 0, rowsUncertainty: 0, indexCount: 0, indexBytes: 0 });
  });

  it('sums the partitions of a partitioned table, counting the indexes declared on it', async () => {
    const stats = (await readTableStats(client, [`${schema}.events`])).tables.get(`${schema}.events`);
    expectRowsNear(stats, 10_000);
    expect(stats?.bytes).toBeGreaterThan(0);
    expect(stats?.indexBytes).toBeGreaterThan(0);
    expect(stats?.indexCount).toBe(2);
    const partition = (await readTableStats(client, [`${schema}.events_2025`])).tables.get(`${schema}.events_2025`);
    expectRowsNear(partition, 6_000);
  });

  it('makes a partitioned table unknown when one of its non-empty partitions was never analysed', async () => {
    await client.query(`CREATE TABLE ${schema}.logs (id int NOT NULL) PARTITION BY RANGE (id)`);
    await client.query(`CREATE TABLE ${schema}.logs_a PARTITION OF ${schema}.logs FOR VALUES FROM (0) TO (1000) WITH (autovacuum_enabled = false)`);
    await client.query(`CREATE TABLE ${schema}.logs_b PARTITION OF ${schema}.logs FOR VALUES FROM (1000) TO (2000) WITH (autovacuum_enabled = false)`);
    await client.query(`INSERT INTO ${schema}.logs SELECT generate_series(0, 1999)`);
    await client.query(`ANALYZE ${schema}.logs_a`);
    const stats = (await readTableStats(client, [`${schema}.logs`])).tables.get(`${schema}.logs`);
    expect(stats?.rows).toBeNull();
  });

  it('resolves unqualified names through the search_path, exact case first, then folded', async () => {
    await client.query(`SET search_path TO ${schema}, public`);
    try {
      const snapshot = await readTableStats(client, ['orders', 'Accounts', 'ORDERS', '"Accounts"', '"ORDERS"']);
      expectRowsNear(snapshot.tables.get('orders'), 10_000);
      expectRowsNear(snapshot.tables.get('ORDERS'), 10_000);
      expectRowsNear(snapshot.tables.get('Accounts'), 300);
      expectRowsNear(snapshot.tables.get('"Accounts"'), 300);
      // Quoted means exact: "ORDERS" is not orders.
      expect(snapshot.tables.has('"ORDERS"')).toBe(false);
    } finally {
      await client.query('RESET search_path');
    }
  });

  it('leaves out tables that do not exist, views, indexes, and names that cannot be tables', async () => {
    const snapshot = await readTableStats(client, [
      `${schema}.no_such_table`,
      'no_such_table',
      `no_such_schema.orders`,
      `${schema}.recent_orders`,
      `${schema}.orders_email_idx`,
      'a.b.c',
      '',
      '"unterminated',
      `${schema}.orders`,
      `${schema}.orders`,
    ]);
    expect([...snapshot.tables.keys()]).toEqual([`${schema}.orders`]);
  });

  it('asks nothing when no table is named', async () => {
    const { client: counted, queries } = countingClient(client);
    const snapshot = await readTableStats(counted, []);
    expect(snapshot.tables.size).toBe(0);
    expect(queries()).toBe(0);
  });
});

const mysqlUrl = await availableDatabase('mysql', 'the table-stats tests');

describe.skipIf(!mysqlUrl)('readTableStats on MariaDB/MySQL', () => {
  let client: SqlClient;
  const orders = scratchName('stats_orders');
  const counters = scratchName('stats_counters');

  beforeAll(async () => {
    client = await connectTestDatabase('mysql');
    await client.query(
      `CREATE TABLE ${orders} (id BIGINT AUTO_INCREMENT PRIMARY KEY, email VARCHAR(100), total INT,
         KEY by_email (email), KEY by_total_email (total, email)) ENGINE=InnoDB`,
    );
    // 10,000 rows from a cross join of digits: portable, where MySQL 8 caps recursive CTEs at 1,000.
    const digits = '(SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)';
    await client.query(
      `INSERT INTO ${orders} (email, total)
       SELECT CONCAT('user', n, '@example.com'), n FROM
         (SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d AS n FROM ${digits} a, ${digits} b, ${digits} c, ${digits} e) numbers`,
    );
    await client.query(`ANALYZE TABLE ${orders}`);
    await client.query(`CREATE TABLE ${counters} (id INT PRIMARY KEY, hits INT) ENGINE=MyISAM`);
    await client.query(`INSERT INTO ${counters} VALUES (1, 0), (2, 0), (3, 0)`);
  });

  afterAll(async () => {
    await client?.query(`DROP TABLE IF EXISTS ${orders}, ${counters}`);
    await client?.close();
  });

  it('reads an InnoDB table: rows within its 50% estimate, bytes, distinct index names', async () => {
    const snapshot = await readTableStats(client, [orders]);
    expect(snapshot.adapter).toBe('mysql');
    expect(snapshot.serverVersion).toMatch(/^\d+\.\d+/);
    expect(snapshot.source).toBe('mysql://127.0.0.1:3306/test');
    const stats = snapshot.tables.get(orders);
    expect(stats?.rowsUncertainty).toBe(ROWS_UNCERTAINTY.mysql);
    expectRowsNear(stats, 10_000);
    expect(stats?.bytes).toBeGreaterThan(0);
    expect(stats?.indexBytes).toBeGreaterThan(0);
    expect(stats?.indexCount).toBe(3);
  });

  it('reads an exact count from MyISAM', async () => {
    const stats = (await readTableStats(client, [counters])).tables.get(counters);
    expect(stats).toMatchObject({ rows: 3, rowsUncertainty: 0, indexCount: 1 });
  });

  it('accepts database.table and backquotes, and leaves out what does not exist, in two queries', async () => {
    const { client: counted, queries } = countingClient(client);
    const snapshot = await readTableStats(counted, [`test.${orders}`, `\`${counters}\``, 'no_such_table', 'no_such_db.x', 'a.b.c', orders]);
    expect(queries()).toBeLessThanOrEqual(3);
    expect([...snapshot.tables.keys()].sort()).toEqual([`\`${counters}\``, orders, `test.${orders}`].sort());
    expectRowsNear(snapshot.tables.get(`test.${orders}`), 10_000);
  });
});

describe('splitQualifiedName', () => {
  it('splits on the dot outside double quotes and unescapes doubled quotes', () => {
    expect(splitQualifiedName('orders')).toEqual({ table: { text: 'orders', quoted: false } });
    expect(splitQualifiedName('public.orders')).toEqual({ schema: { text: 'public', quoted: false }, table: { text: 'orders', quoted: false } });
    expect(splitQualifiedName('"my.schema"."A""b"')).toEqual({ schema: { text: 'my.schema', quoted: true }, table: { text: 'A"b', quoted: true } });
    expect(splitQualifiedName('a.b.c')).toBeUndefined();
    expect(splitQualifiedName('a.')).toBeUndefined();
    expect(splitQualifiedName('"a"b')).toBeUndefined();
  });
});

describe('readTableStats on MySQL 8 (no server here: a recording client)', () => {
  function recordingClient(serverVersion: string): { client: SqlClient; sql: string[] } {
    const sql: string[] = [];
    const client: SqlClient = {
      adapter: 'mysql',
      serverVersion,
      description: 'mysql://db.internal:3306/shop',
      query: async (text) => {
        sql.push(text);
        return text.startsWith('SELECT DATABASE()') ? [{ name: 'shop' }] : [];
      },
      close: async () => {},
    };
    return { client, sql };
  }

  it('turns off the information_schema cache on MySQL 8, whose sizes are otherwise up to a day old', async () => {
    const mysql8 = recordingClient('8.0.35');
    await readTableStats(mysql8.client, ['orders']);
    expect(mysql8.sql[0]).toBe('SET SESSION information_schema_stats_expiry = 0');
    const mariadb = recordingClient('11.4.2-MariaDB');
    await readTableStats(mariadb.client, ['orders']);
    expect(mariadb.sql.some((text) => text.includes('information_schema_stats_expiry'))).toBe(false);
  });
});
