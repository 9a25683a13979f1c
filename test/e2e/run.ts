/*
 * The real-editor tests, offline: `npm run test:e2e` (builds first) runs
 *   1. the extension-host suite (test/e2e/suite) inside code-server's Node extension host,
 *   2. the UI test: the packaged .vsix in code-server, driven in Debian's Chromium (playwright-core),
 *   3. Neovim 0.7 headless as a second LSP client,
 * and ends with "N passed, N failed" over all three. Options: --only=exthost,ui,nvim  --keep (keep the scratch folder)
 * Env: AKKOORDWIJZER_E2E_CACHE (tool cache), AKKOORDWIJZER_E2E_ARTIFACTS (screenshots/logs; default .e2e/ in the repo).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser } from './harness/browser';
import { requireFirst, startCodeServer, type CodeServer } from './harness/codeServer';
import { runExtensionHostSuite } from './harness/exthost';
import { multiRootWorkspace } from './harness/workspaces';
import { elapsed, heading, log, tail, type PartResult } from './harness/log';
import { runNeovim } from './harness/nvim';
import { installExitHandlers } from './harness/procs';
import { ensureTools } from './harness/tools';
import { runUiTest } from './harness/ui';

const PARTS = ['exthost', 'ui', 'nvim'] as const;
type Part = (typeof PARTS)[number];

const root = path.resolve(__dirname, '../..');
const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',') ?? [...PARTS];
const unknown = only.filter((p) => !(PARTS as readonly string[]).includes(p));
if (unknown.length) {
  console.error(`unknown part(s) ${unknown.join(', ')}; use --only=${PARTS.join(',')}`);
  process.exit(2);
}
const want = (p: Part) => only.includes(p);
const keep = args.includes('--keep');

const artifacts = path.resolve(process.env['AKKOORDWIJZER_E2E_ARTIFACTS'] ?? path.join(root, '.e2e'));
const shots = path.join(artifacts, 'screenshots');
const logs = path.join(artifacts, 'logs');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'akkoordwijzer-e2e-'));
installExitHandlers(() => {
  if (!keep) rmSync(scratch, { recursive: true, force: true });
});

/*
 * The network guard (test/support/netGuard.cjs), as in the unit and integration tests: preloaded through NODE_OPTIONS
 * into the Node processes this run starts, active only in the language server (AKKOORDWIJZER_NET_GUARD_ONLY), which
 * may reach nothing but the loopback interface. The guarded servers and every blocked attempt are written to the log,
 * read at the end (`guardResult`). Neovim's server runs with it, and so do code-server's: VS Code removes NODE_OPTIONS
 * from the environment of its extension host, so the server's loader requires the guard itself — in the installed
 * copy of the .vsix (`startCodeServer`) and in the copy of the repository the extension-host suite runs
 * (`guardedDevelopmentCopy`). The bundles they run are the built ones, unchanged.
 */
const guardLog = path.join(scratch, 'net-guard.log');
const SERVER_SCRIPT = String.raw`[\/]dist[\/]server\.js$`;
const GUARD = path.join(root, 'test/support/netGuard.cjs');
process.env['NODE_OPTIONS'] = `${process.env['NODE_OPTIONS'] ?? ''} --require ${JSON.stringify(GUARD)}`.trim();
process.env['AKKOORDWIJZER_NET_GUARD_LOG'] = guardLog;
process.env['AKKOORDWIJZER_NET_GUARD_ONLY'] = SERVER_SCRIPT;

/**
 * The repository as the extension-host suite's extension, with its server under the guard: a folder of links to the
 * repository's entries and to the files of its dist/, but for dist/server.js, a copy that requires the guard first.
 */
function guardedDevelopmentCopy(): string {
  const copy = path.join(scratch, 'extension-development');
  mkdirSync(path.join(copy, 'dist'), { recursive: true });
  for (const entry of readdirSync(root)) if (entry !== 'dist') symlinkSync(path.join(root, entry), path.join(copy, entry));
  for (const entry of readdirSync(path.join(root, 'dist'))) if (entry !== 'server.js') symlinkSync(path.join(root, 'dist', entry), path.join(copy, 'dist', entry));
  copyFileSync(path.join(root, 'dist', 'server.js'), path.join(copy, 'dist', 'server.js'));
  requireFirst(path.join(copy, 'dist', 'server.js'), GUARD);
  return copy;
}

/** The guard's part of the result: a failure for each blocked attempt, and one for each editor whose server was not guarded. */
function guardResult(): PartResult {
  const entries = existsSync(guardLog)
    ? readFileSync(guardLog, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { pid: number; installed?: string; what?: string; stack?: string })
    : [];
  const servers = new Set(entries.filter((e) => e.installed !== undefined).map((e) => e.pid));
  const failures = entries.filter((e) => e.what !== undefined).map((e) => `network guard: pid ${e.pid} tried ${e.what}\n${(e.stack ?? '').split('\n').slice(1, 5).join('\n')}`);
  // Which server each guarded process ran: the installed .vsix (see `startCodeServer`), the extension-host suite's copy
  // of the repository (`guardedDevelopmentCopy`), or the repository's own (Neovim).
  const ran = (e: { installed?: string }, folder: string) => e.installed!.startsWith(folder + path.sep);
  const installed = entries.filter((e) => e.installed !== undefined);
  const vsixServer = path.join(scratch, 'code-server', 'extensions');
  const developmentServer = path.join(scratch, 'extension-development');
  if (want('nvim') && !installed.some((e) => ran(e, root))) failures.push('network guard: Neovim\'s language server did not run with the guard');
  if (want('ui') && !installed.some((e) => ran(e, vsixServer))) failures.push('network guard: the language server of the .vsix in code-server did not run with the guard');
  if (want('exthost') && !installed.some((e) => ran(e, developmentServer))) failures.push('network guard: the extension-host suite\'s language server did not run with the guard');
  log(`network guard: ${servers.size} language server process(es) guarded, ${failures.length} problem(s)`);
  return { part: 'network guard', passed: failures.length === 0 ? 1 : 0, failed: failures.length, failures, seconds: 0 };
}

function sh(what: string, command: string, argv: string[], opts: { quiet?: boolean } = {}): string {
  const r = spawnSync(command, argv, { cwd: root, encoding: 'utf8', stdio: opts.quiet ? 'pipe' : ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}): ${command} ${argv.join(' ')}\n${tail(`${r.stdout ?? ''}\n${r.stderr ?? ''}`)}`);
  return r.stdout ?? '';
}

async function main(): Promise<number> {
  for (const old of [shots, logs, path.join(artifacts, 'results.json')]) rmSync(old, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
  mkdirSync(logs, { recursive: true });
  console.log(`Akkoordwijzer real-editor tests: ${only.join(', ')}`);
  console.log(`  screenshots: ${shots}\n  logs:        ${logs}\n  scratch:     ${scratch}${keep ? ' (kept)' : ' (removed at the end)'}`);
  const results: PartResult[] = [];
  const setupFailure = (part: string, err: unknown): PartResult => {
    console.log(`FAIL ${part}: ${(err as Error).message}`);
    return { part, passed: 0, failed: 1, failures: [`${part}: ${(err as Error).message.split('\n')[0]}`], seconds: 0 };
  };

  heading('tools');
  const tools = ensureTools(root);
  log(`cache ${tools.cache}`);

  heading('build');
  // The suite bundles (out/e2e) were built by test/e2e/build.mjs before this script ran (it is one of them).
  // The release form (what `npm run package` ships): the UI test runs the packaged extension as users get it.
  sh('build', process.execPath, ['tools/build.mjs', '--release']);
  const vsix = path.join(scratch, 'akkoordwijzer.vsix');
  if (want('ui')) {
    sh('vsce package', path.join(root, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--out', vsix], { quiet: true });
    log(`packaged ${path.relative(root, vsix) || vsix} (${(statSync(vsix).size / 1024).toFixed(0)} KiB)`);
  }

  if (want('exthost') || want('ui')) {
    let cs: CodeServer | undefined;
    let ctx: BrowserContext | undefined;
    try {
      heading('code-server');
      cs = await startCodeServer(tools, path.join(scratch, 'code-server'), want('ui') ? [vsix] : [], GUARD);
      ctx = await launchBrowser(tools, path.join(scratch, 'chromium'));
      if (want('exthost')) {
        heading('extension-host suite (Mocha in code-server\'s extension host)');
        const ws = multiRootWorkspace(root, scratch);
        results.push(
          await runExtensionHostSuite({ cs, ctx, workspace: ws, extensionPath: guardedDevelopmentCopy(), testsEntry: path.join(root, 'out/e2e/suite/index.js'), artifacts: shots }).catch((e) =>
            setupFailure('extension host', e),
          ),
        );
      }
      if (want('ui')) {
        heading('UI (the .vsix in the workbench, Chromium)');
        const ws = path.join(scratch, 'ws-ui');
        cpSync(path.join(root, 'examples'), ws, { recursive: true });
        results.push(await runUiTest({ cs, ctx, workspace: ws, draft: 'motie-digitale-dienst.md', shots, root }).catch((e) => setupFailure('UI', e)));
      }
    } catch (err) {
      results.push(setupFailure('code-server', err));
    } finally {
      await ctx?.close().catch(() => undefined);
      if (cs) {
        await cs.stop();
        for (const f of cs.logFiles()) {
          try {
            copyFileSync(f, path.join(logs, f.replace(/^.*?\/(code-server\.log|logs\/)/, '$1').replace(/\//g, '_')));
          } catch {
            // a log that vanished is no reason to fail
          }
        }
      }
    }
  }

  if (want('nvim')) {
    heading('Neovim 0.7 (second LSP client)');
    const dir = path.join(scratch, 'nvim');
    mkdirSync(dir, { recursive: true });
    const draft = path.join(dir, 'motie-regie.md');
    copyFileSync(path.join(root, 'test/e2e/fixtures/workspace/motie-regie.md'), draft);
    results.push(await runNeovim({ tools, root, dir, draft, artifacts: logs }).catch((e) => setupFailure('Neovim', e)));
  }

  if (want('exthost') || want('ui') || want('nvim')) results.push(guardResult());

  heading('summary');
  for (const r of results) console.log(`  ${r.part.padEnd(15)} ${r.passed} passed, ${r.failed} failed (${r.seconds.toFixed(1)}s)`);
  const failures = results.flatMap((r) => r.failures);
  if (failures.length) console.log(`\nFailures:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  console.log(`\nscreenshots: ${shots}\nlogs:        ${logs}\nwall time:   ${elapsed()}`);
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  writeFileSync(path.join(artifacts, 'results.json'), JSON.stringify({ passed, failed, parts: results }, null, 2));
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`\nreal-editor tests could not run: ${err.message}`);
    writeResults(err);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);

function writeResults(err: Error): void {
  try {
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(path.join(artifacts, 'results.json'), JSON.stringify({ passed: 0, failed: 1, error: err.message }, null, 2));
  } catch {
    // nothing more to do
  }
}
