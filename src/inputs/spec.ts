// One declaration per input, shared by the action (INPUT_*), the CLI (--flags), the config file
// and the tests that keep action.yml and the README in step with the code.

import { GateInputError } from '../model/result.js';

export interface InputSpec {
  name: string;
  description: string;
  kind: 'string' | 'boolean' | 'enum';
  /** Accepted values, for `enum`. */
  values?: readonly string[];
  /** The value used when neither the step, the CLI nor the config file sets one. */
  default?: string;
  /** Read from the step only: never from the config file (tokens). */
  stepOnly?: boolean;
  secret?: boolean;
}

/** Where raw values come from, highest precedence first: the step/CLI, then the config file. */
export interface RawInputs {
  /** undefined or '' means "not set". */
  fromStep(name: string): string | undefined;
  fromConfig(name: string): string | undefined;
}

export type ParsedInputs = Record<string, string | boolean | undefined>;

export function parseInputs(specs: readonly InputSpec[], raw: RawInputs): ParsedInputs {
  const parsed: ParsedInputs = {};
  for (const spec of specs) {
    const stepValue = nonEmpty(raw.fromStep(spec.name));
    const configValue = spec.stepOnly ? undefined : nonEmpty(raw.fromConfig(spec.name));
    const value = stepValue ?? configValue ?? spec.default;
    const origin = stepValue !== undefined ? 'input' : configValue !== undefined ? 'config file key' : 'default of';
    parsed[spec.name] = value === undefined ? undefined : convert(spec, value, origin);
  }
  return parsed;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function convert(spec: InputSpec, value: string, origin: string): string | boolean {
  switch (spec.kind) {
    case 'boolean':
      return parseBoolean(spec.name, value, origin);
    case 'enum':
      if (!spec.values?.includes(value)) {
        throw new GateInputError(
          `${origin} \`${spec.name}\` is ${JSON.stringify(value)}; accepted values: ${spec.values?.join(', ')}.`,
        );
      }
      return value;
    case 'string':
      return value;
  }
}

// The YAML 1.2 core schema's booleans, as the runner's core.getBooleanInput accepts them.
const TRUE_WORDS = ['true', 'True', 'TRUE'];
const FALSE_WORDS = ['false', 'False', 'FALSE'];

export function parseBoolean(name: string, value: string, origin = 'input'): boolean {
  if (TRUE_WORDS.includes(value)) return true;
  if (FALSE_WORDS.includes(value)) return false;
  throw new GateInputError(`${origin} \`${name}\` is ${JSON.stringify(value)}; write true or false.`);
}

/** Inputs every action has. */
export const COMMON_INPUTS: readonly InputSpec[] = [
  {
    name: 'token',
    kind: 'string',
    description: 'GitHub token for the API (deployments, compare, statuses).',
    default: '',
    stepOnly: true,
    secret: true,
  },
  {
    name: 'mode',
    kind: 'enum',
    values: ['enforce', 'report'],
    default: 'enforce',
    description:
      '`enforce` fails the step when a gate fails or cannot decide; `report` never fails the step but still reports everything.',
  },
  {
    name: 'config',
    kind: 'string',
    default: '.github/deploy-gates.yml',
    stepOnly: true,
    description: 'Path of the suite config file. Optional: a missing file at the default path is fine.',
  },
];
