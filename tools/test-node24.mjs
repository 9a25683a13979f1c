// `npm run test:node24`: the unit, host, CLI and LSP tests (vitest) under Node 24, from the npm package "node" that the
// real-editor harness installs too (test/e2e/scripts/node24.sh, same cache folder). The LSP tests spawn the server
// with the running Node, so the server and the CLI run on Node 24 as well. Left out, to keep CI time in bounds: the
// 20,000-draft hostile property run (it tests the core's logic, which does not depend on the Node version), the house
// rules (layers, style, duplicates, the package: about the source, not the runtime), the evaluation and tools tests.
//
// Prints "node 24: N passed, N failed" last. `--total FILE` (used by .ci/run) adds the counts in FILE (written by
// `npm test`: tools/test-all.mjs) and prints the sum over everything as the very last line.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printFailures, vitestFailures } from './test-report.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const NODE24_SUBSET = ['test/unit', 'test/host', 'test/cli', 'test/lsp'];
export const NODE24_EXCLUDED = ['test/unit/hostile.property.test.ts'];

const node24 = process.env.AKKOORDWIJZER_NODE24 ?? (() => {
  const r = spawnSync('bash', [path.join(root, 'test/e2e/scripts/node24.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`test/e2e/scripts/node24.sh failed (exit ${r.status})`);
  return r.stdout.trim().split('\n').at(-1);
})();
const version = spawnSync(node24, ['--version'], { encoding: 'utf8' }).stdout.trim();
if (!/^v24\./.test(version)) throw new Error(`${node24} is ${version || 'not runnable'}, not Node 24`);

const artifacts = path.resolve(process.env.AKKOORDWIJZER_E2E_ARTIFACTS ?? path.join(root, '.e2e'));
const json = path.join(artifacts, 'vitest-node24.json');
rmSync(json, { force: true });
console.log(`\n== unit and LSP tests on node ${version} (${node24})`);
const status = spawnSync(
  node24,
  [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...NODE24_SUBSET, ...NODE24_EXCLUDED.flatMap((f) => ['--exclude', f]), '--reporter=default', '--reporter=json', `--outputFile.json=${json}`],
  // PATH first: a test that runs `node` by name gets Node 24 too.
  { cwd: root, stdio: 'inherit', env: { ...process.env, PATH: `${path.dirname(node24)}${path.delimiter}${process.env.PATH}` } },
).status;
const report = existsSync(json) ? JSON.parse(readFileSync(json, 'utf8')) : undefined;
const counts = { passed: report?.numPassedTests ?? 0, failed: report?.numFailedTests ?? 0 };
if (status !== 0 && counts.failed === 0) counts.failed = 1; // a file that did not load, or no report at all
console.log(`node 24: ${counts.passed} passed, ${counts.failed} failed`);

const totalAt = process.argv.indexOf('--total');
if (totalAt > 0) {
  const file = process.argv[totalAt + 1];
  const before = file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { passed: 0, failed: 1, failures: [`no ${file}: npm test did not finish`] };
  // CI shows the end of the output: what failed goes just above the last line.
  const failures = [...(before.failures ?? []), ...vitestFailures(report).map((f) => `node 24: ${f}`)];
  printFailures(failures);
  console.log(`${before.passed + counts.passed} passed, ${before.failed + counts.failed} failed`);
}
process.exit(counts.failed > 0 ? 1 : 0);
