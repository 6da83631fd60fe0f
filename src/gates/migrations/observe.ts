// Everything the migrations gate observes, gathered in one place: the deploy range, the migration
// files it adds, their parse, production's table sizes and the rates. The parsers and database
// drivers are WebAssembly and network code the other gates never need, so they load lazily here.

import { isAbsolute, join, posix } from 'node:path';
import { Git } from '../../git/git.js';
import type { ParsedInputs } from '../../inputs/spec.js';
import { parseList } from '../../inputs/values.js';
import { GateInputError } from '../../model/result.js';
import { resolveDeployRange } from '../../range/resolve.js';
import type { GateEnvironment } from '../types.js';
import { analyzeMigrations } from './analyze.js';
import { DEFAULT_RATES, type Rates } from './cost/rates.js';
import type { MigrationFileNote, MigrationsObservation } from './decide.js';
import { compareVersions } from './decide.js';
import { DEFAULT_MIGRATION_PATHS } from './inputs.js';
import type { Adapter, MigrationFormat, ParsedMigration, StatsSnapshot, TableStats } from './model.js';

export interface Observed extends MigrationsObservation {
  adapter: Adapter;
  databaseVersion?: string;
}

export async function observeMigrations(inputs: ParsedInputs, env: GateEnvironment): Promise<Observed> {
  const range = await resolveDeployRange(
    {
      sha: (inputs['sha'] as string | undefined) ?? env.run.defaultSha,
      productionRef: inputs['production-ref'] as string | undefined,
      environment: inputs['environment'] as string | undefined,
      history: 'git',
      listLimit: 0,
      fetch: env.fetch,
    },
    { workspace: env.workspace, github: env.github },
  );
  const rubyGlobs = globsOf(inputs['paths'] as string | undefined, DEFAULT_MIGRATION_PATHS);
  const sqlGlobs = globsOf(inputs['sql-paths'] as string | undefined, '');
  const git = new Git(env.workspace);
  const { readMigrationChanges } = await import('../../migration-sources/git-migrations.js');
  const changes = await readMigrationChanges(git, {
    baseSha: range.mergeBaseSha ?? range.production.sha,
    deploySha: range.deploySha,
    productionSha: range.production.sha,
    globs: [...rubyGlobs, ...sqlGlobs],
  });

  const { recogniseSqlMigration } = await import('../../migration-parsers/sql/files.js');
  const { minimatch } = await import('minimatch');
  const isRuby = (path: string) => rubyGlobs.some((glob) => minimatch(path, glob, { dot: true }));
  // Down and undo SQL files are not forward migrations; Flyway's repeatable R__ files are (they run
  // again whenever they change, after the versioned ones).
  const isForward = (path: string) => isRuby(path) || ['up', 'repeatable'].includes(recogniseSqlMigration(path)?.direction ?? 'up');

  const productionFiles = new Set(changes.productionFiles);
  // "Added" is against the merge base: a diverged production may already have the file (a hotfix
  // cherry-picked to both sides), and then it has run there and must not be costed again.
  const alreadyRun = changes.changes.filter((change) => change.status === 'added' && productionFiles.has(change.path) && isForward(change.path));
  const added = changes.changes.filter((change) => change.status === 'added' && !productionFiles.has(change.path) && isForward(change.path));
  const editedSinceRun = alreadyRun.length
    ? new Set((await git.run(['diff', '--name-only', '-z', '--no-renames', range.production.sha, range.deploySha, '--', ...alreadyRun.map((change) => `:(literal)${change.path}`)])).split('\0').filter(Boolean))
    : new Set<string>();
  const changedExisting: MigrationFileNote[] = [
    ...changes.changes
      .filter((change) => change.status !== 'added' && productionFiles.has(change.path) && isForward(change.path))
      .map((change) => ({ path: change.path, status: change.status as 'modified' | 'deleted' })),
    ...alreadyRun.filter((change) => editedSinceRun.has(change.path)).map((change) => ({ path: change.path, status: 'modified' as const })),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const newestInProduction = newestVersions(changes.productionFiles.filter(isForward), isRuby, recogniseSqlMigration);

  const databaseUrl = inputs['database-url'] as string | undefined;
  const tableStatsPath = inputs['table-stats'] as string | undefined;
  if (databaseUrl && tableStatsPath) throw new GateInputError('inputs `table-stats` and `database-url` are both set; set only one of them.');

  if (added.length === 0) {
    return {
      adapter: (inputs['adapter'] as Adapter | 'auto') === 'mysql' ? 'mysql' : 'postgresql',
      migrations: [],
      newestInProduction,
      changedExisting,
      statsSource: 'not needed',
      ratesSource: 'not needed',
      adapterSource: 'not needed',
    };
  }

  const database = databaseUrl ? await connect(databaseUrl) : undefined;
  try {
    const { adapter, adapterSource, detectedVersion } = await chooseAdapter(inputs, env.workspace, database?.adapter);
    const readAtDeploy = async (path: string) => {
      const shown = await git.tryRun(['show', `${range.deploySha}:${path}`]);
      return shown.exitCode === 0 ? shown.stdout : undefined;
    };
    const parsed = await parseAll(added.map((change) => change.path), changes.contents, changes.deployFolderFiles, isRuby, adapter, readAtDeploy);
    const tables = [...new Set(parsed.flatMap((migration) => migration.operations.flatMap((op) => [op.table, op.otherTable])).filter((t): t is string => !!t))];
    const stats = await readStats(env.workspace, tableStatsPath, database, tables);
    const databaseVersion = (inputs['database-version'] as string | undefined) ?? database?.serverVersion ?? stats.serverVersion ?? detectedVersion;
    const { rates, ratesSource } = await readRates(env.workspace, inputs['rates'] as string | undefined, adapter);
    const columnTypes = parsed.some((migration) => migration.operations.some((op) => op.kind === 'change_column'))
      ? await productionColumnTypes(git, range.production.sha)
      : undefined;
    return {
      adapter,
      databaseVersion,
      migrations: analyzeMigrations(parsed, { adapter, databaseVersion, stats: stats.tables, rates, columnTypes }),
      newestInProduction,
      changedExisting,
      statsSource: stats.source,
      ratesSource,
      adapterSource,
    };
  } finally {
    await database?.close();
  }
}

/** Column types from production's db/schema.rb; none when production has no schema.rb (structure.sql is not read). */
async function productionColumnTypes(git: Git, productionSha: string) {
  const shown = await git.tryRun(['show', `${productionSha}:db/schema.rb`]);
  if (shown.exitCode !== 0) return undefined;
  const { parseSchemaRbColumns } = await import('../../databases/schema-columns.js');
  return parseSchemaRbColumns(shown.stdout);
}

function globsOf(value: string | undefined, fallback: string): string[] {
  return parseList(value ?? fallback).map((glob) => glob.replace(/^\.\//, ''));
}

async function connect(url: string) {
  const { connectDatabase } = await import('../../databases/client.js');
  return connectDatabase(url, { inputName: 'database-url' });
}

async function chooseAdapter(inputs: ParsedInputs, workspace: string, fromDatabase: Adapter | undefined) {
  const asked = inputs['adapter'] as Adapter | 'auto';
  if (asked !== 'auto' && fromDatabase && asked !== fromDatabase) {
    throw new GateInputError(`input \`adapter\` is ${asked}, but \`database-url\` points at a ${fromDatabase} server: make them agree (or leave \`adapter\` at auto).`);
  }
  if (asked !== 'auto') return { adapter: asked, adapterSource: 'input `adapter`', detectedVersion: undefined };
  if (fromDatabase) return { adapter: fromDatabase, adapterSource: '`database-url`', detectedVersion: undefined };
  const { detectAdapter } = await import('../../databases/detect-adapter.js');
  const detected = detectAdapter(workspace);
  if (!detected) {
    throw new GateInputError(
      'cannot tell whether production runs PostgreSQL or MySQL: config/database.yml, db/structure.sql, db/schema.rb and prisma/schema.prisma do not say. Set `adapter: postgresql` or `adapter: mysql`.',
    );
  }
  return { adapter: detected.adapter, adapterSource: detected.source, detectedVersion: detected.databaseVersion };
}

/** Parses every migration and expands the SQL of Rails `execute` calls; returns them in run order. */
async function parseAll(
  paths: readonly string[],
  contents: ReadonlyMap<string, string>,
  folderFiles: readonly string[],
  isRuby: (path: string) => boolean,
  adapter: Adapter,
  readSibling: (path: string) => Promise<string | undefined>,
): Promise<ParsedMigration[]> {
  const sql = await import('../../migration-parsers/sql/files.js');
  const rubyPaths = paths.filter(isRuby);
  const parseRuby = rubyPaths.length ? await (await import('../../migration-parsers/ruby/parse-migration.js')).createRubyMigrationParser() : undefined;
  const parsed: ParsedMigration[] = [];
  for (const path of paths) {
    const source = contents.get(path) ?? '';
    if (parseRuby && isRuby(path)) {
      parsed.push(await expandExecutes(parseRuby(path, source), adapter, sql.expandExecuteSql));
    } else {
      const folder = posix.dirname(path);
      const siblings = folderFiles.filter((file) => file !== path && posix.dirname(file) === folder);
      parsed.push(await sql.parseSqlMigration(path, source, adapter, { siblings, readSibling }));
    }
  }
  return parsed.sort(runOrder);
}

/** Formats run separately (Rails, then each SQL tool), each in version order; unversioned (repeatable) last. */
function runOrder(a: ParsedMigration, b: ParsedMigration): number {
  if (a.format !== b.format) return a.format < b.format ? -1 : 1;
  if (!a.version !== !b.version) return a.version ? -1 : 1;
  return compareVersions(a.version, b.version) || (a.file < b.file ? -1 : 1);
}

type ExpandExecuteSql = typeof import('../../migration-parsers/sql/files.js').expandExecuteSql;

/** An `execute` with known SQL becomes the operations its SQL performs; unknowable SQL stays an `execute` (unknown cost). */
async function expandExecutes(migration: ParsedMigration, adapter: Adapter, expand: ExpandExecuteSql): Promise<ParsedMigration> {
  const operations = [];
  const parseErrors = [...migration.parseErrors];
  for (const operation of migration.operations) {
    if (operation.kind !== 'execute' || operation.sql === undefined) {
      operations.push(operation);
      continue;
    }
    const expanded = await expand(operation.sql, adapter, { firstLine: operation.line, safetyAssured: operation.safetyAssured });
    for (const error of expanded.errors) parseErrors.push({ message: `SQL in \`execute\`: ${error.message}`, line: error.line });
    operations.push(...expanded.operations);
  }
  return { ...migration, operations, parseErrors };
}

async function readStats(workspace: string, path: string | undefined, database: Awaited<ReturnType<typeof connect>> | undefined, tables: readonly string[]): Promise<StatsSnapshot> {
  if (path) {
    const { readStatsFile } = await import('../../databases/stats-file.js');
    const fullPath = resolvePath(workspace, path);
    const snapshot = await readStatsFile(fullPath);
    // Name the file as the user wrote it, not the runner's absolute path.
    return { ...snapshot, source: `table-stats ${snapshot.source.replace(fullPath, path)}` };
  }
  if (database) {
    const { readTableStats } = await import('../../databases/table-stats.js');
    const snapshot = await readTableStats(database, tables);
    return { ...snapshot, source: `database-url ${snapshot.source}` };
  }
  return { source: 'no table sizes (neither `table-stats` nor `database-url` is set)', tables: new Map<string, TableStats>() };
}

async function readRates(workspace: string, path: string | undefined, adapter: Adapter): Promise<{ rates: Rates; ratesSource: string }> {
  if (!path) {
    const measured = DEFAULT_RATES[adapter].measured;
    return { rates: DEFAULT_RATES[adapter], ratesSource: `built-in${measured ? `, measured on ${measured.serverVersion} (${measured.date}); calibrate yours with \`deploy-gates migrations calibrate\`` : ''}` };
  }
  const { readFile } = await import('node:fs/promises');
  const { parseRatesFile } = await import('./cost/rates.js');
  const fullPath = resolvePath(workspace, path);
  let content: string;
  try {
    content = await readFile(fullPath, 'utf8');
  } catch (error) {
    throw new GateInputError(`input \`rates\`: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)}). Write it with \`deploy-gates migrations calibrate\`.`);
  }
  const rates = parseRatesFile(path, content);
  if (rates.adapter !== adapter) {
    throw new GateInputError(`input \`rates\`: ${path} was measured on ${rates.adapter}, but production runs ${adapter}; calibrate on a ${adapter} staging database.`);
  }
  return { rates, ratesSource: `rates file ${path}${rates.measured ? ` (measured on ${rates.measured.serverVersion}, ${rates.measured.date})` : ''}` };
}

function resolvePath(workspace: string, path: string): string {
  return isAbsolute(path) ? path : join(workspace, path);
}

type Recognise = typeof import('../../migration-parsers/sql/files.js').recogniseSqlMigration;

function newestVersions(paths: readonly string[], isRuby: (path: string) => boolean, recognise: Recognise): Partial<Record<MigrationFormat, string>> {
  const newest: Partial<Record<MigrationFormat, string>> = {};
  for (const path of paths) {
    const ruby = isRuby(path) ? /^(\d+)_/.exec(posix.basename(path))?.[1] : undefined;
    const sql = ruby === undefined ? recognise(path) : undefined;
    const format: MigrationFormat | undefined = ruby !== undefined ? 'activerecord' : sql?.format;
    const version = ruby ?? sql?.version;
    if (!format || !version) continue;
    const current = newest[format];
    if (current === undefined || compareVersions(version, current) > 0) newest[format] = version;
  }
  return newest;
}
