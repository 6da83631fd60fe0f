import { describe, expect, it } from 'vitest';
import { formatRatesFile } from '../../../../src/calibration/format.js';
import { DEFAULT_RATES, MODELLED_CLASSES, parseRatesFile } from '../../../../src/gates/migrations/cost/rates.js';
import { GateInputError } from '../../../../src/model/result.js';

const parse = (content: string) => parseRatesFile('.github/migration-rates.yml', content);
const failure = (content: string): string => {
  try {
    parse(content);
  } catch (error) {
    expect(error).toBeInstanceOf(GateInputError);
    return (error as Error).message;
  }
  throw new Error('expected a GateInputError');
};

describe('DEFAULT_RATES', () => {
  it('has finite, non-negative rates for every class of both adapters', () => {
    for (const adapter of ['postgresql', 'mysql'] as const) {
      const rates = DEFAULT_RATES[adapter];
      expect(rates.adapter).toBe(adapter);
      for (const costClass of MODELLED_CLASSES) {
        for (const value of Object.values(rates.classes[costClass])) {
          expect(Number.isFinite(value) && value >= 0, `${adapter}.${costClass}`).toBe(true);
        }
      }
    }
  });
});

describe('parseRatesFile', () => {
  it('overrides only what the file says and keeps the defaults for the rest', () => {
    const rates = parse('version: 1\nadapter: postgresql\nclasses:\n  rewrite:\n    per-row-seconds: 2.5e-6\n');
    expect(rates.classes.rewrite.perRowSeconds).toBe(2.5e-6);
    expect(rates.classes.rewrite.fixedSeconds).toBe(DEFAULT_RATES.postgresql.classes.rewrite.fixedSeconds);
    expect(rates.classes.scan).toEqual(DEFAULT_RATES.postgresql.classes.scan);
    expect(rates.bytesPerRow).toBe(DEFAULT_RATES.postgresql.bytesPerRow);
  });

  it('reads JSON too', () => {
    const rates = parse(JSON.stringify({ version: 1, adapter: 'mysql', 'bytes-per-row': 300, 'cache-bytes': 8e9, classes: { index: { spread: 0.4, 'cold-factor': 2 } } }));
    expect(rates.adapter).toBe('mysql');
    expect(rates.bytesPerRow).toBe(300);
    expect(rates.cacheBytes).toBe(8e9);
    expect(rates.classes.index).toMatchObject({ spread: 0.4, coldFactor: 2 });
  });

  it('reads back what formatRatesFile writes', () => {
    const written = { ...DEFAULT_RATES.mysql, cacheBytes: 134217728, measured: { serverVersion: '10.11.19-MariaDB', date: '2026-11-23', rows: 200000 } };
    const text = formatRatesFile(written);
    expect(text).toMatch(/^# deploy-gates migration cost rates/);
    expect(text).toMatch(/Measured on mysql 10\.11\.19-MariaDB at 2026-11-23 with 200000 rows/);
    const read = parse(text);
    expect(read.measured).toEqual(written.measured);
    expect(read.cacheBytes).toBe(134217728);
    for (const costClass of MODELLED_CLASSES) {
      for (const [field, value] of Object.entries(written.classes[costClass])) {
        expect(read.classes[costClass][field as keyof typeof read.classes.scan]).toBeCloseTo(value, 12);
      }
    }
    expect(formatRatesFile({ ...DEFAULT_RATES.postgresql, measured: undefined })).toMatch(/Not measured/);
  });

  it('names the file, the key and the accepted form for every mistake', () => {
    expect(failure('version: [')).toMatch(/^rates file \.github\/migration-rates\.yml: is not valid YAML or JSON: /);
    expect(failure('- 1\n- 2\n')).toBe(
      'rates file .github/migration-rates.yml: must be a mapping with `version: 1`, `adapter` and `classes` (write one with `deploy-gates migrations calibrate`).',
    );
    expect(failure('')).toMatch(/must be a mapping/);
    expect(failure('version: 1\nadapter: postgresql\nrate: 3\n')).toBe(
      'rates file .github/migration-rates.yml: unknown key `rate`; accepted: version, adapter, bytes-per-row, cache-bytes, classes, measured.',
    );
    expect(failure('version: 2\nadapter: postgresql\n')).toBe('rates file .github/migration-rates.yml: `version` is 2; accepted: 1.');
    expect(failure('adapter: postgresql\n')).toBe('rates file .github/migration-rates.yml: `version` is null; accepted: 1.');
    expect(failure('version: 1\nadapter: oracle\n')).toBe('rates file .github/migration-rates.yml: `adapter` is "oracle"; accepted: postgresql, mysql.');
    expect(failure('version: 1\nadapter: mysql\nbytes-per-row: 0\n')).toBe('rates file .github/migration-rates.yml: `bytes-per-row` is 0; accepted: a number > 0.');
    expect(failure('version: 1\nadapter: mysql\ncache-bytes: -5\n')).toBe('rates file .github/migration-rates.yml: `cache-bytes` is -5; accepted: a number > 0.');
    expect(failure('version: 1\nadapter: mysql\nclasses: [1]\n')).toBe(
      'rates file .github/migration-rates.yml: `classes` must be a mapping of cost classes (metadata, scan, rewrite, index, concurrent-index, backfill) to rates.',
    );
    expect(failure('version: 1\nadapter: mysql\nclasses:\n  copy: {}\n')).toBe(
      'rates file .github/migration-rates.yml: unknown key `classes.copy`; accepted: metadata, scan, rewrite, index, concurrent-index, backfill.',
    );
    expect(failure('version: 1\nadapter: mysql\nclasses:\n  scan: 3\n')).toBe(
      'rates file .github/migration-rates.yml: `classes.scan` must be a mapping of fixed-seconds, per-row-seconds, per-byte-seconds, per-index-row-seconds, spread, cold-factor.',
    );
    expect(failure('version: 1\nadapter: mysql\nclasses:\n  scan:\n    per-row: 1\n')).toBe(
      'rates file .github/migration-rates.yml: unknown key `classes.scan.per-row`; accepted: fixed-seconds, per-row-seconds, per-byte-seconds, per-index-row-seconds, spread, cold-factor.',
    );
    for (const bad of ['"fast"', '-1', '.inf', '.nan']) {
      expect(failure(`version: 1\nadapter: mysql\nclasses:\n  scan:\n    per-row-seconds: ${bad}\n`)).toMatch(
        /^rates file \.github\/migration-rates\.yml: `classes\.scan\.per-row-seconds` is .*; accepted: a number >= 0, plain or in exponent form \(0\.05, 2\.1e-6\)\.$/,
      );
    }
    expect(failure('version: 1\nadapter: mysql\nmeasured: yesterday\n')).toBe(
      'rates file .github/migration-rates.yml: `measured` must be a mapping of server-version, date, rows.',
    );
    expect(failure('version: 1\nadapter: mysql\nmeasured:\n  host: db1\n')).toBe(
      'rates file .github/migration-rates.yml: unknown key `measured.host`; accepted: server-version, date, rows.',
    );
    expect(failure('version: 1\nadapter: mysql\nmeasured:\n  rows: many\n')).toMatch(/`measured\.rows` is "many"/);
  });

  it('accepts empty sections', () => {
    expect(parse('version: 1\nadapter: mysql\nclasses:\n  scan:\n').classes.scan).toEqual(DEFAULT_RATES.mysql.classes.scan);
    expect(parse('version: 1\nadapter: mysql\nclasses:\nmeasured:\n').classes).toEqual(DEFAULT_RATES.mysql.classes);
  });
});
