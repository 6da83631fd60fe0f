// Loads the real Ruby parser (prism, compiled to WebAssembly) once per process.
// The package is imported here, and only here, dynamically: Node warns about WASI when the
// package's entry module is evaluated, so that must happen inside the warning filter below.
// Other modules take the node classes from '@ruby/prism/src/nodes.js', which does not load WASI.
import type { loadPrism } from '@ruby/prism';

export type ParseResult = ReturnType<Awaited<ReturnType<typeof loadPrism>>>;
export type RubyParse = (source: string) => ParseResult;

let loading: Promise<RubyParse> | undefined;

/**
 * The prism parse function. Compiling the WebAssembly module takes tens of milliseconds, so it is
 * done on first use and shared; a benchmark can time `parse` alone through this.
 */
export function loadRubyParser(): Promise<RubyParse> {
  loading ??= loadQuietly().catch((error: unknown) => {
    // A failed load must not poison every later call with the same rejected promise.
    loading = undefined;
    throw error;
  });
  return loading;
}

async function loadQuietly(): Promise<RubyParse> {
  const parse = await withoutWasiWarning(async () => {
    const prism = await import('@ruby/prism');
    return prism.loadPrism();
  });
  return (source: string) => parse(source);
}

/**
 * Node prints "ExperimentalWarning: WASI is an experimental feature" when prism creates its WASI
 * instance; in an Action log that line reads like a problem with the deploy. Only that one warning
 * is swallowed, and only while loading, so every other warning still reaches the user.
 */
export async function withoutWasiWarning<T>(load: () => Promise<T>): Promise<T> {
  const original = process.emitWarning;
  const filtered = function (this: unknown, warning: string | Error, ...rest: unknown[]): void {
    if (isWasiExperimentalWarning(warning, rest)) return;
    (original as (...args: unknown[]) => void).call(process, warning, ...rest);
  };
  process.emitWarning = filtered as typeof process.emitWarning;
  try {
    return await load();
  } finally {
    process.emitWarning = original;
  }
}

function isWasiExperimentalWarning(warning: string | Error, rest: unknown[]): boolean {
  const message = typeof warning === 'string' ? warning : warning.message;
  const type =
    typeof warning === 'string'
      ? typeof rest[0] === 'string'
        ? rest[0]
        : (rest[0] as { type?: string } | undefined)?.type
      : warning.name;
  return type === 'ExperimentalWarning' && /\bWASI\b/.test(message);
}
