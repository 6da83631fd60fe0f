// `deploy-gates migrations calibrate`: measures the cost model's rates on the user's own
// (staging) database, so estimates follow its hardware and settings rather than ours. Everything
// happens in a scratch schema/database that is created here and ALWAYS dropped, even on failure.

import type { SqlClient } from '../databases/client.js';
import { DEFAULT_RATES, MODELLED_CLASSES, RATES_FILE_VERSION, type ClassRates, type ModelledClass, type Rates } from '../gates/migrations/cost/rates.js';
import { fitNonNegative } from './fit.js';
import { createWorkload, type Workload } from './workload.js';

export { formatRatesFile } from './format.js';

export interface CalibrateOptions {
  /** Rows of the largest calibration table (default 200,000); two smaller tables are derived from it. */
  rows: number;
  onProgress?: (message: string) => void;
  /** Every timing as it is measured (the benchmark fits its single-rate baseline on them). */
  onTiming?: (timing: Timing) => void;
  /** The scratch schema/database name (default: deploy_gates_calibration_<random>). */
  scratch?: string;
}

/** One timed operation: what the model sees (rows, bytes, indexes) and what it took. */
export interface Timing {
  costClass: ModelledClass;
  rows: number;
  bytes: number;
  indexCount: number;
  seconds: number;
}

/**
 * Three tables: `rows` and `rows / 4` rows with a short payload give a fixed and a per-row part;
 * `rows / 2` rows with a long payload separate the per-byte part from the per-row part.
 */
export function calibrationTables(rows: number): { name: string; rows: number; payloadChars: number }[] {
  return [
    { name: 'calibration_small', rows: Math.max(1, Math.round(rows / 4)), payloadChars: 64 },
    { name: 'calibration_wide', rows: Math.max(1, Math.round(rows / 2)), payloadChars: 320 },
    { name: 'calibration_large', rows: Math.max(1, Math.round(rows)), payloadChars: 64 },
  ];
}

export async function calibrate(client: SqlClient, options: CalibrateOptions): Promise<Rates> {
  if (!Number.isFinite(options.rows) || options.rows < 1000) {
    throw new RangeError(`calibrate: rows must be at least 1000 (got ${options.rows}); fewer rows measure only noise.`);
  }
  const progress = options.onProgress ?? (() => {});
  const workload = createWorkload(client, options.scratch);
  progress(`creating the scratch ${client.adapter === 'postgresql' ? 'schema' : 'database'} ${workload.scratch}`);
  await workload.createScratch();
  let failure: unknown;
  try {
    const timings: Timing[] = [];
    let bytesPerRow = DEFAULT_RATES[client.adapter].bytesPerRow;
    for (const table of calibrationTables(options.rows)) {
      progress(`filling ${table.name} with ${table.rows} rows`);
      await workload.createTable(table.name, table.rows, table.payloadChars);
      // Before the operations: the backfill leaves dead tuples behind that a production table would not have.
      if (table.name === 'calibration_large') bytesPerRow = (await workload.measureShape(table.name)).bytes / table.rows;
      const measured = await timeClasses(workload, table.name, table.rows, progress);
      measured.forEach((timing) => options.onTiming?.(timing));
      timings.push(...measured);
      await workload.dropTable(table.name);
    }
    const cacheBytes = await workload.cacheBytes();
    return {
      version: RATES_FILE_VERSION,
      adapter: client.adapter,
      bytesPerRow: Math.round(bytesPerRow),
      ...(cacheBytes === undefined ? {} : { cacheBytes }),
      classes: fitRates(timings, client.adapter),
      measured: { serverVersion: client.serverVersion, date: new Date().toISOString().slice(0, 10), rows: options.rows },
    };
  } catch (error) {
    failure = error;
    throw error;
  } finally {
    progress(`dropping ${workload.scratch}`);
    try {
      await workload.dropScratch();
    } catch (dropError) {
      // The first failure is the one to report; the leftover is named so that it can be dropped by hand.
      if (failure === undefined) throw dropError;
      progress(`could not drop ${workload.scratch}: ${(dropError as Error).message}; drop it by hand`);
    }
  }
}

/**
 * The short operations, whose single timings are noisy, are timed three times (median); a rewrite
 * or a backfill changes the table and takes long enough that one run is representative.
 */
const REPEATED: ReadonlySet<ModelledClass> = new Set(['metadata', 'scan', 'index', 'concurrent-index']);

/** Runs every class the adapter has on `table`, in the workload's order. */
export async function timeClasses(workload: Workload, table: string, rows: number, progress: (message: string) => void = () => {}, repeats = 3): Promise<Timing[]> {
  const timings: Timing[] = [];
  for (const costClass of workload.classes) {
    // Measured right before: an earlier operation may have changed the table's size or indexes.
    const shape = await workload.measureShape(table);
    const samples: number[] = [];
    for (let run = 0; run < (REPEATED.has(costClass) ? repeats : 1); run++) samples.push(await workload.run(costClass, table));
    const seconds = median(samples);
    progress(`  ${costClass} on ${rows} rows: ${seconds.toFixed(3)} s`);
    timings.push({ costClass, rows, bytes: shape.bytes, indexCount: shape.indexCount, seconds });
  }
  return timings;
}

/** Fits each class's rates from its timings; classes the adapter cannot run borrow the nearest one's. */
export function fitRates(timings: readonly Timing[], adapter: Rates['adapter']): Record<ModelledClass, ClassRates> {
  const defaults = DEFAULT_RATES[adapter].classes;
  const of = (costClass: ModelledClass) => timings.filter((timing) => timing.costClass === costClass);
  const fitted: Partial<Record<ModelledClass, ClassRates>> = {};

  const metadata = of('metadata').map((timing) => timing.seconds);
  fitted.metadata = { ...defaults.metadata, fixedSeconds: metadata.length ? median(metadata) : defaults.metadata.fixedSeconds };

  // Every statement pays what a catalog change pays (parse, lock, commit); the rest grows with the table.
  const fixedSeconds = fitted.metadata.fixedSeconds;
  for (const costClass of ['scan', 'index', 'concurrent-index', 'backfill'] as const) {
    if (of(costClass).length) fitted[costClass] = fitLinear(of(costClass), fixedSeconds, defaults[costClass]);
  }

  // A rewrite rebuilds every index: per index row it costs what an index build costs beyond its
  // own table scan. That part comes from the index timings; the rest is fitted on what remains.
  const index = fitted.index;
  const scan = fitted.scan;
  const perIndexRowSeconds = index ? Math.max(0, index.perRowSeconds - (scan?.perRowSeconds ?? 0)) : defaults.rewrite.perIndexRowSeconds;
  const rewrites = of('rewrite');
  if (rewrites.length) {
    const base = fitLinear(
      rewrites.map((timing) => ({ ...timing, seconds: Math.max(1e-6, timing.seconds - timing.rows * timing.indexCount * perIndexRowSeconds) })),
      fixedSeconds,
      defaults.rewrite,
    );
    fitted.rewrite = { ...base, perIndexRowSeconds };
  }

  // MySQL builds every secondary index online: its "concurrent" index is the same operation.
  fitted['concurrent-index'] ??= fitted.index;
  return Object.fromEntries(MODELLED_CLASSES.map((costClass) => [costClass, fitted[costClass] ?? { ...defaults[costClass] }])) as Record<ModelledClass, ClassRates>;
}

/**
 * seconds = fixed + rows·perRow + bytes·perByte, fitted on relative error (a 10% miss counts the
 * same at any size). The fixed part is not fitted: at calibration sizes it is lost in the noise,
 * and a fitted intercept swallowed the per-row part whenever one small timing came out slow.
 */
function fitLinear(timings: readonly Timing[], fixedSeconds: number, defaults: ClassRates): ClassRates {
  const features = timings.map((timing) => [timing.rows, timing.bytes]);
  const targets = timings.map((timing) => Math.max(timing.seconds - fixedSeconds, 1e-6));
  const weights = targets.map((seconds) => 1 / seconds ** 2);
  const [perRowSeconds = 0, perByteSeconds = 0] = fitNonNegative(features, targets, weights);
  const residuals = timings.map((timing) => {
    const predicted = fixedSeconds + timing.rows * perRowSeconds + timing.bytes * perByteSeconds;
    return Math.abs(predicted - timing.seconds) / Math.max(timing.seconds, 1e-6);
  });
  // Three timings fit closely by chance: the spread the benchmark measured for the default model
  // is the floor, so a lucky fit never claims more precision than the model has.
  // The calibration tables fit in the cache by design: the cold-cache factor keeps its default.
  return { fixedSeconds, perRowSeconds, perByteSeconds, perIndexRowSeconds: 0, spread: Math.max(defaults.spread, ...residuals), coldFactor: defaults.coldFactor };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
