// Loads the TypeScript sources (src/**/*.ts) straight into this process: Node 24 strips the types
// itself, and this resolve hook maps the `.js` suffixes of the sources' imports to their `.ts`
// files, so the estimator benchmark measures the code as written, without a build step.
// Needs Node >= 22.15 (module.registerHooks); `npm run` puts the project's Node 24 first on PATH.

import { existsSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

if (typeof nodeModule.registerHooks !== 'function') {
  throw new Error(`the estimator benchmark needs Node >= 22.15 (module.registerHooks); this is ${process.version}. Run it with \`npm run bench:estimator\` (the project's Node 24).`);
}
nodeModule.registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier.endsWith('.js') && context.parentURL?.endsWith('.ts') && (specifier.startsWith('.') || specifier.startsWith('/'))) {
      const candidate = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
      if (existsSync(fileURLToPath(candidate))) return nextResolve(candidate.href, context);
    }
    return nextResolve(specifier, context);
  },
});

/** Imports `src/<path>.ts` (path relative to the repository root, e.g. 'src/calibration/calibrate.ts'). */
export function importSource(path) {
  return import(pathToFileURL(`${root}${path}`).href);
}
