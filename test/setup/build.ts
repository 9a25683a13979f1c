import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** The LSP and CLI tests run the bundles: build them once before the run, so they never test a stale dist/. */
export default function setup(): void {
  // The bundles the tests start keep no cache in the user's home (tests that cache name their own folder).
  process.env.AKKOORDWIJZER_CACHE ??= 'off';
  // `vitest list` (test/unit/collection.test.ts) only lists files; it needs no bundles.
  if (process.env.AKKOORDWIJZER_SKIP_BUILD === '1') return;
  execFileSync(process.execPath, [path.resolve(__dirname, '../../tools/build.mjs')], { stdio: 'inherit', cwd: path.resolve(__dirname, '../..') });
}
