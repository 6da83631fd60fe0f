// Dangerous operations in the spirit of strong_migrations: each check has a name, says in one
// sentence what it blocks and for how long on THIS table, and shows the safe way to write it.
// Severity grows with the table: a rewrite of a 200-row table is a notice, of a 48M-row table it
// stops the deploy. `safety_assured` turns a finding into a notice that still says it all.

import type { Finding, Severity } from '../../model/result.js';
import type { AnalyzedMigration, AnalyzedOperation } from './analyze.js';
import { formatEstimate, formatRows } from './format.js';
import type { Adapter, LockImpact } from './model.js';

/** Below this many rows a dangerous lock is over before anyone notices: a notice, for the record. */
export const SMALL_TABLE_ROWS = 10_000;

export interface DangerSettings {
  adapter: Adapter;
  /** From this many rows a danger fails the deploy. */
  largeTableRows: number;
}

interface Check {
  id: string;
  title: string;
  applies(analyzed: AnalyzedOperation, migration: AnalyzedMigration, adapter: Adapter): boolean;
  /** Why it is dangerous, after "`code` ..." */
  danger(analyzed: AnalyzedOperation, migration: AnalyzedMigration): string;
  safe(analyzed: AnalyzedOperation, adapter: Adapter, migration: AnalyzedMigration): string;
  /** Size-independent: always at least this severity (a statement that fails outright). */
  minimum?: Severity;
}

const CHECKS: readonly Check[] = [
  {
    id: 'migrations/concurrent-index-in-transaction',
    title: 'Concurrent index inside a transaction',
    applies: ({ cost }, migration, adapter) => adapter === 'postgresql' && cost.costClass === 'concurrent-index' && migration.migration.transactional,
    danger: () => 'cannot run inside a transaction: PostgreSQL refuses CREATE INDEX CONCURRENTLY in a transaction block, so the migration fails',
    safe: (_analyzed, _adapter, { migration }) =>
      migration.format === 'activerecord'
        ? 'add `disable_ddl_transaction!` to the migration (and keep the concurrent index alone in it)'
        : `put the CONCURRENTLY statement alone in a migration file of its own (${migration.format} sends a file as one query, which PostgreSQL runs as one transaction)`,
    minimum: 'error',
  },
  {
    id: 'migrations/non-concurrent-index',
    title: 'Index built without CONCURRENTLY',
    applies: ({ operation, cost }, _migration, adapter) =>
      adapter === 'postgresql' && cost.costClass === 'index' && cost.lock !== 'nothing' && ['add_index', 'add_reference', 'add_unique_constraint'].includes(operation.kind),
    danger: (analyzed, migration) => `holds a lock that ${blocks(analyzed, migration)} for the whole build`,
    safe: ({ operation }) =>
      operation.kind === 'add_reference'
        ? 'write `add_reference ..., index: { algorithm: :concurrently }` in a migration with `disable_ddl_transaction!`'
        : `write it as \`add_index :${operation.table}, ${columnsOf(operation.columns)}, algorithm: :concurrently\` with \`disable_ddl_transaction!\``,
  },
  {
    id: 'migrations/table-rewrite',
    title: 'Table rewrite',
    applies: ({ cost }) => cost.costClass === 'rewrite' && cost.lock !== 'nothing',
    danger: (analyzed, migration) => `rewrites the whole table (${analyzed.cost.reason}) and ${blocks(analyzed, migration)} while it does`,
    safe: ({ operation }, adapter) =>
      operation.kind === 'add_column'
        ? 'add the column without the default (or with a constant one), then set the default and backfill in batches in a later migration'
        : adapter === 'mysql'
          ? 'use an online schema change tool (gh-ost, pt-online-schema-change), or add a new column, backfill it in batches and switch over'
          : 'add a new column of the new type, backfill it in batches, switch reads and writes over, then drop the old column',
  },
  {
    id: 'migrations/not-null-scan',
    title: 'NOT NULL that scans the table',
    applies: ({ operation, cost }, _migration, adapter) =>
      adapter === 'postgresql' && operation.kind === 'change_column_null' && operation.nullable === false && cost.costClass === 'scan',
    danger: (analyzed, migration) => `scans every row to check for NULLs and ${blocks(analyzed, migration)} while it does`,
    safe: ({ operation }) =>
      `add \`add_check_constraint :${operation.table}, "${operation.columns?.[0] ?? 'column'} IS NOT NULL", name: "${operation.columns?.[0] ?? 'column'}_null", validate: false\`, ` +
      'validate it in a second migration, then `change_column_null` (PostgreSQL 12+ uses the valid constraint and skips the scan)',
  },
  {
    id: 'migrations/foreign-key-validation',
    title: 'Foreign key validated while locking both tables',
    applies: ({ operation, cost }) =>
      (operation.kind === 'add_foreign_key' || (operation.kind === 'add_reference' && operation.foreignKey === true)) && cost.costClass === 'scan' && cost.lock !== 'nothing',
    danger: (analyzed, migration) =>
      `checks every row while it ${blocks(analyzed, migration)}${analyzed.operation.otherTable ? ` and on \`${analyzed.operation.otherTable}\`` : ''}`,
    safe: ({ operation }) =>
      `add it with \`validate: false\` (\`add_foreign_key :${operation.table}, :${operation.otherTable ?? 'other_table'}, validate: false\`), then \`validate_foreign_key\` in a second migration`,
  },
  {
    id: 'migrations/check-constraint-scan',
    title: 'Check constraint validated under a lock',
    applies: ({ operation, cost }) => operation.kind === 'add_check_constraint' && cost.costClass === 'scan' && cost.lock !== 'nothing',
    danger: (analyzed, migration) => `checks every row while it ${blocks(analyzed, migration)}`,
    safe: () => 'add it with `validate: false`, then `validate_check_constraint` in a second migration',
  },
  {
    id: 'migrations/backfill-in-transaction',
    title: 'Backfill inside the migration\'s transaction',
    applies: ({ cost }, migration) => cost.costClass === 'backfill' && migration.holdsLocksToEnd,
    danger: (analyzed, migration) =>
      `changes rows inside the migration's transaction: every row it touches, and every lock taken before it, stays locked until the migration ends (${blocks(analyzed, migration)})`,
    safe: () => 'move the backfill to its own migration with `disable_ddl_transaction!` and update in batches (`in_batches(of: 10_000) { |batch| batch.update_all(...) }`), throttled',
  },
  {
    id: 'migrations/rename',
    title: 'Rename while the old code still runs',
    applies: ({ operation }) => operation.kind === 'rename_column' || operation.kind === 'rename_table',
    danger: ({ operation }) =>
      `renames ${operation.kind === 'rename_table' ? 'a table' : 'a column'} that the code still running in production uses by its old name: those requests fail until the new code is out`,
    safe: ({ operation }) =>
      operation.kind === 'rename_table'
        ? 'create the new table, write to both, backfill, move reads, then drop the old one'
        : 'add the new column, write to both, backfill, move reads, then ignore (`self.ignored_columns`) and drop the old one',
    minimum: 'warning',
  },
  {
    id: 'migrations/remove-column',
    title: 'Column removed while the old code caches it',
    applies: ({ operation }) => operation.kind === 'remove_column',
    danger: () => 'removes a column that Active Record in the running code still has in its column cache: its INSERTs and UPDATEs fail until it restarts',
    safe: ({ operation }) =>
      `first deploy \`self.ignored_columns += ["${operation.columns?.[0] ?? 'column'}"]\` in the model, then remove the column in a later deploy`,
    minimum: 'warning',
  },
];

export function findDangers(migrations: readonly AnalyzedMigration[], settings: DangerSettings): Finding[] {
  const findings: Finding[] = [];
  for (const migration of migrations) {
    for (const analyzed of migration.operations) {
      for (const check of CHECKS) {
        if (!check.applies(analyzed, migration, settings.adapter)) continue;
        const severity = severityFor(analyzed, check, settings);
        if (!severity) continue;
        // `safety_assured` accepts a lock; it cannot make a statement the server refuses succeed.
        const assuredAccepted = analyzed.operation.safetyAssured && check.minimum !== 'error';
        const assured = assuredAccepted
          ? ' Marked `safety_assured`, so it does not block this deploy.'
          : analyzed.operation.safetyAssured
            ? ' `safety_assured` does not help: the statement fails whatever the migration asserts.'
            : '';
        findings.push({
          id: check.id,
          severity: assuredAccepted ? 'notice' : severity,
          title: `${check.title}: ${analyzed.operation.table ?? migration.migration.name}`,
          message: `\`${analyzed.operation.code}\` ${check.danger(analyzed, migration)}. Instead, ${check.safe(analyzed, settings.adapter, migration)}.${assured}`,
          file: migration.migration.file,
          line: analyzed.operation.line,
        });
      }
    }
  }
  return findings;
}

/** undefined: no finding at all (the table is created in this deploy, so it is empty). */
function severityFor(analyzed: AnalyzedOperation, check: Check, settings: DangerSettings): Severity | undefined {
  const bySize: Severity | undefined =
    analyzed.rows === 'new'
      ? undefined
      : analyzed.rows === null || analyzed.rows === undefined
        ? 'warning'
        : analyzed.rows >= settings.largeTableRows
          ? 'error'
          : analyzed.rows >= SMALL_TABLE_ROWS
            ? 'warning'
            : 'notice';
  if (check.minimum === 'error') return 'error';
  if (!bySize) return undefined;
  if (check.minimum === 'warning' && bySize === 'notice') return 'warning';
  return bySize;
}

function blocks(analyzed: AnalyzedOperation, migration: AnalyzedMigration): string {
  const what: Record<LockImpact, string> = { nothing: 'blocks nothing', writes: 'blocks writes', 'reads-and-writes': 'blocks reads and writes' };
  const tables = analyzed.cost.lockedTables.length ? analyzed.cost.lockedTables : analyzed.operation.table ? [analyzed.operation.table] : [];
  const on = tables.length ? ` on ${tables.map((table) => `\`${table}\``).join(' and ')}` : '';
  const size = typeof analyzed.rows === 'number' ? ` (${formatRows(analyzed.rows)} rows)` : '';
  const until = migration.holdsLocksToEnd && migration.operations.at(-1) !== analyzed ? ', held until the migration commits' : '';
  const duration = analyzed.blocking ? formatEstimate(analyzed.blocking) : 'an unknown time (a later operation in the migration has an unknown cost)';
  return `${what[analyzed.cost.lock]}${on}${size} for ${duration}${until}`;
}

function columnsOf(columns: readonly string[] | undefined): string {
  if (!columns?.length) return ':column';
  return columns.length === 1 ? `:${columns[0]}` : `[${columns.map((column) => `:${column}`).join(', ')}]`;
}
