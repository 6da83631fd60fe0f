// pre-deploy on a deploy of 2,000 commits carrying 1,000 distinct keys, against a loopback Jira
// Cloud (only what the gate asks: project discovery and bulkfetch). Counts the tracker requests
// (target: at most ceil(keys / 100) + 1 for project discovery) and times the whole CLI run.
// The ratio printed is requests / that budget.

import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { join } from 'node:path';

export const name = 'pre-deploy';

const COMMITS = 2_000;
const KEYS = 1_000;
const BUDGET = Math.ceil(KEYS / 100) + 1;

export const target = {
  maxRatio: 1,
  description: `tracker requests / (ceil(${KEYS} keys / 100) + 1 for project discovery = ${BUDGET})`,
};

export async function run(ctx) {
  const repo = join(ctx.tempDir('pre-deploy'), 'repo');
  generateRepository(repo, ctx.env());
  const jira = await startFakeJira();
  try {
    const started = process.hrtime.bigint();
    const { code, stdout, stderr } = await runCli(ctx, repo, jira.url);
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    if (code !== 0) throw new Error(`the CLI exited ${code}: ${stderr.slice(0, 500)}`);
    const result = JSON.parse(stdout);
    if (result.verdict !== 'pass' || result.data?.issues?.length !== KEYS) {
      throw new Error(`expected a pass with ${KEYS} issues, got ${result.verdict} with ${result.data?.issues?.length} issues`);
    }
    ctx.log(`  ${COMMITS} commits, ${KEYS} keys: ${jira.requests.length} tracker requests (${jira.requests.join(', ')}), ${wallMs.toFixed(0)} ms`);
    return [
      {
        scenario: `${KEYS} keys`,
        description: `${COMMITS} commits carrying ${KEYS} distinct keys`,
        measuredMs: wallMs,
        parts: { requests: jira.requests.length },
        ratio: jira.requests.length / BUDGET,
        facts: { commits: COMMITS, keys: KEYS, requests: jira.requests.length, budget: BUDGET },
      },
    ];
  } finally {
    await jira.close();
  }
}

function generateRepository(dir, env) {
  spawnSync('git', ['init', '--quiet', '-b', 'main', dir], { env, stdio: 'ignore' });
  const lines = [];
  for (let i = 0; i <= COMMITS; i++) {
    const message = i === 0 ? 'Initial commit' : `ENG-${((i - 1) % KEYS) + 1} change ${i}`;
    const time = 1_600_000_000 + i * 60;
    lines.push(`commit refs/heads/main\nmark :${i + 1}\ncommitter Bench <bench@example.com> ${time} +0000\ndata ${Buffer.byteLength(message)}\n${message}\n`);
    if (i > 0) lines.push(`from :${i}\n`);
    lines.push(`M 644 inline file.txt\ndata ${String(i).length + 1}\n${i}\n\n`);
  }
  lines.push('reset refs/heads/production\nfrom :1\n\ndone\n');
  const result = spawnSync('git', ['fast-import', '--quiet', '--done'], { cwd: dir, env, input: lines.join('') });
  if (result.status !== 0) throw new Error(`git fast-import failed: ${result.stderr}`);
}

function startFakeJira() {
  const requests = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const path = new URL(request.url, 'http://x').pathname;
      requests.push(`${request.method} ${path}`);
      const send = (status, json) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(json));
      };
      if (path === '/rest/api/3/project/search') {
        return send(200, { startAt: 0, maxResults: 100, total: 1, isLast: true, values: [{ id: '10000', key: 'ENG', name: 'Engineering' }] });
      }
      if (path === '/rest/api/3/issue/bulkfetch' && request.method === 'POST') {
        const keys = JSON.parse(body).issueIdsOrKeys;
        return send(200, {
          issues: keys.map((key, index) => ({
            id: String(10_000 + index),
            key,
            self: `http://127.0.0.1/rest/api/3/issue/${key}`,
            fields: { summary: `Work for ${key}`, status: { name: 'Done' }, assignee: { displayName: 'Lee Dev' } },
          })),
          issueErrors: [],
        });
      }
      send(404, { errorMessages: [`not served: ${request.method} ${path}`] });
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      server.unref();
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        requests,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

function runCli(ctx, repo, jiraUrl) {
  const args = [
    join(ctx.root, 'bin', 'deploy-gates.js'), 'pre-deploy', '--cwd', repo, '--sha', 'main', '--production-ref', 'production',
    '--tracker', 'jira', '--jira-url', jiraUrl, '--jira-flavor', 'cloud', '--jira-user', 'bench@example.com', '--jira-token', 'bench-token',
    '--allowed-statuses', 'Done', '--no-post-status', '--format', 'json',
  ];
  return new Promise((resolve, reject) => {
    // Asynchronous: the fake Jira answers from this same process.
    const child = spawn(ctx.node.path, args, { env: ctx.env(), stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
