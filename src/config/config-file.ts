// The suite config file (.github/deploy-gates.yml): per-gate settings that a step's inputs
// override. Validated strictly: a misspelled key would otherwise silently keep a default.
//
//   forward-sha:
//     production-ref: production
//     allow-rollback: false

// node:fs, not node:fs/promises: the latter loads readline and streams, 2 ms of every CLI start.
import { readFileSync } from 'node:fs';
import type { InputSpec } from '../inputs/spec.js';
import { GateInputError } from '../model/result.js';

export interface SuiteConfig {
  /** Raw string value of setting `key` of `gate`. */
  value(gate: string, key: string): string | undefined;
}

export const EMPTY_CONFIG: SuiteConfig = { value: () => undefined };

export async function loadConfig(
  path: string,
  { required, gates }: { required: boolean; gates: ReadonlyMap<string, readonly InputSpec[]> },
): Promise<SuiteConfig> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !required) return EMPTY_CONFIG;
    throw new GateInputError(
      `config file ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); ` +
        'fix the `config` input or create the file.',
    );
  }
  return parseConfig(text, path, gates);
}

export async function parseConfig(text: string, path: string, gates: ReadonlyMap<string, readonly InputSpec[]>): Promise<SuiteConfig> {
  // Loaded only when a config file exists: the YAML parser is a fifth of the CLI's start-up time.
  const { parse: parseYaml } = await import('yaml');
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (error) {
    throw new GateInputError(`config file ${path} is not valid YAML: ${(error as Error).message}`);
  }
  if (document === null || document === undefined) return EMPTY_CONFIG;
  if (!isPlainObject(document)) throw new GateInputError(`config file ${path} must be a mapping of gate names to settings.`);

  const values = new Map<string, string>();
  for (const [key, section] of Object.entries(document)) {
    const specs = gates.get(key);
    if (!specs) {
      throw new GateInputError(
        `config file ${path}: unknown key \`${key}\`; accepted: ${[...gates.keys()].join(', ')}.`,
      );
    }
    if (section === null) continue;
    if (!isPlainObject(section)) throw new GateInputError(`config file ${path}: \`${key}\` must be a mapping of settings.`);
    const accepted = specs.filter((spec) => !spec.stepOnly).map((spec) => spec.name);
    for (const [setting, value] of Object.entries(section)) {
      if (!accepted.includes(setting)) {
        throw new GateInputError(
          `config file ${path}: \`${key}.${setting}\` is not a setting of ${key}; accepted: ${accepted.join(', ')}.`,
        );
      }
      values.set(`${key}:${setting}`, scalarToString(value, `${path}: ${key}.${setting}`));
    }
  }
  return { value: (gate, key) => values.get(`${gate}:${key}`) };
}

function scalarToString(value: unknown, where: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) {
    return value.join(',');
  }
  throw new GateInputError(`${where} must be a string, number, boolean or list of strings.`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
