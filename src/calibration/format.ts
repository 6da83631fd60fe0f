// Writes rates as the YAML that `parseRatesFile` reads back, with a header saying where they
// were measured: a rates file without its provenance is a number nobody can judge.

import { MODELLED_CLASSES, type ClassRates, type Rates } from '../gates/migrations/cost/rates.js';

const FIELDS: [string, keyof ClassRates][] = [
  ['fixed-seconds', 'fixedSeconds'],
  ['per-row-seconds', 'perRowSeconds'],
  ['per-byte-seconds', 'perByteSeconds'],
  ['per-index-row-seconds', 'perIndexRowSeconds'],
  ['spread', 'spread'],
  ['cold-factor', 'coldFactor'],
];

export function formatRatesFile(rates: Rates): string {
  const measured = rates.measured;
  const lines = [
    '# deploy-gates migration cost rates (seconds = fixed + rows * per-row + bytes * per-byte',
    '#   + rows * indexes * per-index-row for rewrites, the size part × cold-factor when the table is',
    '#   larger than cache-bytes; spread = the relative error of the model).',
    measured
      ? `# Measured on ${rates.adapter} ${measured.serverVersion} at ${measured.date} with ${measured.rows} rows by \`deploy-gates migrations calibrate\`.`
      : '# Not measured: edited by hand.',
    `version: ${rates.version}`,
    `adapter: ${rates.adapter}`,
    `bytes-per-row: ${number(rates.bytesPerRow)}`,
    ...(rates.cacheBytes === undefined ? [] : [`cache-bytes: ${rates.cacheBytes}`]),
    'classes:',
  ];
  for (const costClass of MODELLED_CLASSES) {
    lines.push(`  ${costClass}:`);
    for (const [key, field] of FIELDS) lines.push(`    ${key}: ${number(rates.classes[costClass][field])}`);
  }
  if (measured) {
    lines.push('measured:', `  server-version: ${JSON.stringify(measured.serverVersion)}`, `  date: ${JSON.stringify(measured.date)}`, `  rows: ${measured.rows}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Three significant digits: more would be false precision for a timing. */
function number(value: number): string {
  return String(Number(value.toPrecision(3)));
}
