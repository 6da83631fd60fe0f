import type { InputSpec } from '../../inputs/spec.js';
import { RANGE_INPUTS } from '../forward-sha/inputs.js';
import type { OutputSpec } from '../types.js';

export const DEFAULT_MIGRATION_PATHS = 'db/migrate/*.rb, db/post_migrate/*.rb';

export const MIGRATIONS_INPUTS: readonly InputSpec[] = [
  // The migrations are read from the checkout's git history; the compare API has no file contents.
  ...RANGE_INPUTS.filter((spec) => spec.name !== 'history'),
  {
    name: 'paths',
    kind: 'string',
    description: `Comma-separated globs of ActiveRecord migrations. Default: \`${DEFAULT_MIGRATION_PATHS}\`.`,
  },
  {
    name: 'sql-paths',
    kind: 'string',
    description:
      'Comma-separated globs of SQL migration files: Flyway `V*__*.sql`, golang-migrate `*.up.sql`, Prisma `migrations/*/migration.sql` (e.g. `prisma/migrations/*/migration.sql`). Default: none.',
  },
  {
    name: 'adapter',
    kind: 'enum',
    values: ['auto', 'postgresql', 'mysql'],
    default: 'auto',
    description:
      'The production database: `postgresql` or `mysql` (MySQL 8 or MariaDB). Default: `auto` (from `database-url`, then config/database.yml, db/structure.sql, db/schema.rb, prisma/schema.prisma).',
  },
  {
    name: 'database-version',
    kind: 'string',
    description:
      'The production server version where rules depend on it (`15`, `8.0.35`, `10.11`). Default: what `database-url` reports, else the schema dump\'s, else the oldest supported rules.',
  },
  {
    name: 'table-stats',
    kind: 'string',
    description: 'A file of production table sizes (YAML, JSON or CSV: table, rows, optional bytes, index_bytes, indexes), e.g. exported nightly.',
  },
  {
    name: 'database-url',
    kind: 'string',
    stepOnly: true,
    secret: true,
    description:
      'Instead of `table-stats`: a read replica to read table sizes from (`postgresql://...` or `mysql://...`). Masked in logs; pass it from a secret.',
  },
  {
    name: 'unknown-tables',
    kind: 'enum',
    values: ['error', 'warn'],
    default: 'error',
    description: 'A table without a known size makes its estimate unknown: `error` (the gate cannot decide) or `warn`. Default: `error`.',
  },
  {
    name: 'unknown-operations',
    kind: 'enum',
    values: ['error', 'warn'],
    default: 'error',
    description:
      'A call the gate does not know (an app\'s own helper, SQL it cannot classify) has an unknown cost: `error` or `warn`. Default: `error`.',
  },
  { name: 'rates', kind: 'string', description: 'A rates file (from `deploy-gates migrations calibrate`) that replaces the built-in rates.' },
  { name: 'max-duration', kind: 'string', default: '30m', description: 'Fail when one migration may take longer than this (upper estimate). Default: `30m`.' },
  { name: 'max-total-duration', kind: 'string', description: 'Fail when all migrations together may take longer than this. Default: no limit.' },
  { name: 'warn-duration', kind: 'string', description: 'Warn when one migration may take longer than this. Default: none.' },
  {
    name: 'fail-on-irreversible',
    kind: 'boolean',
    default: 'true',
    description: 'Fail on a migration that cannot be rolled back (by ActiveRecord\'s rules; golang-migrate without a down file). Default: `true`.',
  },
  {
    name: 'large-table-rows',
    kind: 'string',
    default: '1000000',
    description:
      'From this many rows, a dangerous operation (a lock that blocks writes for its whole run) fails the deploy; below it, it warns. Default: `1000000`.',
  },
];

export const MIGRATIONS_OUTPUTS: readonly OutputSpec[] = [
  { name: 'migrations', description: 'The migrations of this deploy as JSON: file, version, operations with table, rows, class, lock and estimate.' },
  { name: 'total-seconds', description: 'Upper estimate of all migrations together, in seconds; empty when unknown.' },
];
