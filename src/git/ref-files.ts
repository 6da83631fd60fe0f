// Reads branch and tag names straight from the git directory (loose ref files and packed-refs),
// the way git's own ref_rev_parse_rules do, so the common case needs no `git cat-file` process:
// forward-sha runs in front of every deploy, and a git process costs more than the rest of the
// lookup. Anything this reader is not sure about (reftable, worktrees, a loose annotated tag, an
// abbreviated SHA, a symref loop) answers `undefined` and the caller asks git instead; it never
// guesses.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isFullSha } from './refs.js';

/** git's order for a short name (refs.c, ref_rev_parse_rules): the first that exists wins. */
const SHORT_NAME_RULES = ['%s', 'refs/%s', 'refs/tags/%s', 'refs/heads/%s', 'refs/remotes/%s', 'refs/remotes/%s/HEAD'];

interface PackedRef {
  sha: string;
  /** The commit an annotated tag points to (a `^` line after it). */
  peeled?: string;
}

export class RefFiles {
  private packed: Map<string, PackedRef> | undefined;
  private fullyPeeled = false;

  private constructor(private readonly gitDir: string) {}

  /** undefined when this git directory stores refs in a way only git should read. */
  static open(gitDir: string): RefFiles | undefined {
    // reftable keeps refs in binary tables; a linked worktree splits refs between two directories.
    if (existsSync(join(gitDir, 'reftable')) || existsSync(join(gitDir, 'commondir'))) return undefined;
    return new RefFiles(gitDir);
  }

  /**
   * The commit `name` names, resolved as git would: a full SHA is returned as it is (the caller
   * still has git check that it is a commit), a short name by git's rules, a full ref name as is.
   * undefined: not found here, or not sure (then ask git).
   */
  resolveCommit(name: string): string | undefined {
    if (isFullSha(name)) return name.toLowerCase();
    const candidates = name.startsWith('refs/') ? [name] : SHORT_NAME_RULES.map((rule) => rule.replace('%s', name));
    for (const refName of candidates) {
      const found = this.readRef(refName, 0);
      if (found === 'absent') continue;
      return found === 'unsure' ? undefined : found;
    }
    return undefined;
  }

  /** A commit SHA, 'absent' when no such ref, 'unsure' when only git can tell. */
  private readRef(refName: string, depth: number): string | 'absent' | 'unsure' {
    if (depth > 5) return 'unsure';
    const loose = readLoose(join(this.gitDir, refName));
    if (loose !== undefined) {
      if (loose.startsWith('ref: ')) return this.readRef(loose.slice(5).trim(), depth + 1);
      if (!isFullSha(loose)) return 'unsure';
      // A loose tag may be an annotated tag object; peeling it needs the object store.
      return refName.startsWith('refs/tags/') ? 'unsure' : loose;
    }
    // Only names under refs/ are ever packed (HEAD, FETCH_HEAD are files or nothing).
    if (!refName.startsWith('refs/')) return 'absent';
    const packed = this.packedRefs().get(refName);
    if (!packed) return 'absent';
    if (packed.peeled) return packed.peeled;
    // Without `fully-peeled`, a packed tag with no ^ line may still be an annotated tag.
    return refName.startsWith('refs/tags/') && !this.fullyPeeled ? 'unsure' : packed.sha;
  }

  private packedRefs(): Map<string, PackedRef> {
    if (this.packed) return this.packed;
    this.packed = new Map();
    const text = readLoose(join(this.gitDir, 'packed-refs'), false) ?? '';
    let last: PackedRef | undefined;
    for (const line of text.split('\n')) {
      if (line.startsWith('#')) {
        this.fullyPeeled = / fully-peeled( |$)/.test(line);
      } else if (line.startsWith('^')) {
        if (last) last.peeled = line.slice(1).trim();
      } else if (line) {
        const space = line.indexOf(' ');
        last = { sha: line.slice(0, space) };
        this.packed.set(line.slice(space + 1).trim(), last);
      }
    }
    return this.packed;
  }
}

/** A ref file's content, trimmed; undefined when it does not exist (or is a directory). */
function readLoose(path: string, trim = true): string | undefined {
  try {
    const text = readFileSync(path, 'utf8');
    return trim ? text.trim() : text;
  } catch {
    return undefined;
  }
}
