// What failed, one line per test, for the summaries of `npm test` (tools/test-all.mjs) and .ci/run
// (tools/test-node24.mjs --total). CI shows the end of the output, so the names go just above the last line.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const firstLine = (text) => (text ?? '').trim().split('\n')[0].slice(0, 300);

/** The failed tests of a vitest JSON report, one line each: file, test, the message's first line. */
export const vitestFailures = (report) => (report?.testResults ?? []).flatMap((file) => {
  const where = path.relative(root, file.name ?? '');
  const failedTests = (file.assertionResults ?? []).filter((t) => t.status === 'failed')
    .map((t) => `${where} > ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
  // A file that failed to load has no failed test, only its message.
  return failedTests.length || file.status !== 'failed' ? failedTests : [`${where}: ${firstLine(file.message)}`];
});

/** Prints the failures as a list under "Failed:", nothing when there are none. */
export const printFailures = (failures) => {
  if (failures.length) console.log(`Failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
};
