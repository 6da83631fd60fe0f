// Which migration files a deploy adds, changes or deletes, their contents at the deploy SHA, and
// which migrations production already has: read from git in four processes whatever the count
// (a diff, two tree listings, one cat-file for every content).

import { minimatch } from 'minimatch';
import type { Git } from '../git/git.js';

export type MigrationFileStatus = 'added' | 'modified' | 'deleted';

export interface MigrationFileChange {
  path: string;
  status: MigrationFileStatus;
}

export interface MigrationChanges {
  /** Files matching the globs that differ between the merge base and the deploy, in path order. */
  changes: MigrationFileChange[];
  /** Content at the deploy SHA of every added or modified file. */
  contents: Map<string, string>;
  /** Files matching the globs in production's tree (what has already run there, as far as git knows). */
  productionFiles: string[];
  /** Every file in the deploy's tree under the globs' folders (to find a golang-migrate .down.sql). */
  deployFolderFiles: string[];
}

export interface MigrationChangesRequest {
  /** Where the deploy forks from production (production itself when the deploy is ahead). */
  baseSha: string;
  deploySha: string;
  productionSha: string;
  globs: readonly string[];
}

export async function readMigrationChanges(git: Git, request: MigrationChangesRequest): Promise<MigrationChanges> {
  const folders = staticFolders(request.globs);
  const matches = (path: string) => request.globs.some((glob) => minimatch(path, glob, { dot: true }));

  const [diff, productionTree, deployTree] = await Promise.all([
    git.run(['diff', '--name-status', '-z', '--no-renames', request.baseSha, request.deploySha, '--', ...folders]),
    listTree(git, request.productionSha, folders),
    listTree(git, request.deploySha, folders),
  ]);
  const changes = parseNameStatus(diff).filter((change) => matches(change.path));
  const wanted = changes.filter((change) => change.status !== 'deleted').map((change) => change.path);
  return {
    changes,
    contents: await readContents(git, request.deploySha, wanted),
    productionFiles: productionTree.filter(matches),
    deployFolderFiles: deployTree,
  };
}

/**
 * The fixed folder in front of each glob (`db/migrate/*.rb` → `db/migrate`), as pathspecs that
 * keep git from listing the whole tree; a glob that starts with a pattern needs the whole tree.
 */
export function staticFolders(globs: readonly string[]): string[] {
  const folders = new Set<string>();
  for (const glob of globs) {
    const parts = glob.split('/');
    const fixed: string[] = [];
    for (const part of parts.slice(0, -1)) {
      if (/[*?[\]{}()!+@]/.test(part)) break;
      fixed.push(part);
    }
    if (fixed.length === 0) return ['.'];
    folders.add(fixed.join('/'));
  }
  return [...folders].sort();
}

async function listTree(git: Git, sha: string, folders: readonly string[]): Promise<string[]> {
  const output = await git.run(['ls-tree', '-r', '--name-only', '-z', sha, '--', ...folders]);
  return output.split('\0').filter(Boolean);
}

function parseNameStatus(output: string): MigrationFileChange[] {
  const fields = output.split('\0');
  const changes: MigrationFileChange[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const code = fields[i]!.charAt(0);
    const path = fields[i + 1]!;
    // Copies/renames do not occur with --no-renames; a type change (T) is a modification.
    const status: MigrationFileStatus | undefined = code === 'A' ? 'added' : code === 'D' ? 'deleted' : code === 'M' || code === 'T' ? 'modified' : undefined;
    if (status) changes.push({ path, status });
  }
  return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Every file's content in one `git cat-file --batch`; sizes are in bytes, so the output is read as bytes. */
async function readContents(git: Git, sha: string, paths: readonly string[]): Promise<Map<string, string>> {
  const contents = new Map<string, string>();
  if (paths.length === 0) return contents;
  const output = await git.runBytes(['cat-file', '--batch'], { input: paths.map((path) => `${sha}:${path}\n`).join('') });
  let offset = 0;
  for (const path of paths) {
    const headerEnd = output.indexOf(10, offset);
    const header = output.subarray(offset, headerEnd).toString('utf8');
    const [, type, size] = header.split(' ');
    if (type !== 'blob' || size === undefined) throw new Error(`git cat-file could not read ${path} at ${sha.slice(0, 12)}: ${header}`);
    const start = headerEnd + 1;
    contents.set(path, output.subarray(start, start + Number(size)).toString('utf8'));
    offset = start + Number(size) + 1;
  }
  return contents;
}
