/*
 * Child processes of the harness run in their own process group (spawn `detached`, i.e. setsid), so stopping one
 * stops everything it started (code-server → extension host → language server, file watchers; nvim → server).
 * Whatever is still running when the harness exits, for any reason, is killed group-wide.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

const groups = new Set<number>();

function alive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function killGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // already gone
  }
}

/** Start a process as the leader of a new process group. */
export function spawnGroup(command: string, args: readonly string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  if (child.pid !== undefined) groups.add(child.pid);
  return child;
}

/** SIGTERM the whole group, then SIGKILL whatever is left after `graceMs`. Resolves when the group is gone. */
export async function stopGroup(pgid: number | undefined, graceMs = 5_000): Promise<void> {
  if (pgid === undefined) return;
  killGroup(pgid, 'SIGTERM');
  const t0 = Date.now();
  while (alive(pgid) && Date.now() - t0 < graceMs) await new Promise((r) => setTimeout(r, 100));
  if (alive(pgid)) killGroup(pgid, 'SIGKILL');
  const t1 = Date.now();
  while (alive(pgid) && Date.now() - t1 < 2_000) await new Promise((r) => setTimeout(r, 50));
  groups.delete(pgid);
}

/** Last resort on exit or a signal: no process of ours outlives the harness. */
export function installExitHandlers(cleanup: () => void): void {
  const killAll = () => {
    for (const g of groups) killGroup(g, 'SIGKILL');
    groups.clear();
  };
  process.on('exit', () => {
    killAll();
    cleanup();
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(sig, () => {
      console.error(`\n[e2e] ${sig}: stopping every process the harness started`);
      process.exit(130);
    });
  }
}
