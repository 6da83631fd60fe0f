// Parsers for input values shared by several gates: lists, durations, regular expressions.

import { GateInputError } from '../model/result.js';

/** `a, b,c` → ['a', 'b', 'c']; empty items dropped. */
export function parseList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `90s`, `2m`, `1h30m`, `500ms` → milliseconds. */
export function parseDuration(name: string, value: string): number {
  const text = value.trim();
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  if (!parts.length || parts.map((part) => part[0]).join('') !== text) {
    throw new GateInputError(`input \`${name}\` is ${JSON.stringify(value)}; write a duration such as 90s, 2m or 1h30m.`);
  }
  return parts.reduce((total, [, amount, unit]) => total + Number(amount) * UNIT_MS[unit!]!, 0);
}

export function parseRegExp(name: string, value: string | undefined): RegExp | undefined {
  if (!value) return undefined;
  try {
    return new RegExp(value, 'u');
  } catch (error) {
    throw new GateInputError(`input \`${name}\` is not a valid regular expression: ${(error as Error).message}`);
  }
}
