import { describe, expect, it } from 'vitest';
import { parseRubyMigration } from '../../../src/migration-parsers/ruby/parse-migration.js';
import { parseFixture, withoutCode } from './fixtures.js';

const plain = { safetyAssured: false };

describe('data changes, SQL and calls the gate does not know', () => {
  it('reads backfills through models, execute in every string form, and every branch of if/case', async () => {
    const migration = await parseFixture('20240101000007_backfill_order_status.rb');
    expect(migration.transactional).toBe(false);
    expect(withoutCode(migration.operations)).toEqual([
      { ...plain, kind: 'backfill', line: 10, table: 'orders', partial: false, method: 'update_all' },
      { ...plain, kind: 'backfill', line: 12, table: 'users', partial: true, method: 'update_all' },
      { ...plain, kind: 'backfill', line: 13, table: 'order_items', partial: false, method: 'in_batches' },
      { ...plain, kind: 'backfill', line: 16, table: 'categories', partial: false, method: 'find_each' },
      { ...plain, kind: 'backfill', line: 19, table: 'people', partial: false, method: 'each' },
      { ...plain, kind: 'backfill', line: 20, table: 'accounts', partial: false, method: 'insert_all' },
      // The model class in the migration says `self.table_name = "orders_archive"`.
      { ...plain, kind: 'backfill', line: 21, table: 'orders_archive', partial: true, method: 'find_in_batches' },
      { ...plain, kind: 'backfill', line: 22, table: 'shipments', partial: false, method: 'create!' },
      // `recent = Invoice.where(...)` is only a scope; the update through it is the data change.
      { ...plain, kind: 'backfill', line: 24, table: 'invoices', partial: true, method: 'update_all' },
      { ...plain, kind: 'execute', line: 28, sql: 'UPDATE orders\nSET total_cents = 0\nWHERE total_cents IS NULL\n' },
      { ...plain, kind: 'execute', line: 34, sql: 'UPDATE line_items SET price_cents = 0' },
      { ...plain, kind: 'execute', line: 37, sql: 'DELETE FROM carts WHERE expired' },
      // Interpolated: the SQL is not known statically.
      { ...plain, kind: 'execute', line: 38 },
      { ...plain, kind: 'execute', line: 39, sql: 'VACUUM ANALYZE orders' },
      { ...plain, kind: 'execute', line: 40, sql: 'ANALYZE users' },
      { ...plain, kind: 'add_index', line: 42, table: 'orders', columns: ['region'], unique: false, concurrently: true },
      { ...plain, kind: 'add_index', line: 44, table: 'orders', columns: ['region'], unique: false, concurrently: false },
      { ...plain, kind: 'backfill', line: 47, table: 'orders', partial: false, method: 'delete_all' },
    ]);
    expect(migration.operations[9].code).toBe('execute <<~SQL');
  });

  it('keeps unknown helpers as unknown operations, reads helper methods in place, and marks safety_assured', async () => {
    const migration = await parseFixture('20240101000010_add_search_index_with_helpers.rb');
    expect(withoutCode(migration.operations)).toEqual([
      { ...plain, kind: 'unknown', line: 11, method: 'add_concurrent_index', table: 'issues' },
      { kind: 'remove_column', safetyAssured: true, line: 14, table: 'issues', columns: ['legacy_body'] },
      { kind: 'execute', safetyAssured: true, line: 15, sql: 'ALTER TABLE issues SET (fillfactor = 90)' },
      // backfill_search_vectors is defined further down the class: its body is read where it is called.
      { ...plain, kind: 'backfill', line: 31, table: 'issues', partial: true, method: 'update_all' },
      { ...plain, kind: 'unknown', line: 18, method: 'update_column_in_batches', table: 'issues' },
      { ...plain, kind: 'add_index', line: 20, table: 'issues', unique: false, concurrently: true },
    ]);
    expect(migration.operations[0].code).toBe('add_concurrent_index :issues, :title, name: INDEX_NAME, using: :gin');
    // up and down are both defined: nothing to say about rollback.
    expect(migration.irreversible).toEqual([]);
  });

  it('ignores Ruby that is not an operation and reads model calls through local scopes', async () => {
    const source = [
      'class TidyUp < ActiveRecord::Migration[7.1]',
      '  BATCH = 1_000',
      '  def up',
      '    require "csv"',
      '    limit = 10',
      '    say "starting"',
      '    admins = User.where(admin: true)',
      '    total = admins.count',
      '    User.reset_column_information',
      '    STDOUT.puts "x"',
      '    admins.find_each(batch_size: BATCH) { |user| user.update!(role: "admin") }',
      '    Report.rebuild!',
      '  end',
      '  def down; end',
      'end',
    ].join('\n');
    const migration = await parseRubyMigration('db/migrate/20240301000000_tidy_up.rb', source);
    expect(withoutCode(migration.operations)).toEqual([
      { ...plain, kind: 'backfill', line: 11, table: 'users', partial: true, method: 'find_each' },
      { ...plain, kind: 'unknown', line: 12, table: 'reports', method: 'rebuild!' },
    ]);
  });
});
