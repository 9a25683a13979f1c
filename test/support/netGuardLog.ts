import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The guard (test/support/netGuard.cjs) and where this worker's processes log what it blocked. */
export const GUARD = path.resolve(__dirname, 'netGuard.cjs');
export const LOG = path.join(tmpdir(), `akkoordwijzer-net-guard-${process.pid}.log`);

/** The attempts the guard blocked since the last call, in this process and its children; the log is emptied. */
export function takeBlocked(): { pid: number; what: string; stack: string }[] {
  if (!existsSync(LOG)) return [];
  const lines = readFileSync(LOG, 'utf8').split('\n').filter(Boolean);
  writeFileSync(LOG, '');
  return lines.map((l) => JSON.parse(l) as { pid: number; what: string; stack: string });
}
