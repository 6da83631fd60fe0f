// Type checking is `npm run typecheck`'s job (ncc would check the tests too).
// Builds the one shared bundle (dist/index.js, with lazily loaded chunks) and a two-line entry
// per action in front of it, as github/codeql-action does: the code is not copied per action.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const ncc = join(root, 'node_modules', '.bin', 'ncc');

rmSync(dist, { recursive: true, force: true });
execFileSync(ncc, ['build', 'src/main.ts', '--out', 'dist', '--license', 'licenses.txt', '--transpile-only', '--quiet'], {
  cwd: root,
  stdio: 'inherit',
});

// @ruby/prism reads `fileURLToPath(new URL("prism.wasm", import.meta.url))`; ncc turns the URL into a
// plain path (its asset base + name), which fileURLToPath then refuses: keep the path as it is.
const PRISM_LOADER = '(0,external_node_url_.fileURLToPath)(__webpack_require__.ab + "prism.wasm")';
patchOneChunk('prism', PRISM_LOADER, '(__webpack_require__.ab + "prism.wasm")');

function patchOneChunk(what, find, replacement, prefix = '') {
  const chunks = readdirSync(dist).filter((name) => name.endsWith('.js') && readFileSync(join(dist, name), 'utf8').includes(find));
  if (chunks.length !== 1) throw new Error(`expected one chunk with ${what}'s loader (${find}), found ${chunks.length}: has ncc or ${what} changed? Update scripts/build.mjs`);
  const file = join(dist, chunks[0]);
  const source = readFileSync(file, 'utf8');
  if (source.split(find).length !== 2) throw new Error(`${what}'s loader appears more than once: update scripts/build.mjs`);
  writeFileSync(file, prefix + source.replace(find, replacement));
}

// libpg-query's Emscripten loader finds its .wasm through `__dirname`, which an ESM chunk does not
// have: give that chunk its own directory from import.meta.url and put the .wasm beside it. (ncc
// copies prism.wasm itself: @ruby/prism names its file through `new URL(..., import.meta.url)`.)
patchOneChunk(
  'libpg-query',
  'scriptDirectory=__dirname+"/"',
  'scriptDirectory=__pgQueryDirname',
  'import { fileURLToPath as __pgQueryFileURLToPath } from "node:url";\nconst __pgQueryDirname = __pgQueryFileURLToPath(new URL(".", import.meta.url));\n',
);
copyFileSync(join(root, 'node_modules', 'libpg-query', 'wasm', 'libpg-query.wasm'), join(dist, 'libpg-query.wasm'));

// Entries: one per action (the suite and each gate) and one for the CLI.
const gates = readdirSync(join(root, 'actions'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
mkdirSync(join(dist, 'actions'), { recursive: true });
for (const target of ['suite', ...gates]) {
  writeFileSync(
    join(dist, 'actions', `${target}.js`),
    `import { runAction } from '../index.js';\nawait runAction(${JSON.stringify(target)});\n`,
  );
}

let bytes = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else bytes += statSync(path).size;
  }
};
walk(dist);
console.log(`dist/: ${(bytes / 1024).toFixed(0)} KiB in one shared bundle, entries for: suite, ${gates.join(', ')}`);
