/**
 * Extremes: the hostile drafts of the reliability issue, each checked by the CLI in its own process, next to
 * markdownlint (all default rules, `bench/baseline/markdownlint-cli.cjs`) over the same file in the same run. Reports;
 * never asserts. The goal: never slower or hungrier than markdownlint where it finishes, and within 10 s and 1 GB
 * where it does not.
 *
 * - a single line of 4.8 MB (prose without a line break, as pasted from a PDF);
 * - 100,000 short lines;
 * - 3,000 nested list items;
 * - 10,000 nested blockquotes;
 * - a motie with 25,000 short overwegingen (about 0.9 MB).
 *
 * Each process runs under a time limit (60 s; quick mode 20 s); a process past it counts as "did not finish". Wall
 * time from spawn to exit, CPU time (all threads; the steadier figure on a busy machine) and peak resident memory (a
 * preloaded `bench/baseline/report-rss.cjs`) are reported.
 *
 * Usage: npm run bench:extremes (BENCH_QUICK=1: a fiftieth of each size, to prove the benchmark works). Needs `npm run build` first.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { measureProcess, type Measured } from './measure';
import { reportFigure } from './report';
import { extremes } from '../test/support/extremes';

const QUICK = process.env.BENCH_QUICK === '1' || process.argv.includes('--quick');
const ROOT = process.cwd();
const DIST = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(ROOT, 'dist');
const CLI = path.join(DIST, 'cli.js');
const MARKDOWNLINT = path.join(ROOT, 'bench', 'baseline', 'markdownlint-cli.cjs');
const SCALE = QUICK ? 0.02 : 1;
const LIMIT_MS = QUICK ? 20_000 : 60_000;

interface Run extends Measured {
  finished: boolean;
}

/** One process from spawn to exit (or to the time limit). Exit 0 (clean) or 1 (findings) is a finished check. */
function runProcess(args: readonly string[], cwd: string): Run {
  const r = measureProcess(args, cwd, LIMIT_MS);
  const finished = r.status === 0 || r.status === 1;
  if (!finished && r.signal === null) process.stderr.write(`${path.basename(args[0]!)} exited ${r.status}: ${r.stderr.slice(-400)}\n`);
  return { ...r, finished };
}

const folder = mkdtempSync(path.join(tmpdir(), 'akkoordwijzer-extremes-'));
try {
  for (const { name, text } of extremes(SCALE)) {
    const file = path.join(folder, 'concept.md');
    writeFileSync(file, text);
    const ours = runProcess([CLI, 'check', file], folder);
    const baseline = runProcess([MARKDOWNLINT, file], folder);
    const state = (r: Run) =>
      r.finished ? `${(r.ms / 1000).toFixed(2)} s wall, ${(r.cpuMs / 1000).toFixed(2)} s CPU, ${r.rssMb.toFixed(0)} MB` : `did not finish in ${LIMIT_MS / 1000} s`;
    console.log(`${name} (${(text.length / 1e6).toFixed(2)} MB): ours ${state(ours)}; markdownlint ${state(baseline)}`);
    const goal = baseline.finished ? '≤ 1.0×' : '≤ 10 s, 1 GB (markdownlint does not finish)';
    reportFigure({ name: `${name}: wall time`, value: ours.finished ? ours.ms : Infinity, unit: 'ms', ...(baseline.finished ? { baseline: baseline.ms } : {}), baselineName: 'markdownlint', goal });
    reportFigure({ name: `${name}: CPU time`, value: ours.finished ? ours.cpuMs : Infinity, unit: 'ms', ...(baseline.finished ? { baseline: baseline.cpuMs } : {}), baselineName: 'markdownlint', goal });
    reportFigure({ name: `${name}: peak memory`, value: ours.rssMb, unit: 'MB', ...(baseline.finished ? { baseline: baseline.rssMb } : {}), baselineName: 'markdownlint', goal });
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
