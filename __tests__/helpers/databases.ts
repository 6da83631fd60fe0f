// The machine's real PostgreSQL and MariaDB for tests. A test file asks `await availableDatabase('postgresql')`
// at load time and wraps its suite in `describe.skipIf(!db)`; when the server is not there it
// prints one SKIPPED line that says which server and why, so a skip is never mistaken for a pass.

import { connectDatabase, type SqlClient } from '../../src/databases/client.js';
import type { Adapter } from '../../src/gates/migrations/model.js';

/** Overridable for a machine whose servers live elsewhere. */
export const DATABASE_URLS: Record<Adapter, string> = {
  postgresql: process.env['DEPLOY_GATES_TEST_POSTGRES_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/test',
  mysql: process.env['DEPLOY_GATES_TEST_MYSQL_URL'] ?? 'mysql://root@127.0.0.1:3306/test',
};

const probes = new Map<Adapter, Promise<string | undefined>>();

/** The URL when the server answers, undefined (after printing why) when it does not. */
export async function availableDatabase(adapter: Adapter, what = 'the database tests'): Promise<string | undefined> {
  let probe = probes.get(adapter);
  if (!probe) {
    probe = (async () => {
      try {
        const client = await connectDatabase(DATABASE_URLS[adapter], { timeoutMs: 3_000 });
        await client.close();
        return undefined;
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    })();
    probes.set(adapter, probe);
  }
  const failure = await probe;
  if (failure === undefined) return DATABASE_URLS[adapter];
  const server = adapter === 'postgresql' ? 'PostgreSQL' : 'MariaDB/MySQL';
  console.warn(`SKIPPED: ${what} need ${server} at ${DATABASE_URLS[adapter].replace(/\/\/[^@]*@/, '//')}: ${failure}`);
  return undefined;
}

/** A connected client; the caller closes it (afterAll). */
export function connectTestDatabase(adapter: Adapter): Promise<SqlClient> {
  return connectDatabase(DATABASE_URLS[adapter]);
}

/** A name no other test run uses, for scratch tables and schemas. */
export function scratchName(prefix: string): string {
  return `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
}
