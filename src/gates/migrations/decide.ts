// The migrations verdict: fail when a migration is too long, irreversible, out of order or
// dangerous on a large table; error when the gate cannot tell (a file it cannot parse, a table or
// a call whose cost is unknown, unless told to only warn); pass otherwise. Pure.

import type { Finding, GateResult, Verdict } from '../../model/result.js';
import { sumEstimates, tablesWithoutSize, type AnalyzedMigration } from './analyze.js';
import { findDangers } from './dangers.js';
import { formatEstimate, formatSeconds, totalPhrase } from './format.js';
import type { Adapter, CostClass, Estimate, LockImpact, MigrationFormat } from './model.js';

export interface MigrationsSettings {
  adapter: Adapter;
  databaseVersion?: string;
  maxDurationSeconds: number;
  maxTotalDurationSeconds?: number;
  warnDurationSeconds?: number;
  failOnIrreversible: boolean;
  unknownTables: 'error' | 'warn';
  unknownOperations: 'error' | 'warn';
  largeTableRows: number;
}

export interface MigrationFileNote {
  path: string;
  status: 'modified' | 'deleted';
}

export interface MigrationsObservation {
  /** In the order they will run. */
  migrations: AnalyzedMigration[];
  /** Newest version production already has, per format (out-of-order detection). */
  newestInProduction: Partial<Record<MigrationFormat, string>>;
  /** Migration files production already has that the deploy changes or deletes. */
  changedExisting: MigrationFileNote[];
  /** Where sizes came from, for the report: "table-stats db/stats.csv", "database-url postgresql://replica:5432/app". */
  statsSource: string;
  ratesSource: string;
  adapterSource: string;
}

export interface OperationRow {
  kind: string;
  /** The call behind an `unknown` or `backfill` operation (`add_concurrent_index`, `update_all`). */
  method?: string;
  table?: string;
  rows: number | 'new' | null | undefined;
  costClass: CostClass;
  lock: LockImpact;
  lockedTables: string[];
  estimate: Estimate | null;
  blocking: Estimate | null;
  reason: string;
  line: number;
  code: string;
  safetyAssured: boolean;
}

export interface MigrationRow {
  file: string;
  format: MigrationFormat;
  version: string;
  name: string;
  transactional: boolean;
  estimate: Estimate | null;
  irreversible: { message: string; line: number }[];
  outOfOrder: boolean;
  operations: OperationRow[];
}

export interface MigrationsData {
  adapter: Adapter;
  databaseVersion?: string;
  adapterSource: string;
  statsSource: string;
  ratesSource: string;
  migrations: MigrationRow[];
  total: Estimate | null;
  changedExisting: MigrationFileNote[];
}

/** Findings that mean "cannot decide" rather than "breaks a rule". */
const UNDECIDED = new Set(['migrations/parse-error', 'migrations/unknown-table-size', 'migrations/unknown-operation']);

export function decideMigrations(observed: MigrationsObservation, settings: MigrationsSettings): GateResult<MigrationsData> {
  const findings: Finding[] = [];
  const rows: MigrationRow[] = [];

  for (const analyzed of observed.migrations) {
    const migration = analyzed.migration;
    const label = `${migration.version} ${migration.name}`;
    for (const problem of migration.parseErrors) {
      findings.push({
        id: 'migrations/parse-error',
        severity: 'error',
        title: `Cannot read ${migration.name}`,
        message: `${migration.file} cannot be parsed: ${problem.message}. The gate cannot tell what this migration does; fix the syntax.`,
        file: migration.file,
        line: problem.line,
      });
    }
    const newest = observed.newestInProduction[migration.format];
    // A repeatable migration (Flyway R__) has no version: it runs after the others, never out of order.
    const outOfOrder = newest !== undefined && migration.version !== '' && compareVersions(migration.version, newest) < 0;
    if (outOfOrder) {
      findings.push({
        id: 'migrations/out-of-order',
        severity: 'error',
        title: `Out-of-order migration ${migration.version}`,
        message:
          `${label} is older than ${newest}, the newest migration production has already run: production runs it after ${newest}, ` +
          'development ran it before, so the two databases can end up different. Rename it with a current timestamp (`rails g migration` gives one) so it runs last everywhere.',
        file: migration.file,
        line: 1,
      });
    }
    for (const reason of migration.irreversible) {
      findings.push({
        id: 'migrations/irreversible',
        severity: settings.failOnIrreversible ? 'error' : 'warning',
        title: `Irreversible migration ${migration.name}`,
        message: `${label} cannot be rolled back: ${reason.message}${settings.failOnIrreversible ? '' : ' (fail-on-irreversible is off)'}`,
        file: migration.file,
        line: reason.line,
      });
    }
    for (const { operation, cost, rows } of analyzed.operations) {
      // Every unknown estimate needs a finding, or an unknown total could pass: a missing table
      // size is reported once below (unknown-table-size); anything else unknown is reported here
      // (an unknown call, or a costly statement whose table is not known, such as CLUSTER alone).
      const sizeIsWhatIsMissing = rows === null && operation.table !== undefined;
      if (cost.estimate !== null || (sizeIsWhatIsMissing && cost.costClass !== 'unknown')) continue;
      findings.push({
        id: 'migrations/unknown-operation',
        severity: settings.unknownOperations === 'error' ? 'error' : 'warning',
        title: `Unknown cost: ${operation.method ?? operation.kind}`,
        message:
          `\`${operation.code}\`: the gate does not know what ${operation.method ? `\`${operation.method}\`` : 'this'} does, so its duration and locks are unknown` +
          (operation.kind === 'unknown' ? '. ' : ` (${cost.reason}). `) +
          (settings.unknownOperations === 'error'
            ? 'Write it with the standard migration methods, or set `unknown-operations: warn` to accept unknown costs.'
            : 'Accepted as a warning (`unknown-operations: warn`): check its cost by hand.'),
        file: migration.file,
        line: operation.line,
      });
    }
    const high = analyzed.estimate?.high;
    if (high !== undefined && high > settings.maxDurationSeconds) {
      findings.push({
        id: 'migrations/too-long',
        severity: 'error',
        title: `${migration.name} may take ${formatEstimate(analyzed.estimate)}`,
        message: `${label} is estimated at ${formatEstimate(analyzed.estimate)}, over \`max-duration\` (${formatSeconds(settings.maxDurationSeconds)}). Split it, or move the slow part out of the deploy (a batched background job).`,
        file: migration.file,
        line: 1,
      });
    } else if (high !== undefined && settings.warnDurationSeconds !== undefined && high > settings.warnDurationSeconds) {
      findings.push({
        id: 'migrations/slow',
        severity: 'warning',
        title: `${migration.name} may take ${formatEstimate(analyzed.estimate)}`,
        message: `${label} is estimated at ${formatEstimate(analyzed.estimate)}, over \`warn-duration\` (${formatSeconds(settings.warnDurationSeconds)}).`,
        file: migration.file,
        line: 1,
      });
    }
    rows.push(migrationRow(analyzed, outOfOrder));
  }

  const missing = tablesWithoutSize(observed.migrations);
  if (missing.length) {
    findings.push({
      id: 'migrations/unknown-table-size',
      severity: settings.unknownTables === 'error' ? 'error' : 'warning',
      title: `No size for ${missing.length === 1 ? missing[0] : `${missing.length} tables`}`,
      message:
        `${observed.statsSource} has no row count for ${missing.map((table) => `\`${table}\``).join(', ')}, so how long their migrations take is unknown. ` +
        'Add them to `table-stats` (or ANALYZE them on the `database-url` server), or set `unknown-tables: warn`.',
    });
  }
  findings.push(...findDangers(observed.migrations, { adapter: settings.adapter, largeTableRows: settings.largeTableRows }));

  const total = sumEstimates(observed.migrations.map((migration) => migration.estimate));
  if (total && settings.maxTotalDurationSeconds !== undefined && total.high > settings.maxTotalDurationSeconds) {
    findings.push({
      id: 'migrations/total-too-long',
      severity: 'error',
      title: `Migrations may take ${formatEstimate(total)} in total`,
      message: `All migrations together are estimated at ${formatEstimate(total)}, over \`max-total-duration\` (${formatSeconds(settings.maxTotalDurationSeconds)}). Deploy them in smaller groups.`,
    });
  }
  for (const note of observed.changedExisting) {
    findings.push({
      id: note.status === 'modified' ? 'migrations/edited-after-run' : 'migrations/deleted-after-run',
      severity: 'warning',
      title: `${note.status === 'modified' ? 'Edited' : 'Deleted'} a migration production has run`,
      message:
        note.status === 'modified'
          ? `${note.path} is already in production, so it has run there: the edit will not run again, and production's schema will differ from a fresh setup. Write a new migration instead.`
          : `${note.path} is already in production and this deploy deletes it: the schema it made stays, and \`db:migrate:down\` of it is no longer possible.`,
      file: note.path,
    });
  }

  const verdict = verdictOf(findings);
  return {
    gate: 'migrations',
    verdict,
    summary: summaryLine(verdict, observed.migrations, total, findings),
    findings,
    data: {
      adapter: settings.adapter,
      databaseVersion: settings.databaseVersion,
      adapterSource: observed.adapterSource,
      statsSource: observed.statsSource,
      ratesSource: observed.ratesSource,
      migrations: rows,
      total,
      changedExisting: observed.changedExisting,
    },
  };
}

function verdictOf(findings: readonly Finding[]): Verdict {
  const errors = findings.filter((finding) => finding.severity === 'error');
  // A rule that is broken for sure fails the deploy even where other parts are unknown.
  if (errors.some((finding) => !UNDECIDED.has(finding.id))) return 'fail';
  if (errors.length) return 'error';
  return 'pass';
}

function summaryLine(verdict: Verdict, migrations: readonly AnalyzedMigration[], total: { low: number; high: number } | null, findings: readonly Finding[]): string {
  if (migrations.length === 0) return 'no migrations in this deploy';
  const count = `${migrations.length} migration${migrations.length === 1 ? '' : 's'}, ${totalPhrase(total)}`;
  const worst = findings.find((finding) => finding.severity === 'error' && (verdict === 'fail' ? !UNDECIDED.has(finding.id) : true));
  return worst ? `${count}; ${worst.title}` : count;
}

function migrationRow(analyzed: AnalyzedMigration, outOfOrder: boolean): MigrationRow {
  const migration = analyzed.migration;
  return {
    file: migration.file,
    format: migration.format,
    version: migration.version,
    name: migration.name,
    transactional: migration.transactional,
    estimate: analyzed.estimate,
    irreversible: migration.irreversible,
    outOfOrder,
    operations: analyzed.operations.map(({ operation, rows, cost, blocking }) => ({
      kind: operation.kind,
      method: operation.method,
      table: operation.table,
      rows,
      costClass: cost.costClass,
      lock: cost.lock,
      lockedTables: cost.lockedTables,
      estimate: cost.estimate,
      blocking,
      reason: cost.reason,
      line: operation.line,
      code: operation.code,
      safetyAssured: operation.safetyAssured,
    })),
  };
}

/** Versions compare by their numeric parts: `20240101000000` < `20240102000000`, `1.2` < `1.10`. */
export function compareVersions(a: string, b: string): number {
  const partsA = a.split(/[._]/);
  const partsB = b.split(/[._]/);
  for (let i = 0; i < Math.max(partsA.length, partsB.length); i++) {
    const x = partsA[i] ?? '0';
    const y = partsB[i] ?? '0';
    const numeric = /^\d+$/.test(x) && /^\d+$/.test(y);
    const order = numeric ? compareDigits(x, y) : x.localeCompare(y);
    if (order !== 0) return order;
  }
  return 0;
}

function compareDigits(x: string, y: string): number {
  const a = x.replace(/^0+/, '');
  const b = y.replace(/^0+/, '');
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
