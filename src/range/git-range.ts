// Finds the deploy range with local git. Works on the default actions/checkout (fetch-depth 1):
// it fetches what is missing and deepens the history just enough, and it never counts commits
// on a shallow history that could hide part of the range.

import { Git } from '../git/git.js';
import { isFullSha, looksLikeSha } from '../git/refs.js';
import { GateInputError } from '../model/result.js';
import type { CommitSummary, DeployRange, ProductionCommit } from './types.js';
import { relationFromCounts } from './types.js';

export interface GitRangeRequest {
  /** The commit being deployed: a validated ref or SHA. */
  deployRef: string;
  /** Production, as a validated ref/SHA (input `production-ref`) or as a SHA found elsewhere. */
  production: { ref: string; inputName: string } | ProductionCommit;
  listLimit: number;
  /** May the gate fetch from `remote` to complete the history? (Yes in the action, opt-in on the CLI.) */
  fetch: boolean;
  remote?: string;
  /** Upper bound of `git fetch --deepen` rounds before falling back to --unshallow. */
  maxDeepenRounds?: number;
}

const FIRST_DEEPEN = 64;

export async function resolveGitRange(git: Git, request: GitRangeRequest): Promise<DeployRange> {
  const remote = request.remote ?? 'origin';
  const notes: string[] = [];
  const repo = await inspectRepository(git);
  const canFetch = request.fetch && repo.remotes.includes(remote);

  const deploySha = await resolveCommit(git, {
    ref: request.deployRef,
    inputName: 'sha',
    candidates: candidateNames(request.deployRef, remote),
    fetch: canFetch ? { remote, shallow: repo.shallow, notes } : undefined,
  });
  const production: ProductionCommit =
    'sha' in request.production
      ? {
          ...request.production,
          sha: await resolveCommit(git, {
            ref: request.production.sha,
            inputName: 'production',
            candidates: [request.production.sha],
            fetch: canFetch ? { remote, shallow: repo.shallow, notes } : undefined,
          }),
        }
      : await resolveProductionRef(git, request.production, canFetch ? { remote, shallow: repo.shallow, notes } : undefined);

  if (production.sha === deploySha) {
    return emptyRange(deploySha, production, request.listLimit, notes);
  }

  if (repo.shallow) {
    await completeShallowHistory(git, {
      productionSha: production.sha,
      deploySha,
      remote,
      canFetch,
      notes,
      maxRounds: request.maxDeepenRounds ?? 8,
    });
  }

  const [behindBy, aheadBy] = await countLeftRight(git, production.sha, deploySha);
  const relation = relationFromCounts(aheadBy, behindBy);
  const mergeBaseSha = relation === 'ahead' ? production.sha : relation === 'behind' ? deploySha : await mergeBase(git, production.sha, deploySha);
  return {
    deploySha,
    production,
    relation,
    aheadBy,
    behindBy,
    mergeBaseSha,
    shipping: aheadBy > 0 ? await listCommits(git, production.sha, deploySha, request.listLimit) : [],
    dropped: behindBy > 0 ? await listCommits(git, deploySha, production.sha, request.listLimit) : [],
    listLimit: request.listLimit,
    history: { source: 'git', notes },
  };
}

interface RepositoryFacts {
  shallow: boolean;
  remotes: string[];
}

async function inspectRepository(git: Git): Promise<RepositoryFacts> {
  const probe = await git.tryRun(['rev-parse', '--is-shallow-repository']);
  if (probe.exitCode !== 0) {
    throw new GateInputError(
      `${git.cwd} is not a git repository (${probe.stderr.trim()}); run actions/checkout before this gate, ` +
        'or set `history: github` to read the history from the GitHub API instead.',
    );
  }
  const remotes = (await git.run(['remote'])).split('\n').filter(Boolean);
  return { shallow: probe.stdout.trim() === 'true', remotes };
}

async function isShallow(git: Git): Promise<boolean> {
  return (await git.run(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}

function candidateNames(ref: string, remote: string): string[] {
  // A bare branch name means the branch as the remote has it: a local branch of the same name
  // may be stale (on a runner it does not exist at all).
  if (isFullSha(ref) || ref.startsWith('refs/') || ref === 'HEAD' || ref.startsWith(`${remote}/`)) return [ref];
  return [`refs/remotes/${remote}/${ref}`, ref];
}

interface FetchContext {
  remote: string;
  shallow: boolean;
  notes: string[];
}

/** Looks names up in one git process: each line of `git cat-file --batch-check` answers one. */
async function lookUpCommits(git: Git, names: readonly string[]): Promise<Map<string, string>> {
  const output = await getBatchCheck(git, names.map((name) => `${name}^{commit}`));
  const found = new Map<string, string>();
  output.forEach((line, index) => {
    const [sha, type] = line.split(' ');
    if (type === 'commit' && sha && isFullSha(sha)) found.set(names[index]!, sha);
  });
  return found;
}

async function getBatchCheck(git: Git, lines: readonly string[]): Promise<string[]> {
  const output = await git.run(['cat-file', '--batch-check=%(objectname) %(objecttype)'], {
    input: lines.map((line) => `${line}\n`).join(''),
  });
  return output.split('\n').slice(0, lines.length);
}

async function resolveProductionRef(
  git: Git,
  { ref, inputName }: { ref: string; inputName: string },
  fetch: FetchContext | undefined,
): Promise<ProductionCommit> {
  const remoteName = fetch?.remote ?? 'origin';
  const sha = await resolveCommit(git, { ref, inputName, candidates: candidateNames(ref, remoteName), fetch });
  return { sha, foundBy: `ref ${ref}` };
}

async function resolveCommit(
  git: Git,
  { ref, inputName, candidates, fetch }: { ref: string; inputName: string; candidates: string[]; fetch: FetchContext | undefined },
): Promise<string> {
  // A branch or tag name is fetched first when fetching is allowed: production is what the remote
  // says now, not what an earlier fetch left in refs/remotes.
  const byName = !looksLikeSha(ref) && ref !== 'HEAD';
  if (fetch && byName) {
    const fetched = await fetchRef(git, ref, fetch);
    if (fetched) return fetched;
  }
  const local = await lookUpCommits(git, candidates);
  const hit = candidates.find((name) => local.has(name));
  if (hit) return local.get(hit)!;

  if (fetch && !byName) {
    const fetched = await fetchRef(git, ref, fetch);
    if (fetched) return fetched;
  }
  const where = fetch ? `locally or on remote ${fetch.remote}` : 'locally (fetching is off)';
  throw new GateInputError(
    `input \`${inputName}\` ${JSON.stringify(ref)} does not name a commit ${where}. ` +
      'Check the branch, tag or SHA; on a runner, production branches are fetched from origin, so the token needs `contents: read`.',
  );
}

/** Fetches `ref` from the remote as a branch, a tag or a SHA; returns its commit or undefined. */
async function fetchRef(git: Git, ref: string, fetch: FetchContext): Promise<string | undefined> {
  const depth = fetch.shallow ? ['--depth=1'] : [];
  const branch = ref.startsWith('refs/') ? undefined : ref.startsWith(`${fetch.remote}/`) ? ref.slice(fetch.remote.length + 1) : ref;
  const attempts: Array<{ refspec: string; local: string }> = [];
  if (looksLikeSha(ref)) attempts.push({ refspec: ref, local: 'FETCH_HEAD' });
  if (ref.startsWith('refs/')) attempts.push({ refspec: ref, local: 'FETCH_HEAD' });
  if (branch) {
    attempts.push({ refspec: `+refs/heads/${branch}:refs/remotes/${fetch.remote}/${branch}`, local: `refs/remotes/${fetch.remote}/${branch}` });
    attempts.push({ refspec: `+refs/tags/${branch}:refs/tags/${branch}`, local: `refs/tags/${branch}` });
  }
  for (const attempt of attempts) {
    const result = await git.tryRun(['fetch', '--no-tags', '--no-recurse-submodules', '--quiet', ...depth, fetch.remote, attempt.refspec]);
    if (result.exitCode !== 0) continue;
    const sha = (await lookUpCommits(git, [attempt.local])).get(attempt.local);
    if (sha) {
      fetch.notes.push(`fetched ${ref} from ${fetch.remote}${depth.length ? ' (depth 1)' : ''}`);
      return sha;
    }
  }
  return undefined;
}

/**
 * Deepens a shallow clone until the range is complete: a merge base exists and every shallow
 * boundary commit lies below it. Then nothing the range contains can be hidden beyond the
 * boundary, so counts and lists are exact. Falls back to --unshallow; errors when it cannot fetch.
 */
async function completeShallowHistory(
  git: Git,
  { productionSha, deploySha, remote, canFetch, notes, maxRounds }: {
    productionSha: string;
    deploySha: string;
    remote: string;
    canFetch: boolean;
    notes: string[];
    maxRounds: number;
  },
): Promise<void> {
  let deepenBy = FIRST_DEEPEN;
  for (let round = 0; ; round++) {
    if (await rangeIsComplete(git, productionSha, deploySha)) return;
    if (!(await isShallow(git))) return; // complete history: whatever git says is the truth
    if (!canFetch) {
      throw new GateInputError(
        'the repository is a shallow clone and the history between production and the deploy is not complete, ' +
          `and fetching from ${remote} is not possible. Set \`fetch-depth: 0\` on actions/checkout, ` +
          'or let the gate fetch (CLI: --fetch), or use `history: github`.',
      );
    }
    const unshallow = round >= maxRounds;
    const args = unshallow ? ['--unshallow'] : [`--deepen=${deepenBy}`];
    const result = await git.tryRun(['fetch', '--no-tags', '--no-recurse-submodules', '--quiet', ...args, remote, productionSha, deploySha]);
    if (result.exitCode !== 0) {
      throw new GateInputError(
        `could not deepen the shallow clone from ${remote} (${result.stderr.trim()}). ` +
          'Set `fetch-depth: 0` on actions/checkout, or give the token `contents: read`.',
      );
    }
    notes.push(unshallow ? 'fetched the full history (--unshallow)' : `deepened the shallow clone by ${deepenBy} commits`);
    if (unshallow) return;
    deepenBy *= 2;
  }
}

async function rangeIsComplete(git: Git, productionSha: string, deploySha: string): Promise<boolean> {
  const bases = await mergeBases(git, productionSha, deploySha);
  if (bases.length === 0) return false;
  const boundary = await shallowBoundary(git);
  if (boundary.length === 0) return true;
  // Boundary commits that no merge base reaches could hide commits of the range.
  const hidden = await git.run(['rev-list', '--max-count=1', ...boundary, '--not', ...bases]);
  if (hidden.trim() !== '') return false;
  // A root commit inside the range may only look foreign to the other side because that side's
  // history is cut off above it (a branch forked near the root and merged after production):
  // counting now would ship old commits again. A truly separate root survives --unshallow.
  const root = await git.run(['rev-list', '--max-count=1', '--max-parents=0', `${productionSha}...${deploySha}`]);
  if (root.trim() !== '') return false;
  // The same trap without a root: a commit of the range may be reachable from the other side only
  // through history still cut off. Such a commit is older than the boundary commit it hides
  // behind, so while the range holds a commit no newer than the newest boundary commit, deepen.
  // (Committer dates can lie; then this only deepens more than needed, or at worst overcounts.)
  const newestBoundary = Math.max(...(await git.run(['show', '--no-patch', '--format=%ct', ...boundary])).split('\n').filter(Boolean).map(Number));
  const old = await git.run(['rev-list', '--max-count=1', `--min-age=${newestBoundary}`, `${productionSha}...${deploySha}`]);
  return old.trim() === '';
}

async function shallowBoundary(git: Git): Promise<string[]> {
  const path = (await git.run(['rev-parse', '--git-path', 'shallow'])).trim();
  const { readFile } = await import('node:fs/promises');
  const { resolve } = await import('node:path');
  try {
    return (await readFile(resolve(git.cwd, path), 'utf8')).split('\n').filter((line) => isFullSha(line));
  } catch {
    return [];
  }
}

async function mergeBases(git: Git, a: string, b: string): Promise<string[]> {
  const output = await git.tryRun(['merge-base', '--all', a, b]);
  // Exit 1 with no output means "no common ancestor", which is an answer, not a failure.
  if (output.exitCode > 1) throw new Error(`git merge-base failed: ${output.stderr.trim()}`);
  return output.stdout.split('\n').filter((line) => isFullSha(line));
}

async function mergeBase(git: Git, a: string, b: string): Promise<string | undefined> {
  return (await mergeBases(git, a, b))[0];
}

async function countLeftRight(git: Git, left: string, right: string): Promise<[number, number]> {
  const output = (await git.run(['rev-list', '--left-right', '--count', `${left}...${right}`])).trim();
  const [behind, ahead] = output.split(/\s+/).map(Number);
  if (!Number.isInteger(behind) || !Number.isInteger(ahead)) throw new Error(`unexpected output of git rev-list --count: ${output}`);
  return [behind!, ahead!];
}

const FIELD = '%x00';
const RECORD = '%x1e';

export async function listCommits(git: Git, from: string, to: string, limit: number): Promise<CommitSummary[]> {
  const format = ['%H', '%P', '%an', '%aI', '%s'].join(FIELD) + RECORD;
  const output = await git.run(['log', `--max-count=${limit}`, `--format=${format}`, `${from}..${to}`]);
  return output
    .split('\x1e')
    .map((record) => record.replace(/^\n/, ''))
    .filter(Boolean)
    .map((record) => {
      const [sha = '', parents = '', authorName = '', date = '', subject = ''] = record.split('\x00');
      return { sha, parents: parents.split(' ').filter(Boolean).length, authorName, date, subject };
    });
}

function emptyRange(deploySha: string, production: ProductionCommit, listLimit: number, notes: string[]): DeployRange {
  return {
    deploySha,
    production,
    relation: 'identical',
    aheadBy: 0,
    behindBy: 0,
    mergeBaseSha: deploySha,
    shipping: [],
    dropped: [],
    listLimit,
    history: { source: 'git', notes },
  };
}
