// The action.yml files, derived from the gates' input and output declarations. A test compares
// the committed files with this (UPDATE_ACTION_YML=1 rewrites them), so the metadata the runner
// reads can never drift from what the code parses.

import { stringify } from 'yaml';
import { GATES } from '../gates/registry.js';
import type { GateDefinition, OutputSpec } from '../gates/types.js';
import { COMMON_INPUTS, type InputSpec } from '../inputs/spec.js';

const COMMON_OUTPUTS: readonly OutputSpec[] = [
  { name: 'verdict', description: '`pass`, `fail` or `error` (could not decide).' },
  { name: 'result', description: 'The whole result as JSON: verdict, summary, findings and the evidence.' },
];

const GATES_INPUT: InputSpec = {
  name: 'gates',
  kind: 'string',
  default: 'all',
  description: 'Which gates to run, comma-separated, in the suite order. Default: `all`.',
};

const STEP_DEFAULTS: Record<string, string> = { token: '${{ github.token }}' };

export function actionYml(target: 'suite' | GateDefinition): string {
  const suite = target === 'suite';
  const gates = suite ? GATES : [target];
  const inputs = unique([...COMMON_INPUTS, ...(suite ? [GATES_INPUT] : []), ...gates.flatMap((gate) => gate.inputs)]);
  const outputs = unique([...COMMON_OUTPUTS, ...gates.flatMap((gate) => gate.outputs)]);
  const document = {
    name: suite ? 'deploy-gates' : `deploy-gates ${target.name}`,
    description: suite
      ? 'Decides whether a deploy may go ahead: runs every deploy gate and writes the deploy plan to the job summary.'
      : target.question,
    author: 'deploy-gates',
    branding: { icon: 'shield', color: 'green' },
    inputs: Object.fromEntries(inputs.map((input) => [input.name, inputEntry(input)])),
    outputs: Object.fromEntries(outputs.map((output) => [output.name, { description: output.description }])),
    runs: { using: 'node24', main: suite ? 'dist/actions/suite.js' : `../../dist/actions/${target.name}.js` },
  };
  return `# Generated from the gates' declarations in src/; a test keeps it in step (UPDATE_ACTION_YML=1 rewrites it).\n${stringify(document, { lineWidth: 0 })}`;
}

function inputEntry(input: InputSpec): Record<string, unknown> {
  // Only the step-only inputs carry a default here: a default on a gate setting would always
  // reach the action and hide the config file's value. The code applies the documented default.
  const stepDefault = STEP_DEFAULTS[input.name] ?? (input.stepOnly || COMMON_INPUTS.includes(input) || input === GATES_INPUT ? input.default : undefined);
  return { description: input.description, required: false, ...(stepDefault !== undefined ? { default: stepDefault } : {}) };
}

function unique<T extends { name: string }>(items: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(item.name)) seen.set(item.name, item);
  return [...seen.values()];
}
