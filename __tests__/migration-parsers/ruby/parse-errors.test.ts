import { describe, expect, it } from 'vitest';
import { parseRubyMigration } from '../../../src/migration-parsers/ruby/parse-migration.js';
import { parseFixture } from './fixtures.js';

describe('files the gate cannot read', () => {
  it('reports syntax errors with their lines', async () => {
    const migration = await parseFixture('20240101000013_broken_syntax.rb');
    expect(migration.name).toBe('BrokenSyntax');
    expect(migration.parseErrors).toEqual([
      { line: 3, message: "unexpected 'end'; expected an argument" },
      { line: 4, message: "unexpected 'end'; expected an argument" },
      { line: 4, message: "unexpected 'end', assuming it is closing the parent method definition" },
    ]);
  });

  it('reports a file without a migration class', async () => {
    const migration = await parseFixture('20240101000014_not_a_migration.rb');
    expect(migration.operations).toEqual([]);
    expect(migration.name).toBe('NotAMigration');
    expect(migration.parseErrors).toEqual([
      { line: 1, message: 'no migration class (a class inheriting from ActiveRecord::Migration) in this file' },
    ]);
  });

  it('finds a migration class inside a module and counts lines in bytes-aware fashion', async () => {
    const source = [
      '# Größe: ein Kommentar mit Umlauten — und Gedankenstrich',
      'module Billing',
      '  class AddVatToInvoices < ActiveRecord::Migration[7.2]',
      '    def change',
      '      add_column :invoices, :vat, :decimal, comment: "Mehrwertsteuer ä"',
      '      add_index :invoices, :vat',
      '    end',
      '  end',
      'end',
    ].join('\n');
    const migration = await parseRubyMigration('db/migrate/20240301000003_add_vat_to_invoices.rb', source);
    expect(migration.parseErrors).toEqual([]);
    expect(migration.name).toBe('AddVatToInvoices');
    expect(migration.railsVersion).toBe('7.2');
    expect(migration.operations.map((op) => [op.kind, op.line, op.code])).toEqual([
      ['add_column', 5, 'add_column :invoices, :vat, :decimal, comment: "Mehrwertsteuer ä"'],
      ['add_index', 6, 'add_index :invoices, :vat'],
    ]);
  });

  it('cuts the code excerpt to 160 characters', async () => {
    const long = `execute "UPDATE users SET note = '${'x'.repeat(200)}'"`;
    const source = `class LongLine < ActiveRecord::Migration[7.1]\n  def up\n    ${long}\n  end\n  def down; end\nend\n`;
    const migration = await parseRubyMigration('db/migrate/20240301000004_long_line.rb', source);
    expect(migration.operations[0].code).toBe(long.slice(0, 160));
  });
});
