import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStatsFile, readStatsFile } from '../../src/databases/stats-file.js';
import { GateInputError } from '../../src/model/result.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'stats');

/** The same three tables every fixture describes, in every accepted form. */
const ORDERS = { table: 'orders', rows: 48_200_000, bytes: 9_800_000_000, indexBytes: 3_100_000_000, indexCount: 7 };

function errorOf(path: string, content: string): string {
  try {
    parseStatsFile(path, content);
  } catch (error) {
    expect(error).toBeInstanceOf(GateInputError);
    return (error as Error).message;
  }
  throw new Error(`${path} was accepted`);
}

const NUMBER_FORM = 'accepted: a whole number such as 48200000 or 48_200_000, or empty, null or unknown when not known.';

describe('parseStatsFile: accepted forms', () => {
  it('reads YAML with the envelope: adapter, version as text, export date in the source', async () => {
    const snapshot = await readStatsFile(join(fixtures, 'production.yml'));
    expect(snapshot.adapter).toBe('postgresql');
    expect(snapshot.serverVersion).toBe('15.10');
    expect(snapshot.source).toBe(`${join(fixtures, 'production.yml')} (exported 2026-11-20)`);
    expect(snapshot.tables.get('orders')).toEqual({ ...ORDERS, rowsUncertainty: 0.1 });
    expect(snapshot.tables.get('public.users')).toEqual({ table: 'public.users', rows: 1_200_000, rowsUncertainty: 0.1 });
    expect(snapshot.tables.get('audit_events')).toEqual({ table: 'audit_events', rows: null, rowsUncertainty: 0.1 });
  });

  it('reads JSON with numbers, underscored strings and null', async () => {
    const snapshot = await readStatsFile(join(fixtures, 'production.json'));
    expect(snapshot.adapter).toBe('mysql');
    expect(snapshot.serverVersion).toBe('8.0.35');
    expect(snapshot.source).toBe(join(fixtures, 'production.json'));
    expect(snapshot.tables.get('orders')).toEqual({ ...ORDERS, rowsUncertainty: 0.5 });
    expect(snapshot.tables.get('users')?.rows).toBe(1_200_000);
    expect(snapshot.tables.get('audit_events')?.rows).toBeNull();
  });

  it('reads CSV with a header, quoted values and empty cells', async () => {
    const snapshot = await readStatsFile(join(fixtures, 'production.csv'));
    expect(snapshot.adapter).toBeUndefined();
    expect(snapshot.tables.get('orders')).toEqual(ORDERS);
    expect(snapshot.tables.get('public.users')).toEqual({ table: 'public.users', rows: 1_200_000 });
    expect(snapshot.tables.get('audit_events')).toEqual({ table: 'audit_events', rows: null });
  });

  it('reads the map form, table: {rows, ...}', async () => {
    const snapshot = await readStatsFile(join(fixtures, 'by-table.yaml'));
    expect(snapshot.tables.get('orders')).toEqual(ORDERS);
    expect(snapshot.tables.get('public.users')?.rows).toBe(1_200_000);
    expect(snapshot.tables.get('audit_events')?.rows).toBeNull();
  });

  it('reads a bare list, the map form inside the envelope, and CSV with only the required columns', () => {
    expect(parseStatsFile('s.yml', '- {table: orders, rows: 5}\n').tables.get('orders')).toEqual({ table: 'orders', rows: 5 });
    expect(parseStatsFile('s.yml', 'tables:\n  orders: {rows: 5}\n').tables.get('orders')?.rows).toBe(5);
    // A table called `tables` in the map form is a table, not the envelope.
    expect(parseStatsFile('s.yml', 'tables: {rows: 5}\n').tables.get('tables')?.rows).toBe(5);
    const csv = parseStatsFile('S.CSV', '\uFEFFTable,Rows\r\norders,5\r\n\r\nusers,unknown\r\n');
    expect([...csv.tables.values()]).toEqual([
      { table: 'orders', rows: 5 },
      { table: 'users', rows: null },
    ]);
  });

  it('reads every spelling of "not known" as null, never as 0', () => {
    for (const unknown of ['', 'null', '~', 'unknown', 'UNKNOWN', '"null"']) {
      expect(parseStatsFile('s.yml', `- {table: t, rows: ${unknown}}\n`).tables.get('t')?.rows).toBeNull();
    }
    expect(parseStatsFile('s.yml', '- table: t\n  rows:\n').tables.get('t')?.rows).toBeNull();
    expect(parseStatsFile('s.yml', '- {table: t, rows: 0}\n').tables.get('t')?.rows).toBe(0);
  });
});

describe('parseStatsFile: errors name the file, the line, the field and the accepted form', () => {
  it('refuses an unknown extension', () => {
    expect(errorOf('stats.txt', 'orders 5')).toBe(
      '`table-stats` file stats.txt has the extension ".txt"; accepted: .yml, .yaml, .json, .csv (the extension says how to read it).',
    );
  });

  it('refuses unknown keys in an entry, in the map form and at the top level', () => {
    expect(errorOf('s.yml', '- table: orders\n  row: 5\n')).toBe(
      '`table-stats` file s.yml, line 2: unknown key `row`; accepted: table, rows, bytes, index_bytes, indexes (as in {table: orders, rows: 48200000}).',
    );
    expect(errorOf('s.yml', 'orders:\n  rows: 5\n  table: orders\n')).toBe(
      '`table-stats` file s.yml, line 3: unknown key `table`; accepted: rows, bytes, index_bytes, indexes (as in orders: {rows: 48200000}).',
    );
    expect(errorOf('s.yml', 'exported: 2026-11-20\ntables: []\n')).toBe(
      '`table-stats` file s.yml, line 1: unknown key `exported` at the top level; accepted: adapter, database_version, exported_at, tables.',
    );
  });

  it('refuses negative and non-numeric numbers, naming the table and the field', () => {
    expect(errorOf('s.yml', '- table: orders\n  rows: -5\n')).toBe(`\`table-stats\` file s.yml, line 2 (table orders): \`rows\` is "-5", a negative number; ${NUMBER_FORM}`);
    expect(errorOf('s.json', '[{"table": "orders", "rows": 5, "bytes": "12 GB"}]')).toBe(
      `\`table-stats\` file s.json, line 1 (table orders): \`bytes\` is "12 GB", not a whole number; ${NUMBER_FORM}`,
    );
    expect(errorOf('s.json', '[{"table": "orders", "rows": 4.5}]')).toBe(
      `\`table-stats\` file s.json, line 1 (table orders): \`rows\` is "4.5", not a whole number; ${NUMBER_FORM}`,
    );
    expect(errorOf('s.json', '[{"table": "orders", "rows": true}]')).toMatch(/`rows` is "true", not a whole number/);
    expect(errorOf('s.csv', 'table,rows,indexes\norders,5,\nusers,1,-2\n')).toBe(
      `\`table-stats\` file s.csv, line 3 (table users): \`indexes\` is "-2", a negative number; ${NUMBER_FORM}`,
    );
    expect(errorOf('s.yml', '- {table: t, rows: [1]}\n')).toBe(`\`table-stats\` file s.yml, line 1 (table t): \`rows\` is a list or mapping; ${NUMBER_FORM}`);
    expect(errorOf('s.yml', '- {table: t, rows: 99999999999999999999}\n')).toMatch(/`rows` is 99999999999999999999, too large to be exact/);
  });

  it('refuses a table listed twice, in every form', () => {
    expect(errorOf('s.yml', '- {table: orders, rows: 5}\n- {table: users, rows: 1}\n- {table: orders, rows: 6}\n')).toBe(
      '`table-stats` file s.yml, line 3: table `orders` is listed twice (also on line 1); keep one entry per table.',
    );
    expect(errorOf('s.yml', 'orders: {rows: 5}\norders: {rows: 6}\n')).toBe(
      '`table-stats` file s.yml, line 2: table `orders` is listed twice (also on line 1); keep one entry per table.',
    );
    expect(errorOf('s.csv', 'table,rows\norders,5\norders,6\n')).toBe(
      '`table-stats` file s.csv, line 3: table `orders` is listed twice (also on line 2); keep one entry per table.',
    );
    expect(errorOf('s.yml', '- table: orders\n  rows: 5\n  rows: 6\n')).toBe('`table-stats` file s.yml, line 3: `rows` is written twice in one entry (also on line 2); keep one.');
  });

  it('refuses a CSV header without the table or rows column, or with an unknown column', () => {
    const accepted = 'accepted columns: table, rows, bytes, index_bytes, indexes (table and rows are required).';
    expect(errorOf('s.csv', 'name,rows\norders,5\n')).toBe(`\`table-stats\` file s.csv, line 1: the header has an unknown column "name"; ${accepted}`);
    expect(errorOf('s.csv', 'rows,bytes\n5,6\n')).toBe(`\`table-stats\` file s.csv, line 1: the header has no \`table\` column; ${accepted}`);
    expect(errorOf('s.csv', 'table,bytes\norders,6\n')).toBe(`\`table-stats\` file s.csv, line 1: the header has no \`rows\` column; ${accepted}`);
    expect(errorOf('s.csv', 'table,rows,rows\norders,5,5\n')).toBe(`\`table-stats\` file s.csv, line 1: the header has the column \`rows\` twice; ${accepted}`);
  });

  it('refuses CSV lines with the wrong number of values and unclosed quotes', () => {
    expect(errorOf('s.csv', 'table,rows\norders,5,6\n')).toBe('`table-stats` file s.csv, line 2: has 3 values where the header has 2 columns (table, rows).');
    expect(errorOf('s.csv', 'table,rows\n"orders,5\n')).toBe('`table-stats` file s.csv, line 2: a quoted value is never closed (a `"` is missing).');
  });

  it('refuses entries without a table name or without rows', () => {
    const form = 'accepted form: {table: orders, rows: 48200000}, or a `table` column in CSV.';
    expect(errorOf('s.yml', '- rows: 5\n')).toBe(`\`table-stats\` file s.yml, line 1: the entry has no \`table\`; ${form}`);
    expect(errorOf('s.csv', 'table,rows\n,5\n')).toBe(`\`table-stats\` file s.csv, line 2: \`table\` is empty; ${form}`);
    expect(errorOf('s.yml', '- {table: [a], rows: 5}\n')).toBe(`\`table-stats\` file s.yml, line 1: \`table\` must be a name, not a list or mapping; ${form}`);
    expect(errorOf('s.yml', '- table: orders\n')).toBe(
      '`table-stats` file s.yml, line 1 (table orders): has no `rows`; write `rows: unknown` when the count is not known.',
    );
  });

  it('refuses shapes that are not a list of entries', () => {
    expect(errorOf('s.yml', '- orders\n')).toBe('`table-stats` file s.yml, line 1: each entry of the list must be a mapping such as {table: orders, rows: 48200000}.');
    expect(errorOf('s.yml', 'orders: 5\n')).toBe('`table-stats` file s.yml, line 1: table `orders` must map to its sizes, such as `orders: {rows: 48200000}`.');
    expect(errorOf('s.yml', 'just text\n')).toBe('`table-stats` file s.yml, line 1: the tables must be a list such as [{table: orders, rows: 48200000}].');
  });

  it('refuses a file with no tables: a failed export must not look like small tables', () => {
    const message = '`table-stats` file s.yml: lists no tables; an export that found none has probably failed (a file with no tables proves nothing).';
    expect(errorOf('s.yml', '')).toBe(message);
    expect(errorOf('s.yml', 'tables: []\n')).toBe(message);
    expect(errorOf('s.csv', 'table,rows\n')).toBe(message.replace('s.yml', 's.csv'));
  });

  it('refuses an unknown adapter and invalid syntax', () => {
    expect(errorOf('s.yml', 'adapter: sqlite\ntables: [{table: t, rows: 1}]\n')).toBe(
      '`table-stats` file s.yml, line 1: `adapter` is "sqlite"; accepted: postgresql, postgres, mysql, mariadb.',
    );
    expect(errorOf('s.yml', 'tables: [\n')).toMatch(/^`table-stats` file s\.yml: is not valid YAML: .*line 2, column 1\.$/);
    // YAML, but not JSON: a .json file must be JSON.
    expect(errorOf('s.json', '- {table: t, rows: 1}\n')).toMatch(/^`table-stats` file s\.json: is not valid JSON: /);
  });
});

describe('readStatsFile', () => {
  it('names the path and the input when the file is missing', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'dg-stats-')), 'stats.yml');
    await expect(readStatsFile(path)).rejects.toThrow(GateInputError);
    await expect(readStatsFile(path)).rejects.toThrow(
      `\`table-stats\`: ${path} does not exist; fix the \`table-stats\` input (a path in the workspace) or check that the scheduled export wrote the file.`,
    );
  });

  it('reads the same snapshot as parseStatsFile', async () => {
    const path = join(fixtures, 'by-table.yaml');
    expect(await readStatsFile(path)).toEqual(parseStatsFile(path, readFileSync(path, 'utf8')));
  });
});
