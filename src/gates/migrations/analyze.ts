// From parsed migrations to the deploy plan's rows: each operation with its table's size, cost
// class, lock and estimate, and how long it blocks other sessions. Pure: sizes and rates come in.
//
// Two rules shape the numbers beyond one operation:
// - tables created earlier in the same deploy are empty when later operations run;
// - on PostgreSQL a migration runs in one transaction (unless `disable_ddl_transaction!`), and every
//   lock is held until it commits: an instant ADD COLUMN followed by a 10-minute backfill blocks the
//   table for 10 minutes. MySQL commits each DDL statement implicitly, so its locks end with the
//   statement.

import { estimateOperation, type OperationEstimate, type TableSize } from './cost/estimate.js';
import type { Rates } from './cost/rates.js';
import type { Adapter, Estimate, Operation, ParsedMigration, TableStats } from './model.js';

export interface AnalyzedOperation {
  operation: Operation;
  /** 'new': created earlier in this deploy; null: size unknown; undefined: the operation has no table. */
  rows: number | 'new' | null | undefined;
  cost: OperationEstimate;
  /** How long other sessions wait on its lock (lock 'nothing': null is never used, see `cost.lock`). */
  blocking: Estimate | null;
}

export interface AnalyzedMigration {
  migration: ParsedMigration;
  operations: AnalyzedOperation[];
  /** null when any operation's estimate is unknown. */
  estimate: Estimate | null;
  /** Locks live until the migration ends (PostgreSQL, in a transaction). */
  holdsLocksToEnd: boolean;
}

export interface AnalysisContext {
  adapter: Adapter;
  databaseVersion?: string;
  /** Production sizes by table name (as the stats name them). */
  stats: ReadonlyMap<string, TableStats>;
  rates: Rates;
  /** Column types production has (db/schema.rb), so a binary-coercible type change is not called a rewrite. */
  columnTypes?: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

/** `migrations` must be in the order they will run (version order). */
export function analyzeMigrations(migrations: readonly ParsedMigration[], context: AnalysisContext): AnalyzedMigration[] {
  const createdInDeploy = new Set<string>();
  // A production table renamed earlier in the deploy keeps its rows under the new name.
  const renamedFrom = new Map<string, string>();
  const columnTypes = new ColumnTypeTracker(context.columnTypes);
  return migrations.map((migration) => {
    const holdsLocksToEnd = context.adapter === 'postgresql' && migration.transactional;
    const operations = migration.operations.map((operation) => {
      // A table being created does not exist in production yet, whatever the stats say.
      if (operation.kind === 'create_table' && operation.table) createdInDeploy.add(operation.table);
      const table = sizeOf(operation.table, createdInDeploy, renamedFrom, context.stats);
      const otherTable = sizeOf(operation.otherTable, createdInDeploy, renamedFrom, context.stats);
      const cost = estimateOperation(operation, {
        adapter: context.adapter,
        databaseVersion: context.databaseVersion,
        table,
        otherTable,
        rates: context.rates,
        previousColumnType: operation.kind === 'change_column' ? columnTypes.typeOf(operation) : undefined,
      });
      columnTypes.apply(operation);
      trackCreatedTables(operation, createdInDeploy, renamedFrom);
      return { operation, rows: rowsOf(operation.table, table), cost, blocking: null as Estimate | null };
    });
    for (const [index, analyzed] of operations.entries()) {
      if (analyzed.cost.lock === 'nothing') continue;
      analyzed.blocking = holdsLocksToEnd ? sumEstimates(operations.slice(index).map((later) => later.cost.estimate)) : analyzed.cost.estimate;
    }
    return { migration, operations, estimate: sumEstimates(operations.map((analyzed) => analyzed.cost.estimate)), holdsLocksToEnd };
  });
}

/** The sum of ranges; null when any is unknown. An empty list takes no time. */
export function sumEstimates(estimates: readonly (Estimate | null)[]): Estimate | null {
  let low = 0;
  let high = 0;
  for (const estimate of estimates) {
    if (!estimate) return null;
    low += estimate.low;
    high += estimate.high;
  }
  return { low, high };
}

/** Tables whose missing size left an estimate unknown (tables the deploy creates first are never among them). */
export function tablesWithoutSize(analyzed: readonly AnalyzedMigration[]): string[] {
  const missing = new Set<string>();
  for (const migration of analyzed) {
    // Only where the size was needed: dropping or renaming a table of unknown size costs the same.
    // An unknown operation has no estimate whatever the size: the unknown-operation finding covers it.
    for (const { operation, rows, cost } of migration.operations) {
      if (rows === null && cost.estimate === null && cost.costClass !== 'unknown' && operation.table) missing.add(operation.table);
    }
  }
  return [...missing].sort();
}

function sizeOf(table: string | undefined, created: ReadonlySet<string>, renamedFrom: ReadonlyMap<string, string>, stats: ReadonlyMap<string, TableStats>): TableSize {
  if (!table) return undefined;
  if (created.has(table)) return 'new';
  const name = renamedFrom.get(table) ?? table;
  return stats.get(name) ?? stats.get(unqualified(name)) ?? onlyQualified(name, stats);
}

/** `users` in a migration, `public.users` in the stats: the one entry of that name in any schema. */
function onlyQualified(table: string, stats: ReadonlyMap<string, TableStats>): TableStats | undefined {
  if (table.includes('.')) return undefined;
  const matches = [...stats.entries()].filter(([name]) => name.includes('.') && unqualified(name) === table);
  return matches.length === 1 ? matches[0]![1] : undefined;
}

function rowsOf(table: string | undefined, size: TableSize): AnalyzedOperation['rows'] {
  if (!table) return undefined;
  if (size === 'new') return 'new';
  return size?.rows ?? null;
}

function trackCreatedTables(operation: Operation, created: Set<string>, renamedFrom: Map<string, string>): void {
  if (!operation.table) return;
  if (operation.kind === 'create_table') {
    created.add(operation.table);
    renamedFrom.delete(operation.table);
  } else if (operation.kind === 'drop_table') {
    created.delete(operation.table);
    renamedFrom.delete(operation.table);
  } else if (operation.kind === 'rename_table' && operation.otherTable) {
    if (created.has(operation.table)) {
      created.delete(operation.table);
      created.add(operation.otherTable);
    } else {
      renamedFrom.set(operation.otherTable, renamedFrom.get(operation.table) ?? operation.table);
    }
    renamedFrom.delete(operation.table);
  }
}

/** `public.orders` → `orders`: stats files usually name tables without their schema. */
function unqualified(table: string): string {
  const dot = table.lastIndexOf('.');
  return dot === -1 ? table : table.slice(dot + 1);
}

/** Column types as the deploy changes them: production's, then each add/change/rename/remove in order. */
class ColumnTypeTracker {
  private readonly types = new Map<string, string>();

  constructor(production: ReadonlyMap<string, ReadonlyMap<string, string>> | undefined) {
    for (const [table, columns] of production ?? []) for (const [column, type] of columns) this.types.set(key(table, column), type);
  }

  typeOf(operation: Operation): string | undefined {
    const column = operation.columns?.[0];
    if (!operation.table || !column) return undefined;
    return this.types.get(key(operation.table, column)) ?? this.types.get(key(unqualified(operation.table), column));
  }

  apply(operation: Operation): void {
    const [column, renamedTo] = operation.columns ?? [];
    if (!operation.table || !column) return;
    const name = key(operation.table, column);
    if ((operation.kind === 'add_column' || operation.kind === 'change_column') && operation.columnType) this.types.set(name, operation.columnType);
    else if (operation.kind === 'remove_column') this.types.delete(name);
    else if (operation.kind === 'rename_column' && renamedTo) {
      const type = this.types.get(name);
      this.types.delete(name);
      if (type) this.types.set(key(operation.table, renamedTo), type);
    }
  }
}

function key(table: string, column: string): string {
  return `${table}\u0000${column}`;
}
