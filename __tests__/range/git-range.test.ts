import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { Git } from '../../src/git/git.js';
import { GateInputError } from '../../src/model/result.js';
import { resolveGitRange, type GitRangeRequest } from '../../src/range/git-range.js';
import { resolveDeployRange } from '../../src/range/resolve.js';
import type { DeployRange } from '../../src/range/types.js';
import { AUTHOR, EPOCH, TestRepo, cleanupRepos, cloneRepo, createRepo, makeTempDir, runGit } from '../helpers/git-repo.js';

afterAll(cleanupRepos);

const BOB = { name: 'Bob Brancher', email: 'bob@example.com' };

function range(
  repo: TestRepo,
  deployRef: string,
  productionRef: string,
  options: Partial<Omit<GitRangeRequest, 'deployRef' | 'production'>> = {},
): Promise<DeployRange> {
  return resolveGitRange(new Git(repo.dir), {
    deployRef,
    production: { ref: productionRef, inputName: 'production-ref' },
    listLimit: 50,
    fetch: false,
    ...options,
  });
}

/** What a range says about the history, without how it was obtained. */
function answer(result: DeployRange): Omit<DeployRange, 'history'> {
  const { history: _history, ...rest } = result;
  return rest;
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection, but the promise resolved');
}

function isoDate(commitIndex: number): string {
  return new Date((EPOCH + commitIndex * 60) * 1000).toISOString().replace('.000Z', '+00:00');
}

describe('resolveGitRange on a full repository', () => {
  it('ahead: counts and lists every shipped commit, merge commits included, newest first', async () => {
    const repo = createRepo(); // date 0
    const production = repo.head();
    repo.branch('production');
    const c1 = repo.commit('Add login form', { file: 'src/login.ts', content: 'export {};\n' }); // 1
    const c2 = repo.commit('Validate email'); // 2
    repo.checkoutNew('feature/audit');
    const f1 = repo.commit('Audit log table', { file: 'db/audit.sql', author: BOB }); // 3
    const f2 = repo.commit('Write audit entries', { author: BOB }); // 4
    repo.checkout('main');
    const c3 = repo.commit('Tidy imports'); // 5
    const merge = repo.merge('feature/audit', 'Merge pull request #7 from feature/audit'); // 6
    const c4 = repo.commit('Bump version'); // 7

    const result = await range(repo, 'main', 'production');

    expect(result).toMatchObject({
      deploySha: c4,
      production: { sha: production, foundBy: 'ref production' },
      relation: 'ahead',
      aheadBy: 7,
      behindBy: 0,
      mergeBaseSha: production,
      dropped: [],
      listLimit: 50,
      history: { source: 'git', notes: [] },
    });
    expect(result.shipping.map((commit) => commit.sha)).toEqual([c4, merge, c3, f2, f1, c2, c1]);
    expect(result.shipping[1]).toEqual({
      sha: merge,
      subject: 'Merge pull request #7 from feature/audit',
      authorName: AUTHOR.name,
      authorEmail: AUTHOR.email,
      date: isoDate(6),
      parents: 2,
    });
    expect(result.shipping[3]).toEqual({ sha: f2, subject: 'Write audit entries', authorName: BOB.name, authorEmail: BOB.email, date: isoDate(4), parents: 1 });
    expect(result.shipping.filter((commit) => commit.parents === 1)).toHaveLength(6);
  });

  it('identical: deploy and production are the same commit', async () => {
    const repo = createRepo();
    const tip = repo.commit('Second');
    repo.branch('production');

    const result = await range(repo, tip, 'production');

    expect(answer(result)).toEqual({
      deploySha: tip,
      production: { sha: tip, foundBy: 'ref production' },
      relation: 'identical',
      aheadBy: 0,
      behindBy: 0,
      mergeBaseSha: tip,
      shipping: [],
      dropped: [],
      listLimit: 50,
    });
  });

  it('behind: a rollback lists what the deploy would drop', async () => {
    const repo = createRepo();
    const old = repo.commit('Release 1');
    const r2 = repo.commit('Release 2');
    const r3 = repo.commit('Release 3');
    repo.branch('production');

    const result = await range(repo, old, 'production');

    expect(result).toMatchObject({ relation: 'behind', aheadBy: 0, behindBy: 2, mergeBaseSha: old, shipping: [] });
    expect(result.dropped.map((commit) => [commit.sha, commit.subject])).toEqual([
      [r3, 'Release 3'],
      [r2, 'Release 2'],
    ]);
  });

  it('diverged: a hotfix on production that was never merged back', async () => {
    const repo = createRepo();
    const base = repo.commit('Release 1');
    repo.checkoutNew('production');
    const hotfix = repo.commit('Hotfix: null check', { file: 'src/fix.ts' });
    repo.checkout('main');
    const m1 = repo.commit('Feature A');
    const m2 = repo.commit('Feature B');

    const result = await range(repo, 'main', 'production');

    expect(result).toMatchObject({ deploySha: m2, relation: 'diverged', aheadBy: 2, behindBy: 1, mergeBaseSha: base });
    expect(result.shipping.map((commit) => commit.sha)).toEqual([m2, m1]);
    expect(result.dropped.map((commit) => commit.sha)).toEqual([hotfix]);
  });

  it('diverged with several boundary commits: the merge base is still git\'s own', async () => {
    // The deploy merges a feature branch that forked below the merge base, so the walk's boundary
    // holds two commits (the fork point and the merge base) and the range asks git merge-base.
    const repo = createRepo();
    const old = repo.commit('Old release');
    repo.checkoutNew('feature', old);
    repo.commit('Long-running feature', { file: 'src/feature.ts' });
    repo.checkout('main');
    const base = repo.commit('Release 1');
    repo.checkoutNew('production');
    repo.commit('Hotfix', { file: 'src/fix.ts' });
    repo.checkout('main');
    repo.merge('feature');

    const result = await range(repo, 'main', 'production');
    expect(result).toMatchObject({ relation: 'diverged', aheadBy: 2, behindBy: 1, mergeBaseSha: base });
    expect(repo.git('merge-base', 'main', 'production')).toBe(base);
  });

  it('criss-cross merges: the merge base is one of git\'s merge bases', async () => {
    const repo = createRepo();
    repo.commit('Root');
    repo.checkoutNew('production');
    const a = repo.commit('A', { file: 'a.txt' });
    repo.checkout('main');
    const b = repo.commit('B', { file: 'b.txt' });
    repo.merge('production');
    repo.checkout('production');
    repo.git('merge', '--no-ff', '--quiet', '-m', 'cross', b);
    repo.commit('Hotfix', { file: 'fix.txt' });
    repo.checkout('main');
    repo.commit('Feature', { file: 'f.txt' });

    const result = await range(repo, 'main', 'production');
    expect(result.relation).toBe('diverged');
    expect([a, b]).toContain(result.mergeBaseSha);
    expect(repo.git('merge-base', '--all', 'main', 'production').split('\n').sort()).toEqual([a, b].sort());
  });

  it('force-pushed production: the relation is to the new tip, the old tip plays no part', async () => {
    const origin = createRepo();
    const base = origin.head();
    origin.checkoutNew('production');
    const oldTip = origin.commit('Release with a leaked secret');
    origin.checkout('main');
    origin.git('merge', '--quiet', '--ff-only', 'production');
    const oldMain = origin.commit('Feature on top of the old release');

    const clone = cloneRepo(origin);
    expect(clone.revParse('origin/production')).toBe(oldTip);

    // Rewrite history: production and main are force-pushed without the old release.
    origin.checkout('production');
    origin.git('reset', '--quiet', '--hard', base);
    const newTip = origin.commit('Release without the secret');
    origin.checkout('main');
    origin.git('reset', '--quiet', '--hard', newTip);
    const newMain = origin.commit('Feature on top of the new release');
    clone.git('fetch', '--quiet', 'origin');
    expect(clone.revParse('origin/production')).toBe(newTip);

    const rebased = await range(clone, newMain, 'production');
    expect(rebased).toMatchObject({ production: { sha: newTip }, relation: 'ahead', aheadBy: 1, behindBy: 0, mergeBaseSha: newTip });
    expect(rebased.shipping.map((commit) => commit.sha)).toEqual([newMain]);

    // The branch built on the old release now ships the old release again.
    const stale = await range(clone, oldMain, 'production');
    expect(stale).toMatchObject({ relation: 'diverged', aheadBy: 2, behindBy: 1, mergeBaseSha: base });
    expect(stale.shipping.map((commit) => commit.sha)).toEqual([oldMain, oldTip]);
    expect(stale.dropped.map((commit) => commit.sha)).toEqual([newTip]);
  });

  it('with fetching allowed, a production branch is fetched again: a stale remote-tracking ref is not trusted', async () => {
    const origin = createRepo();
    origin.branch('production');
    const clone = cloneRepo(origin);
    const staleTip = clone.revParse('origin/production');
    origin.checkout('production');
    const hotfix = origin.commit('Hotfix pushed after the clone');
    origin.checkout('main');

    const offline = await range(clone, 'main', 'production');
    expect(offline.production.sha).toBe(staleTip);
    const fresh = await range(clone, 'main', 'production', { fetch: true });
    expect(fresh).toMatchObject({ production: { sha: hotfix }, relation: 'behind', behindBy: 1 });
  });

  it('unrelated histories: no merge base, every commit of both sides counted', async () => {
    const repo = createRepo();
    repo.commits(2, 'Main');
    repo.orphan('production');
    repo.commits(4, 'Other');
    repo.checkout('main');

    const result = await range(repo, 'main', 'production');

    expect(result).toMatchObject({ relation: 'diverged', aheadBy: 3, behindBy: 4 });
    expect(result.mergeBaseSha).toBeUndefined();
    expect(result.shipping.map((commit) => commit.subject)).toEqual(['Main 2', 'Main 1', 'Initial commit']);
    expect(result.dropped.map((commit) => commit.subject)).toEqual(['Other 4', 'Other 3', 'Other 2', 'Other 1']);
    expect(result.shipping.at(-1)?.parents).toBe(0);
  });

  it('list limit: counts stay exact, lists stop at the limit (newest kept)', async () => {
    const repo = createRepo();
    repo.branch('production');
    repo.linear(1200, { prefix: 'Change' });
    repo.checkoutNew('rollback', 'production');

    const ahead = await range(repo, 'main', 'production', { listLimit: 5 });
    expect(ahead).toMatchObject({ relation: 'ahead', aheadBy: 1200, behindBy: 0, listLimit: 5 });
    expect(ahead.shipping.map((commit) => commit.subject)).toEqual(['Change 1200', 'Change 1199', 'Change 1198', 'Change 1197', 'Change 1196']);

    const behind = await range(repo, 'production', 'main', { listLimit: 3 });
    expect(behind).toMatchObject({ relation: 'behind', aheadBy: 0, behindBy: 1200 });
    expect(behind.dropped.map((commit) => commit.subject)).toEqual(['Change 1200', 'Change 1199', 'Change 1198']);
  });

  it('list limit on a diverged range where one side crowds out the other: both lists and the merge base still right', async () => {
    // Production's hotfixes are OLDER than all of the deploy's commits, so a date-ordered listing
    // of 2 × limit commits holds only deploy commits; the dropped side must be listed on its own.
    const repo = createRepo();
    const base = repo.commit('Release');
    repo.checkoutNew('production');
    const hotfixes = [repo.commit('Hotfix 1', { file: 'h1.txt' }), repo.commit('Hotfix 2', { file: 'h2.txt' })];
    repo.checkout('main');
    repo.linear(20, { prefix: 'Feature' });

    const result = await range(repo, 'main', 'production', { listLimit: 3 });
    expect(result).toMatchObject({ relation: 'diverged', aheadBy: 20, behindBy: 2, mergeBaseSha: base });
    expect(result.shipping.map((commit) => commit.subject)).toEqual(['Feature 20', 'Feature 19', 'Feature 18']);
    expect(result.dropped.map((commit) => commit.sha)).toEqual([...hotfixes].reverse());
    // The same answer as listing everything.
    const full = await range(repo, 'main', 'production', { listLimit: 50 });
    expect(full).toMatchObject({ aheadBy: 20, behindBy: 2, mergeBaseSha: base });
    expect(full.dropped.map((commit) => commit.sha)).toEqual([...hotfixes].reverse());
  });

  it('commit subjects with odd characters come through unchanged', async () => {
    const repo = createRepo();
    repo.branch('production');
    const subject = 'Fix `rm -rf $HOME` | "quotes" <b>tags</b> \\ 100% ünïcødé\ttab';
    repo.commit(`${subject}\n\nbody line\nmore body`);

    const result = await range(repo, 'main', 'production');
    expect(result.shipping).toHaveLength(1);
    expect(result.shipping[0]?.subject).toBe(subject);
  });
});

describe('resolveGitRange: how production is named', () => {
  it('a branch that exists only as refs/remotes/origin/<name> in a clone, ahead of a stale local branch', async () => {
    const origin = createRepo();
    const stale = origin.head();
    const prodTip = origin.commit('Release 2');
    origin.branch('production');
    const deploy = origin.commit('Feature');
    const clone = cloneRepo(origin);
    expect(clone.git('branch', '--list')).toBe('* main');
    expect(clone.revParse('refs/remotes/origin/production')).toBe(prodTip);

    for (const name of ['production', 'origin/production', 'refs/remotes/origin/production']) {
      const result = await range(clone, deploy, name);
      expect(result).toMatchObject({ production: { sha: prodTip, foundBy: `ref ${name}` }, relation: 'ahead', aheadBy: 1 });
    }

    // A local branch of the same name may be stale; the remote's branch wins.
    clone.branch('production', stale);
    expect(await range(clone, deploy, 'production')).toMatchObject({ production: { sha: prodTip }, aheadBy: 1 });
    // Unless the local branch is asked for by its full name.
    expect(await range(clone, deploy, 'refs/heads/production')).toMatchObject({ production: { sha: stale }, aheadBy: 2 });
  });

  it('a lightweight tag and an annotated tag (peeled to its commit)', async () => {
    const repo = createRepo();
    const v1 = repo.commit('Release 1');
    repo.tag('v1.0.0', v1);
    const v2 = repo.commit('Release 2');
    repo.tag('v2.0.0', v2, { annotated: true });
    const deploy = repo.commit('Next');

    expect(await range(repo, deploy, 'v1.0.0')).toMatchObject({ production: { sha: v1 }, relation: 'ahead', aheadBy: 2 });
    const annotated = await range(repo, deploy, 'v2.0.0');
    expect(annotated).toMatchObject({ production: { sha: v2 }, relation: 'ahead', aheadBy: 1, mergeBaseSha: v2 });
    expect(await range(repo, deploy, 'refs/tags/v2.0.0')).toMatchObject({ production: { sha: v2 } });
    // A deploy given as an annotated tag is the commit it points at.
    expect(await range(repo, 'v2.0.0', 'v1.0.0')).toMatchObject({ deploySha: v2, aheadBy: 1 });
  });

  it('a full SHA, an abbreviated SHA and HEAD', async () => {
    const repo = createRepo();
    const prod = repo.commit('Release');
    const deploy = repo.commit('Feature');

    expect(await range(repo, deploy, prod)).toMatchObject({ production: { sha: prod, foundBy: `ref ${prod}` }, aheadBy: 1 });
    expect(await range(repo, 'HEAD', prod.slice(0, 12))).toMatchObject({ deploySha: deploy, production: { sha: prod }, aheadBy: 1 });
  });

  it('a production commit found elsewhere (a deployment) is used as given', async () => {
    const repo = createRepo();
    const prod = repo.commit('Release');
    const deploy = repo.commit('Feature');
    const result = await resolveGitRange(new Git(repo.dir), {
      deployRef: deploy,
      production: { sha: prod, foundBy: 'deployment 42 to production' },
      listLimit: 10,
      fetch: false,
    });
    expect(result).toMatchObject({ production: { sha: prod, foundBy: 'deployment 42 to production' }, relation: 'ahead', aheadBy: 1 });
  });
});

describe('resolveGitRange: refusals', () => {
  it('a production-ref that does not exist: GateInputError naming the input and the ref', async () => {
    const repo = createRepo();
    const error = await rejection(range(repo, 'main', 'prodution'));
    expect(error).toBeInstanceOf(GateInputError);
    expect(error.message).toContain('`production-ref`');
    expect(error.message).toContain('"prodution"');
    expect(error.message).toContain('fetching is off');
  });

  it('a production-ref that the remote does not have either, with fetching on', async () => {
    const origin = createRepo();
    const clone = cloneRepo(origin);
    const error = await rejection(range(clone, 'main', 'release/nope', { fetch: true }));
    expect(error).toBeInstanceOf(GateInputError);
    expect(error.message).toContain('`production-ref`');
    expect(error.message).toContain('"release/nope"');
    expect(error.message).toContain('on remote origin');
  });

  it('a sha that is not a commit: a blob, a tree, an unknown SHA', async () => {
    const repo = createRepo();
    repo.branch('production');
    repo.commit('Feature');
    const blob = repo.blob('not a commit\n');
    const tree = repo.git('rev-parse', 'HEAD^{tree}');
    const unknown = 'deadbeef'.repeat(5);

    for (const sha of [blob, tree, unknown]) {
      const error = await rejection(range(repo, sha, 'production'));
      expect(error).toBeInstanceOf(GateInputError);
      expect(error.message).toContain('`sha`');
      expect(error.message).toContain(sha);
    }
    const asProduction = await rejection(range(repo, 'main', tree));
    expect(asProduction).toBeInstanceOf(GateInputError);
    expect(asProduction.message).toContain('`production-ref`');
  });

  it('an unknown SHA with fetching on: the remote is asked, then a GateInputError', async () => {
    const origin = createRepo();
    origin.branch('production');
    const clone = cloneRepo(origin, { depth: 1 });
    const error = await rejection(range(clone, 'cafebabe'.repeat(5), 'production', { fetch: true }));
    expect(error).toBeInstanceOf(GateInputError);
    expect(error.message).toContain('on remote origin');
  });

  it('a path that is not a git repository', async () => {
    const error = await rejection(range(new TestRepo(makeTempDir()), 'main', 'production'));
    expect(error).toBeInstanceOf(GateInputError);
    expect(error.message).toContain('not a git repository');
  });

  it('an option-looking ref is refused by validateRef before git runs', async () => {
    const origin = createRepo();
    origin.branch('production');
    const clone = cloneRepo(origin, { depth: 1 });
    const markers = makeTempDir('deploy-gates-pwned-');

    // The danger is real: git runs --upload-pack through a shell.
    const control = join(markers, 'control');
    try {
      runGit(clone.dir, ['fetch', `--upload-pack=touch ${control}`, 'origin']);
    } catch {
      // touch is not an upload-pack; the fetch fails after running it.
    }
    expect(existsSync(control)).toBe(true);

    const viaProduction = join(markers, 'production-ref');
    const viaSha = join(markers, 'sha');
    const settings = { history: 'git' as const, listLimit: 50, fetch: true };
    const deps = { workspace: clone.dir };

    const productionError = await rejection(
      resolveDeployRange({ ...settings, sha: 'main', productionRef: `--upload-pack=touch ${viaProduction}` }, deps),
    );
    expect(productionError).toBeInstanceOf(GateInputError);
    expect(productionError.message).toContain('`production-ref`');
    expect(productionError.message).toContain('is not a valid branch, tag or SHA');
    expect(productionError.message).toContain('starts with "-"');

    const shaError = await rejection(resolveDeployRange({ ...settings, sha: `--upload-pack=touch ${viaSha}`, productionRef: 'production' }, deps));
    expect(shaError).toBeInstanceOf(GateInputError);
    expect(shaError.message).toContain('`sha`');

    expect(existsSync(viaProduction)).toBe(false);
    expect(existsSync(viaSha)).toBe(false);
  });
});

describe('resolveGitRange on a shallow clone (actions/checkout with fetch-depth 1)', () => {
  /** The answer a full clone gives: what the shallow clone must arrive at. */
  async function fullAnswer(origin: TestRepo, deploy: string, listLimit = 50): Promise<Omit<DeployRange, 'history'>> {
    const result = await range(origin, deploy, 'production', { listLimit });
    expect(result.history.notes).toEqual([]);
    return answer(result);
  }

  function expectDeepened(result: DeployRange): void {
    expect(result.history.notes.some((note) => /^deepened the shallow clone by \d+ commits$/.test(note))).toBe(true);
  }

  it('ahead by 5: fetches the production branch, deepens once', async () => {
    const origin = createRepo();
    origin.linear(100, { prefix: 'Old' });
    origin.branch('production');
    const deploy = origin.linear(5, { prefix: 'New' });
    const expected = await fullAnswer(origin, deploy);

    const clone = cloneRepo(origin, { depth: 1 });
    expect(clone.isShallow()).toBe(true);
    expect(clone.git('for-each-ref', '--format=%(refname)', 'refs/remotes/origin/production')).toBe('');

    const result = await range(clone, deploy, 'production', { fetch: true });

    expect(answer(result)).toEqual(expected);
    expect(result).toMatchObject({ relation: 'ahead', aheadBy: 5, behindBy: 0 });
    expect(result.history.notes).toEqual(['fetched production from origin (depth 1)', 'deepened the shallow clone by 64 commits']);
    expect(clone.isShallow()).toBe(true);
  });

  it('ahead by 300: several deepen rounds, still short of the full history', async () => {
    const origin = createRepo();
    origin.linear(2000, { prefix: 'Old' });
    origin.branch('production');
    const deploy = origin.linear(300, { prefix: 'New' });
    const expected = await fullAnswer(origin, deploy);
    const clone = cloneRepo(origin, { depth: 1 });

    const result = await range(clone, deploy, 'production', { fetch: true, listLimit: 50 });

    expect(answer(result)).toEqual(expected);
    expect(result).toMatchObject({ relation: 'ahead', aheadBy: 300 });
    expect(result.shipping[0]?.subject).toBe('New 300');
    const rounds = result.history.notes.filter((note) => note.startsWith('deepened'));
    expect(rounds.length).toBeGreaterThanOrEqual(2);
    expect(result.history.notes).not.toContain('fetched the full history (--unshallow)');
    expect(clone.isShallow()).toBe(true);
  });

  it('falls back to --unshallow after maxDeepenRounds', async () => {
    const origin = createRepo();
    origin.branch('production');
    const deploy = origin.linear(300, { prefix: 'New' });
    const expected = await fullAnswer(origin, deploy);
    const clone = cloneRepo(origin, { depth: 1 });

    const result = await range(clone, deploy, 'production', { fetch: true, maxDeepenRounds: 1 });

    expect(answer(result)).toEqual(expected);
    expect(result.history.notes).toEqual([
      'fetched production from origin (depth 1)',
      'deepened the shallow clone by 64 commits',
      'fetched the full history (--unshallow)',
    ]);
    expect(clone.isShallow()).toBe(false);
  });

  it('diverged: the hotfix side and the deploy side are both completed', async () => {
    const origin = createRepo();
    origin.linear(500, { prefix: 'Old' });
    origin.checkoutNew('production');
    origin.commit('Hotfix 1');
    origin.commit('Hotfix 2');
    origin.checkout('main');
    const deploy = origin.linear(90, { prefix: 'New' });
    const expected = await fullAnswer(origin, deploy);
    expect(expected).toMatchObject({ relation: 'diverged', aheadBy: 90, behindBy: 2 });
    const clone = cloneRepo(origin, { depth: 1 });

    const result = await range(clone, deploy, 'production', { fetch: true });

    expect(answer(result)).toEqual(expected);
    expectDeepened(result);
  });

  it('a merged side branch that started far below production is counted in full', async () => {
    // main:    R --(200)--> P(production) -- a1 a2 a3 -- M -- after
    //           \                                        /
    // feature:   `--------------(150)-------------------'
    const origin = createRepo();
    const root = origin.linear(100, { prefix: 'Old' });
    origin.linear(150, { branch: 'feature', from: root, prefix: 'Feature', file: 'feature.txt' });
    const prod = origin.linear(200, { prefix: 'Main' });
    origin.branch('production');
    origin.commits(3, 'After');
    origin.merge('feature', 'Merge branch feature');
    const deploy = origin.commit('After the merge');
    const expected = await fullAnswer(origin, deploy, 200);
    expect(expected).toMatchObject({ relation: 'ahead', aheadBy: 155, behindBy: 0, mergeBaseSha: prod });

    // The trap: one deepen round already yields a merge base (production), but part of the side
    // branch is still beyond the shallow boundary, so counting then would undercount.
    const naive = cloneRepo(origin, { depth: 1 });
    naive.git('fetch', '--quiet', '--depth=1', 'origin', '+refs/heads/production:refs/remotes/origin/production');
    naive.git('fetch', '--quiet', '--deepen=64', 'origin', prod, deploy);
    expect(naive.git('merge-base', prod, deploy)).toBe(prod);
    expect(Number(naive.git('rev-list', '--count', `${prod}..${deploy}`))).toBeLessThan(155);

    const clone = cloneRepo(origin, { depth: 1 });
    const result = await range(clone, deploy, 'production', { fetch: true, listLimit: 200 });

    expect(answer(result)).toEqual(expected);
    expect(result.history.notes.filter((note) => note.startsWith('deepened')).length).toBeGreaterThanOrEqual(2);
    expect(result.shipping.filter((commit) => commit.subject.startsWith('Feature '))).toHaveLength(150);
  });

  it('a merged side branch forked near the root is not mistaken for new work', async () => {
    // main:    O1..O11 --(200)--> P(production) -- a1 a2 -- M -- last
    //                \                                      /
    // hotfix:         `-------- S1 S2 S3 -----------------'
    // One deepen round reaches the root through the short side branch but not through the long
    // main line, so O1..O11 look foreign to production; they must not be counted as shipping.
    const origin = createRepo();
    const fork = origin.linear(10, { prefix: 'Old' });
    origin.linear(3, { branch: 'hotfix', from: fork, prefix: 'Side', file: 'side.txt' });
    origin.linear(200, { prefix: 'Main' });
    origin.branch('production');
    origin.commits(2, 'After');
    origin.merge('hotfix');
    const deploy = origin.commit('Last');
    const expected = await fullAnswer(origin, deploy);
    expect(expected).toMatchObject({ relation: 'ahead', aheadBy: 7 });
    const clone = cloneRepo(origin, { depth: 1 });

    const result = await range(clone, deploy, 'production', { fetch: true });

    expect(answer(result)).toEqual(expected);
    expect(result.shipping.some((commit) => commit.subject.startsWith('Old ') || commit.subject === 'Initial commit')).toBe(false);
  });

  // A side branch forked from a commit C that production reaches only through a long (still
  // shallow) path, while C's parent is reachable from production through a short path: locally
  // nothing shows that C is already in production. The gate keeps deepening while the range holds
  // a commit no newer than the shallow boundary, so C is not counted as shipping.
  it('does not count a commit that production reaches only beyond the shallow boundary', async () => {
    const origin = createRepo();
    const z = origin.linear(50, { prefix: 'Old' });
    const c = origin.linear(1, { branch: 'old', from: z, prefix: 'C', file: 'c.txt' });
    origin.linear(10, { prefix: 'L' });
    origin.merge('old');
    origin.linear(200, { prefix: 'Q' });
    origin.linear(1, { branch: 'w', from: z, prefix: 'W', file: 'w.txt' });
    origin.merge('w');
    origin.branch('production');
    origin.linear(1, { branch: 'feat', from: c, prefix: 'Y', file: 'y.txt' });
    const deploy = origin.merge('feat');
    const expected = await fullAnswer(origin, deploy);
    expect(expected).toMatchObject({ relation: 'ahead', aheadBy: 2 });
    const clone = cloneRepo(origin, { depth: 1 });

    const result = await range(clone, deploy, 'production', { fetch: true });

    expect(answer(result)).toEqual(expected);
  });

  it('production found by a deployment (a SHA) and missing from the clone is fetched by SHA', async () => {
    const origin = createRepo();
    origin.linear(30, { prefix: 'Old' });
    const prod = origin.linear(1, { prefix: 'Deployed' });
    origin.branch('production');
    const deploy = origin.linear(4, { prefix: 'New' });
    const expected = await fullAnswer(origin, deploy);
    const clone = cloneRepo(origin, { depth: 1 });
    expect(clone.hasObject(prod)).toBe(false);

    const result = await resolveGitRange(new Git(clone.dir), {
      deployRef: deploy,
      production: { sha: prod, foundBy: 'deployment 42 to production' },
      listLimit: 50,
      fetch: true,
    });

    expect(answer(result)).toEqual({ ...expected, production: { sha: prod, foundBy: 'deployment 42 to production' } });
    expect(result.history.notes[0]).toBe(`fetched ${prod} from origin (depth 1)`);
  });

  it('production as an annotated tag missing from the clone is fetched as a tag', async () => {
    const origin = createRepo();
    origin.linear(30, { prefix: 'Old' });
    const prod = origin.linear(1, { prefix: 'Release' });
    origin.tag('v3.1.0', prod, { annotated: true });
    const deploy = origin.linear(4, { prefix: 'New' });
    const expected = answer(await range(origin, deploy, 'v3.1.0'));
    const clone = cloneRepo(origin, { depth: 1 });

    const result = await range(clone, deploy, 'v3.1.0', { fetch: true });

    expect(answer(result)).toEqual(expected);
    expect(result).toMatchObject({ production: { sha: prod }, relation: 'ahead', aheadBy: 4 });
    expect(result.history.notes[0]).toBe('fetched v3.1.0 from origin (depth 1)');
  });

  it('unrelated histories: deepens to the roots, then answers diverged with full counts', async () => {
    const origin = createRepo();
    origin.linear(40, { prefix: 'Main' });
    origin.orphan('production');
    origin.linear(30, { branch: 'production', prefix: 'Other' });
    origin.checkout('main');
    const deploy = origin.head();
    const expected = await fullAnswer(origin, deploy);
    expect(expected).toMatchObject({ relation: 'diverged', aheadBy: 41, behindBy: 30, mergeBaseSha: undefined });
    const clone = cloneRepo(origin, { depth: 1 });

    const result = await range(clone, deploy, 'production', { fetch: true });

    expect(answer(result)).toEqual(expected);
    expectDeepened(result);
  });

  it('pull_request-like: the deploy SHA is not in the clone at all and is fetched by SHA', async () => {
    const origin = createRepo();
    origin.linear(50, { prefix: 'Old' });
    origin.branch('production');
    origin.checkoutNew('pr/42');
    const deploy = origin.linear(7, { prefix: 'PR' });
    origin.checkout('main');
    origin.commit('Unrelated work on main');
    const expected = await fullAnswer(origin, deploy);
    expect(expected).toMatchObject({ relation: 'ahead', aheadBy: 7 });

    const clone = cloneRepo(origin, { depth: 1, branch: 'production' });
    expect(clone.hasObject(deploy)).toBe(false);

    const result = await range(clone, deploy, 'production', { fetch: true });

    expect(answer(result)).toEqual(expected);
    expect(result.history.notes).toContain(`fetched ${deploy} from origin (depth 1)`);
    expectDeepened(result);
  });

  it('with fetching off and the range incomplete: GateInputError pointing at fetch-depth', async () => {
    const origin = createRepo();
    origin.branch('production');
    const deploy = origin.linear(5, { prefix: 'New' });
    const clone = cloneRepo(origin, { depth: 1 });
    // Production is present (depth 1), but the commits between are not.
    clone.git('fetch', '--quiet', '--depth=1', 'origin', '+refs/heads/production:refs/remotes/origin/production');

    const error = await rejection(range(clone, deploy, 'production', { fetch: false }));
    expect(error).toBeInstanceOf(GateInputError);
    expect(error.message).toContain('shallow clone');
    expect(error.message).toContain('fetch-depth: 0');
  });

  it('with fetching off and production not in the clone: GateInputError naming production-ref', async () => {
    const origin = createRepo();
    origin.branch('production');
    const deploy = origin.commit('New');
    const clone = cloneRepo(origin, { depth: 1 });

    const error = await rejection(range(clone, deploy, 'production', { fetch: false }));
    expect(error).toBeInstanceOf(GateInputError);
    expect(error.message).toContain('`production-ref`');
    expect(error.message).toContain('fetching is off');
  });

  it('identical on a shallow clone needs no deepening', async () => {
    const origin = createRepo();
    origin.linear(20, { prefix: 'Old' });
    origin.branch('production');
    const clone = cloneRepo(origin, { depth: 1 });

    const result = await range(clone, 'HEAD', 'production', { fetch: true });

    expect(result).toMatchObject({ relation: 'identical', aheadBy: 0, behindBy: 0 });
    expect(result.history.notes).toEqual(['fetched production from origin (depth 1)']);
  });
});
