// `npm run bench [-- <name>...]`: runs the benchmarks in scripts/bench/ (one module per gate),
// prints a table and writes .bench/results.json. Exit status: 0 every target met, 1 a target
// missed, 2 a benchmark could not run or its output was wrong, or bad usage.
//
// Every result is a ratio against a baseline measured in the same run on the same machine, so a
// number means the same on a laptop and on a loaded CI runner; absolute times are printed too,
// for reading, never for judging.
//
// A benchmark module (scripts/bench/<gate>.mjs; names starting with `_` are skipped, for shared
// helpers) exports:
//   name:   string, the gate's name (the CLI filter matches it)
//   target: { maxRatio: number, description: string }
//   run(ctx): Promise<ScenarioResult[]>, where a ScenarioResult is
//     { scenario, description?, measuredMs, baselineMs, ratio, parts?: { [label]: ms }, facts?: {}, timings? }
// A module throws when it cannot produce a trustworthy number; the harness reports ERROR.
// ctx (below) gives it the Node binary to measure, temp dirs the harness removes, and `measure`,
// which times commands interleaved and checks each run's output.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = join(root, 'scripts', 'bench');
const resultsFile = join(root, '.bench', 'results.json');

const DEFAULT_RUNS = 15;
const DEFAULT_WARMUPS = 2;

class UsageError extends Error {}

/** A measured command failed or gave a wrong answer: the benchmark has no trustworthy number. */
class BenchError extends Error {}

function parseCommandLine(argv) {
  const options = { names: [], runs: DEFAULT_RUNS, warmups: DEFAULT_WARMUPS, keep: process.env.BENCH_KEEP_TMP === '1', help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const count = (flag) => {
      const value = argv[++i];
      if (!/^\d+$/.test(value ?? '') || Number(value) < 0) throw new UsageError(`${flag} needs a whole number, got ${JSON.stringify(value)}`);
      return Number(value);
    };
    if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--runs') options.runs = Math.max(1, count(arg));
    else if (arg === '--warmups') options.warmups = count(arg);
    else if (arg === '--keep') options.keep = true;
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else options.names.push(arg);
  }
  return options;
}

const USAGE = `Usage: npm run bench [-- [<benchmark>...] [--runs N] [--warmups N] [--keep]]

Runs every benchmark in scripts/bench/ (or only the named ones), prints a table and writes
.bench/results.json. Each benchmark is timed as a ratio against a baseline measured in the same run.
  --runs N      measured runs per command (default ${DEFAULT_RUNS}); the median counts
  --warmups N   unmeasured runs first (default ${DEFAULT_WARMUPS})
  --keep        keep the generated temp dirs for profiling (also BENCH_KEEP_TMP=1)
Exit status: 0 every target met, 1 a target MISSED, 2 a benchmark failed to run or bad usage.
`;

/** The registry: every module in scripts/bench/, one per gate, ordered by name. */
async function loadBenchmarks() {
  const files = readdirSync(benchDir)
    .filter((file) => file.endsWith('.mjs') && !file.startsWith('_'))
    .sort();
  const benchmarks = [];
  for (const file of files) {
    const module = await import(pathToFileURL(join(benchDir, file)).href);
    const bench = module.default ?? module;
    if (typeof bench.name !== 'string' || typeof bench.run !== 'function' || typeof bench.target?.maxRatio !== 'number') {
      throw new Error(`scripts/bench/${file} must export name (string), target ({ maxRatio: number }) and run(ctx)`);
    }
    benchmarks.push({ file, name: bench.name, target: bench.target, run: bench.run });
  }
  return benchmarks;
}

/** The Node the action runs on: node_modules/.bin/node (Node 24), whatever `node` ran this script. */
function benchNode() {
  const local = join(root, 'node_modules', '.bin', 'node');
  const path = existsSync(local) ? realpathSync(local) : process.execPath;
  const version = spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout.trim();
  return { path, version };
}

function gitVersion() {
  const result = spawnSync('git', ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim().replace(/^git version /, '') : 'unavailable';
}

/** The environment every measured command gets: no git redirection, no GitHub credentials. */
function cleanEnv() {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('GIT_') || key.startsWith('GITHUB_') || key === 'GH_TOKEN' || key.startsWith('NODE_')) continue;
    env[key] = value;
  }
  env.LC_ALL = 'C';
  return env;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const describe = (command) => [command.file, ...command.args].map((part) => (/^[\w@%+=:,./-]+$/.test(part) ? part : JSON.stringify(part))).join(' ');

/**
 * Times commands interleaved: every round runs each once, in an order rotated per round, so no
 * command always runs right after the same neighbour (caches, CPU frequency). Every run's exit
 * status and output are checked, outside the timed section; a wrong answer fails the benchmark.
 *
 * commands: { [label]: { file, args, cwd?, env?, exitCodes?: number[], check?(stdout, result) } }
 * Resolves to { [label]: { medianMs, minMs, maxMs, samplesMs } }.
 */
async function measure(commands, { runs, warmups, log }) {
  const labels = Object.keys(commands);
  const samples = Object.fromEntries(labels.map((label) => [label, []]));
  for (let round = 0; round < warmups + runs; round++) {
    const shift = round % labels.length;
    for (const label of [...labels.slice(shift), ...labels.slice(0, shift)]) {
      const command = commands[label];
      const started = process.hrtime.bigint();
      const result = spawnSync(command.file, command.args, {
        cwd: command.cwd,
        env: command.env ?? cleanEnv(),
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 64 * 1024 * 1024,
      });
      const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (result.error) throw new BenchError(`${label}: \`${describe(command)}\` could not run: ${result.error.message}`);
      const exitCodes = command.exitCodes ?? [0];
      if (!exitCodes.includes(result.status)) {
        throw new BenchError(
          `${label}: \`${describe(command)}\` exited ${result.status ?? result.signal}, expected ${exitCodes.join(' or ')}\n` +
            `stderr: ${result.stderr.trim().slice(0, 2000)}\nstdout: ${result.stdout.trim().slice(0, 2000)}`,
        );
      }
      try {
        command.check?.(result.stdout, result);
      } catch (error) {
        throw new BenchError(`${label}: \`${describe(command)}\` gave a wrong answer: ${error.message}`);
      }
      if (round >= warmups) samples[label].push(elapsedMs);
    }
    log?.(`  round ${round + 1}/${warmups + runs}${round < warmups ? ' (warm-up)' : ''}`, { progress: true });
    // Lets a SIGINT/SIGTERM handler run (and remove the temp dirs) between rounds.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return Object.fromEntries(
    labels.map((label) => {
      const values = samples[label];
      return [label, { medianMs: median(values), minMs: Math.min(...values), maxMs: Math.max(...values), samplesMs: values }];
    }),
  );
}

function makeContext({ node, options, tempDirs }) {
  const isTerminal = Boolean(process.stderr.isTTY);
  let pendingProgress = false;
  const log = (message, { progress = false } = {}) => {
    if (progress && !isTerminal) return;
    if (progress) {
      process.stderr.write(`\r\x1b[2K${message}`);
      pendingProgress = true;
      return;
    }
    if (pendingProgress) process.stderr.write('\r\x1b[2K');
    pendingProgress = false;
    process.stderr.write(`${message}\n`);
  };
  return {
    root,
    node,
    runs: options.runs,
    warmups: options.warmups,
    env: cleanEnv,
    log,
    tempDir(prefix) {
      const dir = realpathSync(mkdtempSync(join(tmpdir(), `deploy-gates-bench-${prefix}-`)));
      tempDirs.push(dir);
      return dir;
    },
    measure: (commands, overrides = {}) => measure(commands, { runs: options.runs, warmups: options.warmups, log, ...overrides }),
  };
}

function removeTempDirs(tempDirs, keep) {
  while (tempDirs.length) {
    const dir = tempDirs.pop();
    if (keep) process.stderr.write(`kept ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

const ms = (value) => (value === undefined ? '' : value >= 100 ? value.toFixed(0) : value.toFixed(1));

function printTable(rows) {
  const header = ['benchmark', 'scenario', 'measured ms', 'baseline ms', 'baseline parts (ms)', 'ratio', 'target', 'status'];
  const lines = rows.map((row) =>
    row.error
      ? [row.benchmark, row.scenario ?? '-', '', '', '', '', `<= ${row.target}`, 'ERROR']
      : [
          row.benchmark,
          row.scenario,
          ms(row.measuredMs),
          ms(row.baselineMs),
          Object.entries(row.parts ?? {})
            .map(([label, value]) => `${label} ${ms(value)}`)
            .join(' + '),
          row.ratio.toFixed(2),
          `<= ${row.target}`,
          row.met ? 'met' : 'MISSED',
        ],
  );
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const format = (cells) => cells.map((cell, column) => (column >= 2 && column <= 3 || column === 5 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ').trimEnd();
  console.log(format(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const line of lines) console.log(format(line));
}

async function main() {
  let options;
  try {
    options = parseCommandLine(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`bench: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const all = await loadBenchmarks();
  const unknown = options.names.filter((name) => !all.some((bench) => bench.name === name));
  if (unknown.length) {
    process.stderr.write(`bench: no benchmark named ${unknown.map((name) => JSON.stringify(name)).join(', ')}; available: ${all.map((bench) => bench.name).join(', ')}\n`);
    return 2;
  }
  const selected = options.names.length ? all.filter((bench) => options.names.includes(bench.name)) : all;
  if (!existsSync(join(root, 'dist', 'index.js'))) {
    process.stderr.write('bench: dist/index.js is missing; run `npm run build` first (the benchmarks measure the built bundle).\n');
    return 2;
  }

  const node = benchNode();
  const git = gitVersion();
  if (!node.version.startsWith('v24.')) process.stderr.write(`bench: warning: measuring with Node ${node.version}; the action runs on Node 24.\n`);
  process.stderr.write(`bench: node ${node.version} (${node.path}), git ${git}, ${cpus().length} CPUs, ${options.runs} runs after ${options.warmups} warm-ups, medians\n`);

  const tempDirs = [];
  const onSignal = (signal) => {
    removeTempDirs(tempDirs, options.keep);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const context = makeContext({ node, options, tempDirs });
  const rows = [];
  const started = process.hrtime.bigint();
  for (const bench of selected) {
    context.log(`bench: ${bench.name}`);
    const benchStarted = process.hrtime.bigint();
    try {
      const scenarios = await bench.run(context);
      for (const scenario of scenarios) {
        rows.push({ benchmark: bench.name, target: bench.target.maxRatio, targetDescription: bench.target.description, met: scenario.ratio <= bench.target.maxRatio, ...scenario });
      }
    } catch (error) {
      context.log(`bench: ${bench.name} failed: ${error instanceof BenchError ? error.message : error?.stack ?? error}`);
      rows.push({ benchmark: bench.name, target: bench.target.maxRatio, error: String(error?.message ?? error) });
    } finally {
      removeTempDirs(tempDirs, options.keep);
    }
    context.log(`bench: ${bench.name} took ${(Number(process.hrtime.bigint() - benchStarted) / 1e9).toFixed(1)} s`);
  }
  const totalSeconds = Number(process.hrtime.bigint() - started) / 1e9;

  console.log();
  printTable(rows);
  const failed = rows.filter((row) => row.error);
  const missed = rows.filter((row) => !row.error && !row.met);
  console.log();
  for (const bench of selected) console.log(`${bench.name}: ratio = ${bench.target.description}; target <= ${bench.target.maxRatio}`);
  console.log(
    failed.length
      ? `ERROR: ${failed.length} benchmark(s) could not run or gave wrong answers.`
      : missed.length
        ? `MISSED: ${missed.length} of ${rows.length} scenario(s) over target: ${missed.map((row) => `${row.benchmark}/${row.scenario}`).join(', ')}.`
        : `All ${rows.length} scenario(s) met their targets.`,
  );

  mkdirSync(join(root, '.bench'), { recursive: true });
  writeFileSync(
    resultsFile,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        node: node.version,
        nodePath: node.path,
        git,
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model,
        memoryGiB: Math.round(totalmem() / 2 ** 30),
        runs: options.runs,
        warmups: options.warmups,
        filter: options.names,
        totalSeconds: Number(totalSeconds.toFixed(1)),
        results: rows,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`Results: ${join('.bench', 'results.json')} (${totalSeconds.toFixed(1)} s)`);
  return failed.length ? 2 : missed.length ? 1 : 0;
}

process.exitCode = await main();
