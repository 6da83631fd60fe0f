import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RefFiles } from '../../src/git/ref-files.js';
import { cleanupRepos, createRepo } from '../helpers/git-repo.js';

afterAll(cleanupRepos);

function refsOf(dir: string): RefFiles {
  const refs = RefFiles.open(join(dir, '.git'));
  if (!refs) throw new Error('expected a plain git directory');
  return refs;
}

describe('RefFiles: names read from the git directory, as git resolves them', () => {
  it('loose branches, HEAD (a symref), full SHAs, and what it does not know', () => {
    const repo = createRepo();
    const first = repo.commit('one');
    repo.branch('production', first);
    const second = repo.commit('two');
    const refs = refsOf(repo.dir);

    expect(refs.resolveCommit('production')).toBe(first);
    expect(refs.resolveCommit('refs/heads/production')).toBe(first);
    expect(refs.resolveCommit('main')).toBe(second);
    expect(refs.resolveCommit('HEAD')).toBe(second);
    expect(refs.resolveCommit(first.toUpperCase())).toBe(first);
    expect(refs.resolveCommit('no-such-branch')).toBeUndefined();
    // An abbreviated SHA is git's job (it may be ambiguous).
    expect(refs.resolveCommit(first.slice(0, 10))).toBeUndefined();
    // A file of the git directory that is not a ref is never read as one.
    expect(refs.resolveCommit('config')).toBeUndefined();
    expect(refs.resolveCommit('objects')).toBeUndefined();
  });

  it('packed refs, with annotated tags peeled only when git says they are', () => {
    const repo = createRepo();
    const first = repo.commit('one');
    repo.tag('v1', first);
    repo.tag('v1-annotated', first, { annotated: true });
    repo.branch('production', first);
    const second = repo.commit('two');
    const refs = refsOf(repo.dir);
    // Loose: a lightweight tag looks exactly like an annotated one without reading the object.
    expect(refs.resolveCommit('v1')).toBeUndefined();
    expect(refs.resolveCommit('v1-annotated')).toBeUndefined();

    repo.git('pack-refs', '--all');
    const packed = refsOf(repo.dir);
    expect(packed.resolveCommit('v1')).toBe(first);
    expect(packed.resolveCommit('v1-annotated')).toBe(first);
    expect(packed.resolveCommit('refs/tags/v1-annotated')).toBe(first);
    expect(packed.resolveCommit('production')).toBe(first);
    expect(packed.resolveCommit('main')).toBe(second);

    // A packed-refs file written without `fully-peeled` cannot vouch for tags without a ^ line.
    const file = join(repo.dir, '.git', 'packed-refs');
    writeFileSync(file, `# pack-refs with: peeled sorted\n${first} refs/tags/v1\n`);
    expect(refsOf(repo.dir).resolveCommit('v1')).toBeUndefined();
  });

  it('follows git\'s order for a short name: a tag before a branch, a branch before a remote branch', () => {
    const repo = createRepo();
    const first = repo.commit('one');
    const second = repo.commit('two');
    repo.branch('release', second);
    repo.git('update-ref', 'refs/remotes/release', first);
    expect(refsOf(repo.dir).resolveCommit('release')).toBe(second);
    repo.git('update-ref', 'refs/tags/release', first);
    repo.git('pack-refs', '--all');
    expect(refsOf(repo.dir).resolveCommit('release')).toBe(first);
  });

  it('leaves worktrees and reftable repositories to git', () => {
    const repo = createRepo();
    repo.commit('one');
    writeFileSync(join(repo.dir, '.git', 'commondir'), '..\n');
    expect(RefFiles.open(join(repo.dir, '.git'))).toBeUndefined();
  });

  it('a symref loop or a ref file holding garbage is not guessed at', () => {
    const repo = createRepo();
    repo.commit('one');
    writeFileSync(join(repo.dir, '.git', 'refs', 'heads', 'loop'), 'ref: refs/heads/loop\n');
    writeFileSync(join(repo.dir, '.git', 'refs', 'heads', 'junk'), 'not a sha\n');
    const refs = refsOf(repo.dir);
    expect(refs.resolveCommit('loop')).toBeUndefined();
    expect(refs.resolveCommit('junk')).toBeUndefined();
  });
});
