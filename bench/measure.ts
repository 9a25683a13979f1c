// Processes the benchmarks start, measured the same way for ours and the baselines.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Preloaded into every measured process: at exit it reports its peak memory and CPU time (`@maxrss`, `@cpu`). */
export const RSS_PRELOAD = path.join(process.cwd(), 'bench', 'baseline', 'report-rss.cjs');

/** What a measured process reported: wall time, CPU time (all threads), peak resident memory, how it ended. */
export interface Measured {
  ms: number;
  cpuMs: number;
  /** Peak resident memory in MB. */
  rssMb: number;
  status: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** The figures the preload wrote to a process's standard error. */
export function readPreload(stderr: string): { rssMb: number; cpuMs: number } {
  const rss = /@maxrss (\d+)/.exec(stderr);
  const cpu = /@cpu ([\d.]+)/.exec(stderr);
  return { rssMb: rss ? Number(rss[1]) / 1024 : NaN, cpuMs: cpu ? Number(cpu[1]) : NaN };
}

/**
 * One node process from spawn to exit (or to `timeoutMs`, then killed), without a user cache (neither compiled corpora
 * nor the code cache of src/host/bundleLoader.cjs), unless `env` gives one.
 */
export function measureProcess(args: readonly string[], cwd: string, timeoutMs?: number, env: Record<string, string> = {}): Measured {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['-r', RSS_PRELOAD, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, AKKOORDWIJZER_CACHE: 'off', ...env },
    ...(timeoutMs === undefined ? {} : { timeout: timeoutMs, killSignal: 'SIGKILL' as const }),
  });
  const ms = performance.now() - t0;
  const stderr = r.stderr ?? '';
  return { ms, ...readPreload(stderr), status: r.status, signal: r.signal, stderr };
}
