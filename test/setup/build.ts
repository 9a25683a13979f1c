import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** The LSP and CLI tests run the bundles: build them once before the run, so they never test a stale dist/. */
export default function setup(): void {
  // `vitest list` (test/unit/collection.test.ts) only lists files; it needs no bundles.
  if (process.env.AKKOORDWIJZER_SKIP_BUILD === '1') return;
  execFileSync(process.execPath, [path.resolve(__dirname, '../../tools/build.mjs')], { stdio: 'inherit', cwd: path.resolve(__dirname, '../..') });
}
