import { describe, expect, it } from 'vitest';
import { parseRubyMigration } from '../../../src/migration-parsers/ruby/parse-migration.js';
import { parseFixture, withoutCode } from './fixtures.js';

const plain = { safetyAssured: false };

describe('rollback, by ActiveRecord CommandRecorder rules', () => {
  it('reports each command in change that Rails cannot invert, and only those', async () => {
    const migration = await parseFixture('20240101000012_irreversible_change.rb');
    expect(migration.irreversible.map((reason) => reason.line)).toEqual([3, 5, 7, 8, 9, 10, 14, 15, 17, 19, 22, 23, 25, 26, 27]);
    const byLine = new Map(migration.irreversible.map((reason) => [reason.line, reason.message]));
    expect(byLine.get(3)).toBe(
      '`remove_column` without a type cannot be rolled back: Rails does not know how to re-create users.nickname. ' +
        'Write `remove_column :users, :nickname, :<type>` (with its options) so Rails can re-add it.',
    );
    expect(byLine.get(5)).toContain('`remove_columns` without `type:` cannot be rolled back');
    expect(byLine.get(7)).toContain('`change_column` in `change` cannot be rolled back: Rails does not know the type users.bio had before');
    expect(byLine.get(8)).toContain('Write `change_column_default :users, :locale, from: <old>, to: <new>`');
    expect(byLine.get(9)).toContain('`execute` in `change` cannot be rolled back');
    expect(byLine.get(10)).toContain('Pass its definition as a block (`drop_table :sessions do |t| ... end`)');
    // `if_exists: true` is not a definition: Rails still cannot re-create the table.
    expect(byLine.get(14)).toContain('`drop_table` without a block cannot be rolled back');
    expect(byLine.get(15)).toContain('`remove_index` by name only cannot be rolled back');
    expect(byLine.get(17)).toContain('Write `remove_foreign_key :users, :<referenced_table>`');
    expect(byLine.get(19)).toContain('`remove_check_constraint` without the expression cannot be rolled back');
    expect(byLine.get(22)).toContain('data change `User.update_all(locale: "en")` in `change` cannot be rolled back');
    expect(byLine.get(23)).toBe(
      'unknown call `add_concurrent_foreign_key` in `change`: cannot know how to undo it. ' +
        'Define `up` and `down`, or wrap it in `reversible` with a `dir.down` that undoes it.',
    );
    // The same rules inside change_table (t.remove is remove_columns, t.change is change_column).
    expect(byLine.get(25)).toContain('`remove_columns` without `type:`');
    expect(byLine.get(26)).toContain('accounts.balance');
    expect(byLine.get(27)).toContain('on table accounts');
    // Reversible counterparts (lines 4, 6, 11, 16, 18, 20, 21) are not reported.
  });

  it('takes the forward operations of reversible from dir.up and inverts revert blocks, last first', async () => {
    const migration = await parseFixture('20240101000011_reversible_and_revert.rb');
    expect(withoutCode(migration.operations)).toEqual([
      { ...plain, kind: 'execute', line: 7, sql: "CREATE TYPE order_state AS ENUM ('new', 'paid')" },
      { ...plain, kind: 'backfill', line: 15, table: 'orders', partial: false, method: 'update_all' },
      { ...plain, kind: 'remove_index', line: 23, table: 'orders', columns: ['legacy_state'], unique: false, concurrently: false },
      { ...plain, kind: 'drop_table', line: 20, table: 'order_notes', columns: ['body'] },
      { ...plain, kind: 'remove_column', line: 19, table: 'orders', columns: ['legacy_state'], columnType: 'string' },
      { ...plain, kind: 'unknown', line: 26, method: 'revert' },
      { ...plain, kind: 'unknown', line: 29, method: 'execute' },
    ]);
    expect(migration.irreversible).toEqual([
      {
        line: 15,
        message:
          '`reversible` runs `direction.up { Order.update_all(state: "new") }` in `dir.up` but has no `dir.down`: ' +
          'a rollback leaves it in place. Add `dir.down { ... }` that undoes it.',
      },
      { line: 29, message: expect.stringContaining('`revert` cannot invert `execute`: the migration fails when it runs.') },
    ]);
  });

  it('reads old-style class methods and a bare ActiveRecord::Migration', async () => {
    const migration = await parseFixture('20240101000008_create_users.rb');
    expect(migration.name).toBe('CreateUsers');
    expect(migration.railsVersion).toBeUndefined();
    expect(withoutCode(migration.operations)).toEqual([
      { ...plain, kind: 'create_table', line: 3, table: 'users', columns: ['login', 'created_at', 'updated_at'] },
      { ...plain, kind: 'add_index', line: 7, table: 'users', columns: ['login'], unique: false, concurrently: false },
    ]);
    expect(migration.irreversible).toEqual([]);
  });

  it('reports up without down', async () => {
    const migration = await parseFixture('20240101000009_add_admin_flag_to_users.rb');
    expect(migration.railsVersion).toBe('4.2');
    expect(withoutCode(migration.operations)).toEqual([
      { ...plain, kind: 'add_column', line: 3, table: 'users', columns: ['admin'], columnType: 'boolean', default: { kind: 'constant', value: false } },
      { ...plain, kind: 'backfill', line: 4, table: 'users', partial: false, method: 'update_all' },
    ]);
    expect(migration.irreversible).toEqual([{ line: 2, message: expect.stringContaining('defines `up` but no `down`') }]);
  });

  it('reports a down that raises ActiveRecord::IrreversibleMigration', async () => {
    const migration = await parseFixture('20240101000007_backfill_order_status.rb');
    expect(migration.irreversible).toEqual([
      { line: 53, message: expect.stringContaining('`down` raises ActiveRecord::IrreversibleMigration') },
    ]);
  });

  it('does not hold up code, up_only or dir.up with a dir.down to the change rules', async () => {
    const source = [
      'class Mixed < ActiveRecord::Migration[7.1]',
      '  def change',
      '    up_only { execute "UPDATE users SET a = 1" }',
      '    reversible do |dir|',
      '      dir.up { change_column :users, :a, :bigint }',
      '      dir.down { change_column :users, :a, :integer }',
      '    end',
      '    revert { remove_column :users, :b }',
      '  end',
      'end',
    ].join('\n');
    const migration = await parseRubyMigration('db/migrate/20240301000001_mixed.rb', source);
    expect(withoutCode(migration.operations)).toEqual([
      { ...plain, kind: 'execute', line: 3, sql: 'UPDATE users SET a = 1' },
      { ...plain, kind: 'change_column', line: 5, table: 'users', columns: ['a'], columnType: 'bigint' },
      // revert must re-add b, but without a type Rails cannot: the migration fails going up.
      { ...plain, kind: 'unknown', line: 8, method: 'remove_column', table: 'users' },
    ]);
    expect(migration.irreversible).toEqual([{ line: 8, message: expect.stringContaining('`revert` cannot invert `remove_column`') }]);
  });

  it('inverts renames and nullability inside revert', async () => {
    const source = [
      'class UndoRenames < ActiveRecord::Migration[7.1]',
      '  def change',
      '    revert do',
      '      rename_table :clients, :customers',
      '      rename_column :customers, :title, :name',
      '      change_column_null :customers, :email, false',
      '      add_foreign_key :orders, :customers, validate: false',
      '    end',
      '  end',
      'end',
    ].join('\n');
    const migration = await parseRubyMigration('db/migrate/20240301000002_undo_renames.rb', source);
    expect(withoutCode(migration.operations)).toEqual([
      { ...plain, kind: 'remove_foreign_key', line: 7, table: 'orders', otherTable: 'customers', columns: ['customer_id'] },
      { ...plain, kind: 'change_column_null', line: 6, table: 'customers', columns: ['email'], nullable: true },
      { ...plain, kind: 'rename_column', line: 5, table: 'customers', columns: ['name', 'title'] },
      { ...plain, kind: 'rename_table', line: 4, table: 'customers', otherTable: 'clients' },
    ]);
    expect(migration.irreversible).toEqual([]);
  });
});
