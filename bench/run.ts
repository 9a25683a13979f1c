/**
 * `npm run bench`: every benchmark of this folder (`*.bench.ts`), each in its own process, their details passed on to
 * standard error and their figures (`@bench` lines, see `report.ts`) collected into ONE table on standard output:
 * ours, the baseline measured in the same run, the ratio, and the goal where the issue sets one. Asserts nothing.
 * `BENCH_QUICK=1` makes every benchmark small (a test runs it so to prove they work; it never looks at a time).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { FIGURE_MARK } from './report';

interface Row {
  bench: string;
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  baselineName: string;
  goal: string;
}

const benches = readdirSync(path.join(process.cwd(), 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
const rows: Row[] = [];
const failed: string[] = [];
for (const file of benches) {
  const r = spawnSync(process.execPath, ['tools/run-ts.mjs', path.join('bench', file)], { encoding: 'utf8', env: process.env, maxBuffer: 64 * 1024 * 1024 });
  process.stderr.write(`\n== ${file}\n${r.stdout.split('\n').filter((l) => !l.startsWith(FIGURE_MARK)).join('\n')}${r.stderr}`);
  if (r.status !== 0) failed.push(file);
  for (const line of r.stdout.split('\n')) {
    if (!line.startsWith(`${FIGURE_MARK}\t`)) continue;
    const [, name = '', value = '', unit = '', baseline = '', baselineName = '', goal = ''] = line.split('\t');
    rows.push({ bench: file.replace(/\.bench\.ts$/, ''), name, value: Number(value), unit, ...(baseline === '' ? {} : { baseline: Number(baseline) }), baselineName, goal });
  }
}

const fmt = (x: number, unit: string) => `${x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(3)} ${unit}`;
const table = [
  ['bench', 'figure', 'ours', 'baseline (same run)', 'ratio', 'goal'],
  ...rows.map((r) => [
    r.bench,
    r.name,
    fmt(r.value, r.unit),
    r.baseline === undefined ? '' : `${fmt(r.baseline, r.unit)} ${r.baselineName}`,
    r.baseline === undefined || r.baseline === 0 ? '' : `${(r.value / r.baseline).toFixed(2)}×`,
    r.goal,
  ]),
];
const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
const line = (row: string[]) => `| ${row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
console.log(line(table[0]!));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of table.slice(1)) console.log(line(row));
console.log(`\n${rows.length} figures from ${benches.length} benchmarks${process.env.BENCH_QUICK === '1' ? ' (quick mode: small sizes, few runs)' : ''}; node ${process.version}, ${process.platform}.`);
if (failed.length > 0) {
  console.log(`failed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
