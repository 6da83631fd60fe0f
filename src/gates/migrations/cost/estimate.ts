// How long an operation takes on a production-size table, as a range: the cost model of its class
// (rates.ts) applied to the table's rows, bytes and indexes, widened by the model's measured spread
// and by how unsure the row count is. Never a single number: a range says how much to trust it.

import { ROWS_UNCERTAINTY, type Adapter, type Estimate, type Operation, type TableStats } from '../model.js';
import { classifyOperation, type Classification } from './classify.js';
import type { ModelledClass, Rates } from './rates.js';

/** A table created earlier in the same deploy: empty when this operation runs. */
export type TableSize = TableStats | 'new' | undefined;

export interface EstimateContext {
  adapter: Adapter;
  databaseVersion?: string;
  previousColumnType?: string;
  table: TableSize;
  /** The referenced table of a foreign key (it is locked, its size does not change the cost). */
  otherTable?: TableSize;
  rates: Rates;
}

export interface OperationEstimate extends Classification {
  /** null: unknown (unknown class, or the table's size is not known). */
  estimate: Estimate | null;
}


const FOREIGN_KEY_KINDS: ReadonlySet<Operation['kind']> = new Set(['add_foreign_key', 'validate_foreign_key', 'add_reference']);

export interface TableShape {
  rows: number;
  bytes: number;
  indexCount: number;
}

/** The model's central value in seconds (also what the benchmark compares with the truth). */
export function modelSeconds(rates: Rates, costClass: ModelledClass, shape: TableShape): number {
  const r = rates.classes[costClass];
  const indexRows = costClass === 'rewrite' ? shape.rows * shape.indexCount * r.perIndexRowSeconds : 0;
  const warm = shape.rows * r.perRowSeconds + shape.bytes * r.perByteSeconds + indexRows;
  return r.fixedSeconds + warm * (exceedsCache(rates, shape) ? r.coldFactor : 1);
}

export function exceedsCache(rates: Rates, shape: TableShape): boolean {
  return rates.cacheBytes !== undefined && shape.bytes > rates.cacheBytes;
}

export function estimateOperation(op: Operation, context: EstimateContext): OperationEstimate {
  const classification = classifyOperation(op, context);
  const { costClass } = classification;
  if (costClass === 'unknown') return { ...classification, estimate: null };

  const rates = context.rates;
  const metadata = rates.classes.metadata;
  const metadataRange = widen(metadata.fixedSeconds, metadata.fixedSeconds, metadata.spread);
  const lockWait = ' The time to acquire the lock is not in the estimate: it waits for the longest transaction using the table (set lock_timeout).';

  if (costClass === 'metadata') {
    return { ...classification, reason: `${classification.reason}.${lockWait}`, estimate: metadataRange };
  }
  const table = context.table;
  if (table === 'new') {
    return { ...classification, reason: `${classification.reason}; the table is created earlier in this deploy, so it is empty`, estimate: metadataRange };
  }
  if (table === undefined || table.rows === null) {
    return { ...classification, reason: `${classification.reason}; the size of ${op.table ?? 'the table'} is unknown, so its duration is too`, estimate: null };
  }

  const fullRows = table.rows;
  let rows = fullRows;
  let partialNote = '';
  if (costClass === 'backfill' && op.rowsAffected !== undefined) {
    rows = Math.min(op.rowsAffected, fullRows);
    partialNote = `; touches ${op.rowsAffected} row(s)`;
  }
  const bytesPerRow = table.bytes !== undefined && fullRows > 0 ? table.bytes / fullRows : rates.bytesPerRow;
  const shape: TableShape = { rows, bytes: rows * bytesPerRow, indexCount: table.indexCount ?? 1 };
  let central = modelSeconds(rates, costClass, shape);
  let referencedNote = '';
  if (costClass === 'scan' && FOREIGN_KEY_KINDS.has(op.kind)) {
    // Validating a foreign key joins the referencing table with the referenced one: both are read.
    const other = context.otherTable;
    if (other !== undefined && other !== 'new' && other.rows !== null) {
      const otherBytesPerRow = other.bytes !== undefined && other.rows > 0 ? other.bytes / other.rows : rates.bytesPerRow;
      central += modelSeconds(rates, 'scan', { rows: other.rows, bytes: other.rows * otherBytesPerRow, indexCount: other.indexCount ?? 1 }) - rates.classes.scan.fixedSeconds;
    } else if (other !== 'new') {
      referencedNote = `; the size of ${op.otherTable ?? 'the referenced table'} is unknown, so reading it is not included`;
    }
  }
  const fixed = rates.classes[costClass].fixedSeconds;
  const uncertainty = table.rowsUncertainty ?? ROWS_UNCERTAINTY[context.adapter];
  // Only the size-dependent part scales with the row count's error.
  const lowRows = fixed + (central - fixed) * Math.max(0, 1 - uncertainty);
  const highRows = fixed + (central - fixed) * (1 + uncertainty);
  let estimate = widen(lowRows, highRows, rates.classes[costClass].spread);

  if (costClass === 'backfill' && op.partial && op.rowsAffected === undefined) {
    // A WHERE clause narrows it by an unknown amount: anywhere from nothing to the whole table.
    estimate = { low: metadataRange.low, high: estimate.high };
    partialNote = '; a condition narrows the rows by an unknown amount, so the range runs up to the whole table';
  }
  const uncertaintyNote = uncertainty >= 0.3 ? `; the row count is an estimate (±${Math.round(uncertainty * 100)}%), so the range is wide` : '';
  const coldFactor = rates.classes[costClass].coldFactor;
  const coldNote =
    exceedsCache(rates, shape) && coldFactor !== 1
      ? `; the table is larger than the server's buffer cache, so it is read from disk (about ${coldFactor}x slower)`
      : '';
  const waitNote = costClass === 'concurrent-index' ? '; plus waiting for every transaction older than each phase, which no model can bound' : '';
  return {
    ...classification,
    reason: `${classification.reason}${partialNote}${referencedNote}${coldNote}${uncertaintyNote}${waitNote}`,
    estimate,
  };
}

/**
 * The range around [low, high] from the model's spread, rounded outwards to two significant
 * digits. Multiplicative both ways (÷ and × (1 + spread)): timings err by factors, and a spread of
 * 1 (twice as slow) must not turn the low end into zero.
 */
function widen(low: number, high: number, spread: number): Estimate {
  return { low: roundDown(low / (1 + spread)), high: roundUp(high * (1 + spread)) };
}

function roundDown(seconds: number): number {
  if (seconds <= 0) return 0;
  const scale = 10 ** (Math.floor(Math.log10(seconds)) - 1);
  return Number((Math.floor(seconds / scale) * scale).toPrecision(2));
}

function roundUp(seconds: number): number {
  if (seconds <= 0) return 0;
  const scale = 10 ** (Math.floor(Math.log10(seconds)) - 1);
  // The epsilon keeps an exact value (0.12) from being bumped by floating-point noise (0.12000001).
  return Number((Math.ceil(seconds / scale - 1e-9) * scale).toPrecision(2));
}
