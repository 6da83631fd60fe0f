import { describe, expect, it } from 'vitest';
import { parseFixture, withoutCode } from './fixtures.js';

const plain = { safetyAssured: false };

describe('ActiveRecord schema DSL', () => {
  it('reads create_table as one operation with its columns, and each foreign key it adds', async () => {
    const migration = await parseFixture('20240101000001_create_orders.rb');
    expect(migration).toMatchObject({
      file: 'db/migrate/20240101000001_create_orders.rb',
      format: 'activerecord',
      version: '20240101000001',
      name: 'CreateOrders',
      railsVersion: '7.1',
      transactional: true,
      irreversible: [],
      parseErrors: [],
    });
    expect(withoutCode(migration.operations)).toEqual([
      {
        ...plain,
        kind: 'create_table',
        line: 5,
        table: 'orders',
        columns: ['email', 'first_name', 'last_name', 'total_cents', 'user_id', 'shop_id', 'source_id', 'source_type', 'created_at', 'updated_at'],
      },
      { ...plain, kind: 'add_foreign_key', line: 9, table: 'orders', columns: ['user_id'], otherTable: 'users' },
      { ...plain, kind: 'add_foreign_key', line: 10, table: 'orders', columns: ['shop_id'], otherTable: 'stores' },
    ]);
    expect(migration.operations.map((op) => op.code)).toEqual([
      'create_table :orders do |t|',
      't.references :user, null: false, foreign_key: true',
      't.belongs_to :shop, foreign_key: { to_table: :stores }',
    ]);
  });

  it('reads add_index and remove_index with their columns, uniqueness and algorithm', async () => {
    const migration = await parseFixture('20240101000002_add_index_to_orders_email.rb');
    expect(migration.transactional).toBe(false);
    expect(migration.irreversible).toEqual([]);
    expect(withoutCode(migration.operations)).toEqual([
      { ...plain, kind: 'add_index', line: 5, table: 'orders', columns: ['email'], unique: true, concurrently: true },
      { ...plain, kind: 'add_index', line: 6, table: 'orders', columns: ['shop_id', 'created_at'], unique: false, concurrently: false },
      { ...plain, kind: 'add_index', line: 7, table: 'orders', columns: ['lower(email)'], unique: false, concurrently: true },
      { ...plain, kind: 'add_index', line: 8, table: 'line_items', columns: ['sku'], unique: false, concurrently: false, mysqlAlgorithm: 'inplace' },
      { ...plain, kind: 'remove_index', line: 9, table: 'orders', columns: ['legacy_code'], concurrently: true },
    ]);
    expect(migration.operations[0].code).toBe(
      'add_index :orders, :email, unique: true, algorithm: :concurrently, name: "index_orders_on_email"',
    );
  });

  it('tells constant, SQL and Ruby column defaults apart, and reads nullability', async () => {
    const migration = await parseFixture('20240101000003_add_status_to_orders.rb');
    expect(migration.railsVersion).toBe('7.0');
    expect(withoutCode(migration.operations)).toEqual([
      { ...plain, kind: 'add_column', line: 3, table: 'orders', columns: ['status'], columnType: 'string', default: { kind: 'constant', value: 'pending' }, nullable: false },
      { ...plain, kind: 'add_column', line: 4, table: 'orders', columns: ['placed_at'], columnType: 'datetime', default: { kind: 'sql', sql: 'now()' } },
      { ...plain, kind: 'add_column', line: 5, table: 'orders', columns: ['token'], columnType: 'uuid', default: { kind: 'sql', sql: 'gen_random_uuid()' }, nullable: false },
      { ...plain, kind: 'add_column', line: 6, table: 'orders', columns: ['priority'], columnType: 'integer', default: { kind: 'expression', code: 'Order::DEFAULT_PRIORITY' } },
      { ...plain, kind: 'add_column', line: 7, table: 'orders', columns: ['archived'], columnType: 'boolean', default: { kind: 'constant', value: false }, mysqlAlgorithm: 'instant' },
      { ...plain, kind: 'add_column', line: 8, table: 'orders', columns: ['notes'], columnType: 'text' },
      { ...plain, kind: 'change_column_default', line: 9, table: 'orders', columns: ['status'], default: { kind: 'constant', value: 'new' } },
      // change_column_null's 4th argument: Rails first updates the NULL rows, then adds NOT NULL.
      { ...plain, kind: 'backfill', line: 10, table: 'orders', columns: ['placed_at'], partial: true, default: { kind: 'sql', sql: 'now()' } },
      { ...plain, kind: 'change_column_null', line: 10, table: 'orders', columns: ['placed_at'], nullable: false },
      { ...plain, kind: 'change_column_null', line: 11, table: 'orders', columns: ['notes'], nullable: true },
    ]);
    // All of it can be rolled back: from:/to: given, and change_column_null inverts itself.
    expect(migration.irreversible).toEqual([]);
  });

  it('turns every change_table statement into an operation on that table, marked bulk', async () => {
    const migration = await parseFixture('20240101000004_change_orders_table.rb');
    const bulk = { ...plain, bulk: true, table: 'orders' };
    expect(withoutCode(migration.operations)).toEqual([
      { ...bulk, kind: 'add_column', line: 4, columns: ['coupon_code'], columnType: 'string(32)' },
      { ...bulk, kind: 'add_column', line: 5, columns: ['discount_cents'], columnType: 'integer', default: { kind: 'constant', value: 0 }, nullable: false },
      { ...bulk, kind: 'remove_column', line: 6, columns: ['legacy_flag', 'legacy_code'], columnType: 'string' },
      { ...bulk, kind: 'add_index', line: 7, columns: ['coupon_code'], unique: true, concurrently: false },
      { ...bulk, kind: 'remove_index', line: 8, columns: ['old_column'], concurrently: false },
      { ...bulk, kind: 'add_reference', line: 9, columns: ['campaign_id'], index: false, foreignKey: false },
      { ...bulk, kind: 'remove_reference', line: 10, columns: ['affiliate_id'], index: true, foreignKey: true, otherTable: 'affiliates' },
      { ...bulk, kind: 'add_timestamps', line: 11, columns: ['created_at', 'updated_at'], nullable: true },
      { ...bulk, kind: 'remove_timestamps', line: 12, columns: ['created_at', 'updated_at'] },
      { ...bulk, kind: 'rename_column', line: 13, columns: ['total', 'total_cents'] },
      { ...bulk, kind: 'change_column', line: 14, columns: ['notes'], columnType: 'text' },
      { ...bulk, kind: 'change_column_default', line: 15, columns: ['status'], default: { kind: 'constant', value: 'new' } },
      { ...bulk, kind: 'change_column_null', line: 16, columns: ['email'], nullable: false },
      { ...bulk, kind: 'add_check_constraint', line: 17 },
      { ...bulk, kind: 'add_foreign_key', line: 18, otherTable: 'campaigns', columns: ['campaign_id'] },
      { ...bulk, kind: 'remove_foreign_key', line: 19, otherTable: 'affiliates' },
      { ...bulk, kind: 'add_unique_constraint', line: 20, columns: ['coupon_code'], unique: true },
      { ...bulk, kind: 'unknown', line: 21, method: 'fancy_gem_column' },
      { ...plain, kind: 'add_column', line: 25, table: 'users', columns: ['admin'], columnType: 'boolean', default: { kind: 'constant', value: false } },
    ]);
    expect(migration.irreversible).toEqual([
      { line: 14, message: expect.stringContaining('`change_column` in `change` cannot be rolled back') },
      { line: 21, message: expect.stringContaining('unknown call `fancy_gem_column` in `change`: cannot know how to undo it') },
    ]);
  });

  it('reads references, belongs_to and foreign keys with their index and validation options', async () => {
    const migration = await parseFixture('20240101000005_add_user_reference_to_payments.rb');
    const payments = { ...plain, table: 'payments' };
    expect(withoutCode(migration.operations)).toEqual([
      { ...payments, kind: 'add_reference', line: 5, columns: ['user_id'], index: true, concurrently: true, foreignKey: true, otherTable: 'users', validate: false },
      { ...payments, kind: 'add_reference', line: 6, columns: ['payable_id', 'payable_type'], index: false, foreignKey: false },
      { ...payments, kind: 'add_reference', line: 7, columns: ['invoice_id'], columnType: 'uuid', nullable: false, index: true, unique: true, foreignKey: false },
      { ...payments, kind: 'add_foreign_key', line: 8, otherTable: 'accounts', columns: ['payer_id'], validate: false },
      { ...payments, kind: 'validate_foreign_key', line: 9, otherTable: 'accounts' },
      { ...payments, kind: 'add_foreign_key', line: 10, otherTable: 'orders', columns: ['order_id'] },
      { ...payments, kind: 'remove_reference', line: 11, columns: ['legacy_user_id'], index: true, foreignKey: true, otherTable: 'legacy_users' },
    ]);
    expect(migration.irreversible).toEqual([]);
  });

  it('reads constraints, comments, timestamps, renames, join tables and extensions', async () => {
    const migration = await parseFixture('20240101000006_add_constraints_and_renames.rb');
    expect(withoutCode(migration.operations)).toEqual([
      { ...plain, kind: 'add_check_constraint', line: 3, table: 'products', validate: false },
      { ...plain, kind: 'validate_check_constraint', line: 4, table: 'products' },
      { ...plain, kind: 'remove_check_constraint', line: 5, table: 'products' },
      { ...plain, kind: 'add_unique_constraint', line: 6, table: 'sections', columns: ['position'], unique: true },
      { ...plain, kind: 'remove_unique_constraint', line: 7, table: 'sections', columns: ['slug'] },
      { ...plain, kind: 'add_exclusion_constraint', line: 8, table: 'bookings' },
      { ...plain, kind: 'remove_exclusion_constraint', line: 9, table: 'meetings' },
      { ...plain, kind: 'change_table_comment', line: 10, table: 'products' },
      { ...plain, kind: 'change_column_comment', line: 11, table: 'products', columns: ['price'] },
      { ...plain, kind: 'add_timestamps', line: 12, table: 'products', columns: ['created_at', 'updated_at'], nullable: true },
      { ...plain, kind: 'remove_timestamps', line: 13, table: 'categories', columns: ['created_at', 'updated_at'] },
      { ...plain, kind: 'rename_table', line: 14, table: 'products', otherTable: 'items' },
      { ...plain, kind: 'rename_column', line: 15, table: 'items', columns: ['title', 'name'] },
      { ...plain, kind: 'rename_index', line: 16, table: 'items' },
      { ...plain, kind: 'create_table', line: 17, table: 'categories_items', columns: ['item_id', 'category_id'] },
      { ...plain, kind: 'drop_table', line: 20, table: 'item_tags', columns: ['item_id', 'tag_id'] },
      { ...plain, kind: 'remove_index', line: 21, table: 'items', columns: ['sku'], concurrently: false },
      { ...plain, kind: 'sql_metadata', line: 22, method: 'enable_extension' },
    ]);
    expect(migration.irreversible).toEqual([]);
  });

  it('reads create_table force: as dropping the existing table first', async () => {
    const migration = await parseFixture('20240101000015_recreate_audit_logs.rb');
    expect(migration.railsVersion).toBe('6.1');
    expect(withoutCode(migration.operations)).toEqual([
      { ...plain, kind: 'drop_table', line: 3, table: 'audit_logs' },
      { ...plain, kind: 'create_table', line: 3, table: 'audit_logs', columns: ['payload'] },
      { ...plain, kind: 'drop_table', line: 6, table: 'legacy_audits' },
      { ...plain, kind: 'create_table', line: 9, table: 'audit_events' },
    ]);
    expect(migration.irreversible).toEqual([]);
  });
});
