import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Operation, ParsedMigration } from '../../../src/gates/migrations/model.js';
import { parseRubyMigration } from '../../../src/migration-parsers/ruby/parse-migration.js';

const MIGRATIONS = fileURLToPath(new URL('../../fixtures/migrations/rails/db/migrate/', import.meta.url));

/** Parses `__tests__/fixtures/migrations/rails/db/migrate/<name>` as the gate would see it. */
export function parseFixture(name: string): Promise<ParsedMigration> {
  return parseRubyMigration(`db/migrate/${name}`, readFileSync(`${MIGRATIONS}${name}`, 'utf8'));
}

/** Operations without their source excerpt, which tests check separately where it matters. */
export function withoutCode(operations: Operation[]): Omit<Operation, 'code'>[] {
  return operations.map(({ code: _code, ...rest }) => rest);
}
