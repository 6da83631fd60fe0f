// Which database an application runs on, read from the files it keeps in its repository, so that
// the migrations gate can cost a migration without being told. Asked in order of authority: the
// production connection settings first, then the dumps and schemas that a database generated.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Adapter } from '../gates/migrations/model.js';
import { GateInputError } from '../model/result.js';

export interface DetectedAdapter {
  adapter: Adapter;
  /** As a dump header states it (`15.4`, `8.0.35`, `10.11.6-MariaDB`). */
  databaseVersion?: string;
  /** The file and the evidence, for the report: `db/structure.sql (pg_dump header)`. */
  source: string;
}

const SUPPORTED = 'the migrations gate supports postgresql and mysql';

/** Rails adapter names (and URL schemes) that mean one of the two supported databases. */
const RAILS_ADAPTERS: Record<string, Adapter> = {
  postgresql: 'postgresql',
  postgis: 'postgresql',
  postgres: 'postgresql',
  mysql2: 'mysql',
  trilogy: 'mysql',
  mysql: 'mysql',
};

/** Databases that are known and not supported: a clear error beats guessing from another file. */
const UNSUPPORTED = new Set(['sqlite3', 'sqlite', 'sqlserver', 'oracle_enhanced', 'oracle', 'cockroachdb', 'jdbc', 'mongodb']);

export function detectAdapter(workspace: string): DetectedAdapter | undefined {
  const detectors = [fromDatabaseYml, fromStructureSql, fromSchemaRb, fromPrismaSchema];
  for (const detect of detectors) {
    const detected = detect(workspace);
    if (!detected) continue;
    if (detected.databaseVersion || detect === fromStructureSql) return detected;
    // database.yml and schema.rb never state a version; a structure.sql of the same database does.
    const dump = fromStructureSql(workspace);
    return dump?.adapter === detected.adapter && dump.databaseVersion
      ? { ...detected, databaseVersion: dump.databaseVersion, source: `${detected.source}; version from ${dump.source}` }
      : detected;
  }
  return undefined;
}

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
    throw error;
  }
}

function unsupported(file: string, what: string): GateInputError {
  return new GateInputError(`${file} says the production database is ${what}; ${SUPPORTED}.`);
}

// ---- config/database.yml --------------------------------------------------------------------

const DATABASE_YML = 'config/database.yml';

export function fromDatabaseYml(workspace: string): DetectedAdapter | undefined {
  const text = readIfPresent(join(workspace, DATABASE_YML));
  if (text === undefined) return undefined;
  let document: unknown;
  try {
    // merge: Rails files share settings through `<<: *default`.
    document = parseYaml(neutraliseErb(text), { merge: true, uniqueKeys: false });
  } catch {
    // ERB this simple neutralising cannot untangle: the dumps and schemas below still tell.
    return undefined;
  }
  const production = asRecord(asRecord(document)?.['production']);
  if (!production) return undefined;
  // Rails 6+ multi-database: `production: {primary: {adapter: ...}, cache: {...}}`.
  const configs = 'adapter' in production || 'url' in production ? [['production', production] as const] : primaryFirst(production);
  for (const [path, config] of configs) {
    const adapter = config['adapter'];
    if (typeof adapter === 'string' && !adapter.includes(ERB_PLACEHOLDER)) {
      const name = adapter.trim().toLowerCase();
      if (RAILS_ADAPTERS[name]) return { adapter: RAILS_ADAPTERS[name], source: `${DATABASE_YML} (${path}.adapter: ${adapter.trim()})` };
      if (UNSUPPORTED.has(name)) throw unsupported(DATABASE_YML, `${adapter.trim()} (${path}.adapter)`);
    }
    const url = config['url'];
    const scheme = typeof url === 'string' ? /^\s*([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase() : undefined;
    if (scheme) {
      // Only the scheme is printed: the rest of a URL may hold a password.
      if (RAILS_ADAPTERS[scheme]) return { adapter: RAILS_ADAPTERS[scheme], source: `${DATABASE_YML} (${path}.url scheme ${scheme}:)` };
      if (UNSUPPORTED.has(scheme)) throw unsupported(DATABASE_YML, `${scheme} (${path}.url)`);
    }
  }
  return undefined;
}

const ERB_PLACEHOLDER = '__erb__';

/**
 * ERB out of the way of the YAML parser: output tags (`<%= ENV.fetch("DB_HOST") %>`) become a
 * placeholder that says "not known statically", control tags (`<% if ... %>`) and comments go.
 * Both branches of an `if` then stay in the file, which is why duplicate keys are allowed.
 */
export function neutraliseErb(text: string): string {
  return text
    .replace(/<%#[\s\S]*?%>/g, '')
    .replace(/<%-?=[\s\S]*?-?%>/g, ERB_PLACEHOLDER)
    .replace(/<%-?[\s\S]*?-?%>/g, '');
}

function primaryFirst(production: Record<string, unknown>): (readonly [string, Record<string, unknown>])[] {
  const entries: (readonly [string, Record<string, unknown>])[] = [];
  for (const [name, value] of Object.entries(production)) {
    const config = asRecord(value);
    if (config) entries.push([`production.${name}`, config]);
  }
  return entries.sort(([a], [b]) => Number(b === 'production.primary') - Number(a === 'production.primary'));
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

// ---- db/structure.sql -----------------------------------------------------------------------

const STRUCTURE_SQL = 'db/structure.sql';

export function fromStructureSql(workspace: string): DetectedAdapter | undefined {
  const text = readIfPresent(join(workspace, STRUCTURE_SQL));
  if (text === undefined) return undefined;
  // Headers are in the first lines; a large dump is not searched past them for these.
  const head = text.slice(0, 4_000);
  const pgDump = /^-- Dumped from database version (\S+)/m.exec(head);
  if (pgDump) return { adapter: 'postgresql', databaseVersion: pgDump[1], source: `${STRUCTURE_SQL} (pg_dump header)` };
  const mysqlDump = /^-- Server version\s+(\S+)/m.exec(head);
  if (mysqlDump) return { adapter: 'mysql', databaseVersion: mysqlDump[1], source: `${STRUCTURE_SQL} (mysqldump header)` };
  // Rails runs mysqldump with --skip-comments, and a pg_dump may have been trimmed: the
  // statements themselves still say which database wrote them.
  if (/^-- PostgreSQL database dump/m.test(head) || /^SET (search_path|default_table_access_method|row_security)\b/m.test(text) || /^CREATE EXTENSION\b/m.test(text)) {
    return { adapter: 'postgresql', source: `${STRUCTURE_SQL} (PostgreSQL statements)` };
  }
  if (/\bENGINE\s*=\s*(InnoDB|MyISAM|Aria)\b/i.test(text) || /^CREATE TABLE `/m.test(text) || /^-- MySQL dump|^-- MariaDB dump/m.test(head)) {
    return { adapter: 'mysql', source: `${STRUCTURE_SQL} (MySQL statements)` };
  }
  return undefined;
}

// ---- db/schema.rb ---------------------------------------------------------------------------

const SCHEMA_RB = 'db/schema.rb';

// schema.rb is generated by ActiveRecord's schema dumper, always in the same shape: a line search
// is enough, and it is never hand-written Ruby that a parser would be needed for.
const POSTGRES_SIGNS: [RegExp, string][] = [
  [/^\s*enable_extension\s+["']/, 'enable_extension'],
  [/^\s*create_enum\s/, 'create_enum'],
  [/^\s*t\.(jsonb|hstore|tsvector|inet|cidr|macaddr|citext|int4range|tsrange|tstzrange|daterange)\b/, 't.$1'],
  [/^\s*t\.\w+\s.*\barray: true\b/, 'array: true'],
];
const MYSQL_SIGNS: [RegExp, string][] = [
  [/\bcharset: "utf8/, 'charset:'],
  [/\boptions: "ENGINE=/, 'options: "ENGINE='],
  [/\bcollation: "utf8/, 'collation:'],
  [/^\s*t\.\w+\s.*\bunsigned: true\b/, 'unsigned: true'],
];

export function fromSchemaRb(workspace: string): DetectedAdapter | undefined {
  const text = readIfPresent(join(workspace, SCHEMA_RB));
  if (text === undefined) return undefined;
  const postgres = firstSign(text, POSTGRES_SIGNS);
  const mysql = firstSign(text, MYSQL_SIGNS);
  // Signs of both is a schema.rb this search misreads: better to say nothing than the wrong one.
  if (postgres && !mysql) return { adapter: 'postgresql', source: `${SCHEMA_RB} (${postgres})` };
  if (mysql && !postgres) return { adapter: 'mysql', source: `${SCHEMA_RB} (${mysql})` };
  return undefined;
}

function firstSign(text: string, signs: readonly [RegExp, string][]): string | undefined {
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (/^\s*#/.test(line)) continue;
    for (const [pattern, name] of signs) {
      const match = pattern.exec(line);
      if (match) return `${name.replace('$1', match[1] ?? '')}, line ${index + 1}`;
    }
  }
  return undefined;
}

// ---- prisma/schema.prisma -------------------------------------------------------------------

const PRISMA_PROVIDERS: Record<string, Adapter> = { postgresql: 'postgresql', postgres: 'postgresql', mysql: 'mysql' };

export function fromPrismaSchema(workspace: string): DetectedAdapter | undefined {
  // Prisma 5.15+ can split the schema into prisma/schema/*.prisma; the datasource is in one of them.
  const files = ['prisma/schema.prisma', ...prismaSchemaFolder(workspace)];
  for (const file of files) {
    const text = readIfPresent(join(workspace, file));
    if (text === undefined) continue;
    // Only the datasource block: a generator block has a `provider` too (prisma-client-js).
    const datasource = /^\s*datasource\s+\w+\s*\{([^}]*)\}/m.exec(text)?.[1];
    const provider = datasource && /^\s*provider\s*=\s*"([^"]+)"/m.exec(datasource)?.[1];
    if (!provider) continue;
    const adapter = PRISMA_PROVIDERS[provider.toLowerCase()];
    if (adapter) return { adapter, source: `${file} (datasource provider "${provider}")` };
    throw unsupported(file, `${provider} (datasource provider)`);
  }
  return undefined;
}

function prismaSchemaFolder(workspace: string): string[] {
  try {
    return readdirSync(join(workspace, 'prisma', 'schema'))
      .filter((name) => name.endsWith('.prisma'))
      .sort()
      .map((name) => `prisma/schema/${name}`);
  } catch {
    return [];
  }
}
