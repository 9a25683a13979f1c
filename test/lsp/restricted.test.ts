import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TRUST_NOTIFICATION } from '../../src/shared/protocol';
import { ROOT, startClient, type TestClient } from './client';

const FRACTIE = path.join(ROOT, 'test/fixtures/workspace/fractie.akkoord.yaml');

/**
 * VS Code's Restricted Mode: the client says it does not trust the workspace; the server then reads no corpus file
 * that the settings name outside the workspace folders, until the user trusts the workspace.
 */
describe('Restricted Mode (an untrusted workspace)', () => {
  let client: TestClient | undefined;
  const dirs: string[] = [];
  afterEach(async () => {
    await client?.close();
    client = undefined;
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  /** A workspace folder and, beside it, a folder outside it, each with a corpus file of its own id. */
  function layout(): { workspace: string; inside: string; outside: string } {
    const workspace = mkdtempSync(path.join(tmpdir(), 'aw-ws-'));
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'aw-elsewhere-'));
    dirs.push(workspace, elsewhere);
    mkdirSync(path.join(workspace, 'data'));
    // Named in the settings only (a file name the workspace walk does not pick up), inside and outside the folder.
    const inside = path.join(workspace, 'data', 'binnen.yaml');
    const outside = path.join(elsewhere, 'buiten.yaml');
    copyFileSync(FRACTIE, outside);
    writeFileSync(inside, readFileSync(FRACTIE, 'utf8').replace('id: toezeggingen-bzk', 'id: binnen-de-werkmap'));
    return { workspace, inside, outside };
  }

  const ids = (s: { corpora: { id?: string; loaded: boolean }[] }) => s.corpora.filter((c) => c.loaded).map((c) => c.id);

  it('reads corpus files the settings name inside the workspace, not outside it; trusting the workspace loads them', async () => {
    const { workspace, inside, outside } = layout();
    client = await startClient({ workspace, settings: { corpora: [inside, outside] }, initializationOptions: { trusted: false } });
    const untrusted = await client.status((s) => ids(s).includes('binnen-de-werkmap'));
    expect(ids(untrusted)).not.toContain('toezeggingen-bzk');
    expect(client.log().map((m) => m.message)).toContainEqual(expect.stringContaining(`Beperkte modus: ${outside} ligt buiten de werkmap`));
    const since = client.statusCount();
    await client.connection.sendNotification(TRUST_NOTIFICATION);
    const trusted = await client.status((s) => ids(s).includes('toezeggingen-bzk'), since);
    expect(ids(trusted)).toEqual(expect.arrayContaining(['binnen-de-werkmap', 'toezeggingen-bzk']));
  });

  it('a client that says nothing about trust (Neovim, the CLI) is trusted', async () => {
    const { workspace, outside } = layout();
    client = await startClient({ workspace, settings: { corpora: [outside] } });
    await client.status((s) => ids(s).includes('toezeggingen-bzk'));
    expect(client.log().map((m) => m.message).filter((m) => m.includes('Beperkte modus'))).toEqual([]);
  });
});
