// Which SQL files are migrations, of which tool, in which order. Each tool has its own naming
// convention; a file that fits none is still read (format 'sql'), ordered by a leading number.

import type { MigrationFormat } from '../../gates/migrations/model.js';

export type SqlMigrationDirection = 'up' | 'down' | 'undo' | 'repeatable';

export interface RecognisedSqlMigration {
  format: MigrationFormat;
  version: string;
  name: string;
  direction: SqlMigrationDirection;
}

// Flyway: V<version>__<description>.sql, U<version>__ (undo), R__<description>.sql (repeatable).
const FLYWAY = /^(?:([VU])(\d+(?:[._]\d+)*)|R)__(.+)\.sql$/;
// golang-migrate: <version>_<title>.up.sql / .down.sql.
const GOLANG_MIGRATE = /^(\d+)_(.+)\.(up|down)\.sql$/;
// Prisma: migrations/<timestamp>_<name>/migration.sql.
const PRISMA = /(?:^|\/)migrations\/(\d+)_([^/]+)\/migration\.sql$/;

export function recogniseSqlMigration(path: string): RecognisedSqlMigration | undefined {
  const normalised = path.replace(/\\/g, '/');
  const prisma = PRISMA.exec(normalised);
  if (prisma) return { format: 'prisma', version: prisma[1], name: prisma[2], direction: 'up' };
  const file = basename(normalised);
  if (!file.toLowerCase().endsWith('.sql')) return undefined;
  const flyway = FLYWAY.exec(file);
  if (flyway) {
    const [, prefix, version, description] = flyway;
    return {
      format: 'flyway',
      // Flyway reads `_` in a version as `.`: V1_2 and V1.2 are the same version.
      version: version ? version.replace(/_/g, '.') : '',
      name: description.replace(/_/g, ' '),
      direction: prefix === 'V' ? 'up' : prefix === 'U' ? 'undo' : 'repeatable',
    };
  }
  const golang = GOLANG_MIGRATE.exec(file);
  if (golang) return { format: 'golang-migrate', version: golang[1], name: golang[2], direction: golang[3] as 'up' | 'down' };
  const stem = file.slice(0, -'.sql'.length);
  const down = /[._-](down|rollback)$/i.test(stem);
  const leadingNumber = /^(\d+)[._-]*(.*)$/.exec(stem);
  return {
    format: 'sql',
    version: leadingNumber?.[1] ?? '',
    name: (leadingNumber ? leadingNumber[2] : stem) || stem,
    direction: down ? 'down' : 'up',
  };
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
