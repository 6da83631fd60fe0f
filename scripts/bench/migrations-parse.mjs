// Parsing and classifying 2,000 migrations against parsing them alone with the Ruby parser (prism),
// in the same process and the same run: the gate's own work on top of prism must stay under 2x.
//
// The 2,000 files are the Rails fixtures (__tests__/fixtures/migrations/rails, which cover the whole
// DSL), each copied under a new version and class name, so prism sees 2,000 distinct sources. Both
// sides parse the same sources; rounds alternate between them so that drift on a shared machine
// falls on both, and the median round counts.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importSource } from './_estimator-load.mjs';

export const name = 'migrations-parse';

export const target = {
  maxRatio: 2,
  description: 'median(parse + classify 2,000 Rails migrations) / median(prism parse of the same 2,000 sources)',
};

const MIGRATIONS = 2_000;
const ROUNDS = 9;

export async function run(ctx) {
  const sources = generateSources(ctx.root);
  const { loadRubyParser } = await importSource('src/migration-parsers/ruby/prism.ts');
  const { createRubyMigrationParser } = await importSource('src/migration-parsers/ruby/parse-migration.ts');
  const { classifyOperation } = await importSource('src/gates/migrations/cost/classify.ts');
  const prism = await loadRubyParser();
  const parseMigration = await createRubyMigrationParser();

  const prismOnly = () => {
    let nodes = 0;
    for (const { source } of sources) nodes += prism(source).value.statements.body.length;
    return nodes;
  };
  let operations = 0;
  const parseAndClassify = () => {
    operations = 0;
    for (const { file, source } of sources) {
      const migration = parseMigration(file, source);
      if (migration.parseErrors.length) throw new Error(`${file} did not parse: ${migration.parseErrors[0].message}`);
      for (const operation of migration.operations) {
        classifyOperation(operation, { adapter: 'postgresql', databaseVersion: '15' });
        operations++;
      }
    }
    return operations;
  };

  // Warm both paths (JIT, the WebAssembly instance) before timing.
  prismOnly();
  parseAndClassify();
  const baseline = [];
  const measured = [];
  for (let round = 0; round < ROUNDS; round++) {
    baseline.push(time(prismOnly));
    measured.push(time(parseAndClassify));
  }
  if (operations < MIGRATIONS) throw new Error(`only ${operations} operations in ${MIGRATIONS} migrations: the parser is not reading them`);
  const baselineMs = median(baseline);
  const measuredMs = median(measured);
  ctx.log(`  ${sources.length} migrations, ${operations} operations classified per round`);
  return [
    {
      scenario: '2,000 migrations',
      description: `${sources.length} Rails migrations (${(sources.reduce((sum, { source }) => sum + source.length, 0) / 1024).toFixed(0)} KiB), ${operations} operations`,
      measuredMs,
      baselineMs,
      ratio: measuredMs / baselineMs,
      parts: { prism: baselineMs },
    },
  ];
}

/** 2,000 distinct migration sources from the valid fixtures (not the syntax-error or non-migration ones). */
function generateSources(root) {
  const folder = join(root, '__tests__', 'fixtures', 'migrations', 'rails', 'db', 'migrate');
  const fixtures = readdirSync(folder)
    .filter((file) => file.endsWith('.rb') && !/broken_syntax|not_a_migration/.test(file))
    .map((file) => ({ file, source: readFileSync(join(folder, file), 'utf8') }));
  if (fixtures.length < 10) throw new Error(`expected the Rails migration fixtures in ${folder}, found ${fixtures.length}`);
  const sources = [];
  for (let i = 0; i < MIGRATIONS; i++) {
    const fixture = fixtures[i % fixtures.length];
    const className = /class\s+(\w+)/.exec(fixture.source)?.[1];
    const renamed = className ? fixture.source.replace(new RegExp(`\\b${className}\\b`, 'g'), `${className}N${i}`) : fixture.source;
    const version = String(20250101000000 + i);
    sources.push({ file: `db/migrate/${version}_${fixture.file.replace(/^\d+_/, '').replace(/\.rb$/, '')}_n${i}.rb`, source: renamed });
  }
  return sources;
}

function time(fn) {
  const started = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
