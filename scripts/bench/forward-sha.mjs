// forward-sha on a large history: the whole CLI (Node start, bundle load, every git call it makes)
// against the least any tool must do to answer the same question: start the same Node and run
// `git merge-base --is-ancestor` once.
//
// The repository is generated with `git fast-import` (deterministic: fixed authors and dates, so
// the same SHAs every run): 50,200 first-parent commits on main, with a 5-commit feature branch
// merged every 500 commits (99 merges), about 50,700 commits in all. No `git gc` and no
// commit-graph, like a fresh `actions/checkout` with fetch-depth 0 (fetch does not write one by
// default); both commands read the same repository, so either way is fair. BENCH_COMMIT_GRAPH=1
// writes one, to see how the ratio moves with it.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const name = 'forward-sha';

export const target = {
  maxRatio: 1.3,
  description: 'median(deploy-gates forward-sha) / (median(git merge-base --is-ancestor production main) + median(node -e 0))',
};

const MAIN_COMMITS = 50_200;
const MERGE_EVERY = 500;
const FEATURE_COMMITS = 5;
/** A feature branch starts this many main commits before its merge. */
const FEATURE_BASE_LAG = 10;
const EPOCH = 1_600_000_000;

const SCENARIOS = [
  {
    scenario: 'typical',
    description: 'production 50 commits behind main',
    production: (repo) => revParse(repo, 'main~50'),
    expect: { relation: 'ahead', verdict: 'pass', exitCode: 0, ancestorExit: 0 },
  },
  {
    scenario: 'long-range',
    description: 'production 20,000 first-parent commits behind main (40 merges in the range)',
    production: (repo) => revParse(repo, 'main~20000'),
    expect: { relation: 'ahead', verdict: 'pass', exitCode: 0, ancestorExit: 0 },
  },
  {
    scenario: 'diverged',
    description: 'production = main~50 plus a hotfix never merged back',
    production: (repo) => revParse(repo, 'hotfix'),
    expect: { relation: 'diverged', verdict: 'fail', exitCode: 1, ancestorExit: 1 },
  },
];

export async function run(ctx) {
  const repo = join(ctx.tempDir('forward-sha'), 'repo');
  const setupStarted = process.hrtime.bigint();
  gitEnv = ctx.env();
  const commits = generateRepository(repo);
  if (process.env.BENCH_COMMIT_GRAPH === '1') git(repo, ['commit-graph', 'write', '--reachable']);
  ctx.log(
    `  generated ${commits.toLocaleString('en')} commits in ${(Number(process.hrtime.bigint() - setupStarted) / 1e9).toFixed(1)} s` +
      `${process.env.BENCH_COMMIT_GRAPH === '1' ? ', with a commit-graph' : ', no commit-graph'}: ${repo}`,
  );

  const cli = join(ctx.root, 'bin', 'deploy-gates.js');
  const results = [];
  for (const { scenario, description, production, expect } of SCENARIOS) {
    git(repo, ['update-ref', 'refs/heads/production', production(repo)]);
    // The expected answer, from git directly; the CLI must agree on every run.
    const [behindBy, aheadBy] = git(repo, ['rev-list', '--left-right', '--count', 'production...main']).trim().split(/\s+/).map(Number);
    ctx.log(`  ${scenario}: ${description} (ahead ${aheadBy}, behind ${behindBy})`);

    const timings = await ctx.measure({
      cli: {
        file: ctx.node.path,
        args: [cli, 'forward-sha', '--cwd', repo, '--sha', 'main', '--production-ref', 'production', '--format', 'json'],
        cwd: ctx.root,
        exitCodes: [expect.exitCode],
        check: (stdout) => {
          const result = JSON.parse(stdout);
          const got = { relation: result.data?.relation, verdict: result.verdict, aheadBy: result.data?.aheadBy, behindBy: result.data?.behindBy };
          const want = { relation: expect.relation, verdict: expect.verdict, aheadBy, behindBy };
          if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
        },
      },
      git: {
        file: 'git',
        args: ['merge-base', '--is-ancestor', 'production', 'main'],
        cwd: repo,
        exitCodes: [expect.ancestorExit],
      },
      node: { file: ctx.node.path, args: ['-e', '0'], cwd: ctx.root },
    });

    const baselineMs = timings.git.medianMs + timings.node.medianMs;
    results.push({
      scenario,
      description,
      measuredMs: timings.cli.medianMs,
      baselineMs,
      ratio: timings.cli.medianMs / baselineMs,
      parts: { git: timings.git.medianMs, node: timings.node.medianMs },
      facts: { commits, aheadBy, behindBy, relation: expect.relation, commitGraph: process.env.BENCH_COMMIT_GRAPH === '1' },
      timings,
    });
  }
  return results;
}

/** The environment for setup's git calls; set once from ctx.env() (no GIT_DIR and the like). */
let gitEnv = process.env;

function git(cwd, args, input) {
  const result = spawnSync('git', args, { cwd, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: gitEnv });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed (exit ${result.status}): ${result.stderr.trim()}`);
  return result.stdout;
}

const revParse = (repo, rev) => git(repo, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]).trim();

/** Writes the fast-import stream and imports it; returns the number of commits. */
function generateRepository(repo) {
  git(undefined, ['init', '--quiet', '--initial-branch=main', repo]);

  const chunks = [];
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const person = (n, time) => `Dev ${n % 17} <dev${n % 17}@example.com> ${time} +0000`;
  let nextMark = MAIN_COMMITS + 1;
  let commits = 0;
  const commit = ({ ref, mark, time, message, from, merge, files, who }) => {
    commits++;
    chunks.push(
      `commit ${ref}\nmark :${mark}\nauthor ${person(who, time)}\ncommitter ${person(who, time)}\n${data(message)}` +
        (from ? `from :${from}\n` : '') +
        (merge ? `merge :${merge}\n` : '') +
        files.map(([path, content]) => `M 100644 inline ${path}\n${data(content)}`).join(''),
    );
  };
  const mainMark = (i) => i + 1;

  for (let i = 0; i < MAIN_COMMITS; i++) {
    const time = EPOCH + i * 60;
    const file = [`src/module-${i % 200}.ts`, `export const revision = ${i};\n`];
    if (i > 0 && i % MERGE_EVERY === 0) {
      // A feature branch off main a little earlier, merged with a merge commit.
      const feature = i / MERGE_EVERY;
      const featureFiles = [];
      let tip = mainMark(i - FEATURE_BASE_LAG);
      for (let k = 0; k < FEATURE_COMMITS; k++) {
        const mark = nextMark++;
        const featureFile = [`features/feature-${feature}.ts`, `export const step = ${k};\n`];
        commit({
          ref: `refs/heads/feature-${feature}`,
          mark,
          time: EPOCH + (i - FEATURE_BASE_LAG + 2 * k) * 60 + 30,
          message: `feature ${feature}: step ${k + 1}\n`,
          from: tip,
          files: [featureFile],
          who: feature + k,
        });
        featureFiles.push(featureFile);
        tip = mark;
      }
      commit({
        ref: 'refs/heads/main',
        mark: mainMark(i),
        time,
        message: `Merge branch 'feature-${feature}'\n`,
        from: mainMark(i - 1),
        merge: tip,
        files: [featureFiles.at(-1), file],
        who: i,
      });
    } else {
      commit({ ref: 'refs/heads/main', mark: mainMark(i), time, message: `change ${i}\n\nTouches ${file[0]}.\n`, from: i > 0 ? mainMark(i - 1) : undefined, files: [file], who: i });
    }
  }
  // The hotfix production got directly, never merged back into main.
  commit({
    ref: 'refs/heads/hotfix',
    mark: nextMark++,
    time: EPOCH + (MAIN_COMMITS - 50) * 60 + 15,
    message: 'hotfix: production only\n',
    from: mainMark(MAIN_COMMITS - 51),
    files: [['src/hotfix.ts', 'export const hotfix = true;\n']],
    who: 1,
  });

  git(repo, ['fast-import', '--quiet', '--done'], `${chunks.join('')}done\n`);
  git(repo, ['pack-refs', '--all']);
  return commits;
}
