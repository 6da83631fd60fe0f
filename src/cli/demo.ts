// `npm run demo`: a throwaway repository with a production branch and a deploy branch, every
// gate run on it with built-in sample data, the report printed, everything removed afterwards.

import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { EMPTY_CONFIG } from '../config/config-file.js';
import { Git } from '../git/git.js';
import { GATES } from '../gates/registry.js';
import { combineVerdicts } from '../model/result.js';
import { renderText } from '../report/text.js';
import { runGates } from '../run/run-gates.js';
import type { CliIo } from './main.js';

interface Scenario {
  title: string;
  explanation: string;
  deployRef: string;
  expected: 'pass' | 'fail';
}

export async function runDemo(io: CliIo): Promise<number> {
  const root = await mkdtemp(join(tmpdir(), 'deploy-gates-demo-'));
  try {
    const git = new Git(root);
    await buildSampleRepository(git);
    io.stdout(`deploy-gates demo: sample repository in ${root}\n\n`);
    const scenarios: Scenario[] = [
      {
        title: 'A normal deploy: main is ahead of production',
        explanation: 'main contains everything production runs (the hotfix was merged back), so the deploy only adds commits.',
        deployRef: 'main',
        expected: 'pass',
      },
      {
        title: 'A deploy that would drop a hotfix',
        explanation: 'production got a hotfix that was never merged back into release/2026-11.',
        deployRef: 'release/2026-11',
        expected: 'fail',
      },
    ];
    let asExpected = true;
    for (const [index, scenario] of scenarios.entries()) {
      const rendered = await runGates({
        gates: GATES,
        stepInput: (name) => ({ sha: scenario.deployRef, 'production-ref': 'production' })[name],
        config: EMPTY_CONFIG,
        env: { workspace: root, run: { defaultSha: 'HEAD', actor: 'demo-user' }, fetch: false },
      });
      const verdict = combineVerdicts(rendered.map(({ result }) => result.verdict));
      asExpected &&= verdict === scenario.expected;
      io.stdout(`=== ${index + 1}. ${scenario.title}\n${scenario.explanation}\n\n${renderText(rendered)}\n`);
    }
    io.stdout(asExpected ? 'Both scenarios ended as expected.\n' : 'A scenario did not end as expected: this is a bug.\n');
    return asExpected ? 0 : 1;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function buildSampleRepository(git: Git): Promise<void> {
  await git.run(['init', '--quiet', '--initial-branch=main']);
  let clock = Date.parse('2026-11-02T09:00:00Z') / 1000;
  // Fixed identities and dates: the demo prints the same report on every machine.
  const as = async (author: string, args: string[]) => {
    clock += 3600;
    const email = `${author.toLowerCase().replace(/\W+/g, '.')}@example.com`;
    await git.run(['-c', `user.name=${author}`, '-c', `user.email=${email}`, ...args], {
      env: { GIT_AUTHOR_DATE: `${clock} +0000`, GIT_COMMITTER_DATE: `${clock} +0000` },
    });
  };
  const commit = async (subject: string, author: string, file: string) => {
    await mkdir(dirname(join(git.cwd, file)), { recursive: true });
    await writeFile(join(git.cwd, file), `# ${subject}\n`);
    await git.run(['add', '--', file]);
    await as(author, ['commit', '--quiet', '-m', subject]);
  };
  await commit('ENG-390 Initial shop', 'Dana Ops', 'app/shop.rb');
  await commit('ENG-395 Add invoices', 'Lee Dev', 'app/invoice.rb');
  await git.run(['branch', 'production']);
  await commit('ENG-401 Split invoice PDF rendering', 'Lee Dev', 'app/invoice_pdf.rb');
  await commit('ENG-412 Email lookup for orders', 'Sam Dev', 'app/order_search.rb');
  await git.run(['branch', 'release/2026-11']);
  await git.run(['checkout', '--quiet', 'production']);
  await commit('ENG-420 Hotfix: refund rounding', 'Dana Ops', 'app/refund.rb');
  await git.run(['checkout', '--quiet', 'main']);
  await as('Dana Ops', ['merge', '--quiet', '--no-ff', '-m', 'Merge production hotfixes into main', 'production']);
  await commit('Fix typo in checkout page', 'Lee Dev', 'app/views/checkout.txt');
}
