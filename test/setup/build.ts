import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** The LSP and CLI tests run the bundles: build them once before the run, so they never test a stale dist/. */
export default function setup(): void {
  execFileSync(process.execPath, [path.resolve(__dirname, '../../scripts/build.mjs')], { stdio: 'inherit', cwd: path.resolve(__dirname, '../..') });
}
