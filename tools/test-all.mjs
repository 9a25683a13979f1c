// `npm test` after the type check and the build: the unit tests (vitest), then the real-editor tests
// (`npm run test:e2e`), and one closing line over both: "N passed, N failed".
// Vitest's own summary is not enough: CI reads the last line, and it must count everything that ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstLine, printFailures, vitestFailures } from './test-report.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const artifacts = path.resolve(process.env.AKKOORDWIJZER_E2E_ARTIFACTS ?? path.join(root, '.e2e'));
mkdirSync(artifacts, { recursive: true });
const vitestJson = path.join(artifacts, 'vitest.json');
const e2eJson = path.join(artifacts, 'results.json');
rmSync(vitestJson, { force: true });
rmSync(e2eJson, { force: true });
rmSync(path.join(artifacts, 'summary.json'), { force: true });

const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status;
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

console.log('\n== unit tests (vitest)');
const vitestStatus = run(process.execPath, [
  path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`,
]);
const v = read(vitestJson);
const unit = { passed: v?.numPassedTests ?? 0, failed: v?.numFailedTests ?? 0 };
if (vitestStatus !== 0 && unit.failed === 0) {
  unit.failed = 1; // a file that did not load, an unhandled error, or no JSON at all
  unit.why = `vitest exited with ${vitestStatus} without a failed test in its report: counted as 1 failure`;
  console.log(unit.why);
}

console.log('\n== real-editor tests (npm run test:e2e)');
const npm = process.env.npm_execpath;
const e2eStatus = npm ? run(process.execPath, [npm, 'run', '-s', 'test:e2e']) : run('npm', ['run', '-s', 'test:e2e']);
const e = read(e2eJson);
const e2e = { passed: e?.passed ?? 0, failed: e?.failed ?? 0 };
if (e2eStatus !== 0 && e2e.failed === 0) {
  e2e.failed = 1;
  e2e.why = `test:e2e exited with ${e2eStatus} without a failure in ${e2eJson}: counted as 1 failure`;
  console.log(e2e.why);
}

console.log('\n== npm test');
console.log(`  unit (vitest):  ${unit.passed} passed, ${unit.failed} failed`);
console.log(`  real editor:    ${e2e.passed} passed, ${e2e.failed} failed   (screenshots and logs: ${artifacts})`);
const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed;
// For .ci/run, which adds the run on Node 24 (tools/test-node24.mjs --total) and prints the sum over all as its last line.
const failures = [...vitestFailures(v), ...(e?.parts ?? []).flatMap((p) => p.failures ?? []).map((f) => `real editor: ${firstLine(f)}`)];
if (e?.error) failures.push(`real editor: ${firstLine(e.error)}`);
failures.push(...[unit.why, e2e.why].filter(Boolean));
writeFileSync(path.join(artifacts, 'summary.json'), JSON.stringify({ passed, failed, failures }));
printFailures(failures);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
