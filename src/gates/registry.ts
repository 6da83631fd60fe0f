// Every gate, registered once. The suite runs them in this order.

import { forwardSha } from './forward-sha/index.js';
import type { GateDefinition } from './types.js';

export const GATES: readonly GateDefinition[] = [forwardSha];

export function findGate(name: string): GateDefinition | undefined {
  return GATES.find((gate) => gate.name === name);
}
