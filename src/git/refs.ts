// Validation of refs and SHAs that come from inputs, before they reach git as arguments.
// Follows git-check-ref-format(1), and refuses anything git could read as an option.

import { GateInputError } from '../model/result.js';

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;
const ABBREVIATED_SHA = /^[0-9a-f]{7,64}$/i;

export function isFullSha(value: string): boolean {
  return SHA.test(value);
}

export function looksLikeSha(value: string): boolean {
  return ABBREVIATED_SHA.test(value);
}

/**
 * Returns why `value` is not an acceptable ref name or SHA, or undefined when it is.
 * Stricter than git on purpose: revision syntax (`~`, `^`, `@{}`, `:`) is refused, so an
 * input always names one ref or one commit.
 */
export function refProblem(value: string): string | undefined {
  if (value.length === 0) return 'it is empty';
  if (value.length > 255) return 'it is longer than 255 characters';
  if (value.startsWith('-')) return 'it starts with "-", so git would read it as an option';
  if (/[\x00-\x20\x7f~^:?*[\\]/.test(value)) return 'it contains a space, a control character or one of ~ ^ : ? * [ \\';
  if (value.includes('..')) return 'it contains ".."';
  if (value.includes('@{')) return 'it contains "@{"';
  if (value === '@') return 'it is "@"';
  if (value.startsWith('/') || value.endsWith('/') || value.includes('//')) return 'it has an empty path component';
  if (value.endsWith('.')) return 'it ends with "."';
  for (const component of value.split('/')) {
    if (component.startsWith('.')) return 'a path component starts with "."';
    if (component.endsWith('.lock')) return 'a path component ends with ".lock"';
  }
  return undefined;
}

/** Throws a GateInputError naming the input when `value` is not a valid ref or SHA. */
export function validateRef(inputName: string, value: string): string {
  const problem = refProblem(value);
  if (problem) {
    throw new GateInputError(
      `input \`${inputName}\` ${JSON.stringify(value.slice(0, 80))} is not a valid branch, tag or SHA: ${problem}.`,
    );
  }
  return value;
}
