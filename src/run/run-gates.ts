// Runs gates the same way for the action and the CLI: settings in, results out. A gate that
// throws ends in `error` with the reason; nothing here can turn a failure into a pass.

import type { SuiteConfig } from '../config/config-file.js';
import type { GateDefinition, GateEnvironment } from '../gates/types.js';
import { parseInputs, type InputSpec } from '../inputs/spec.js';
import { errorResult, type GateResult } from '../model/result.js';
import type { RenderedGate } from '../report/markdown.js';

export interface GateRun {
  gates: readonly GateDefinition[];
  /** A step input or CLI flag, by name; undefined or '' when not set. */
  stepInput(name: string): string | undefined;
  config: SuiteConfig;
  env: GateEnvironment;
}

export async function runGates({ gates, stepInput, config, env }: GateRun): Promise<RenderedGate[]> {
  const rendered: RenderedGate[] = [];
  // One after the other: gates share the checkout, and a deepening fetch must not race another.
  for (const gate of gates) rendered.push({ gate, result: await runOne(gate, stepInput, config, env) });
  return rendered;
}

async function runOne(
  gate: GateDefinition,
  stepInput: (name: string) => string | undefined,
  config: SuiteConfig,
  env: GateEnvironment,
): Promise<GateResult> {
  try {
    const inputs = parseInputs(gate.inputs as InputSpec[], {
      fromStep: stepInput,
      fromConfig: (name) => config.value(gate.name, name),
    });
    return await gate.run(inputs, env);
  } catch (error) {
    return errorResult(gate.name, error);
  }
}
