import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../src/cli/args.js';
import { FORWARD_SHA_INPUTS } from '../../src/gates/forward-sha/inputs.js';

describe('CLI flags', () => {
  it('mirrors the action inputs', () => {
    const args = parseArgs(['--production-ref', 'origin/production', '--sha=abc1234', '--allow-rollback', '--no-allow-redeploy'], FORWARD_SHA_INPUTS);
    expect(Object.fromEntries(args.values)).toEqual({
      'production-ref': 'origin/production',
      sha: 'abc1234',
      'allow-rollback': 'true',
      'allow-redeploy': 'false',
    });
  });

  it('rejects unknown flags and missing values', () => {
    expect(() => parseArgs(['--production'], FORWARD_SHA_INPUTS)).toThrow(UsageError);
    expect(() => parseArgs(['--production-ref'], FORWARD_SHA_INPUTS)).toThrow(/needs a value/);
  });

  it('keeps a value that looks like an option as the value of an explicit --flag=value', () => {
    // The gate itself rejects it later, naming the input: it never reaches git as an option.
    expect(parseArgs(['--production-ref=--upload-pack=x'], FORWARD_SHA_INPUTS).values.get('production-ref')).toBe('--upload-pack=x');
  });
});
