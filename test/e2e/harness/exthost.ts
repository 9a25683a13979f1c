/*
 * The extension-host suite, offline: the workbench (code-server in Chromium) opens the test workspace with the
 * `payload` URL parameter (extensionDevelopmentPath = the repository, as a copy whose server runs under the network
 * guard, see test/e2e/run.ts; extensionTestsPath = the suite bundle), exactly what @vscode/test-electron passes on the
 * desktop command line. The suite's run() executes in the real Node extension host; its console is forwarded to the
 * page, where the tagged lines are read. When it finishes, the workbench calls window.codeAutomationExit(code).
 */
import path from 'node:path';
import { format } from 'node:util';
import type { BrowserContext } from 'playwright-core';
import type { CodeServer } from './codeServer';
import { log, type PartResult } from './log';

interface Options {
  cs: CodeServer;
  ctx: BrowserContext;
  workspace: string;
  extensionPath: string;
  testsEntry: string;
  artifacts: string;
  timeoutMs?: number;
}

export async function runExtensionHostSuite(o: Options): Promise<PartResult> {
  const t0 = Date.now();
  const result: PartResult = { part: 'extension host', passed: 0, failed: 0, failures: [], seconds: 0 };
  let ended = false;
  const page = await o.ctx.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  let resolveExit: (code: number) => void = () => undefined;
  const exit = new Promise<number>((resolve) => (resolveExit = resolve));
  // Registered before the workbench loads: the workbench calls it when run() settles (the @vscode/test-web hook).
  await page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(code));

  // Console handlers are async (jsonValue); keep their promises so none is lost before counting.
  const pending: Promise<void>[] = [];
  page.on('console', (m) => {
    pending.push(
      (async () => {
        let args = await Promise.all(m.args().map((a) => a.jsonValue().catch(() => '')));
        // The workbench forwards extension-host output as console.log('%c INFO', 'color: …', text, …).
        if (typeof args[0] === 'string' && args[0].startsWith('%c')) args = args.slice(2);
        for (const line of format(...args).split('\n')) {
          const i = line.indexOf('[aw-e2e');
          if (i < 0) continue;
          const tagged = line.slice(i);
          if (tagged.startsWith('[aw-e2e:event] ')) {
            const e = JSON.parse(tagged.slice('[aw-e2e:event] '.length)) as { event: string; title?: string; message?: string };
            if (e.event === 'pass') result.passed++;
            if (e.event === 'fail') {
              result.failed++;
              result.failures.push(`extension host: ${e.title}: ${e.message?.split('\n')[0]}`);
            }
            if (e.event === 'end') ended = true;
          } else if (tagged.startsWith('[aw-e2e] ')) {
            console.log(('  ' + tagged.slice('[aw-e2e] '.length)).trimEnd());
          }
        }
      })().catch(() => undefined),
    );
  });

  const url = o.cs.url(o.workspace, [
    ['extensionDevelopmentPath', o.cs.remote(o.extensionPath)],
    ['extensionTestsPath', o.cs.remote(o.testsEntry)],
  ]);
  log(`workbench with the suite: ${o.workspace}`);
  await page.goto(url);
  const timeoutMs = o.timeoutMs ?? 240_000;
  let timer: NodeJS.Timeout | undefined;
  const code = await Promise.race([exit, new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), timeoutMs)))]);
  clearTimeout(timer);
  // Let the console stream drain (the exit call can overtake the last forwarded lines).
  for (let i = 0; i < 20 && !ended; i++) await new Promise((r) => setTimeout(r, 100));
  await Promise.all(pending);

  if (code !== 0 || !ended || result.failed > 0) {
    const shot = path.join(o.artifacts, 'extension-host-failure.png');
    await page.screenshot({ path: shot }).catch(() => undefined);
    if (code === 'timeout') result.failures.push(`extension host: the suite did not finish within ${timeoutMs / 1000} s`);
    else if (!ended) result.failures.push(`extension host: run() ended with exit code ${code} before the Mocha run finished (did the suite load? is it built?)`);
    if (result.failed === 0) result.failed = 1;
    console.log(`  screenshot of the workbench: ${shot}`);
    if (pageErrors.length) console.log(`  errors in the page:\n${pageErrors.map((e) => '    ' + e).join('\n')}`);
    console.log(`  logs (tails):\n${o.cs.logTails()}`);
  }
  await page.close();
  result.seconds = (Date.now() - t0) / 1000;
  return result;
}
