/*
 * The extension-host suite runs in a multi-root workspace, as staff with several folders open do: the first folder is
 * a copy of `fixtures/workspace` (every test file's `inWorkspace`), the second a copy of `fixtures/second`, whose
 * folder settings (`.vscode/settings.json`) differ from the first's, so resource-scoped settings are exercised.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Copy both folders into `scratch` and write the `.code-workspace` file that opens them; returns its path. */
export function multiRootWorkspace(root: string, scratch: string): string {
  const first = path.join(scratch, 'ws-exthost');
  const second = path.join(scratch, 'ws-second');
  cpSync(path.join(root, 'test/e2e/fixtures/workspace'), first, { recursive: true });
  mkdirSync(path.join(first, 'scratch'), { recursive: true });
  cpSync(path.join(root, 'test/e2e/fixtures/second'), second, { recursive: true });
  const file = path.join(scratch, 'akkoordwijzer-e2e.code-workspace');
  writeFileSync(file, `${JSON.stringify({ folders: [{ path: 'ws-exthost' }, { path: 'ws-second' }], settings: {} }, null, 2)}\n`);
  return file;
}
