// What a commit message says it ships: tracker keys (`ENG-12`), GitHub references (`#12`),
// reverts, bot authors and the pull request a merge commit merged. Pure text rules, no I/O.

export interface IssueKeyOptions {
  /**
   * Only keys of these projects (`LANG`), matched case-sensitively against the uppercased key.
   * Undefined or empty: any project (the tracker's project list is the usual source).
   */
  projectKeys?: readonly string[];
  /** Also count `lang-12`, reported as `LANG-12`. */
  caseInsensitive?: boolean;
}

/**
 * A project key is a letter and at least one more letter, digit or underscore (Jira's minimum is two
 * characters), then `-` and the issue number. A key must stand alone: a letter, digit, `_` or `-`
 * before it makes it the tail of a longer word (`thisABC-1`, `RELEASE-NOTES-3.8.txt`); a letter,
 * digit or `_` after it (`[LANG-1448J`), or `-` and a digit (`CVE-2025-48924`), makes it the head
 * of a longer id, which is not cut up into a key.
 */
const keySource = (letter: string, rest: string) => String.raw`(?<![\p{L}\p{N}_-])${letter}${rest}+-[0-9]+(?![\p{L}\p{N}_]|-[0-9])`;
const KEY_PATTERN = new RegExp(keySource('[A-Z]', '[A-Z0-9_]'), 'gu');
// Spelled out rather than the `i` flag, which with `u` also folds the Kelvin sign and long s into K and S.
const KEY_PATTERN_ANY_CASE = new RegExp(keySource('[A-Za-z]', '[A-Za-z0-9_]'), 'gu');

/**
 * Prefixes of identifiers that look like keys but name standards, encodings and advisories
 * (`UTF-8`, `SHA-256`, `ISO-8601`, `RFC-7231`). Ignored unless `projectKeys` names the prefix,
 * since an unrelated id in a message would otherwise become an issue the deploy "ships".
 * `JDK-` and `JSR-` ids are left to project filtering: they are real trackers' keys.
 */
const NOT_PROJECTS = new Set(['UTF', 'UCS', 'SHA', 'MD', 'ISO', 'RFC', 'CVE', 'CWE', 'GHSA', 'AES', 'HTTP', 'TLS', 'SSL']);

/** Distinct tracker keys in `text`, uppercased, in order of first appearance. */
export function extractIssueKeys(text: string, options: IssueKeyOptions = {}): string[] {
  const projects = options.projectKeys?.length ? new Set(options.projectKeys) : undefined;
  const pattern = options.caseInsensitive ? KEY_PATTERN_ANY_CASE : KEY_PATTERN;
  const keys = new Set<string>();
  for (const match of text.matchAll(pattern)) {
    const key = match[0].toUpperCase();
    const project = key.slice(0, key.lastIndexOf('-'));
    if (projects ? !projects.has(project) : NOT_PROJECTS.has(project)) continue;
    keys.add(key);
  }
  return [...keys];
}

export interface GitHubIssueRef {
  owner: string;
  repo: string;
  number: number;
}

// GitHub names: owners are letters, digits and `-`; repositories add `.` and `_`.
const OWNER = '[A-Za-z0-9][A-Za-z0-9-]{0,38}';
const REPO = '[A-Za-z0-9._-]{1,100}';
const NUMBER = '[1-9][0-9]{0,9}';
/**
 * One pass, leftmost match first, so that a URL is consumed whole and `#12` in its fragment is
 * never read as a reference. Alternatives: a URL (an issue or pull request URL on github.com
 * counts), `owner/repo#12`, `#12`, `GH-12`. A reference stands alone: `abc#1`, `a/b/c#1` and
 * `&#123;` (an HTML entity) are not references.
 */
const GITHUB_REF_PATTERN = new RegExp(
  [
    String.raw`(?<url>\bhttps?://[^\s<>()\[\]"'\x60]+)`,
    String.raw`(?<![\p{L}\p{N}_./-])(?<owner>${OWNER})/(?<repo>${REPO})#(?<number>${NUMBER})(?![\p{L}\p{N}_])`,
    String.raw`(?<![\p{L}\p{N}_&#/.-])#(?<local>${NUMBER})(?![\p{L}\p{N}_])`,
    String.raw`(?<![\p{L}\p{N}_-])GH-(?<gh>${NUMBER})(?![\p{L}\p{N}_]|-[0-9])`,
  ].join('|'),
  'gu',
);
const GITHUB_ISSUE_URL = new RegExp(String.raw`^https?://github\.com/(${OWNER})/(${REPO})/(?:issues|pull)/(${NUMBER})(?:[/?#].*)?$`, 'u');

/** Distinct GitHub issue references in `text`, in order; `#12` and `GH-12` mean `repo`. */
export function extractGitHubIssueRefs(text: string, repo: { owner: string; repo: string }): GitHubIssueRef[] {
  const refs = new Map<string, GitHubIssueRef>();
  const add = (owner: string, name: string, number: number) => {
    // GitHub names are case-insensitive: `Acme/Shop#1` is `acme/shop#1`, and this repository's own
    // name in full is the same issue as `#1`.
    const own = owner.toLowerCase() === repo.owner.toLowerCase() && name.toLowerCase() === repo.repo.toLowerCase();
    const ref = own ? { owner: repo.owner, repo: repo.repo, number } : { owner, repo: name, number };
    const id = `${ref.owner}/${ref.repo}#${number}`.toLowerCase();
    if (!refs.has(id)) refs.set(id, ref);
  };
  for (const match of text.matchAll(GITHUB_REF_PATTERN)) {
    const groups = match.groups ?? {};
    if (groups['url'] !== undefined) {
      const url = GITHUB_ISSUE_URL.exec(groups['url'].replace(/[.,;:!?]+$/, ''));
      if (url) add(url[1]!, url[2]!, Number(url[3]));
    } else if (groups['owner'] !== undefined) {
      add(groups['owner'], groups['repo']!, Number(groups['number']));
    } else {
      add(repo.owner, repo.repo, Number(groups['local'] ?? groups['gh']));
    }
  }
  return [...refs.values()];
}

const REVERT_SUBJECT = /^Revert "(.*)"(?:\s+\(#[0-9]+\))?$/s;

/**
 * The subject of the commit that `subject` reverts: git writes `Revert "<subject>"`, and GitHub's
 * revert button adds ` (#45)` when squashed. A revert of a revert is unwrapped to the original
 * subject, so its keys are known; undefined when `subject` is not a revert.
 */
export function revertedSubject(subject: string): string | undefined {
  let current = subject.trim();
  let reverted: string | undefined;
  for (let match = REVERT_SUBJECT.exec(current); match; match = REVERT_SUBJECT.exec(current)) {
    reverted = current = match[1]!;
  }
  return reverted;
}

/** The GitHub Apps whose commits carry no issue: dependency updates and workflow commits. */
const BOTS = ['dependabot', 'renovate', 'github-actions'];
const BOT_NAME = new RegExp(`^(?:${BOTS.join('|')})\\[bot\\]$`, 'i');
const BOT_EMAIL = new RegExp(`^(?:[0-9]+\\+)?(?:${BOTS.join('|')})\\[bot\\]@users\\.noreply\\.github\\.com$`, 'i');

/**
 * Whether a commit's author is one of the known update bots, by name (`dependabot[bot]`) or by
 * GitHub noreply address (`49699333+dependabot[bot]@users.noreply.github.com`). Authorship is
 * whatever the committer wrote, so this decides an exemption, never a verdict on its own.
 */
export function isBotAuthor(name: string, email?: string): boolean {
  return BOT_NAME.test(name.trim()) || (email !== undefined && BOT_EMAIL.test(email.trim()));
}

const MERGE_SUBJECT = /^Merge pull request #([1-9][0-9]{0,9}) from \S/;
const SQUASH_SUBJECT = /\(#([1-9][0-9]{0,9})\)\s*$/;

/** The pull request a GitHub merge (`Merge pull request #12 from ...`) or squash (`... (#12)`) commit merged. */
export function pullRequestNumberOfMerge(subject: string): number | undefined {
  const match = MERGE_SUBJECT.exec(subject) ?? SQUASH_SUBJECT.exec(subject);
  return match ? Number(match[1]) : undefined;
}
