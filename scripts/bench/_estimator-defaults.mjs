// Measures DEFAULT_RATES (src/gates/migrations/cost/rates.ts) on this machine's servers:
//   node_modules/.bin/node scripts/bench/_estimator-defaults.mjs [rows]
// runs calibrate() with `rows` (default 300000) on PostgreSQL and MariaDB and prints the rates as
// YAML and as the TypeScript literal to paste. URLs: DEPLOY_GATES_TEST_POSTGRES_URL / _MYSQL_URL.

import { importSource } from './_estimator-load.mjs';

const rows = Number(process.argv[2] ?? 300_000);
const { connectDatabase } = await importSource('src/databases/client.ts');
const { calibrate, formatRatesFile } = await importSource('src/calibration/calibrate.ts');
const urls = {
  postgresql: process.env.DEPLOY_GATES_TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/test',
  mysql: process.env.DEPLOY_GATES_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test',
};
for (const [adapter, url] of Object.entries(urls)) {
  const client = await connectDatabase(url);
  try {
    const rates = await calibrate(client, { rows, onProgress: (message) => process.stderr.write(`${adapter}: ${message}\n`) });
    console.log(formatRatesFile(rates));
    console.log(JSON.stringify(rates, null, 2));
  } finally {
    await client.close();
  }
}
