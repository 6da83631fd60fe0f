// The cost model's numbers: per adapter and cost class, seconds = fixed + rows·perRow +
// bytes·perByte (+ rows·indexCount·perIndexRow for a rewrite, which rebuilds every index).
// Defaults were measured on this project's reference machine; a `rates` file (written by
// `deploy-gates migrations calibrate` on the user's own staging database) overrides them.

import { parse as parseYaml } from 'yaml';
import { GateInputError } from '../../../model/result.js';
import type { Adapter, CostClass } from '../model.js';

export const RATES_FILE_VERSION = 1;

/** Every class but `unknown`, which has no cost model: its estimate is always null. */
export type ModelledClass = Exclude<CostClass, 'unknown'>;
export const MODELLED_CLASSES: readonly ModelledClass[] = ['metadata', 'scan', 'rewrite', 'index', 'concurrent-index', 'backfill'];

export interface ClassRates {
  fixedSeconds: number;
  perRowSeconds: number;
  perByteSeconds: number;
  /** Rewrites only (0 elsewhere): each index is rebuilt, so its rows are sorted and written again. */
  perIndexRowSeconds: number;
  /** The model's own relative error on this class: the range is central ÷ (1 + spread) .. central × (1 + spread). */
  spread: number;
  /**
   * How much slower the size-dependent part is when the table is larger than the server's buffer
   * cache (`cacheBytes`): a scan of a table that does not fit evicts its own pages, so every page
   * is read from disk (InnoDB's O_DIRECT has no OS cache behind it). 1: no difference.
   */
  coldFactor: number;
}

export interface Rates {
  version: typeof RATES_FILE_VERSION;
  adapter: Adapter;
  /** Heap bytes per row of the calibration table: stands in for `bytes` when the stats lack it. */
  bytesPerRow: number;
  /** The server's buffer cache (innodb_buffer_pool_size, shared_buffers); absent: no cold-cache step. */
  cacheBytes?: number;
  classes: Record<ModelledClass, ClassRates>;
  /** Where the numbers came from, for the report. */
  measured?: { serverVersion: string; date: string; rows: number };
}

const classRates = (fixedSeconds: number, perRowSeconds: number, perByteSeconds: number, perIndexRowSeconds: number, spread: number, coldFactor = 1): ClassRates => ({
  fixedSeconds,
  perRowSeconds,
  perByteSeconds,
  perIndexRowSeconds,
  spread,
  coldFactor,
});

/**
 * Measured on this project's reference machine (2 cores, PostgreSQL 15.20 and MariaDB 10.11.19,
 * default server settings: shared_buffers 128MB, innodb_buffer_pool_size 128MB) on 2026-11-23 with
 *   node_modules/.bin/node scripts/bench/_estimator-defaults.mjs 300000
 * which runs `calibrate()` (src/calibration/calibrate.ts) with rows = 300000 on both servers and
 * prints these numbers (kept to three significant digits).
 * `spread` is not from calibration (three timings fit too well to show the model's error): it is
 * set by hand a little above the largest per-class error that `npm run bench:estimator` (100k, 1M
 * and 3M rows) showed on the same machine, whose timings vary up to 2x between runs, so the range
 * says how far this model has really been off; calibrate() keeps it as a floor. MySQL `scan` is not measured (no MySQL
 * DDL is of that class; constraints are checked by a copy): a plain read rate stands in.
 * `coldFactor` is not from calibration either (its tables fit in the cache by design): for MySQL it
 * was measured with
 *   node_modules/.bin/node scripts/bench/_estimator-cold.mjs 2000000
 * (a 2M-row, 292 MiB table against the 128 MiB buffer pool: index 2.58, rewrite 1.19, backfill
 * 1.27; scan assumed like an index build's read). PostgreSQL: 1, because on this machine the OS
 * page cache held the 3M-row (500 MB) tables and they matched the warm model; a server whose
 * tables exceed its RAM should set it in its rates file.
 */
export const DEFAULT_RATES: Record<Adapter, Rates> = {
  postgresql: {
    version: 1,
    adapter: 'postgresql',
    bytesPerRow: 167,
    cacheBytes: 134217728,
    classes: {
      metadata: classRates(0.000566, 0, 0, 0, 1),
      scan: classRates(0.000566, 7.47e-9, 6.06e-10, 0, 0.5),
      rewrite: classRates(0.000566, 3.31e-7, 6.07e-9, 2.98e-7, 0.6),
      index: classRates(0.000566, 3.06e-7, 4.72e-10, 0, 0.6),
      'concurrent-index': classRates(0.000566, 5.01e-7, 3.51e-10, 0, 0.6),
      backfill: classRates(0.000566, 4.53e-6, 1.32e-8, 0, 0.7),
    },
    measured: { serverVersion: '15.20', date: '2026-11-23', rows: 300000 },
  },
  mysql: {
    version: 1,
    adapter: 'mysql',
    bytesPerRow: 152,
    cacheBytes: 134217728,
    classes: {
      metadata: classRates(0.00552, 0, 0, 0, 1),
      scan: classRates(0.00552, 3e-7, 0, 0, 1, 2.6),
      rewrite: classRates(0.00552, 2.9e-6, 8.07e-9, 5.8e-7, 0.5, 1.2),
      index: classRates(0.00552, 5.8e-7, 0, 0, 1, 2.6),
      'concurrent-index': classRates(0.00552, 5.8e-7, 0, 0, 1, 2.6),
      backfill: classRates(0.00552, 1.75e-6, 3.2e-10, 0, 1, 1.3),
    },
    measured: { serverVersion: '10.11.19-MariaDB', date: '2026-11-23', rows: 300000 },
  },
};

// ---- the rates file -------------------------------------------------------------------------
//
//   version: 1
//   adapter: postgresql
//   bytes-per-row: 180
//   classes:
//     rewrite:
//       fixed-seconds: 0.05
//       per-row-seconds: 2.1e-6
//   measured: { server-version: "15.4", date: 2026-11-23, rows: 200000 }
//
// Classes and fields that the file leaves out keep the adapter's defaults.

const CLASS_FIELDS: Record<string, keyof ClassRates> = {
  'fixed-seconds': 'fixedSeconds',
  'per-row-seconds': 'perRowSeconds',
  'per-byte-seconds': 'perByteSeconds',
  'per-index-row-seconds': 'perIndexRowSeconds',
  spread: 'spread',
  'cold-factor': 'coldFactor',
};
const TOP_KEYS = ['version', 'adapter', 'bytes-per-row', 'cache-bytes', 'classes', 'measured'];
const MEASURED_KEYS = ['server-version', 'date', 'rows'];
const ADAPTERS: readonly Adapter[] = ['postgresql', 'mysql'];

/** Reads a rates file (YAML, or JSON which is YAML): strict, so a misspelled key never silently keeps a default. */
export function parseRatesFile(path: string, content: string): Rates {
  const fail = (message: string): never => {
    throw new GateInputError(`rates file ${path}: ${message}`);
  };
  let document: unknown;
  try {
    document = parseYaml(content);
  } catch (error) {
    return fail(`is not valid YAML or JSON: ${(error as Error).message}`);
  }
  if (!isPlainObject(document)) return fail('must be a mapping with `version: 1`, `adapter` and `classes` (write one with `deploy-gates migrations calibrate`).');
  rejectUnknownKeys(document, TOP_KEYS, '', fail);

  if (document['version'] !== RATES_FILE_VERSION) {
    fail(`\`version\` is ${JSON.stringify(document['version'] ?? null)}; accepted: ${RATES_FILE_VERSION}.`);
  }
  const adapter = document['adapter'];
  if (typeof adapter !== 'string' || !ADAPTERS.includes(adapter as Adapter)) {
    fail(`\`adapter\` is ${JSON.stringify(adapter ?? null)}; accepted: ${ADAPTERS.join(', ')}.`);
  }
  const defaults = DEFAULT_RATES[adapter as Adapter];
  const rates: Rates = {
    version: RATES_FILE_VERSION,
    adapter: adapter as Adapter,
    bytesPerRow: document['bytes-per-row'] === undefined ? defaults.bytesPerRow : positiveNumber(document['bytes-per-row'], 'bytes-per-row', fail),
    classes: Object.fromEntries(MODELLED_CLASSES.map((name) => [name, { ...defaults.classes[name] }])) as Record<ModelledClass, ClassRates>,
  };
  const cacheBytes = document['cache-bytes'] === undefined ? defaults.cacheBytes : positiveNumber(document['cache-bytes'], 'cache-bytes', fail);
  if (cacheBytes !== undefined) rates.cacheBytes = cacheBytes;

  const classes = document['classes'];
  if (classes !== undefined && classes !== null) {
    if (!isPlainObject(classes)) fail(`\`classes\` must be a mapping of cost classes (${MODELLED_CLASSES.join(', ')}) to rates.`);
    rejectUnknownKeys(classes as Record<string, unknown>, MODELLED_CLASSES, 'classes.', fail);
    for (const [name, fields] of Object.entries(classes as Record<string, unknown>)) {
      if (fields === null) continue;
      if (!isPlainObject(fields)) fail(`\`classes.${name}\` must be a mapping of ${Object.keys(CLASS_FIELDS).join(', ')}.`);
      rejectUnknownKeys(fields as Record<string, unknown>, Object.keys(CLASS_FIELDS), `classes.${name}.`, fail);
      for (const [key, value] of Object.entries(fields as Record<string, unknown>)) {
        const field = CLASS_FIELDS[key] as keyof ClassRates;
        rates.classes[name as ModelledClass][field] = nonNegativeNumber(value, `classes.${name}.${key}`, fail);
      }
    }
  }

  const measured = document['measured'];
  if (measured !== undefined && measured !== null) {
    if (!isPlainObject(measured)) fail(`\`measured\` must be a mapping of ${MEASURED_KEYS.join(', ')}.`);
    const m = measured as Record<string, unknown>;
    rejectUnknownKeys(m, MEASURED_KEYS, 'measured.', fail);
    rates.measured = {
      serverVersion: String(m['server-version'] ?? ''),
      // YAML reads an unquoted 2026-11-23 as a string with the core schema; keep whatever it is as text.
      date: m['date'] instanceof Date ? m['date'].toISOString().slice(0, 10) : String(m['date'] ?? ''),
      rows: m['rows'] === undefined ? 0 : nonNegativeNumber(m['rows'], 'measured.rows', fail),
    };
  }
  return rates;
}

function rejectUnknownKeys(object: Record<string, unknown>, accepted: readonly string[], prefix: string, fail: (message: string) => never): void {
  for (const key of Object.keys(object)) {
    if (!accepted.includes(key)) fail(`unknown key \`${prefix}${key}\`; accepted: ${accepted.join(', ')}.`);
  }
}

function nonNegativeNumber(value: unknown, key: string, fail: (message: string) => never): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    return fail(`\`${key}\` is ${JSON.stringify(value ?? null)}; accepted: a number >= 0, plain or in exponent form (0.05, 2.1e-6).`);
  }
  return value;
}

function positiveNumber(value: unknown, key: string, fail: (message: string) => never): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    return fail(`\`${key}\` is ${JSON.stringify(value ?? null)}; accepted: a number > 0.`);
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
