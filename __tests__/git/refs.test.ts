import { describe, expect, it } from 'vitest';

import { isFullSha, looksLikeSha, refProblem, validateRef } from '../../src/git/refs.js';
import { GateInputError } from '../../src/model/result.js';

const SHA1 = '0123456789abcdef0123456789abcdef01234567';
const SHA256 = '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';

describe('refProblem', () => {
  it.each([
    'production',
    'main',
    'release/2026-11',
    'origin/production',
    'refs/heads/x',
    'refs/remotes/origin/production',
    'refs/tags/v1.2.3',
    'v1.2.3',
    'feature/JIRA-123_fix-login',
    'HEAD',
    SHA1,
    SHA1.toUpperCase(),
    SHA256,
    'abc1234',
    'a.b',
    'x.lockfile',
  ])('accepts %j', (ref) => {
    expect(refProblem(ref)).toBeUndefined();
    expect(validateRef('production-ref', ref)).toBe(ref);
  });

  it.each([
    ['--upload-pack=x', /option/],
    ['--upload-pack=touch /tmp/pwned', /option/],
    ['-x', /option/],
    ['a..b', /"\.\."/],
    ['a b', /space/],
    ['a\tb', /control/],
    ['a~1', /~/],
    ['a^', /\^/],
    ['a^{tree}', /\^/],
    ['a:b', /:/],
    ['HEAD:README.md', /:/],
    ['@{u}', /@\{/],
    ['main@{1}', /@\{/],
    ['@', /"@"/],
    ['x.lock', /\.lock/],
    ['refs/heads/x.lock/y', /\.lock/],
    ['.hidden', /starts with "\."/],
    ['refs/heads/.hidden', /starts with "\."/],
    ['a//b', /empty path component/],
    ['/a', /empty path component/],
    ['a/', /empty path component/],
    ['a.', /ends with "\."/],
    ['a*', /\*/],
    ['a?', /\?/],
    ['a[b', /\[/],
    ['a\\b', /\\/],
    ['a\u0000b', /control/],
    ['a\u001fb', /control/],
    ['a\u007fb', /control/],
    ['line\nbreak', /control/],
    ['', /empty/],
    ['x'.repeat(256), /255/],
  ])('rejects %j', (ref, reason) => {
    const problem = refProblem(ref);
    expect(problem).toBeDefined();
    expect(problem).toMatch(reason);
  });
});

describe('validateRef', () => {
  it('throws a GateInputError that names the input, the value and the problem', () => {
    let caught: unknown;
    try {
      validateRef('production-ref', '--upload-pack=touch /tmp/pwned');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GateInputError);
    const message = (caught as Error).message;
    expect(message).toContain('`production-ref`');
    expect(message).toContain('"--upload-pack=touch /tmp/pwned"');
    expect(message).toContain('starts with "-"');
  });

  it('shows at most 80 characters of a long value', () => {
    const value = `a${'b'.repeat(300)}`;
    expect(() => validateRef('sha', value)).toThrow(GateInputError);
    try {
      validateRef('sha', value);
    } catch (error) {
      expect((error as Error).message).not.toContain('b'.repeat(80));
      expect((error as Error).message).toContain('b'.repeat(79));
    }
  });
});

describe('SHA shapes', () => {
  it('knows full SHA-1 and SHA-256 object names', () => {
    expect(isFullSha(SHA1)).toBe(true);
    expect(isFullSha(SHA256)).toBe(true);
    expect(isFullSha(SHA1.slice(0, 39))).toBe(false);
    expect(isFullSha(`${SHA1}0`)).toBe(false);
    expect(isFullSha('g'.repeat(40))).toBe(false);
  });

  it('treats 7 to 64 hex digits as a possible SHA', () => {
    expect(looksLikeSha('abc1234')).toBe(true);
    expect(looksLikeSha('abc123')).toBe(false);
    expect(looksLikeSha('production')).toBe(false);
    expect(looksLikeSha(SHA256)).toBe(true);
  });
});
