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
    // Both caches off unless `env` gives one: a code-cache folder set in the caller's environment would otherwise win.
    env: { ...process.env, AKKOORDWIJZER_CACHE: 'off', AKKOORDWIJZER_CODE_CACHE: 'off', ...env },
    ...(timeoutMs === undefined ? {} : { timeout: timeoutMs, killSignal: 'SIGKILL' as const }),
  });
  const ms = performance.now() - t0;
  const stderr = r.stderr ?? '';
  return { ms, ...readPreload(stderr), status: r.status, signal: r.signal, stderr };
}

/** One measured run of a process (or of a server up to its first diagnostics). */
export interface Run {
  ms: number;
  /** Peak resident memory in MB. */
  rss: number;
  /** CPU time of the process (all threads) from start to exit, in ms: steadier than wall time on a busy machine. */
  cpu: number;
}

/**
 * What on standard error says a run did not do its work: a stack trace (an uncaught error exits with status 1, which
 * is also "findings"), or a rule of ours that failed and was skipped (logged once, the check goes on, faster).
 */
const FAILED = /^\s+at .+\(.+:\d+:\d+\)$|^Regel \S+ faalde op /m;

/** One process from spawn to exit; a status above 1 (1: findings), or a failure on standard error, fails the benchmark. */
export function runProcess(args: readonly string[], cwd: string, env: Record<string, string> = {}): Run {
  const r = measureProcess(args, cwd, undefined, env);
  if (r.status === null || r.status > 1 || FAILED.test(r.stderr)) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { ms: r.ms, rss: r.rssMb, cpu: r.cpuMs };
}

/**
 * Run each of `measures` in turn, `runs` rounds (after one warm-up each, so all start from a warm disk cache): a change
 * in the machine's load falls on all of them alike. The order turns round every other round (A B, B A, …), so none
 * always runs first, just after another's exit. The runs of each, in the order of `measures`.
 */
export async function alternateAll(runs: number, measures: readonly (() => Run | Promise<Run>)[]): Promise<Run[][]> {
  for (const m of measures) await m();
  const out = measures.map((): Run[] => []);
  const order = [...measures.keys()];
  for (let i = 0; i < runs; i++) for (const k of i % 2 === 0 ? order : [...order].reverse()) out[k]!.push(await measures[k]!());
  return out;
}

/** Alternate ours and the baseline `runs` times (see `alternateAll`). */
export async function alternate(runs: number, ours: () => Run | Promise<Run>, baseline: () => Run | Promise<Run>): Promise<{ ours: Run[]; baseline: Run[] }> {
  const [o, b] = await alternateAll(runs, [ours, baseline]);
  return { ours: o!, baseline: b! };
}
