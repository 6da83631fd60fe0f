// `deploy-gates migrations calibrate --database-url URL [--rows N] [--output FILE]`: measures the
// cost model's rates on the user's own (staging) database, in a scratch schema that is created and
// always dropped, and writes the rates file the `rates` input reads.

import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { InputSpec } from '../inputs/spec.js';
import { GateInputError } from '../model/result.js';
import { parseArgs, UsageError } from './args.js';
import type { CliIo } from './main.js';

const CALIBRATE_INPUTS: readonly InputSpec[] = [
  { name: 'database-url', kind: 'string', secret: true, description: 'The database to measure (`postgresql://...` or `mysql://...`): staging, never production. May also come from $DATABASE_URL.' },
  { name: 'rows', kind: 'string', description: 'Rows of the largest scratch table (default 200000); more rows, steadier rates, longer run.' },
  { name: 'output', kind: 'string', description: 'Where to write the rates file (YAML). Default: standard output.' },
];

export const CALIBRATE_HELP = `Usage: deploy-gates migrations calibrate --database-url URL [--rows N] [--output FILE]

Measures how fast this database scans, rewrites, indexes and backfills, in a scratch schema
(PostgreSQL) or scratch database (MySQL/MariaDB) that it creates and drops, and writes a rates
file for the migrations gate's \`rates\` input. Run it against staging: it creates tables and
loads rows. The URL is never printed.

${CALIBRATE_INPUTS.map((spec) => `  --${spec.name.padEnd(14)} ${spec.description}`).join('\n')}
`;

export async function runCalibrate(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await calibrateCommand(argv, io);
  } catch (error) {
    // The generic handler would point at `deploy-gates migrations --help`, the gate's options.
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`deploy-gates migrations calibrate: ${error.message}\n\n${CALIBRATE_HELP}`);
    return 2;
  }
}

async function calibrateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, CALIBRATE_INPUTS);
  if (args.help) {
    io.stdout(CALIBRATE_HELP);
    return 0;
  }
  if (args.positionals.length) throw new UsageError(`unexpected argument ${JSON.stringify(args.positionals[0])}`);
  const url = args.values.get('database-url') ?? io.env['DATABASE_URL'];
  if (!url) throw new UsageError('--database-url is required (or set $DATABASE_URL)');
  const rowsText = (args.values.get('rows') ?? '200000').replace(/_/g, '');
  if (!/^\d+$/.test(rowsText) || Number(rowsText) < 1000) throw new GateInputError(`--rows is ${JSON.stringify(args.values.get('rows'))}; write a whole number of at least 1000.`);

  const { connectDatabase } = await import('../databases/client.js');
  const { calibrate, formatRatesFile } = await import('../calibration/calibrate.js');
  const client = await connectDatabase(url, { inputName: '--database-url' });
  try {
    io.stderr(`calibrating on ${client.description} (${client.adapter} ${client.serverVersion}) with up to ${Number(rowsText).toLocaleString('en')} rows\n`);
    const rates = await calibrate(client, { rows: Number(rowsText), onProgress: (message) => io.stderr(`  ${message}\n`) });
    const text = formatRatesFile(rates);
    const output = args.values.get('output');
    if (output) {
      await writeFile(resolve(io.cwd, output), text);
      io.stderr(`wrote ${output}: use it with \`rates: ${output}\`\n`);
    } else {
      io.stdout(text);
    }
    return 0;
  } finally {
    await client.close();
  }
}
