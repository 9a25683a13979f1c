/**
 * Start-up: how long before a user sees findings, next to baselines started the same way in the same run, and how
 * the start grows with the corpus. Reports; never asserts.
 *
 * - CLI: `node dist/cli.js check motie.md` on a 1 KB motie in an empty folder, against markdownlint with all its
 *   default rules over the same file (`bench/baseline/markdownlint-cli.cjs`), started alternately; median wall time
 *   from spawn to exit, and the median peak resident memory (reported by a preloaded `bench/baseline/report-rss.cjs`).
 * - Language server: spawn `node dist/server.js --stdio`, initialize, open the motie, until its first
 *   `publishDiagnostics`, against a minimal `vscode-languageserver` server that publishes empty diagnostics on
 *   didOpen (`bench/baseline/minimal-server.cjs`), started alternately the same way.
 * - Corpus scale: synthetic corpora of 1k, 10k and 100k commitments from the 2021 agreement's sentences
 *   (`bench/synthetic.ts`), compiled as the snapshot compiles them (the loaded corpus and the analysed index as JSON);
 *   then in a fresh process: loading both, the first diagnostics of a 1 KB motie, ranking per draft sentence, and
 *   the heap after that.
 *
 * Usage: npm run bench:startup (BENCH_QUICK=1: 3 runs each, 1k commitments only; BENCH_SCALE=0: no scale part, BENCH_SCALE=only: only it;
 * BENCH_DIST=DIR: the bundles in DIR instead of dist/; BENCH_PROFILE=DIR: a CPU profile of each server start in DIR). Needs `npm run build` first.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { alternate, readPreload, RSS_PRELOAD, runProcess, type Run } from './measure';
import { reportFigure } from './report';
import { percentile } from './synthetic';
import { makeScaleSnapshot, loadScaleSnapshot, type ScaleFigures } from './scale';

const QUICK = process.env.BENCH_QUICK === '1' || process.argv.includes('--quick');
const ROOT = process.cwd();
// BENCH_DIST: the bundles of another build (e.g. of an older commit, for before/after figures); dist/ by default.
const DIST = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(ROOT, 'dist');
const CLI = path.join(DIST, 'cli.js');
const SERVER = path.join(DIST, 'server.js');
const MARKDOWNLINT = path.join(ROOT, 'bench', 'baseline', 'markdownlint-cli.cjs');
const MINIMAL_SERVER = path.join(ROOT, 'bench', 'baseline', 'minimal-server.cjs');
const RUNS = QUICK ? 3 : 15;
const SIZES = QUICK ? [1_000] : [1_000, 10_000, 100_000];
// BENCH_PROFILE=DIR: every start of our server writes a CPU profile into DIR (`node --cpu-prof`), to see what a start
// spends before the first diagnostics; the baseline runs without, so ratios of such a run are not figures to report.
// Sampled every 0.1 ms (V8's default is 1 ms, too coarse for a start of ~200 ms).
const PROFILE = process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-interval', '100', '--cpu-prof-dir', path.resolve(process.env.BENCH_PROFILE)] : [];

/** A 1 KB motie as a member writes it: dated, a quotation, a citation, a vague term. */
const MOTIE_1KB = `---
soort: motie
datum: 2026-03-12
---
Motie van het lid De Vries over de digitale overheid

De Kamer,

gehoord de beraadslaging,

constaterende dat het kabinet in het coalitieakkoord heeft afgesproken een Nederlandse Digitale Dienst op te richten: ‘compact, deskundig en met doorzettingsmacht’;

overwegende dat ministeries hun eigen IT-projecten aansturen en dat centrale regie tot nu toe geen einde heeft gemaakt aan de versnippering;

overwegende dat de afhankelijkheid van externe IT-leveranciers groot is;

verzoekt de regering de Nederlandse Digitale Dienst zeggenschap te geven over alle IT-projecten van het Rijk boven de € 5 miljoen en de Kamer daarover vóór 1 juli 2026 te informeren,

en gaat over tot de orde van de dag.

De Vries
`;

/** A language server from spawn to the first diagnostics of an opened document; then shut down, its memory read. */
async function serverToFirstDiagnostics(server: string, folder: string, text: string, env: Record<string, string> = {}): Promise<Run> {
  const t0 = performance.now();
  const profile = server === SERVER ? PROFILE : [];
  const child = spawn(process.execPath, [...profile, '-r', RSS_PRELOAD, server, '--stdio'], { cwd: folder, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, AKKOORDWIJZER_CACHE: 'off', AKKOORDWIJZER_CODE_CACHE: 'off', ...env } });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const uri = pathToFileURL(path.join(folder, 'motie.md')).href;
  const first = new Promise<number>((resolve) =>
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      if (p.uri === uri) resolve(performance.now());
    }),
  );
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }] });
  await connection.sendNotification(InitializedNotification.type, {});
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const t1 = await first;
  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  await exited;
  connection.dispose();
  const usage = readPreload(stderr);
  return { ms: t1 - t0, rss: usage.rssMb, cpu: usage.cpuMs };
}

async function startup(): Promise<void> {
  if (!existsSync(CLI) || !existsSync(SERVER)) throw new Error('dist/ is missing: run `npm run build` first');
  // An empty folder: `check` looks for corpus files under the draft's folder, so nothing else may be there.
  const folder = mkdtempSync(path.join(tmpdir(), 'aw-bench-start-'));
  try {
    writeFileSync(path.join(folder, 'motie.md'), MOTIE_1KB);
    // Two starts of each: the first after an install or update (no code cache), and every later one (the code cache of
    // src/host/bundleLoader.cjs, in a folder of its own written by the warm-up run). Compiled corpora stay off in both.
    const codeCache = { AKKOORDWIJZER_CODE_CACHE: path.join(folder, '.code-cache') };
    const cli = await alternate(RUNS, () => runProcess([CLI, 'check', 'motie.md'], folder), () => runProcess([MARKDOWNLINT, 'motie.md'], folder));
    const median = (runs: Run[], key: keyof Run) => percentile(runs.map((r) => r[key]));
    reportFigure({ name: `CLI start to findings, 1 KB motie, first start (median of ${RUNS})`, value: median(cli.ours, 'ms'), unit: 'ms', baseline: median(cli.baseline, 'ms'), baselineName: 'markdownlint', goal: '≤ 1.4×' });
    reportFigure({ name: 'CLI peak memory (max RSS)', value: median(cli.ours, 'rss'), unit: 'MB', baseline: median(cli.baseline, 'rss'), baselineName: 'markdownlint' });
    const cliCached = await alternate(RUNS, () => runProcess([CLI, 'check', 'motie.md'], folder, codeCache), () => runProcess([MARKDOWNLINT, 'motie.md'], folder));
    reportFigure({ name: `CLI start to findings, 1 KB motie, later starts: code cache (median of ${RUNS})`, value: median(cliCached.ours, 'ms'), unit: 'ms', baseline: median(cliCached.baseline, 'ms'), baselineName: 'markdownlint', goal: '≤ 1.4×' });
    const lsp = await alternate(RUNS, () => serverToFirstDiagnostics(SERVER, folder, MOTIE_1KB), () => serverToFirstDiagnostics(MINIMAL_SERVER, folder, MOTIE_1KB));
    reportFigure({ name: `server spawn to first diagnostics, first start (median of ${RUNS})`, value: median(lsp.ours, 'ms'), unit: 'ms', baseline: median(lsp.baseline, 'ms'), baselineName: 'minimal LSP server', goal: '≤ 2×' });
    const lspCached = await alternate(RUNS, () => serverToFirstDiagnostics(SERVER, folder, MOTIE_1KB, codeCache), () => serverToFirstDiagnostics(MINIMAL_SERVER, folder, MOTIE_1KB));
    reportFigure({ name: `server spawn to first diagnostics, later starts: code cache (median of ${RUNS})`, value: median(lspCached.ours, 'ms'), unit: 'ms', baseline: median(lspCached.baseline, 'ms'), baselineName: 'minimal LSP server', goal: '≤ 2×' });
    reportFigure({ name: 'server CPU time, later starts: code cache', value: median(lspCached.ours, 'cpu'), unit: 'ms', baseline: median(lspCached.baseline, 'cpu'), baselineName: 'minimal LSP server' });
    // CPU time to exit (the first diagnostics, then shutdown): what the start costs when other work shares the cores.
    reportFigure({ name: 'server CPU time, start to exit after the first diagnostics', value: median(lsp.ours, 'cpu'), unit: 'ms', baseline: median(lsp.baseline, 'cpu'), baselineName: 'minimal LSP server' });
    reportFigure({ name: 'server peak memory (max RSS)', value: median(lsp.ours, 'rss'), unit: 'MB', baseline: median(lsp.baseline, 'rss'), baselineName: 'minimal LSP server' });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Each size in two fresh processes: one compiles the snapshot, one loads it (so the load pays no warm caches). */
function scale(): void {
  const self = process.argv[1]!;
  for (const size of SIZES) {
    const folder = mkdtempSync(path.join(tmpdir(), 'aw-bench-scale-'));
    try {
      const child = (mode: string) => {
        const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', self, mode, String(size), folder], { encoding: 'utf8' });
        const line = r.stdout.split('\n').find((l) => l.startsWith('@scale '));
        if (!line) throw new Error(`${mode} ${size} failed: ${r.stderr}`);
        return JSON.parse(line.slice('@scale '.length)) as Partial<ScaleFigures>;
      };
      const made = child('--scale-make');
      const loaded = child('--scale-load');
      const n = `${size / 1000}k`;
      reportFigure({ name: `${n} commitments: compile (analyse, serialise)`, value: made.compileMs!, unit: 'ms' });
      reportFigure({ name: `${n} commitments: snapshot size`, value: made.snapshotBytes! / 1024 / 1024, unit: 'MB' });
      reportFigure({ name: `${n} commitments: snapshot load (corpus and index)`, value: loaded.loadMs!, unit: 'ms' });
      reportFigure({ name: `${n} commitments: first diagnostics of a 1 KB motie`, value: loaded.firstDiagnosticsMs!, unit: 'ms' });
      reportFigure({ name: `${n} commitments: ranking per sentence (median)`, value: loaded.rankMedianMs!, unit: 'ms', ...(size === 10_000 ? { goal: '≤ 0.2 ms' } : {}) });
      reportFigure({ name: `${n} commitments: heap after first diagnostics and 600 rankings`, value: loaded.heapMB!, unit: 'MB', ...(size === 10_000 ? { goal: '≤ 400 MB' } : {}) });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
}

const mode = process.argv[2];
if (mode === '--scale-make') console.log(`@scale ${JSON.stringify(makeScaleSnapshot(Number(process.argv[3]), process.argv[4]!))}`);
else if (mode === '--scale-load') console.log(`@scale ${JSON.stringify(loadScaleSnapshot(process.argv[4]!, MOTIE_1KB))}`);
else {
  void (async () => {
    if (process.env.BENCH_SCALE !== 'only') await startup();
    if (process.env.BENCH_SCALE !== '0') scale();
  })().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}

