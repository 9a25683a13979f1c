import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Where the cached tools are (written by scripts/setup-tools.sh into `<cache>/tools.json`). */
export interface Tools {
  cache: string;
  node24: string;
  codeServer: string;
  codeServerVersion: string;
  chromium: string;
  nvim: string;
}

/** Run the (idempotent) setup script and read what it installed. Throws with the script's message on failure. */
export function ensureTools(root: string): Tools {
  const script = path.join(root, 'test/e2e/scripts/setup-tools.sh');
  const r = spawnSync('bash', [script], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`tool setup failed (exit ${r.status}): bash ${path.relative(root, script)}; see the messages above`);
  const cache = r.stdout.trim().split('\n').pop()!;
  const tools = JSON.parse(readFileSync(path.join(cache, 'tools.json'), 'utf8')) as Omit<Tools, 'cache'>;
  return { cache, ...tools };
}
