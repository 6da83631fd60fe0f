// `npm run demo`: a throwaway repository with a production branch and a deploy branch, every
// gate run on it with built-in sample data, the report printed, everything removed afterwards.

import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { EMPTY_CONFIG } from '../config/config-file.js';
import { Git } from '../git/git.js';
import { GATES } from '../gates/registry.js';
import { renderText } from '../report/text.js';
import { runGates } from '../run/run-gates.js';
import type { CliIo } from './main.js';

interface Scenario {
  title: string;
  explanation: string;
  deployRef: string;
  /** What each gate must conclude; a gate missing here is shown but not checked. */
  expected: Record<string, 'pass' | 'fail'>;
}

/** The demo's tracker: the `file` tracker's format, as a team would keep it in the repository. */
const SAMPLE_ISSUES = `projects: [ENG, OPS]
issues:
  ENG-401:
    title: Split invoice PDF rendering
    status: Ready for Deploy
    assignee: Lee Dev
    fields:
      Risk Assessment: "low: behind flag pdf_v2"
      Post-deploy Checks: open an invoice, check the PDF
  ENG-412:
    title: Email lookup for orders
    status: In Review
    assignee: Sam Dev
    fields:
      Risk Assessment: medium
  ENG-420:
    title: Refund rounding
    status: Done
    assignee: Dana Ops
    fields:
      Risk Assessment: low
      Post-deploy Checks: refund 0.05 EUR
`;

/** The same settings a team would put in .github/deploy-gates.yml. */
const SETTINGS: Record<string, string> = {
  'production-ref': 'production',
  tracker: 'file',
  'tracker-file': '.github/deploy-issues.yml',
  'allowed-statuses': 'Ready for Deploy, Done',
  'required-fields': 'Risk Assessment, Post-deploy Checks',
  'post-status': 'false',
};

const SCENARIOS: Scenario[] = [
  {
    title: 'A deploy that may go: release/ready is ahead of production and its issue is ready',
    explanation: 'release/ready contains production and ships ENG-401, which is Ready for Deploy with its fields filled.',
    deployRef: 'release/ready',
    expected: { 'forward-sha': 'pass', 'pre-deploy': 'pass' },
  },
  {
    title: 'A deploy that must wait: main ships an issue still in review and a commit without an issue',
    explanation: 'main is ahead of production, but ENG-412 is In Review and "Fix typo in checkout page" names no issue.',
    deployRef: 'main',
    expected: { 'forward-sha': 'pass', 'pre-deploy': 'fail' },
  },
  {
    title: 'A deploy that would drop a hotfix',
    explanation: 'production got a hotfix (ENG-420) that was never merged back into release/2026-11.',
    deployRef: 'release/2026-11',
    expected: { 'forward-sha': 'fail', 'pre-deploy': 'fail' },
  },
];

export async function runDemo(io: CliIo): Promise<number> {
  const root = await mkdtemp(join(tmpdir(), 'deploy-gates-demo-'));
  try {
    const git = new Git(root);
    await buildSampleRepository(git);
    await mkdir(join(root, '.github'), { recursive: true });
    await writeFile(join(root, '.github', 'deploy-issues.yml'), SAMPLE_ISSUES);
    io.stdout(`deploy-gates demo: sample repository and issues in ${root}\n\n`);
    const surprises: string[] = [];
    for (const [index, scenario] of SCENARIOS.entries()) {
      const inputs: Record<string, string> = { ...SETTINGS, sha: scenario.deployRef };
      const rendered = await runGates({
        gates: GATES,
        stepInput: (name) => inputs[name],
        config: EMPTY_CONFIG,
        env: { workspace: root, run: { defaultSha: 'HEAD', actor: 'demo-user' }, fetch: false },
      });
      for (const { result } of rendered) {
        const expected = scenario.expected[result.gate];
        if (expected && expected !== result.verdict) surprises.push(`scenario ${index + 1}: ${result.gate} ended in ${result.verdict}, expected ${expected}`);
      }
      io.stdout(`=== ${index + 1}. ${scenario.title}\n${scenario.explanation}\n\n${renderText(rendered)}\n`);
    }
    io.stdout(surprises.length ? `Not as expected (a bug):\n${surprises.join('\n')}\n` : 'Every scenario ended as expected.\n');
    return surprises.length ? 1 : 0;
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
  await git.run(['checkout', '--quiet', '-b', 'release/ready']);
  await commit('ENG-401 Render invoice PDFs in the background', 'Lee Dev', 'app/invoice_job.rb');
  await git.run(['checkout', '--quiet', 'main']);
  await as('Dana Ops', ['merge', '--quiet', '--no-ff', '-m', 'Merge production hotfixes into main', 'production']);
  await commit('Fix typo in checkout page', 'Lee Dev', 'app/views/checkout.txt');
}
