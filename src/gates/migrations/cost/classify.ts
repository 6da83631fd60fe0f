// How an operation spends its time and what it blocks, by the rules of the adapter and its version.
// Sources (the rules below follow them; where a rule is a judgement call, the comment says why):
// - PostgreSQL: "ALTER TABLE" (https://www.postgresql.org/docs/current/sql-altertable.html: the lock
//   level of each sub-form, "Adding a column with a volatile DEFAULT ... will require the entire
//   table and its indexes to be rewritten", binary-coercible type changes skip the rewrite) and
//   "Explicit Locking" (https://www.postgresql.org/docs/current/explicit-locking.html: which lock
//   modes conflict; CREATE INDEX takes SHARE, CONCURRENTLY takes SHARE UPDATE EXCLUSIVE, ADD FOREIGN
//   KEY takes SHARE ROW EXCLUSIVE on both tables since 9.5, VALIDATE CONSTRAINT takes SHARE UPDATE
//   EXCLUSIVE).
// - MySQL 8.0: "Online DDL Operations" (https://dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html):
//   ADD COLUMN is INSTANT from 8.0.12 (last position only before 8.0.29), DROP COLUMN INSTANT from
//   8.0.29, "Changing the column data type" is COPY only (no concurrent DML), secondary indexes are
//   built INPLACE with concurrent DML, ADD FOREIGN KEY is INPLACE only with foreign_key_checks=0.
// - MariaDB: "InnoDB Online DDL Operations with the INSTANT Alter Algorithm"
//   (https://mariadb.com/kb/en/innodb-online-ddl-operations-with-the-instant-alter-algorithm/):
//   instant ADD COLUMN from 10.3.2 (last column), any position and instant DROP COLUMN from 10.4.

import semver from 'semver';
import type { Adapter, CostClass, LockImpact, Operation } from '../model.js';

export interface Classification {
  costClass: CostClass;
  lock: LockImpact;
  lockedTables: string[];
  reason: string;
}

export interface ClassifyContext {
  adapter: Adapter;
  /** As the server reports it (`15.4`, `8.0.36`, `10.11.19-MariaDB`); absent: assume the oldest supported rules. */
  databaseVersion?: string;
  /**
   * change_column: the column's type before the change, when known (from the schema). Without it a
   * type change is a rewrite, because guessing "binary-coercible" could pass a rewrite.
   */
  previousColumnType?: string;
}

export function classifyOperation(op: Operation, context: ClassifyContext): Classification {
  return context.adapter === 'postgresql' ? classifyPostgres(op, context) : classifyMysql(op, context);
}

// ---- PostgreSQL -----------------------------------------------------------------------------

/** A table-level ACCESS EXCLUSIVE lock held only to change the catalog. */
const BRIEF_EXCLUSIVE =
  'takes ACCESS EXCLUSIVE (blocks reads and writes) only for a catalog change, but waits behind any long transaction on the table and blocks everything queued after it meanwhile';

function classifyPostgres(op: Operation, context: ClassifyContext): Classification {
  const tables = lockedTablesOf(op);
  const version = coerceVersion(context.databaseVersion);
  const result = (costClass: CostClass, lock: LockImpact, reason: string, lockedTables = tables): Classification => ({
    costClass,
    lock,
    lockedTables,
    reason,
  });

  switch (op.kind) {
    case 'add_column':
    case 'add_timestamps': {
      const volatile = volatileDefault(op);
      if (volatile) return result('rewrite', 'reads-and-writes', `the default ${volatile} is volatile: every row gets its own value, so the table and its indexes are rewritten under ACCESS EXCLUSIVE`);
      const hasDefault = op.default !== undefined && !(op.default.kind === 'constant' && op.default.value === null);
      if (hasDefault && (!version || semver.lt(version, '11.0.0'))) {
        return result('rewrite', 'reads-and-writes', `before PostgreSQL 11${version ? '' : ' (the server version is unknown)'} a column with a default rewrites the table under ACCESS EXCLUSIVE`);
      }
      return result('metadata', 'reads-and-writes', `${hasDefault ? 'a non-volatile default is stored in the catalog (PostgreSQL >= 11): no rewrite; ' : ''}${BRIEF_EXCLUSIVE}`);
    }
    case 'change_column': {
      if (context.previousColumnType && binaryCoercible(context.previousColumnType, op.columnType)) {
        return result('metadata', 'reads-and-writes', `${context.previousColumnType} to ${op.columnType} is binary-coercible: no rewrite; ${BRIEF_EXCLUSIVE}`);
      }
      return result(
        'rewrite',
        'reads-and-writes',
        'changing a column type rewrites the table and rebuilds its indexes under ACCESS EXCLUSIVE (only binary-coercible changes such as varchar(n) to a longer varchar or to text skip the rewrite)',
      );
    }
    case 'change_column_null':
      if (op.nullable === false) {
        return result('scan', 'reads-and-writes', 'SET NOT NULL scans the whole table under ACCESS EXCLUSIVE (a validated CHECK (col IS NOT NULL) constraint added first lets PostgreSQL >= 12 skip the scan)');
      }
      return result('metadata', 'reads-and-writes', `DROP NOT NULL ${BRIEF_EXCLUSIVE}`);
    case 'add_index':
    case 'add_unique_constraint':
      if (op.concurrently) {
        return result('concurrent-index', 'nothing', 'CREATE INDEX CONCURRENTLY takes SHARE UPDATE EXCLUSIVE (reads and writes go on): two table scans, plus waits for every transaction older than each phase');
      }
      return result('index', 'writes', 'CREATE INDEX takes SHARE: reads go on, writes wait for the whole build');
    case 'add_reference': {
      const fk = op.foreignKey === true && op.validate !== false;
      const withIndex = op.index !== false;
      const lockedTables = fk && op.otherTable ? [...tables, op.otherTable] : tables;
      if (withIndex && op.concurrently) {
        return result('concurrent-index', fk ? 'writes' : 'nothing', `adds the column (brief ACCESS EXCLUSIVE), builds its index CONCURRENTLY${fk ? '; the foreign key takes SHARE ROW EXCLUSIVE on both tables (writes wait) while it validates' : ''}`, lockedTables);
      }
      if (withIndex) {
        // In one migration transaction the ACCESS EXCLUSIVE of ADD COLUMN is held until COMMIT, so
        // it covers the index build that follows.
        return result('index', 'reads-and-writes', `adds the column and builds its index${fk ? ' and foreign key' : ''}; in a migration transaction the ACCESS EXCLUSIVE of ADD COLUMN is held for the whole build`, lockedTables);
      }
      if (fk) return result('scan', 'writes', 'adds the column and a foreign key: validating it scans the table under SHARE ROW EXCLUSIVE on both tables (writes wait)', lockedTables);
      return result('metadata', 'reads-and-writes', `adds a column without an index: ${BRIEF_EXCLUSIVE}`);
    }
    case 'add_foreign_key': {
      const lockedTables = op.otherTable ? [...tables, op.otherTable] : tables;
      if (op.validate === false) {
        return result('metadata', 'writes', 'NOT VALID: no scan; takes SHARE ROW EXCLUSIVE on both tables briefly (writes wait, also behind long transactions)', lockedTables);
      }
      return result('scan', 'writes', 'checks every row against the referenced table under SHARE ROW EXCLUSIVE on both tables: writes wait for the whole scan (add it NOT VALID, then validate)', lockedTables);
    }
    case 'add_check_constraint':
    case 'add_exclusion_constraint':
      if (op.validate === false && op.kind === 'add_check_constraint') {
        return result('metadata', 'reads-and-writes', `NOT VALID: no scan; ${BRIEF_EXCLUSIVE}`);
      }
      if (op.kind === 'add_exclusion_constraint') {
        return result('index', 'reads-and-writes', 'an exclusion constraint builds its index under ACCESS EXCLUSIVE');
      }
      return result('scan', 'reads-and-writes', 'checks every row under ACCESS EXCLUSIVE: reads and writes wait for the whole scan (add it NOT VALID, then validate)');
    case 'validate_foreign_key':
    case 'validate_check_constraint':
    case 'validate_constraint':
      return result('scan', 'nothing', 'VALIDATE CONSTRAINT scans the table under SHARE UPDATE EXCLUSIVE: reads and writes go on');
    case 'backfill':
      return result('backfill', 'writes', 'updates rows: each row is locked until the transaction commits (writes to those rows wait), and every updated row is a new tuple version plus index entries');
    case 'execute':
      return classifyExecute(op, tables, 'postgresql');
    case 'unknown':
      return result('unknown', 'reads-and-writes', `\`${op.method ?? 'an unknown call'}\` is not an operation the gate knows: its cost and locks are unknown, never assumed free`);
    case 'create_table':
      return result('metadata', 'nothing', 'creates a new table: nothing else uses it yet');
    case 'remove_index':
      if (op.concurrently) return result('metadata', 'nothing', 'DROP INDEX CONCURRENTLY waits for transactions but blocks nothing');
      return result('metadata', 'reads-and-writes', `DROP INDEX ${BRIEF_EXCLUSIVE}`);
    case 'sql_metadata':
      return result('metadata', 'nothing', 'a catalog change (function, type, view, comment, grant): no table data is touched');
    default:
      // drop_table, rename_*, remove_column, remove_*, change_column_default, comments: catalog only.
      return result('metadata', 'reads-and-writes', `${op.kind} changes the catalog only; ${BRIEF_EXCLUSIVE}`);
  }
}

/** Functions whose value is fixed for a transaction or forever: a default with them does not rewrite. */
const NON_VOLATILE_FUNCTIONS = new Set([
  'now',
  'transaction_timestamp',
  'statement_timestamp',
  'current_date',
  'current_timestamp',
  'localtimestamp',
  'lower',
  'upper',
  'coalesce',
  'to_json',
  'to_jsonb',
  'jsonb_build_object',
  'json_build_object',
  'array',
]);

/** The volatile part of a default (for the reason), or undefined when it is non-volatile. */
export function volatileDefault(op: Operation): string | undefined {
  const value = op.default;
  if (!value || value.kind === 'constant') return undefined;
  // Ruby that could not be evaluated: guessing "constant" could pass a rewrite.
  if (value.kind === 'expression') return `\`${value.code}\` (Ruby, not known statically)`;
  for (const match of value.sql.toLowerCase().matchAll(/([a-z_][a-z0-9_.]*)\s*\(/g)) {
    const name = (match[1] ?? '').split('.').pop() ?? '';
    // An unknown function may be volatile; only the known stable/immutable ones are trusted.
    if (!NON_VOLATILE_FUNCTIONS.has(name)) return `\`${value.sql}\``;
  }
  return undefined;
}

/** PostgreSQL skips the rewrite when the new type is binary-coercible from the old one. */
export function binaryCoercible(from: string, to: string | undefined): boolean {
  if (!to) return false;
  const a = normaliseType(from);
  const b = normaliseType(to);
  const textual = (t: { name: string }) => t.name === 'varchar' || t.name === 'text';
  if (!textual(a) || !textual(b)) return false;
  if (b.name === 'text' || b.length === undefined) return true;
  return a.name === 'varchar' && a.length !== undefined && b.length >= a.length;
}

function normaliseType(type: string): { name: string; length?: number } {
  const match = /^\s*:?(character varying|varchar|string|text)\s*(?:\(\s*(\d+)\s*\))?/i.exec(type);
  if (!match) return { name: type.trim().toLowerCase() };
  const name = (match[1] ?? '').toLowerCase() === 'text' ? 'text' : 'varchar';
  return match[2] ? { name, length: Number(match[2]) } : { name };
}

// ---- MySQL / MariaDB ------------------------------------------------------------------------

function classifyMysql(op: Operation, context: ClassifyContext): Classification {
  const tables = lockedTablesOf(op);
  const mariadb = /mariadb/i.test(context.databaseVersion ?? '');
  const version = coerceVersion(context.databaseVersion);
  const server = mariadb ? 'MariaDB' : 'MySQL';
  const atLeast = (mysql: string, maria: string) => (version ? semver.gte(version, mariadb ? maria : mysql) : false);
  const result = (costClass: CostClass, lock: LockImpact, reason: string, lockedTables = tables): Classification => ({
    costClass,
    lock,
    lockedTables,
    reason: `${reason}; DDL is not transactional: a failure half-way leaves the earlier statements applied`,
  });

  // An explicit ALGORITHM= wins: the server refuses the statement rather than fall back.
  if (op.mysqlAlgorithm === 'copy') {
    return result('rewrite', 'writes', 'ALGORITHM=COPY copies the table row by row: reads go on, writes wait for the whole copy');
  }

  switch (op.kind) {
    case 'add_column':
    case 'add_timestamps':
      // Rails appends columns (no AFTER), so "last position only" is met.
      if (op.mysqlAlgorithm === 'instant' || (op.mysqlAlgorithm !== 'inplace' && atLeast('8.0.12', '10.3.2'))) {
        return result('metadata', 'nothing', `${server} adds the column INSTANT (metadata only; a brief metadata lock waits behind long transactions)`);
      }
      return result('rewrite', 'nothing', `${version ? `${server} ${version}` : 'an unknown server version'} adds a column INPLACE by rebuilding the table: concurrent DML goes on, brief metadata locks at start and end`);
    case 'remove_column':
    case 'remove_timestamps':
    case 'remove_reference':
      if (op.mysqlAlgorithm === 'instant' || (op.mysqlAlgorithm !== 'inplace' && atLeast('8.0.29', '10.4.0'))) {
        return result('metadata', 'nothing', `${server} drops the column INSTANT (metadata only)`);
      }
      return result('rewrite', 'nothing', 'dropping a column rebuilds the table INPLACE: concurrent DML goes on');
    case 'change_column':
      if (op.mysqlAlgorithm === 'instant') return result('metadata', 'nothing', 'ALGORITHM=INSTANT: metadata only (the server refuses it otherwise)');
      return result('rewrite', 'writes', 'changing a column type is ALGORITHM=COPY only: reads go on, writes wait for the whole copy');
    case 'change_column_null':
      return result('rewrite', 'nothing', `making a column ${op.nullable === false ? 'NOT NULL' : 'NULL'} rebuilds the table INPLACE: concurrent DML goes on`);
    case 'add_index':
    case 'add_unique_constraint':
      return result('index', 'nothing', 'a secondary index is built INPLACE: concurrent DML goes on (brief metadata locks at start and end)');
    case 'add_reference': {
      const lockedTables = op.foreignKey && op.otherTable ? [...tables, op.otherTable] : tables;
      if (op.foreignKey) {
        return result('rewrite', 'writes', 'with foreign_key_checks=1 adding a foreign key is ALGORITHM=COPY: writes wait for the whole copy (INPLACE needs foreign_key_checks=0)', lockedTables);
      }
      if (op.index !== false) return result('index', 'nothing', 'adds the column and builds its index INPLACE: concurrent DML goes on', lockedTables);
      return classifyMysql({ ...op, kind: 'add_column' }, context);
    }
    case 'add_foreign_key': {
      const lockedTables = op.otherTable ? [...tables, op.otherTable] : tables;
      if (op.mysqlAlgorithm === 'inplace') {
        return result('metadata', 'nothing', 'INPLACE with foreign_key_checks=0: existing rows are not checked', lockedTables);
      }
      return result('rewrite', 'writes', 'with foreign_key_checks=1 adding a foreign key is ALGORITHM=COPY: writes wait for the whole copy (`validate: false` has no effect on MySQL)', lockedTables);
    }
    case 'add_check_constraint':
      return result('rewrite', 'writes', 'adding a CHECK constraint copies the table to check every row: writes wait');
    case 'backfill':
      return result('backfill', 'writes', 'updates rows: each row is locked until the statement commits (writes to those rows wait)');
    case 'execute':
      return classifyExecute(op, tables, 'mysql');
    case 'unknown':
      return result('unknown', 'reads-and-writes', `\`${op.method ?? 'an unknown call'}\` is not an operation the gate knows: its cost and locks are unknown, never assumed free`);
    case 'create_table':
      return result('metadata', 'nothing', 'creates a new table: nothing else uses it yet');
    case 'validate_foreign_key':
    case 'validate_check_constraint':
    case 'validate_constraint':
      return result('metadata', 'nothing', `${server} has no NOT VALID constraints: nothing to validate`);
    default:
      return result('metadata', 'nothing', `${op.kind} changes metadata only (a brief metadata lock waits behind long transactions)`);
  }
}

// ---- shared ---------------------------------------------------------------------------------

function classifyExecute(op: Operation, tables: string[], adapter: Adapter): Classification {
  const statement = `${op.method ?? ''} ${op.sql ?? ''}`.toUpperCase();
  if (adapter === 'postgresql' && /\bCLUSTER\b|\bVACUUM\s+(\(\s*)?FULL\b/.test(statement)) {
    return { costClass: 'rewrite', lock: 'reads-and-writes', lockedTables: tables, reason: 'CLUSTER / VACUUM FULL rewrites the table under ACCESS EXCLUSIVE' };
  }
  if (adapter === 'mysql' && /\bOPTIMIZE\s+TABLE\b/.test(statement)) {
    return { costClass: 'rewrite', lock: 'nothing', lockedTables: tables, reason: 'OPTIMIZE TABLE rebuilds the table INPLACE' };
  }
  return {
    costClass: 'unknown',
    lock: 'reads-and-writes',
    lockedTables: tables,
    reason: 'SQL the gate could not break into known operations: its cost and locks are unknown, never assumed free',
  };
}

function lockedTablesOf(op: Operation): string[] {
  return op.table ? [op.table] : [];
}

/** `15.4` → 15.4.0, `10.11.19-MariaDB-0+deb12u1` → 10.11.19; undefined when absent or unreadable. */
function coerceVersion(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  return semver.coerce(raw)?.version;
}
