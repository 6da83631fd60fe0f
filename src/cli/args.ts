// Command-line flags that mirror the action's inputs: `--production-ref origin/production`,
// `--allow-rollback` (true), `--no-allow-redeploy` (false), `--name=value`.

import type { InputSpec } from '../inputs/spec.js';

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface ParsedArgs {
  values: Map<string, string>;
  positionals: string[];
  help: boolean;
}

export function parseArgs(argv: readonly string[], specs: readonly InputSpec[]): ParsedArgs {
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  const values = new Map<string, string>();
  const positionals: string[] = [];
  let help = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (arg === '--') {
      positionals.push(...argv.slice(index + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [rawName, inlineValue] = splitOnce(arg.slice(2), '=');
    const negated = rawName.startsWith('no-') && !byName.has(rawName) && byName.get(rawName.slice(3))?.kind === 'boolean';
    const name = negated ? rawName.slice(3) : rawName;
    const spec = byName.get(name);
    if (!spec) throw new UsageError(`unknown option --${rawName}; accepted: ${[...byName.keys()].map((n) => `--${n}`).join(', ')}`);
    if (negated) {
      if (inlineValue !== undefined) throw new UsageError(`--no-${name} takes no value`);
      values.set(name, 'false');
    } else if (inlineValue !== undefined) {
      values.set(name, inlineValue);
    } else if (spec.kind === 'boolean') {
      values.set(name, 'true');
    } else {
      const next = argv[index + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      values.set(name, next);
      index++;
    }
  }
  return { values, positionals, help };
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

export function formatOptions(specs: readonly InputSpec[]): string {
  return specs
    .map((spec) => {
      const value = spec.kind === 'boolean' ? '' : spec.kind === 'enum' ? ` <${spec.values?.join('|')}>` : ' <value>';
      return `  --${spec.name}${value}\n      ${spec.description}`;
    })
    .join('\n');
}
