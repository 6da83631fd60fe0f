// Type checking is `npm run typecheck`'s job (ncc would check the tests too).
// Builds the one shared bundle (dist/index.js, with lazily loaded chunks) and a two-line entry
// per action in front of it, as github/codeql-action does: the code is not copied per action.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
