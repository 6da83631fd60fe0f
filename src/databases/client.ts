// One small SQL client over PostgreSQL (`pg`) and MySQL/MariaDB (`mysql2`), so the stats reader
// and the calibration command speak to either the same way. The URL is a secret: it never
// appears in an error message; only the scheme, host and database name do.

import { GateInputError } from '../model/result.js';
import type { Adapter } from '../gates/migrations/model.js';

export type Row = Record<string, unknown>;

export interface SqlClient {
  adapter: Adapter;
  /** As the server reports it: `15.19 (Debian ...)` → `15.19`; MariaDB keeps its suffix: `10.11.19-MariaDB`. */
  serverVersion: string;
  /** Where it is connected, safe to print: `postgresql://127.0.0.1:5432/test`. */
  description: string;
  /** Placeholders: `$1` for PostgreSQL, `?` for MySQL. */
  query(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

export interface DatabaseUrl {
  adapter: Adapter;
  url: URL;
  /** Safe to print: no user, no password, no query string. */
  description: string;
}

const SCHEMES: Record<string, Adapter> = {
  'postgres:': 'postgresql',
  'postgresql:': 'postgresql',
  'mysql:': 'mysql',
  'mysql2:': 'mysql',
  'mariadb:': 'mysql',
};

/** Parses a database URL, naming the accepted forms when it is not one (without echoing it). */
export function parseDatabaseUrl(raw: string, inputName = 'database-url'): DatabaseUrl {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new GateInputError(
      `\`${inputName}\` is not a URL. Accepted forms: postgresql://user:password@host:5432/database, mysql://user:password@host:3306/database (the value is not printed: it may hold a password).`,
    );
  }
  const adapter = SCHEMES[url.protocol];
  if (!adapter) {
    throw new GateInputError(
      `\`${inputName}\` has the scheme ${JSON.stringify(url.protocol.replace(/:$/, ''))}; accepted: ${Object.keys(SCHEMES).map((s) => s.replace(/:$/, '')).join(', ')}.`,
    );
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!database) throw new GateInputError(`\`${inputName}\` names no database: add it as the path, e.g. postgresql://host:5432/app_production.`);
  const port = url.port || (adapter === 'postgresql' ? '5432' : '3306');
  return { adapter, url, description: `${url.protocol}//${url.hostname}:${port}/${database}` };
}

/** Connects; a refused or failed connection is a GateInputError naming the host, never the password. */
export async function connectDatabase(raw: string, options: { inputName?: string; timeoutMs?: number } = {}): Promise<SqlClient> {
  const parsed = parseDatabaseUrl(raw, options.inputName);
  const timeoutMs = options.timeoutMs ?? 10_000;
  try {
    return parsed.adapter === 'postgresql' ? await connectPostgres(parsed, timeoutMs) : await connectMysql(parsed, timeoutMs);
  } catch (error) {
    if (error instanceof GateInputError) throw error;
    throw new GateInputError(
      `could not connect to ${parsed.description} (\`${options.inputName ?? 'database-url'}\`): ${redact(error, raw)}. ` +
        'Check that the host is reachable from the runner and that the user may connect (a read replica is enough).',
    );
  }
}

async function connectPostgres(parsed: DatabaseUrl, timeoutMs: number): Promise<SqlClient> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: parsed.url.toString(), connectionTimeoutMillis: timeoutMs });
  client.on('error', () => {
    // A dropped connection surfaces on the next query; an unhandled 'error' event would crash instead.
  });
  await client.connect();
  const version = await client.query<{ server_version: string }>('SHOW server_version');
  return {
    adapter: 'postgresql',
    serverVersion: (version.rows[0]?.server_version ?? '').split(' ')[0] ?? '',
    description: parsed.description,
    async query(sql, params) {
      const result = await client.query(sql, params as unknown[] | undefined);
      return result.rows as Row[];
    },
    async close() {
      await client.end();
    },
  };
}

async function connectMysql(parsed: DatabaseUrl, timeoutMs: number): Promise<SqlClient> {
  const mysql = await import('mysql2/promise');
  const url = parsed.url;
  const connection = await mysql.createConnection({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username) || 'root',
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.replace(/^\//, '')),
    connectTimeout: timeoutMs,
    // Calibration runs several statements per call; values still go through placeholders.
    multipleStatements: true,
    supportBigNumbers: true,
    bigNumberStrings: false,
  });
  connection.on('error', () => {
    // See connectPostgres: surfaced by the next query.
  });
  const [rows] = await connection.query('SELECT VERSION() AS version');
  return {
    adapter: 'mysql',
    serverVersion: String((rows as Row[])[0]?.['version'] ?? ''),
    description: parsed.description,
    async query(sql, params) {
      const [result] = await connection.query(sql, params as unknown[] | undefined);
      return Array.isArray(result) ? (result as Row[]) : [];
    },
    async close() {
      await connection.end();
    },
  };
}

/** An error's message with the URL and its password cut out, whatever the driver put in it. */
export function redact(error: unknown, rawUrl: string): string {
  let message = error instanceof Error ? error.message : String(error);
  const secrets = [rawUrl.trim()];
  try {
    const url = new URL(rawUrl.trim());
    if (url.password) secrets.push(url.password, decodeURIComponent(url.password));
  } catch {
    // Not a URL: only the raw value is cut.
  }
  for (const secret of secrets.filter((s) => s.length >= 3)) message = message.split(secret).join('***');
  return message;
}
