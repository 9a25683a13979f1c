/*
 * Entry point of the extension-host suite (the `@vscode/test-electron` convention: `extensionTestsPath` points at
 * the bundle of this file, whose `run()` VS Code calls inside the extension host once the workbench is up).
 * The same bundle runs in desktop VS Code (`npm run test:vscode`, online) and in code-server's Node extension host
 * (`npm run test:e2e`, offline). Every `*.test.js` next to it is one Mocha file, loaded in name order.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha'; // Mocha 11: Mocha 12 is ESM-only and `require('mocha')` fails in the extension host
import * as vscode from 'vscode';
import { EXTENSION_ID, STATE_KEY, TAG, type SuiteState } from './helpers';

/** Machine-readable results for the offline driver (only in code-server, see TAG in helpers.ts). */
const EVENT = '[aw-e2e:event] ';

export function run(): Promise<void> {
  process.setSourceMapsEnabled(true); // stack traces point into the .ts files (the bundles carry inline maps)
  const log = console.log.bind(console);
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => {
    for (const line of format(...args).split('\n')) log(TAG + line);
  };
  const event = (e: Record<string, unknown>) => {
    if (TAG) log(EVENT + JSON.stringify(e));
  };

  // Recorded before any test opens a document: proves that activation is lazy (activationEvents).
  const state: SuiteState = { activeAtStart: vscode.extensions.getExtension(EXTENSION_ID)?.isActive ?? false };
  (globalThis as Record<string, unknown>)[STATE_KEY] = state;

  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: 30_000, slow: 5_000 });
  const grep = process.env['AKKOORDWIJZER_E2E_GREP'];
  if (grep) mocha.grep(grep);
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        event({ event: 'end', passes: runner.stats?.passes ?? 0, failures, pending: runner.stats?.pending ?? 0 });
        if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed.`));
        else resolve();
      });
      runner.on('pass', (t) => event({ event: 'pass', title: t.fullTitle(), ms: t.duration }));
      runner.on('fail', (t, err: Error) => event({ event: 'fail', title: t.fullTitle(), message: err.message }));
      if (files.length === 0) reject(new Error(`No *.test.js files next to ${__filename}: was the suite built?`));
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
