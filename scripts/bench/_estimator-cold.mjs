// Measures the cold-cache factors of DEFAULT_RATES.mysql (src/gates/migrations/cost/rates.ts):
//   node_modules/.bin/node scripts/bench/_estimator-cold.mjs [rows]
// calibrates on 300k rows (which fit in the buffer pool), then times every class on one table of
// `rows` rows (default 2,000,000: larger than this machine's 128MB pool, and not a size the
// estimator benchmark uses) and prints measured / warm model for the size-dependent part.

import { importSource } from './_estimator-load.mjs';

const rows = Number(process.argv[2] ?? 2_000_000);
const url = process.env.DEPLOY_GATES_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test';
const { connectDatabase } = await importSource('src/databases/client.ts');
const { calibrate } = await importSource('src/calibration/calibrate.ts');
const { createWorkload } = await importSource('src/calibration/workload.ts');
const { modelSeconds } = await importSource('src/gates/migrations/cost/estimate.ts');

const client = await connectDatabase(url);
try {
  const rates = await calibrate(client, { rows: 300_000 });
  const warm = { ...rates, cacheBytes: undefined };
  const workload = createWorkload(client);
  await workload.createScratch();
  try {
    await workload.createTable('cold', rows, 64);
    for (const costClass of workload.classes) {
      const shape = await workload.measureShape('cold');
      const seconds = await workload.run(costClass, 'cold');
      const fixed = rates.classes[costClass].fixedSeconds;
      const model = modelSeconds(warm, costClass, { rows, bytes: shape.bytes, indexCount: shape.indexCount });
      console.log(`${costClass}: ${seconds.toFixed(3)} s measured, ${model.toFixed(3)} s warm model, table ${(shape.bytes / 2 ** 20).toFixed(0)} MiB, cache ${((rates.cacheBytes ?? 0) / 2 ** 20).toFixed(0)} MiB, factor ${((seconds - fixed) / (model - fixed)).toFixed(2)}`);
    }
  } finally {
    await workload.dropScratch();
  }
} finally {
  await client.close();
}
