// Whether a SQL migration runs as one transaction, which decides how long its locks are held and
// whether a failure half-way leaves half a migration behind. Each tool does something different:
//
// - MySQL/MariaDB, every tool: DDL commits implicitly (CREATE/ALTER/DROP end the transaction), so
//   no migration with DDL is atomic, whatever the tool asks for.
// - Flyway on PostgreSQL: runs each migration in a transaction by default (`executeInTransaction`,
//   default true: documentation.red-gate.com/fd/flyway-execute-in-transaction-setting-277578997.html).
//   Its PostgreSQL parser marks CREATE INDEX CONCURRENTLY as unable to run in a transaction and then
//   runs the migration without one (flyway/flyway#3854), or refuses to mix both unless `mixed=true`.
//   A per-script `<file>.conf` with executeInTransaction=false is not seen from the file alone.
// - golang-migrate on PostgreSQL: by default sends the whole file as one query; PostgreSQL runs a
//   multi-statement query string as one implicit transaction, which is why CREATE INDEX
//   CONCURRENTLY fails there unless it is alone in its file (openctemio/api#64 hit exactly this).
//   `x-multi-statement=true` in the database URL splits the file and runs statements one by one:
//   that URL is deploy configuration this gate does not see, so the default is assumed.
// - Prisma Migrate on PostgreSQL: does not open a transaction itself (prisma/prisma discussion
//   #3774) but applies migration.sql as one script, so the same implicit transaction applies: a
//   CONCURRENTLY index only works in a migration of its own (prisma/orm discussion #10601).
// - Plain SQL files: the runner is unknown; psql and most scripts run each statement on its own
//   (autocommit), so without an explicit BEGIN the file is not one transaction.
//
// A file that writes BEGIN ... COMMIT itself is transactional with any PostgreSQL runner, unless it
// also contains a statement PostgreSQL refuses inside a transaction block.

import type { Adapter, MigrationFormat } from '../../gates/migrations/model.js';

export interface TransactionEvidence {
  /** BEGIN / START TRANSACTION written in the file. */
  explicitBegin: boolean;
  /** Statements PostgreSQL refuses inside a transaction block (CREATE INDEX CONCURRENTLY, VACUUM...). */
  nonTransactionalStatements: number;
  /** Statements in the file. */
  statementCount: number;
}

export function runsInTransaction(format: MigrationFormat, adapter: Adapter, evidence: TransactionEvidence): boolean {
  if (adapter === 'mysql') return false;
  // golang-migrate and Prisma send the file as ONE query string, which PostgreSQL runs as one
  // implicit transaction: a CONCURRENTLY statement works there only alone in its file. Saying
  // "transactional" for a mixed file lets the gate report the failure it will meet.
  const oneQueryString = format === 'golang-migrate' || format === 'prisma';
  if (evidence.nonTransactionalStatements > 0) return oneQueryString && evidence.statementCount > 1;
  if (evidence.explicitBegin) return true;
  switch (format) {
    case 'flyway':
    case 'golang-migrate':
    case 'prisma':
      return true;
    default:
      return false;
  }
}
