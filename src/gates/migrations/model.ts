// The migrations gate's shared vocabulary: what a parsed migration says it does (parsers produce
// it, from Ruby or SQL), what a table's size is (stats adapters produce it), and what an operation
// costs (the cost model produces it). Parsers never estimate; the cost model never parses.

export type Adapter = 'postgresql' | 'mysql';

/** Where a migration came from; decides which parser reads it and how versions are ordered. */
export type MigrationFormat = 'activerecord' | 'flyway' | 'golang-migrate' | 'prisma' | 'sql';

/**
 * Every operation, normalised to ActiveRecord's names whether it came from Ruby or SQL, so that
 * one cost model and one set of safety rules serve both. `sql_metadata` is an SQL statement that
 * only changes the catalog (CREATE FUNCTION/TYPE/EXTENSION/VIEW, COMMENT, GRANT, SET); `execute` is
 * an SQL string that could not be broken into the kinds here (or whose SQL is not known statically); `backfill` is a data change (update_all, in_batches, UPDATE);
 * `unknown` is a call the gate does not know (an app's own helper): its cost is unknown, never free.
 */
export type OperationKind =
  | 'create_table'
  | 'drop_table'
  | 'rename_table'
  | 'add_column'
  | 'remove_column'
  | 'change_column'
  | 'change_column_default'
  | 'change_column_null'
  | 'rename_column'
  | 'add_index'
  | 'remove_index'
  | 'rename_index'
  | 'add_reference'
  | 'remove_reference'
  | 'add_foreign_key'
  | 'remove_foreign_key'
  | 'validate_foreign_key'
  | 'add_check_constraint'
  | 'remove_check_constraint'
  | 'validate_check_constraint'
  | 'add_unique_constraint'
  | 'remove_unique_constraint'
  | 'add_exclusion_constraint'
  | 'remove_exclusion_constraint'
  | 'validate_constraint'
  | 'remove_constraint'
  | 'add_timestamps'
  | 'remove_timestamps'
  | 'change_table_comment'
  | 'change_column_comment'
  | 'sql_metadata'
  | 'execute'
  | 'backfill'
  | 'unknown';

/**
 * A column default as the cost model needs it: PostgreSQL >= 11 adds a column with a non-volatile
 * default without rewriting the table, but a volatile one (random(), gen_random_uuid(),
 * clock_timestamp()) rewrites it. `sql` is an SQL expression (Rails `default: -> { "now()" }`, or
 * SQL `DEFAULT now()`): the cost model decides its volatility. `expression` is Ruby that could not
 * be evaluated statically (a constant's name, a method call): the cost model treats it as
 * volatile, because guessing "constant" could pass a rewrite.
 */
export type ColumnDefault =
  | { kind: 'constant'; value: string | number | boolean | null }
  | { kind: 'sql'; sql: string }
  | { kind: 'expression'; code: string };

export interface Operation {
  kind: OperationKind;
  /** The table the operation changes (for a rename: the old name). */
  table?: string;
  /** The other table: the rename target, a foreign key's referenced table. */
  otherTable?: string;
  columns?: string[];
  /** The column's type as written, lower-cased: `string`, `string(100)` (Rails `limit: 100`), `varchar(255)`. */
  columnType?: string;
  default?: ColumnDefault;
  /** false for `null: false` / NOT NULL; true for `null: true` / DROP NOT NULL; absent: not said. */
  nullable?: boolean;
  /** add_index / remove_index / add_reference `index:` with `algorithm: :concurrently` or SQL CONCURRENTLY. */
  concurrently?: boolean;
  unique?: boolean;
  /** false for `validate: false` / NOT VALID (the constraint is added without scanning). */
  validate?: boolean;
  /** add_reference / add_belongs_to: also adds an index (Rails default: true) and/or a foreign key. */
  index?: boolean;
  foreignKey?: boolean;
  /** MySQL `ALGORITHM=` / Rails `algorithm:` when it names INSTANT, INPLACE or COPY. */
  mysqlAlgorithm?: 'instant' | 'inplace' | 'copy';
  /** For `execute`/`backfill`: the SQL, when known. For `unknown`: the method called. */
  sql?: string;
  method?: string;
  /** Rows a backfill touches are the whole table unless a WHERE/scope narrows it; true when narrowed. */
  partial?: boolean;
  /** Rows a data change touches when the SQL says it (INSERT ... VALUES with 3 rows: 3). */
  rowsAffected?: number;
  /** Inside `change_table ..., bulk: true` (one ALTER TABLE for the block: MySQL copies once). */
  bulk?: boolean;
  /** Inside `safety_assured { }` (strong_migrations): dangerous-operation findings become notices. */
  safetyAssured: boolean;
  /** 1-based line in the migration file, and the source excerpt (one line, trimmed, <= 160 chars). */
  line: number;
  code: string;
}

/** Why a migration cannot be rolled back, by ActiveRecord's own rules. */
export interface IrreversibleReason {
  message: string;
  line: number;
}

export interface ParsedMigration {
  /** Path relative to the repository root. */
  file: string;
  format: MigrationFormat;
  /** The version that orders it: ActiveRecord timestamp, Flyway `V1_2` → `1.2`, golang-migrate number, Prisma folder prefix. */
  version: string;
  /** Class name for Ruby (`AddIndexToOrdersEmail`), description for SQL files. */
  name: string;
  /** `Migration[7.1]` → `7.1`; absent for `ActiveRecord::Migration` without a version or for SQL. */
  railsVersion?: string;
  /** Operations of the forward direction (`change` or `up`), in order. */
  operations: Operation[];
  /** false after `disable_ddl_transaction!` (and for MySQL, whose DDL is never transactional). */
  transactional: boolean;
  /** Empty when the migration can be rolled back. */
  irreversible: IrreversibleReason[];
  /** Problems reading the file (syntax errors): the gate turns these into `error`. */
  parseErrors: { message: string; line: number }[];
}

// ---- sizes ----------------------------------------------------------------------------------

export interface TableStats {
  table: string;
  /** null: unknown (PostgreSQL reltuples = -1, never analysed). Never guessed as 0. */
  rows: number | null;
  /** Heap/data bytes without indexes, when known. */
  bytes?: number;
  indexBytes?: number;
  indexCount?: number;
  /** Relative uncertainty of `rows` (0.5 for InnoDB's estimate, 0 when exact). */
  rowsUncertainty?: number;
}

/**
 * How far a row count may be off when the stats do not say: PostgreSQL's reltuples is kept by
 * ANALYZE/VACUUM from a sample (scaled to the current size, rarely off by more than 10%); InnoDB's
 * TABLE_ROWS comes from a few sampled pages and is documented to be off by 40-50%.
 */
export const ROWS_UNCERTAINTY: Record<Adapter, number> = { postgresql: 0.1, mysql: 0.5 };

export interface StatsSnapshot {
  adapter?: Adapter;
  /** Server version as reported (`15.19`, `10.11.19-MariaDB`), when known. */
  serverVersion?: string;
  source: string;
  tables: Map<string, TableStats>;
}

// ---- cost -----------------------------------------------------------------------------------

/** How an operation spends its time. */
export type CostClass = 'metadata' | 'scan' | 'rewrite' | 'index' | 'concurrent-index' | 'backfill' | 'unknown';

/** What other sessions cannot do to the table while the lock is held. */
export type LockImpact = 'nothing' | 'writes' | 'reads-and-writes';

/** Seconds, as a range; `null` bounds mean unknown. */
export interface Estimate {
  low: number;
  high: number;
}
