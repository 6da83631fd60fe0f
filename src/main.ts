// The one shared bundle's exports. Each entry loads its half lazily, so the CLI never loads the
// Actions toolkit and the actions never load the CLI.

export async function runAction(target: string): Promise<void> {
  const { runAction: run } = await import('./action/run-action.js');
  await run(target);
}

export async function runCli(argv: readonly string[]): Promise<number> {
  const { runCli: run } = await import('./cli/main.js');
  return run(argv);
}
