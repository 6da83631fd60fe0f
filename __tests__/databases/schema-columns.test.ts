import { describe, expect, it } from 'vitest';
import { parseSchemaRbColumns } from '../../src/databases/schema-columns.js';
import { analyzeMigrations } from '../../src/gates/migrations/analyze.js';
import { DEFAULT_RATES } from '../../src/gates/migrations/cost/rates.js';
import type { Operation, ParsedMigration } from '../../src/gates/migrations/model.js';

const SCHEMA_RB = `ActiveRecord::Schema[7.1].define(version: 2026_11_01_000000) do
  enable_extension "plpgsql"

  create_table "users", force: :cascade do |t|
    t.string "email", limit: 100, null: false
    t.text "bio"
    t.datetime "created_at", null: false
    t.index ["email"], name: "index_users_on_email", unique: true
  end

  create_table "orders", id: :serial, force: :cascade do |t|
    t.string "note"
  end
end
`;

describe('parseSchemaRbColumns', () => {
  it("reads every table's column types, with limits, and skips indexes", () => {
    const columns = parseSchemaRbColumns(SCHEMA_RB);
    expect([...columns.keys()]).toEqual(['users', 'orders']);
    expect(Object.fromEntries(columns.get('users')!)).toEqual({ email: 'string(100)', bio: 'text', created_at: 'datetime' });
    expect(Object.fromEntries(columns.get('orders')!)).toEqual({ note: 'string' });
  });
});

describe("type changes with production's column types", () => {
  const op = (fields: Partial<Operation>): Operation => ({ kind: 'change_column', safetyAssured: false, line: 3, code: 'change_column', ...fields });
  const migration = (operations: Operation[]): ParsedMigration => ({
    file: 'db/migrate/20261201000000_x.rb', format: 'activerecord', version: '20261201000000', name: 'X', operations, transactional: true, irreversible: [], parseErrors: [],
  });
  const analyze = (operations: Operation[]) =>
    analyzeMigrations([migration(operations)], {
      adapter: 'postgresql',
      databaseVersion: '15',
      stats: new Map([['users', { table: 'users', rows: 5_000_000, bytes: 1e9, indexCount: 2 }]]),
      rates: DEFAULT_RATES.postgresql,
      columnTypes: parseSchemaRbColumns(SCHEMA_RB),
    })[0]!.operations.map((analyzed) => analyzed.cost.costClass);

  it('varchar(100) to text or to a longer varchar is binary-coercible: metadata, not a rewrite', () => {
    expect(analyze([op({ table: 'users', columns: ['email'], columnType: 'text' })])).toEqual(['metadata']);
    expect(analyze([op({ table: 'users', columns: ['email'], columnType: 'string(255)' })])).toEqual(['metadata']);
  });

  it('a shorter varchar, another type, or an unknown column stays a rewrite', () => {
    expect(analyze([op({ table: 'users', columns: ['email'], columnType: 'string(50)' })])).toEqual(['rewrite']);
    expect(analyze([op({ table: 'users', columns: ['bio'], columnType: 'integer' })])).toEqual(['rewrite']);
    expect(analyze([op({ table: 'users', columns: ['nickname'], columnType: 'text' })])).toEqual(['rewrite']);
  });

  it("follows the deploy's own changes: a renamed column keeps its type, a re-added one takes the new type", () => {
    expect(
      analyze([
        { kind: 'rename_column', table: 'users', columns: ['email', 'login'], safetyAssured: false, line: 2, code: 'rename_column' },
        op({ table: 'users', columns: ['login'], columnType: 'text' }),
      ]),
    ).toEqual(['metadata', 'metadata']);
    expect(
      analyze([
        { kind: 'add_column', table: 'users', columns: ['nickname'], columnType: 'integer', safetyAssured: false, line: 2, code: 'add_column' },
        op({ table: 'users', columns: ['nickname'], columnType: 'text' }),
      ]),
    ).toEqual(['metadata', 'rewrite']);
  });
});
