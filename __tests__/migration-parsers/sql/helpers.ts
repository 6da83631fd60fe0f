import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Adapter, Operation, ParsedMigration } from '../../../src/gates/migrations/model.js';
import { parseSqlMigration } from '../../../src/migration-parsers/sql/files.js';

export const FIXTURES = '__tests__/fixtures/migrations/sql';

/** Reads a fixture the way the gate will: repository path, content, and the other files beside it. */
export async function parseFixture(relative: string, adapter: Adapter): Promise<ParsedMigration> {
  const file = join(FIXTURES, relative);
  const directory = dirname(file);
  const siblings = readdirSync(directory).map((name) => join(directory, name)).filter((path) => path !== file);
  return parseSqlMigration(file, readFileSync(file, 'utf8'), adapter, {
    siblings,
    readSibling: async (path) => readFileSync(path, 'utf8'),
  });
}

/** An operation without the fields every test would repeat (the statement text and excerpt). */
export function shape(operation: Operation): Partial<Operation> {
  const { sql: _sql, code: _code, safetyAssured: _safetyAssured, ...rest } = operation;
  return rest;
}
