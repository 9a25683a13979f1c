/*
 * Runs in every vitest worker before its test files: installs the network guard (test/support/netGuard.cjs) in this
 * process and, through NODE_OPTIONS, in every Node process a test starts (the language server, the CLI). After each
 * test the guard's log is read: an attempt to reach anything but the loopback interface fails that test, also when
 * the code under test caught the guard's error.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { afterAll, afterEach } from 'vitest';
import { GUARD, LOG, takeBlocked } from '../support/netGuardLog';

writeFileSync(LOG, '');
process.env['AKKOORDWIJZER_NET_GUARD_LOG'] = LOG;
if (!(process.env['NODE_OPTIONS'] ?? '').includes(GUARD)) {
  process.env['NODE_OPTIONS'] = `${process.env['NODE_OPTIONS'] ?? ''} --require ${JSON.stringify(GUARD)}`.trim();
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
require(GUARD);

afterEach(() => {
  const attempts = takeBlocked();
  if (attempts.length > 0) {
    throw new Error(`The network guard blocked ${attempts.length} attempt(s) to leave the machine:\n${attempts.map((a) => `  pid ${a.pid}: ${a.what}\n${a.stack.split('\n').slice(1, 6).join('\n')}`).join('\n')}`);
  }
});

afterAll(() => rmSync(LOG, { force: true }));
