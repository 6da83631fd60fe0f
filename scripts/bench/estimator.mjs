// The migration cost estimator against the truth, on this machine's real PostgreSQL and MariaDB.
// For each server: calibrate() on 300k rows (its own tables of 75k, 150k wide and 300k rows),
// then on fresh tables of 100k, 1M and 3M rows run each cost class's operation for real and
// compare the wall time with the estimate made from the table's stats (reltuples / InnoDB's
// TABLE_ROWS estimate, heap bytes, index count), as the gate would see them.
//
// Printed: the relative error |estimate - measured| / measured per class and size, its median,
// whether the measured time fell inside the estimate's range, and the same errors for the
// single-rate model (seconds = rows × one rate, fitted by least squares through the origin on all
// calibration timings of all classes; the better of that and a log-space fit is used, to be fair
// to it). The harness ratio is the worse of median error / 0.35 and median error / (single-rate
// median error / 3): target <= 1 meets both goals.
//
// The short operations (metadata, scan, index builds) are timed three times, the median counts;
// a rewrite or a backfill once. The load average is printed: other work on the machine moves the
// timings by up to 2x between runs, and it shows in the errors.
//
// ESTIMATOR_QUICK=1: tables of 20k, 50k and 100k rows, calibrated on 30k (a smoke run, ~1 min).
// Runs the TypeScript sources directly (see _estimator-load.mjs): no build needed.

import { cpus, loadavg } from 'node:os';
import { importSource } from './_estimator-load.mjs';

export const name = 'estimator';

export const target = {
  maxRatio: 1,
  description: 'max(median relative error / 0.35, median relative error / (single-rate median error / 3)) per server',
};

const QUICK = process.env.ESTIMATOR_QUICK === '1';
const SIZES = QUICK ? [20_000, 50_000, 100_000] : [100_000, 1_000_000, 3_000_000];
const CALIBRATION_ROWS = QUICK ? 30_000 : 300_000;

/** Operations that leave the table as it was, so they can be timed more than once (see calibrate.ts). */
const REPEATED = new Set(['metadata', 'scan', 'index', 'concurrent-index']);

const SERVERS = {
  postgresql: process.env.DEPLOY_GATES_TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/test',
  mysql: process.env.DEPLOY_GATES_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test',
};

/** The migration operation each class's statement stands for (what a parser would produce). */
const OPERATIONS = {
  metadata: { kind: 'add_column', columnType: 'varchar(20)', default: { kind: 'constant', value: 'none' } },
  scan: { kind: 'change_column_null', columns: ['email'], nullable: false },
  index: { kind: 'add_index', columns: ['created_at'] },
  'concurrent-index': { kind: 'add_index', columns: ['updated_at'], concurrently: true },
  rewrite: { kind: 'change_column', columns: ['counter'], columnType: 'bigint' },
  backfill: { kind: 'backfill', sql: 'UPDATE ... SET counter = counter + 1' },
};

export async function run(ctx) {
  const { connectDatabase } = await importSource('src/databases/client.ts');
  const { calibrate } = await importSource('src/calibration/calibrate.ts');
  const { createWorkload } = await importSource('src/calibration/workload.ts');
  const { estimateOperation, modelSeconds } = await importSource('src/gates/migrations/cost/estimate.ts');

  const scenarios = [];
  for (const [adapter, url] of Object.entries(SERVERS)) {
    const client = await connectDatabase(url);
    try {
      ctx.log(`  ${adapter} ${client.serverVersion}: calibrating on ${CALIBRATION_ROWS} rows`);
      const calibrationTimings = [];
      const rates = await calibrate(client, { rows: CALIBRATION_ROWS, onTiming: (timing) => calibrationTimings.push(timing) });
      const singleRate = fitSingleRate(calibrationTimings);

      const rows = [];
      const workload = createWorkload(client);
      await workload.createScratch();
      try {
        for (const size of SIZES) {
          const table = `bench_${size}`;
          const started = Date.now();
          await workload.createTable(table, size, 64);
          ctx.log(`  ${adapter}: ${size} rows loaded in ${((Date.now() - started) / 1000).toFixed(1)} s (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs)`);
          for (const costClass of workload.classes) {
            const shape = await workload.measureShape(table);
            const stats = { table, rows: shape.statsRows, bytes: shape.bytes, indexCount: shape.indexCount };
            const op = { ...OPERATIONS[costClass], table, safetyAssured: false, line: 1, code: '' };
            const estimated = estimateOperation(op, { adapter, databaseVersion: client.serverVersion, table: stats, rates });
            if (estimated.costClass !== costClass) {
              throw new Error(`${adapter}: ${op.kind} was classified ${estimated.costClass}, the benchmark runs it as ${costClass}`);
            }
            const central = modelSeconds(rates, costClass, { rows: shape.statsRows, bytes: shape.bytes, indexCount: shape.indexCount });
            const range = estimated.estimate;
            // The truth of the short operations is noisy on a shared machine: median of three, like calibrate().
            const samples = [];
            for (let run = 0; run < (REPEATED.has(costClass) ? 3 : 1); run++) samples.push(await workload.run(costClass, table));
            const seconds = median(samples);
            const single = singleRate.rate * shape.statsRows;
            rows.push({
              costClass,
              size,
              statsRows: shape.statsRows,
              seconds,
              central,
              range,
              error: relativeError(central, seconds),
              toleranceError: toleranceError(central, seconds),
              inRange: range ? seconds >= range.low && seconds <= range.high : null,
              singleError: relativeError(single, seconds),
              singleToleranceError: toleranceError(single, seconds),
            });
            ctx.log(
              `  ${adapter} ${costClass.padEnd(16)} ${String(size).padStart(8)} rows: measured ${seconds.toFixed(3)} s, ` +
                `estimate ${central.toFixed(3)} s${range ? ` [${range.low}..${range.high}]` : ''}, error ${pct(relativeError(central, seconds))}, ` +
                `single-rate ${single.toFixed(3)} s (${pct(relativeError(single, seconds))})`,
            );
          }
          await workload.dropTable(table);
        }
      } finally {
        await workload.dropScratch();
      }
      scenarios.push(summarise(adapter, client.serverVersion, rows, singleRate, ctx));
    } finally {
      await client.close();
    }
  }
  return scenarios;
}

/** rows × one rate: least squares through the origin, and the same in log space; the better one on its own data. */
function fitSingleRate(timings) {
  const leastSquares = timings.reduce((sum, t) => sum + t.seconds * t.rows, 0) / timings.reduce((sum, t) => sum + t.rows * t.rows, 0);
  const logSpace = Math.exp(timings.reduce((sum, t) => sum + Math.log(t.seconds / t.rows), 0) / timings.length);
  const score = (rate) => median(timings.map((t) => relativeError(rate * t.rows, t.seconds)));
  return score(leastSquares) <= score(logSpace) ? { rate: leastSquares, fit: 'least squares' } : { rate: logSpace, fit: 'log-space' };
}

function summarise(adapter, serverVersion, rows, singleRate, ctx) {
  const medianError = median(rows.map((row) => row.error));
  const singleMedian = median(rows.map((row) => row.singleError));
  const covered = rows.filter((row) => row.inRange !== null);
  const inRange = covered.filter((row) => row.inRange).length;
  ctx.log(`  ${adapter}: relative error per class (median over ${SIZES.join(', ')} rows) | single-rate model`);
  const classes = [...new Set(rows.map((row) => row.costClass))];
  const perClass = {};
  for (const costClass of classes) {
    const of = rows.filter((row) => row.costClass === costClass);
    perClass[costClass] = { error: round(median(of.map((row) => row.error))), singleRateError: round(median(of.map((row) => row.singleError))) };
    ctx.log(`    ${costClass.padEnd(16)} ${pct(perClass[costClass].error).padStart(7)} | ${pct(perClass[costClass].singleRateError).padStart(8)}`);
  }
  const toleranceMedian = median(rows.map((row) => row.toleranceError));
  const singleToleranceMedian = median(rows.map((row) => row.singleToleranceError));
  ctx.log(
    `    ${'median'.padEnd(16)} ${pct(medianError).padStart(7)} | ${pct(singleMedian).padStart(8)}   ` +
      `(single rate ${singleRate.rate.toExponential(2)} s/row, ${singleRate.fit}); measured inside the range: ${inRange}/${covered.length}`,
  );
  ctx.log(`    with a 0.1 s absolute tolerance: ${pct(toleranceMedian)} | ${pct(singleToleranceMedian)}`);
  return {
    scenario: adapter,
    description: `${serverVersion}: ${classes.length} classes × ${SIZES.join('/')} rows, calibrated on ${CALIBRATION_ROWS}`,
    ratio: Math.max(medianError / 0.35, medianError / (singleMedian / 3)),
    parts: {},
    facts: {
      serverVersion,
      calibrationRows: CALIBRATION_ROWS,
      sizes: SIZES,
      medianError: round(medianError),
      singleRateMedianError: round(singleMedian),
      medianErrorWithTolerance: round(toleranceMedian),
      singleRateMedianErrorWithTolerance: round(singleToleranceMedian),
      singleRate: singleRate.rate,
      insideRange: `${inRange}/${covered.length}`,
      perClass,
      runs: rows,
    },
  };
}

const relativeError = (estimate, measured) => Math.abs(estimate - measured) / measured;
/** The same with an absolute tolerance of 0.1 s: 5 ms against 40 ms is timer noise to a deploy gate, not an 8x miss. */
const toleranceError = (estimate, measured) => Math.abs(estimate - measured) / Math.max(measured, 0.1);
const pct = (value) => `${(value * 100).toFixed(0)}%`;
const round = (value) => Number(value.toFixed(3));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
