import { describe, expect, it } from 'vitest';
import { parseInputs, type InputSpec } from '../../src/inputs/spec.js';
import { GateInputError } from '../../src/model/result.js';

const specs: InputSpec[] = [
  { name: 'flag', kind: 'boolean', default: 'false', description: '' },
  { name: 'mode', kind: 'enum', values: ['a', 'b'], default: 'a', description: '' },
  { name: 'name', kind: 'string', description: '' },
  { name: 'token', kind: 'string', description: '', stepOnly: true },
];

const from = (step: Record<string, string>, config: Record<string, string> = {}) => ({
  fromStep: (n: string) => step[n],
  fromConfig: (n: string) => config[n],
});

describe('parseInputs', () => {
  it('applies step over config over default', () => {
    expect(parseInputs(specs, from({}, {}))).toEqual({ flag: false, mode: 'a', name: undefined, token: undefined });
    expect(parseInputs(specs, from({}, { flag: 'true', name: 'cfg' }))).toMatchObject({ flag: true, name: 'cfg' });
    expect(parseInputs(specs, from({ flag: 'false', name: 'step' }, { flag: 'true', name: 'cfg' }))).toMatchObject({ flag: false, name: 'step' });
  });

  it('treats an empty step input as not set (the runner passes "" for unset inputs)', () => {
    expect(parseInputs(specs, from({ name: '  ' }, { name: 'cfg' }))).toMatchObject({ name: 'cfg' });
  });

  it('never reads a step-only input from the config file', () => {
    expect(parseInputs(specs, from({}, { token: 'leaked' }))['token']).toBeUndefined();
  });

  it('rejects a bad boolean or enum, naming the input and the accepted values', () => {
    expect(() => parseInputs(specs, from({ flag: 'yes' }))).toThrow(GateInputError);
    expect(() => parseInputs(specs, from({ flag: 'yes' }))).toThrow(/`flag`.*true or false/);
    expect(() => parseInputs(specs, from({}, { mode: 'c' }))).toThrow(/config file key `mode`.*accepted values: a, b/);
  });
});
