import { describe, expect, it } from 'vitest';
import { formatEstimate, formatRows, formatSeconds } from '../../../src/gates/migrations/format.js';

describe('formatSeconds', () => {
  it.each([
    [0, '< 1 s'],
    [0.999, '< 1 s'],
    [1, '1 s'],
    [1.25, '1.3 s'],
    [9.94, '9.9 s'],
    [9.96, '10 s'],
    [45.4, '45 s'],
    [59.4, '59 s'],
    // Rounds to 60 s: that is a minute.
    [59.6, '1 min'],
    [60, '1 min'],
    [90, '1.5 min'],
    [600, '10 min'],
    [3569, '59 min'],
    [3599, '1 h'],
    [3600, '1 h'],
    [5400, '1.5 h'],
    [36_000 * 10, '100 h'],
  ])('%s s → %s', (seconds, text) => {
    expect(formatSeconds(seconds)).toBe(text);
  });
});

describe('formatEstimate', () => {
  it.each([
    [null, 'unknown'],
    [{ low: 0, high: 0 }, '< 1 s'],
    [{ low: 0.0025, high: 0.0075 }, '< 1 s'],
    [{ low: 0.5, high: 0.999 }, '< 1 s'],
    [{ low: 0.5, high: 5 }, '< 5 s'],
    [{ low: -3, high: 5 }, '< 5 s'],
    [{ low: 2, high: 5 }, '2-5 s'],
    [{ low: 2, high: 2.04 }, '~2 s'],
    [{ low: 1.2, high: 1.9 }, '1.2-1.9 s'],
    [{ low: 360, high: 540 }, '6-9 min'],
    [{ low: 50, high: 120 }, '50 s-2 min'],
    [{ low: 50, high: 59.8 }, '50 s-1 min'],
    [{ low: 59.7, high: 59.9 }, '~1 min'],
    [{ low: 3000, high: 7200 }, '50 min-2 h'],
    [{ low: 3600, high: 3700 }, '~1 h'],
    [{ low: 7200, high: 18_000 }, '2-5 h'],
    [{ low: 0.2, high: 7200 }, '< 2 h'],
  ])('%j → %s', (estimate, text) => {
    expect(formatEstimate(estimate)).toBe(text);
  });
});

describe('formatRows', () => {
  it.each([
    ['new' as const, 'new'],
    [null, 'unknown'],
    [undefined, ''],
    [0, '0'],
    [950, '950'],
    [999, '999'],
    [999.4, '999'],
    [999.6, '1k'],
    [1000, '1k'],
    [1500, '1.5k'],
    [12_345, '12k'],
    [200_000, '200k'],
    [999_499, '999k'],
    // Rounds to 1000k: that is a million.
    [999_999, '1M'],
    [3_140_000, '3.1M'],
    [48_200_000, '48M'],
    [999_999_999, '1B'],
    [1_200_000_000, '1.2B'],
    [12_000_000_000_000, '12000B'],
  ])('%s → %s', (rows, text) => {
    expect(formatRows(rows)).toBe(text);
  });
});
