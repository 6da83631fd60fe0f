import { describe, expect, it } from 'vitest';
import { loadRubyParser, withoutWasiWarning } from '../../../src/migration-parsers/ruby/prism.js';

function warningsDuring(action: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const listener = (warning: Error) => seen.push(`${warning.name}: ${warning.message}`);
  process.on('warning', listener);
  return action()
    .then(() => new Promise((resolve) => setImmediate(resolve)))
    .then(() => seen)
    .finally(() => process.off('warning', listener));
}

describe('loading prism', () => {
  it('loads once, without the WASI experimental warning, and parses Ruby', async () => {
    const wasiLoadedBefore = (process as unknown as { moduleLoadList: string[] }).moduleLoadList.some((m) => m.endsWith(' wasi'));
    const warnings = await warningsDuring(() => loadRubyParser());
    if (!wasiLoadedBefore) expect(warnings.filter((w) => w.includes('WASI'))).toEqual([]);
    expect((process as unknown as { moduleLoadList: string[] }).moduleLoadList.some((m) => m.endsWith(' wasi'))).toBe(true);

    const parse = await loadRubyParser();
    expect(await loadRubyParser()).toBe(parse);
    const result = parse('add_column :users, :name, :string');
    expect(result.errors).toEqual([]);
    expect(result.value.statements.body).toHaveLength(1);
  });

  it('swallows only the WASI warning, and only while loading', async () => {
    const original = process.emitWarning;
    const warnings = await warningsDuring(() =>
      withoutWasiWarning(async () => {
        process.emitWarning('WASI is an experimental feature and might change at any time', 'ExperimentalWarning');
        process.emitWarning('Something else is experimental', 'ExperimentalWarning');
        process.emitWarning('WASI mentioned in a deprecation', 'DeprecationWarning');
      }),
    );
    expect(warnings).toEqual([
      'ExperimentalWarning: Something else is experimental',
      'DeprecationWarning: WASI mentioned in a deprecation',
    ]);
    expect(process.emitWarning).toBe(original);
  });
});
