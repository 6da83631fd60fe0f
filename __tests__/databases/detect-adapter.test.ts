import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectAdapter, neutraliseErb } from '../../src/databases/detect-adapter.js';
import { GateInputError } from '../../src/model/result.js';

const app = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'apps', name);

describe('detectAdapter', () => {
  it('reads the production adapter through ERB and `<<: *default`, and the version from structure.sql', () => {
    expect(detectAdapter(app('rails-postgis'))).toEqual({
      adapter: 'postgresql',
      databaseVersion: '15.4',
      source: 'config/database.yml (production.adapter: postgis); version from db/structure.sql (pg_dump header)',
    });
  });

  it('reads the primary database of a multi-database production section first', () => {
    expect(detectAdapter(app('rails-trilogy-multi'))).toEqual({ adapter: 'mysql', source: 'config/database.yml (production.primary.adapter: trilogy)' });
  });

  it('reads the scheme of a production url, never printing the rest of it', () => {
    expect(detectAdapter(app('rails-url'))).toEqual({ adapter: 'postgresql', source: 'config/database.yml (production.url scheme postgres:)' });
  });

  it('refuses a sqlite production database rather than guessing from another file', () => {
    expect(() => detectAdapter(app('rails-sqlite'))).toThrow(GateInputError);
    expect(() => detectAdapter(app('rails-sqlite'))).toThrow(
      'config/database.yml says the production database is sqlite3 (production.adapter); the migrations gate supports postgresql and mysql.',
    );
  });

  it('goes on to schema.rb when the adapter is only known at run time (ERB), skipping comments', () => {
    expect(detectAdapter(app('rails-erb-adapter'))).toEqual({ adapter: 'postgresql', source: 'db/schema.rb (enable_extension, line 8)' });
  });

  it('goes on to schema.rb when database.yml is ERB that is not YAML once neutralised', () => {
    expect(detectAdapter(app('broken-erb'))).toEqual({ adapter: 'mysql', source: 'db/schema.rb (options: "ENGINE=, line 2)' });
  });

  it('reads pg_dump and mysqldump headers with their versions', () => {
    expect(detectAdapter(app('structure-mysqldump'))).toEqual({ adapter: 'mysql', databaseVersion: '8.0.35', source: 'db/structure.sql (mysqldump header)' });
  });

  it('reads a comment-less Rails MySQL structure.sql by its statements', () => {
    expect(detectAdapter(app('structure-rails-mysql'))).toEqual({ adapter: 'mysql', source: 'db/structure.sql (MySQL statements)' });
  });

  it('reads MySQL table options in schema.rb', () => {
    expect(detectAdapter(app('schema-mysql'))).toEqual({ adapter: 'mysql', source: 'db/schema.rb (charset:, line 2)' });
  });

  it('reads the datasource provider of a Prisma schema, not the generator provider', () => {
    expect(detectAdapter(app('prisma-postgres'))).toEqual({ adapter: 'postgresql', source: 'prisma/schema.prisma (datasource provider "postgresql")' });
    expect(detectAdapter(app('prisma-folder-mysql'))).toEqual({ adapter: 'mysql', source: 'prisma/schema/base.prisma (datasource provider "mysql")' });
    expect(() => detectAdapter(app('prisma-sqlite'))).toThrow(
      'prisma/schema.prisma says the production database is sqlite (datasource provider); the migrations gate supports postgresql and mysql.',
    );
  });

  it('says nothing when nothing tells: no files, or a schema.rb with no database-specific line', () => {
    expect(detectAdapter(app('unknown'))).toBeUndefined();
    expect(detectAdapter(app('schema-ambiguous'))).toBeUndefined();
    expect(detectAdapter(join(tmpdir(), 'dg-no-such-workspace'))).toBeUndefined();
  });

  it('says nothing from a schema.rb that shows signs of both databases', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'dg-detect-'));
    mkdirSync(join(workspace, 'db'));
    writeFileSync(join(workspace, 'db', 'schema.rb'), '  enable_extension "plpgsql"\n  create_table "t", charset: "utf8mb4" do |t|\n');
    expect(detectAdapter(workspace)).toBeUndefined();
  });

  it('reads a production section without an adapter as not telling, and goes on', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'dg-detect-'));
    mkdirSync(join(workspace, 'config'));
    mkdirSync(join(workspace, 'db'));
    writeFileSync(join(workspace, 'config', 'database.yml'), 'development:\n  adapter: sqlite3\nproduction:\n  url: <%= ENV["DATABASE_URL"] %>\n');
    writeFileSync(join(workspace, 'db', 'structure.sql'), '-- Dumped from database version 14.9\n');
    expect(detectAdapter(workspace)).toEqual({ adapter: 'postgresql', databaseVersion: '14.9', source: 'db/structure.sql (pg_dump header)' });
  });
});

describe('neutraliseErb', () => {
  it('replaces output tags with a placeholder and removes control tags and comments', () => {
    expect(neutraliseErb('a: <%= ENV.fetch("X") { 5 } %>\n<% if x %>\nb: 1\n<%- end -%>\n<%# note %>c: "<%== y %>"\n')).toBe(
      'a: __erb__\n\nb: 1\n\nc: "__erb__"\n',
    );
  });
});
