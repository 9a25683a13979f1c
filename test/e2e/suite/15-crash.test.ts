import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { extension, openDraft, rangeIn, serverReady, diagnosticAt, waitForDiagnostics, waitUntil } from './helpers';

interface Api {
  client: { serverProcess?: { pid?: number }; isRunning(): boolean; sendNotification(method: string, params?: unknown): Promise<void> };
}

type Shown = { kind: 'warning' | 'error'; message: string };

/**
 * Record the notices the extension shows (its own `vscode` API object is shared with the suite): the warning and
 * error messages, without waiting for the user to answer them.
 */
function recordNotices(): { shown: Shown[]; restore(): void } {
  const win = vscode.window as unknown as Record<'showWarningMessage' | 'showErrorMessage', (...args: unknown[]) => Thenable<unknown>>;
  const originals = { showWarningMessage: win.showWarningMessage, showErrorMessage: win.showErrorMessage };
  const shown: Shown[] = [];
  win.showWarningMessage = (message: unknown) => (shown.push({ kind: 'warning', message: String(message) }), Promise.resolve(undefined));
  win.showErrorMessage = (message: unknown) => (shown.push({ kind: 'error', message: String(message) }), Promise.resolve(undefined));
  return { shown, restore: () => Object.assign(win, originals) };
}

const api = () => extension().exports as Api;
const pid = () => api().client.serverProcess?.pid;

/**
 * Kill the server process as a crash would, and wait until the client has noticed (its process is another, or none).
 * Right after the kill the client writes to the dead process, as it does when the user types at that moment: those
 * failed writes belong to the crash and must not be taken for a connection that keeps failing.
 */
async function crash(): Promise<number> {
  const before = pid();
  assert.ok(before, 'the language server runs as a child process');
  process.kill(before, 'SIGKILL');
  for (let i = 0; i < 4; i++) {
    api().client.sendNotification('workspace/didChangeConfiguration', { settings: null }).catch(() => undefined);
  }
  await waitUntil(`the client to notice that server ${before} died`, () => pid() !== before || !api().client.isRunning(), 15_000);
  return before;
}

describe('a crashing server', () => {
  let notices: ReturnType<typeof recordNotices>;
  before(async () => {
    await serverReady();
    notices = recordNotices();
  });
  after(() => notices.restore());

  it('is restarted with one notice, not one per crash, and checks drafts again', async () => {
    const first = await crash();
    await waitUntil('a new server process', () => pid() !== undefined && pid() !== first && api().client.isRunning(), 30_000);
    await serverReady();
    const second = await crash();
    await waitUntil('another new server process', () => pid() !== undefined && pid() !== second && api().client.isRunning(), 30_000);
    await serverReady();
    assert.deepEqual(notices.shown.map((n) => n.kind), ['warning'], `one notice for two crashes; shown: ${JSON.stringify(notices.shown)}`);
    assert.match(notices.shown[0]!.message, /onverwacht en is opnieuw gestart/);
    const { document: doc } = await openDraft('motie-regie.md');
    const range = rangeIn(doc, 'de regie te geven', 'regie');
    await waitForDiagnostics(doc.uri, (d) => !!diagnosticAt(d, 'vaag-begrip', range), 'vaag-begrip on "regie" from the restarted server');
  });

  it('stays down after five crashes in three minutes, says so once, and "Herstart de server" brings it back', async () => {
    // Two crashes above; three more make five within the window.
    for (let i = 0; i < 3; i++) {
      const gone = await crash();
      if (i < 2) await waitUntil('a new server process', () => pid() !== undefined && pid() !== gone && api().client.isRunning(), 30_000);
    }
    await waitUntil('the error that the server stays down', () => notices.shown.some((n) => n.kind === 'error'), 15_000);
    await new Promise((r) => setTimeout(r, 2000));
    assert.equal(api().client.isRunning(), false, 'not restarted after the fifth crash');
    assert.deepEqual(notices.shown.map((n) => n.kind), ['warning', 'error'], `one warning, then one error; shown: ${JSON.stringify(notices.shown)}`);
    assert.match(notices.shown[1]!.message, /vijf keer in drie minuten/);
    await vscode.commands.executeCommand('akkoordwijzer.herstart');
    await serverReady();
  });
});
