import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionYml } from '../../src/action/action-yml.js';
import { GATES } from '../../src/gates/registry.js';

const root = resolve(import.meta.dirname, '../..');
const files: Array<[string, string]> = [
  ['action.yml', actionYml('suite')],
  ...GATES.map((gate): [string, string] => [`actions/${gate.name}/action.yml`, actionYml(gate)]),
];

describe('action.yml files', () => {
  it.each(files)('%s matches the gates’ declarations', (path, expected) => {
    if (process.env['UPDATE_ACTION_YML']) writeFileSync(join(root, path), expected);
    expect(readFileSync(join(root, path), 'utf8')).toBe(expected);
  });

  it.each(files)('%s runs on node24 and points at a committed entry', (path) => {
    const metadata = parse(readFileSync(join(root, path), 'utf8'));
    expect(metadata.runs.using).toBe('node24');
    expect(existsSync(resolve(dirname(join(root, path)), metadata.runs.main))).toBe(true);
  });

  it('gives every gate output a name no other gate uses (the suite sets them all)', () => {
    const names = GATES.flatMap((gate) => gate.outputs.map((output) => output.name));
    expect(new Set(names).size).toBe(names.length);
  });
});
