// migrations: how long the deploy's migrations take on production-size tables, what they lock,
// whether they can be undone. This module stays small: it is in every run's import graph, so the
// observation (parsers, drivers) and the decision load only when this gate runs.

import { GateInputError } from '../../model/result.js';
import { parseDuration } from '../../inputs/values.js';
import { code, escapeMarkdown, escapeMarkdownKeepingCode } from '../../report/escape.js';
import type { GateDefinition } from '../types.js';
import type { MigrationsData, MigrationsSettings, OperationRow } from './decide.js';
import { formatEstimate, formatRows, totalPhrase } from './format.js';
import { MIGRATIONS_INPUTS, MIGRATIONS_OUTPUTS } from './inputs.js';
import type { CostClass, LockImpact } from './model.js';

const CLASS_NAMES: Record<CostClass, string> = {
  metadata: 'metadata',
  scan: 'full scan',
  rewrite: 'table rewrite',
  index: 'index build',
  'concurrent-index': 'concurrent index build',
  backfill: 'data backfill',
  unknown: 'unknown',
};

const LOCK_NAMES: Record<LockImpact, string> = { nothing: 'nothing', writes: '**writes**', 'reads-and-writes': '**reads and writes**' };

export const migrations: GateDefinition<MigrationsData> = {
  name: 'migrations',
  question: 'How long will the database migrations in this deploy take on tables of production size, what will they lock, can they be rolled back?',
  inputs: MIGRATIONS_INPUTS,
  outputs: MIGRATIONS_OUTPUTS,

  async run(inputs, env) {
    const settings = parseSettings(inputs);
    const { observeMigrations } = await import('./observe.js');
    const { decideMigrations } = await import('./decide.js');
    const observed = await observeMigrations(inputs, env);
    return decideMigrations(observed, { ...settings, adapter: observed.adapter, databaseVersion: observed.databaseVersion });
  },

  outputValues(result) {
    const total = result.data.total;
    return {
      migrations: JSON.stringify(result.data.migrations),
      'total-seconds': total ? String(Math.ceil(total.high)) : '',
    };
  },

  renderMarkdown(result) {
    const data = result.data;
    if (data.migrations.length === 0) {
      const notes = data.changedExisting.map((note) => `${code(note.path)} (${note.status})`);
      return `#### Migrations: none in this deploy${notes.length ? `\n\nChanged migrations production already ran: ${notes.join(', ')}` : ''}`;
    }
    const lines = [
      `#### Migrations: ${data.migrations.length}, ${totalPhrase(data.total)}`,
      '',
      `${data.adapter === 'postgresql' ? 'PostgreSQL' : 'MySQL/MariaDB'}${data.databaseVersion ? ` ${escapeMarkdown(data.databaseVersion)}` : ', version unknown, so the oldest supported rules apply'}. ` +
        `Adapter: ${escapeMarkdownKeepingCode(data.adapterSource)}. Sizes: ${escapeMarkdownKeepingCode(data.statsSource)}. Rates: ${escapeMarkdownKeepingCode(data.ratesSource)}.`,
      '',
      '| migration | operation | table | rows | class | blocks | estimate |',
      '|---|---|---|---|---|---|---|',
    ];
    for (const migration of data.migrations) {
      const flags = [migration.outOfOrder ? 'out of order ❌' : '', migration.irreversible.length ? 'irreversible' : '', migration.transactional ? '' : 'no transaction']
        .filter(Boolean)
        .join(', ');
      const title = `${escapeMarkdown(migration.version)} ${escapeMarkdown(migration.name)}${flags ? ` (${flags})` : ''}`;
      if (migration.operations.length === 0) lines.push(`| ${title} | _no operations_ | | | | | |`);
      for (const [index, row] of migration.operations.entries()) {
        lines.push(
          `| ${index === 0 ? title : ''} | ${operationLabel(row)} | ${escapeMarkdown(row.table ?? '')} | ${formatRows(row.rows)} | ${CLASS_NAMES[row.costClass]} | ` +
            `${LOCK_NAMES[row.lock]}${row.lock === 'nothing' ? '' : row.blocking ? ` for ${formatEstimate(row.blocking)}` : ' for an unknown time'} | ${formatEstimate(row.estimate)} |`,
        );
      }
      if (migration.operations.length > 1) lines.push(`| | _migration total_ | | | | | ${formatEstimate(migration.estimate)} |`);
    }
    return lines.join('\n');
  },

  renderText(result) {
    const data = result.data;
    if (data.migrations.length === 0) return 'no migrations in this deploy';
    const lines = [`${data.migrations.length} migration${data.migrations.length === 1 ? '' : 's'}, ${totalPhrase(data.total)} (${data.adapter}${data.databaseVersion ? ` ${data.databaseVersion}` : ''}; sizes: ${data.statsSource})`];
    for (const migration of data.migrations) {
      lines.push(`${migration.version} ${migration.name}  ${formatEstimate(migration.estimate)}${migration.outOfOrder ? '  OUT OF ORDER' : ''}${migration.irreversible.length ? '  IRREVERSIBLE' : ''}`);
      for (const row of migration.operations) {
        const blocks = row.lock === 'nothing' ? 'blocks nothing' : `blocks ${row.lock === 'writes' ? 'writes' : 'reads+writes'} for ${row.blocking ? formatEstimate(row.blocking) : 'unknown time'}`;
        lines.push(`  ${(row.kind === 'unknown' && row.method ? `${row.method}?` : row.kind).padEnd(22)} ${(row.table ?? '').padEnd(20)} ${formatRows(row.rows).padStart(7)}  ${CLASS_NAMES[row.costClass].padEnd(22)} ${blocks.padEnd(30)} ${formatEstimate(row.estimate)}`);
      }
    }
    return lines.join('\n');
  },
};

function operationLabel(row: OperationRow): string {
  if (row.kind === 'unknown' && row.method) return `${code(row.method)} (unknown)`;
  const notes = [
    row.kind === 'backfill' && row.method ? escapeMarkdown(row.method) : '',
    row.kind === 'add_index' && row.costClass === 'index' ? 'not concurrent' : '',
    row.safetyAssured ? 'safety_assured' : '',
  ].filter(Boolean);
  return `${code(row.kind)}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

function parseSettings(inputs: Record<string, string | boolean | undefined>): Omit<MigrationsSettings, 'adapter' | 'databaseVersion'> {
  const seconds = (name: string) => {
    const value = inputs[name] as string | undefined;
    return value === undefined ? undefined : parseDuration(name, value) / 1000;
  };
  const largeTableRows = String(inputs['large-table-rows'] ?? '1000000').replace(/_/g, '');
  if (!/^\d+$/.test(largeTableRows)) {
    throw new GateInputError(`input \`large-table-rows\` is ${JSON.stringify(inputs['large-table-rows'])}; write a whole number of rows, e.g. 1000000.`);
  }
  return {
    maxDurationSeconds: seconds('max-duration') ?? 1800,
    maxTotalDurationSeconds: seconds('max-total-duration'),
    warnDurationSeconds: seconds('warn-duration'),
    failOnIrreversible: inputs['fail-on-irreversible'] !== false,
    unknownTables: inputs['unknown-tables'] === 'warn' ? 'warn' : 'error',
    unknownOperations: inputs['unknown-operations'] === 'warn' ? 'warn' : 'error',
    largeTableRows: Number(largeTableRows),
  };
}
