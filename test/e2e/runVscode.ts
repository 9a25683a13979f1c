/*
 * The online path: the same extension-host suite in desktop VS Code, downloaded by @vscode/test-electron
 * (needs internet; on our offline machines use `npm run test:e2e`, which runs the same suite in code-server).
 * Usage: npm run test:vscode        Env: VSCODE_VERSION (default "stable"), AKKOORDWIJZER_E2E_GREP (Mocha grep)
 */
import { runTests } from '@vscode/test-electron';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { multiRootWorkspace } from './harness/workspaces';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../..');
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'akkoordwijzer-vscode-'));
  const workspace = multiRootWorkspace(root, scratch);
  try {
    await runTests({
      version: process.env['VSCODE_VERSION'] ?? 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out/e2e/suite/index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', `--user-data-dir=${path.join(scratch, 'user-data')}`],
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  console.error(`VS Code extension tests failed: ${message}`);
  if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED/.test(message)) {
    console.error('No internet to download VS Code: run the same suite offline in code-server with `npm run test:e2e -- --only=exthost`.');
  }
  process.exit(1);
});
