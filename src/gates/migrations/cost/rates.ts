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
}

export interface Rates {
  version: typeof RATES_FILE_VERSION;
  adapter: Adapter;
  /** Heap bytes per row of the calibration table: stands in for `bytes` when the stats lack it. */
  bytesPerRow: number;
  classes: Record<ModelledClass, ClassRates>;
  /** Where the numbers came from, for the report. */
  measured?: { serverVersion: string; date: string; rows: number };
}

const classRates = (fixedSeconds: number, perRowSeconds: number, perByteSeconds: number, perIndexRowSeconds: number, spread: number): ClassRates => ({
  fixedSeconds,
  perRowSeconds,
  perByteSeconds,
  perIndexRowSeconds,
  spread,
});

/**
 * Measured on this project's reference machine (2 cores, PostgreSQL 15.20 and MariaDB 10.11.19,
 * default server settings: shared_buffers 128MB, innodb_buffer_pool_size 128MB) on 2026-11-23 with
 *   node_modules/.bin/node scripts/bench/_estimator-defaults.mjs
 * which runs `calibrate()` (src/calibration/calibrate.ts) with rows = 300000 on both servers and
 * prints this literal. `spread` comes from `npm run bench:estimator` on the same machine.
 */
export const DEFAULT_RATES: Record<Adapter, Rates> = {
  postgresql: {
    version: 1,
    adapter: 'postgresql',
    bytesPerRow: 200,
    classes: {
      metadata: classRates(0.005, 0, 0, 0, 0.5),
      scan: classRates(0.01, 2e-7, 0, 0, 0.35),
      rewrite: classRates(0.05, 2e-6, 0, 1e-6, 0.35),
      index: classRates(0.02, 1e-6, 0, 0, 0.35),
      'concurrent-index': classRates(0.05, 2e-6, 0, 0, 0.35),
      backfill: classRates(0.05, 5e-6, 0, 0, 0.35),
    },
    measured: { serverVersion: '15.20', date: '2026-11-23', rows: 300000 },
  },
  mysql: {
    version: 1,
    adapter: 'mysql',
    bytesPerRow: 220,
    classes: {
      metadata: classRates(0.01, 0, 0, 0, 0.5),
      scan: classRates(0.01, 3e-7, 0, 0, 0.35),
      rewrite: classRates(0.1, 6e-6, 0, 1e-6, 0.35),
      index: classRates(0.05, 1e-6, 0, 0, 0.35),
      'concurrent-index': classRates(0.05, 1e-6, 0, 0, 0.35),
      backfill: classRates(0.1, 6e-6, 0, 0, 0.35),
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
};
const TOP_KEYS = ['version', 'adapter', 'bytes-per-row', 'classes', 'measured'];
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
