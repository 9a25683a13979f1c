/*
 * The whole check as the text grows, next to markdownlint on the same files in the same run: what each further 100 KB
 * of drafts costs a whole check, and how the cost per kB grows with a draft. Reports; never asserts. Sizes count
 * characters (UTF-16 code units) of text.
 *
 * - Per 100 KB (process level): `node dist/cli.js check <files>` against `bench/baseline/markdownlint-cli.cjs <files>`
 *   (markdownlint with all its default rules, printing its findings as a CLI does), each over the files alone in an
 *   empty folder. Two sets: the published moties and Kamervragen of the evaluation (`test/eval/real/docs`, 423 files,
 *   0.53 MB: every tenth file against all of them, so both hold the same mix of moties and Kamervragen), and one
 *   Kamervragen and one motie made of them (`bench/realDrafts.ts`) of 11 and 110 kB. The four runs (ours and
 *   markdownlint, smaller and larger) alternate, one warm-up each, then RUNS rounds; median wall time. The difference
 *   between the larger and the smaller run's median, scaled to 100 KB, is what a further 100 KB costs, the start
 *   taken out. Also the peak memory of both on the larger run.
 * - Growth (in process): a full check of the same two drafts (the URI forgotten first, as when a draft is opened),
 *   median of RUNS after a warm-up, so a re-check with the process's memos of words and sentences warm: how the work
 *   of a check grows with the draft, the first analysis of each word left out (the process-level figure has it); the
 *   time per kB of the larger draft divided by the time per kB of the smaller (1.0: the cost grows linearly with the
 *   draft). markdownlint's growth over the same texts is printed beside it.
 *
 * The long drafts repeat no question or overweging (`distinct`): a process's memos serve a repeated sentence, so at
 * process level a draft that repeats its text (the typing benchmarks' 500 kB motie is its first 50 kB nine times)
 * measures the memos, not the check. The published documents hold ~130 kB of distinct questions and ~115 kB of distinct overwegingen,
 * so the tenfold range is 11 → 110 kB rather than 50 → 500 kB.
 *
 * Usage: npm run bench:scaling (needs `npm run build`; BENCH_QUICK=1: fewer documents, 5 and 25 kB, 3 runs; BENCH_DIST=DIR:
 * the CLI of the bundles in DIR, for the process-level figures).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lint } from 'markdownlint/sync';
import { createEvalService } from '../test/eval/evaluate';
import { alternateAll, runProcess, type Run } from './measure';
import { kamervragenDraft, motieDraft } from './realDrafts';
import { reportFigure } from './report';
import { percentile } from './synthetic';

const QUICK = process.env.BENCH_QUICK === '1' || process.argv.includes('--quick');
const [SMALL, LARGE] = QUICK ? [5_000, 25_000] : [11_000, 110_000];
const RUNS = QUICK ? 3 : 7;
const ROOT = process.cwd();
// BENCH_DIST: the bundles of another build (e.g. of an older commit, for before/after figures); dist/ by default.
const CLI = path.join(process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(ROOT, 'dist'), 'cli.js');
const MARKDOWNLINT = path.join(ROOT, 'bench', 'baseline', 'markdownlint-cli.cjs');

const KINDS = [
  { name: 'Kamervragen', make: (size: number) => kamervragenDraft(size, { distinct: true }) },
  { name: 'motie', make: (size: number) => motieDraft(size, { distinct: true }) },
];

const kB = (chars: number) => `${Math.round(chars / 1000)} kB`;
const medianOf = (runs: readonly Run[], key: keyof Run) => percentile(runs.map((r) => r[key]));

interface File {
  name: string;
  text: string;
}

const size = (files: readonly File[]) => files.reduce((n, f) => n + f.text.length, 0);

/** Our CLI and markdownlint's over a smaller and a larger set of files, the four alternating. */
async function processLevel(smaller: readonly File[], larger: readonly File[]): Promise<{ ours: Run[]; baseline: Run[] }[]> {
  const folders = [smaller, larger].map((files) => {
    const folder = mkdtempSync(path.join(tmpdir(), 'aw-bench-scaling-'));
    for (const f of files) writeFileSync(path.join(folder, f.name), f.text);
    return { folder, names: files.map((f) => f.name) };
  });
  try {
    const measures = folders.flatMap(({ folder, names }) => [() => runProcess([CLI, 'check', ...names], folder), () => runProcess([MARKDOWNLINT, ...names], folder)]);
    const [sOurs, sBase, lOurs, lBase] = await alternateAll(RUNS, measures);
    return [
      { ours: sOurs!, baseline: sBase! },
      { ours: lOurs!, baseline: lBase! },
    ];
  } finally {
    for (const { folder } of folders) rmSync(folder, { recursive: true, force: true });
  }
}

/** The marginal cost per 100 KB of text between a smaller and a larger set of files, ours against markdownlint's. */
async function perHundredKb(what: string, smaller: readonly File[], larger: readonly File[]): Promise<void> {
  const [s, l] = await processLevel(smaller, larger);
  const span = size(larger) - size(smaller);
  const per100 = (a: Run[], b: Run[]) => ((medianOf(b, 'ms') - medianOf(a, 'ms')) / span) * 100_000;
  const ours = per100(s!.ours, l!.ours);
  const baseline = per100(s!.baseline, l!.baseline);
  const range = `${kB(size(smaller))} → ${kB(size(larger))}`;
  console.log(
    `  ${what.padEnd(34)} ${range.padEnd(16)} ours ${medianOf(s!.ours, 'ms').toFixed(0)} → ${medianOf(l!.ours, 'ms').toFixed(0)} ms (${ours.toFixed(1)} per 100 KB); markdownlint ${medianOf(s!.baseline, 'ms').toFixed(0)} → ${medianOf(l!.baseline, 'ms').toFixed(0)} ms (${baseline.toFixed(1)} per 100 KB)`,
  );
  reportFigure({ name: `whole check per 100 KB, ${what} (process level, ${range})`, value: ours, unit: 'ms', baseline, baselineName: 'markdownlint', goal: '≤ 1.0×' });
  reportFigure({ name: `whole check, peak memory, ${what}, ${kB(size(larger))} (process level)`, value: medianOf(l!.ours, 'rss'), unit: 'MB', baseline: medianOf(l!.baseline, 'rss'), baselineName: 'markdownlint' });
}

/** The published documents of the evaluation, as files of their own, in a fixed order. */
function realDocuments(): File[] {
  const root = path.join(ROOT, 'test', 'eval', 'real', 'docs');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort();
  return files.map((f, i) => ({ name: `${String(i).padStart(3, '0')}.md`, text: readFileSync(path.join(root, f), 'utf8') }));
}

async function processLevelFigures(): Promise<void> {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  console.log(`Per 100 KB (process level, ${RUNS} rounds, median): CLI check against markdownlint over the same files`);
  const documents = realDocuments();
  // Quick: every third document (a third of the set, the same mix).
  const all = QUICK ? documents.filter((_, i) => i % 3 === 0) : documents;
  await perHundredKb('published moties and Kamervragen', all.filter((_, i) => i % 10 === 0), all);
  for (const kind of KINDS) await perHundredKb(`one ${kind.name}`, [{ name: 'draft.md', text: kind.make(SMALL) }], [{ name: 'draft.md', text: kind.make(LARGE) }]);
}

/** Median time of `f` over RUNS runs after one warm-up. */
function timed(f: () => unknown): number {
  f();
  const out: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    f();
    out.push(performance.now() - t);
  }
  return percentile(out);
}

function growth(): void {
  const { service } = createEvalService();
  service.engine();
  console.log(`\nGrowth (in process, full check, ${RUNS} runs each, median): time per kB at ${kB(LARGE)} ÷ time per kB at ${kB(SMALL)}`);
  let version = 0;
  for (const kind of KINDS) {
    const texts = [kind.make(SMALL), kind.make(LARGE)] as const;
    const uri = `file:///bench/scaling-${kind.name}.md`;
    const ours = texts.map((text) => timed(() => (service.forget(uri), service.analyze({ uri, version: ++version, text }))));
    const baseline = texts.map((text) => timed(() => lint({ strings: { d: text } })));
    const grow = (t: readonly number[]) => t[1]! / texts[1].length / (t[0]! / texts[0].length);
    console.log(
      `  ${kind.name.padEnd(12)} ours ${ours[0]!.toFixed(1)} → ${ours[1]!.toFixed(1)} ms (growth ${grow(ours).toFixed(2)}); markdownlint ${baseline[0]!.toFixed(1)} → ${baseline[1]!.toFixed(1)} ms (growth ${grow(baseline).toFixed(2)})`,
    );
    reportFigure({ name: `whole check, growth per kB ${kB(SMALL)} → ${kB(LARGE)}, ${kind.name} (in process, warm re-check)`, value: grow(ours), unit: '×', goal: '≤ 1.3' });
  }
}

void (async () => {
  await processLevelFigures();
  growth();
})().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
