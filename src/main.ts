// The one shared bundle's exports. The CLI is part of the main chunk (it starts in front of every
// local check, and a chunk costs a module load); the action half, with the Actions toolkit and
// Octokit, loads only when an action runs.

export { runCli } from './cli/main.js';

export async function runAction(target: string): Promise<void> {
  const { runAction: runActionEntry } = await import('./action/run-action.js');
  await runActionEntry(target);
}
