// Reads one SQL migration file (Flyway, golang-migrate, Prisma or plain SQL) into a ParsedMigration,
// and expands the SQL of a Rails `execute` into operations. Bad SQL becomes parseErrors, never a throw:
// the gate turns those into `error`, which blocks the deploy instead of passing it silently.

import type { Adapter, IrreversibleReason, Operation, ParsedMigration } from '../../gates/migrations/model.js';
import { basename, recogniseSqlMigration, type RecognisedSqlMigration } from './migration-files.js';
import { parseMysqlSql } from './mysql.js';
import { readPostgresSql, type SqlReadError } from './postgres.js';
import { runsInTransaction } from './transactional.js';

export { recogniseSqlMigration } from './migration-files.js';
export type { RecognisedSqlMigration, SqlMigrationDirection } from './migration-files.js';

export interface SqlMigrationOptions {
  /** Repository paths of the other files in the migration's directory. */
  siblings: readonly string[];
  /**
   * Reads a sibling's content (an adapter's job: this module does no I/O of its own). Without it a
   * golang-migrate `.down.sql` is judged by its presence only, not by whether it is empty.
   */
  readSibling?: (path: string) => Promise<string | undefined>;
}

export async function parseSqlMigration(
  file: string,
  source: string,
  adapter: Adapter,
  options: SqlMigrationOptions,
): Promise<ParsedMigration> {
  const recognised = recogniseSqlMigration(file) ?? { format: 'sql', version: '', name: basename(file), direction: 'up' };
  const placeholders = recognised.format === 'flyway' ? withoutFlywayPlaceholders(source) : undefined;
  const read = await readSql(placeholders?.sql ?? source, adapter, { firstLine: 1, safetyAssured: false });
  return {
    file,
    format: recognised.format,
    version: recognised.version,
    name: recognised.name,
    operations: placeholders ? read.operations.map((op) => withPlaceholders(op, placeholders.restore)) : read.operations,
    transactional: runsInTransaction(recognised.format, adapter, read.evidence),
    irreversible: await irreversibleReasons(file, recognised, options),
    parseErrors: read.errors,
  };
}

/**
 * Flyway replaces `${name}` placeholders (`${schema}.orders`, `'${env}'`) before it runs a script;
 * the parser sees them as syntax errors. Each becomes an identifier of the same length (so every
 * position, and so every line number, stays where it was), unique where it fits, so that table
 * names can be given their placeholder back afterwards (`${schema}.orders`).
 */
export function withoutFlywayPlaceholders(sql: string): { sql: string; restore: (text: string) => string } {
  const originals = new Map<string, string>();
  let count = 0;
  const replaced = sql.replace(/\$\{[\w.:-]+\}/g, (placeholder) => {
    const tag = `p${count++}`;
    const substitute = tag.length < placeholder.length ? tag + '_'.repeat(placeholder.length - tag.length) : 'p'.padEnd(placeholder.length, '_');
    originals.set(substitute, placeholder);
    return substitute;
  });
  const restore = (text: string) => (originals.size === 0 ? text : text.replace(/\bp\d*_*\b/g, (word) => originals.get(word) ?? word));
  return { sql: replaced, restore };
}

function withPlaceholders(op: Operation, restore: (text: string) => string): Operation {
  const restored: Operation = { ...op, code: restore(op.code) };
  if (op.table !== undefined) restored.table = restore(op.table);
  if (op.otherTable !== undefined) restored.otherTable = restore(op.otherTable);
  if (op.sql !== undefined) restored.sql = restore(op.sql);
  return restored;
}

/** Operations of the SQL string of a Rails `execute` call, whose first line is `options.firstLine`. */
export async function expandExecuteSql(
  sql: string,
  adapter: Adapter,
  options: { firstLine: number; safetyAssured: boolean },
): Promise<{ operations: Operation[]; errors: SqlReadError[] }> {
  const { operations, errors } = await readSql(sql, adapter, options);
  return { operations, errors };
}

async function readSql(
  sql: string,
  adapter: Adapter,
  options: { firstLine: number; safetyAssured: boolean },
): Promise<{ operations: Operation[]; errors: SqlReadError[]; evidence: Parameters<typeof runsInTransaction>[2] }> {
  if (adapter === 'mysql') {
    // MySQL DDL is never transactional, so no transaction evidence is gathered; a statement
    // node-sql-parser cannot read is an `execute` of unknown cost, not a syntax error.
    const operations = parseMysqlSql(sql, { ...options, flavor: 'mysql' });
    return { operations, errors: [], evidence: { explicitBegin: false, nonTransactionalStatements: 0, statementCount: 0 } };
  }
  const reading = await readPostgresSql(sql, options);
  return {
    operations: reading.operations,
    errors: reading.errors,
    evidence: {
      explicitBegin: reading.transactionControl.some((fact) => fact.statement === 'BEGIN' || fact.statement === 'START'),
      nonTransactionalStatements: reading.nonTransactional.length,
      statementCount: reading.statementCount,
    },
  };
}

/**
 * Only golang-migrate has a rollback convention a file can break: `migrate down` runs the
 * `.down.sql` of the same version and name. Flyway's undo (U) files are an optional paid feature and
 * most Flyway projects roll forward, and Prisma has no down migrations by design; reporting every
 * such migration as irreversible would be noise that teaches people to ignore the finding.
 */
async function irreversibleReasons(
  file: string,
  recognised: RecognisedSqlMigration,
  options: SqlMigrationOptions,
): Promise<IrreversibleReason[]> {
  if (recognised.format !== 'golang-migrate' || recognised.direction !== 'up') return [];
  const downName = `${recognised.version}_${recognised.name}.down.sql`;
  const down = options.siblings.find((sibling) => basename(sibling.replace(/\\/g, '/')) === downName);
  if (!down) {
    return [{ message: `golang-migrate cannot roll back ${basename(file)}: there is no down migration; add ${downName}.`, line: 1 }];
  }
  const content = options.readSibling ? await options.readSibling(down) : undefined;
  if (content !== undefined && !hasStatements(content)) {
    return [{ message: `golang-migrate cannot roll back ${basename(file)}: ${downName} is empty; add the statements that undo it to ${downName}.`, line: 1 }];
  }
  return [];
}

/** True when SQL has anything besides blanks and comments. */
function hasStatements(sql: string): boolean {
  return sql.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(--|#)[^\n]*/g, '').trim() !== '';
}
