/*
 * "Haal toezeggingen op" over a real connection: the client (here the test) fetched the register; the server says
 * whether the target is a register to refresh, writes it as a corpus, loads it, and a draft citing a kept promise gets
 * the finding; a file that is no register is refused. The records are read from the constructed answers of
 * test/fixtures/toezeggingen.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseKamerToezegging, type KamerToezeggingRecord } from '../../src/shared/kamerToezeggingen';
import { REGISTER_STATE_REQUEST, REGISTER_WRITE_REQUEST, type RegisterStateResult, type RegisterWriteResult } from '../../src/shared/protocol';
import { toezeggingFixture } from '../cli/toezeggingenServer';
import { MOTIE, closeAfterEach, startClient, type TestClient } from './client';

let client: TestClient | undefined;
let ws: string | undefined;
closeAfterEach(() => ({ client, ws, forget: () => (client = ws = undefined) }));

const records = toezeggingFixture('page-1').value.map(parseKamerToezegging).filter((r): r is KamerToezeggingRecord => r !== undefined);

describe('the register in the editor, over the protocol', () => {
  it('writes the fetched register as a corpus, loads it, and a citation of a kept promise gets its finding', async () => {
    ws = mkdtempSync(path.join(tmpdir(), 'aw-register-'));
    client = await startClient({ workspace: ws });
    const out = pathToFileURL(path.join(ws, 'toezeggingen.akkoord.yaml')).href;
    expect(await client.connection.sendRequest<RegisterStateResult>(REGISTER_STATE_REQUEST, { out })).toEqual({ exists: false });
    const written = await client.connection.sendRequest<RegisterWriteResult>(REGISTER_WRITE_REQUEST, { out, records, deleted: [], url: 'http://127.0.0.1/OData/v4/2.0', ministerie: 'FIN' });
    expect(written).toEqual({ out, count: 1, added: 1, changed: 0, removed: 0 });
    expect(readFileSync(path.join(ws, 'toezeggingen.akkoord.yaml'), 'utf8')).toMatch(/^ {2}- id: tz202604-011$/m);
    expect(await client.connection.sendRequest<RegisterStateResult>(REGISTER_STATE_REQUEST, { out })).toEqual({ exists: true, changedSince: '2026-06-01T10:00:00+02:00' });
    await client.status((s) => s.corpora.some((c) => c.id === 'toezeggingen' && c.loaded));
    const uri = pathToFileURL(path.join(ws, 'motie.md')).href;
    await client.open(uri, MOTIE.replace('verzoekt de regering', 'constaterende dat een brief is toegezegd [@toezeggingen:tz202604-011];\n\nverzoekt de regering'), 1);
    const diagnostics = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'kamertoezegging-nagekomen'), 30_000);
    expect(diagnostics.find((d) => d.code === 'kamertoezegging-nagekomen')?.message).toContain('al voldaan (brief 2026D20001)');
  }, 60_000);

  it('refuses to write over a corpus that is no register', async () => {
    ws = mkdtempSync(path.join(tmpdir(), 'aw-register-'));
    const file = path.join(ws, 'eigen.akkoord.yaml');
    writeFileSync(file, 'format: 1\nid: eigen\ntitle: Eigen\nkind: coalitieakkoord\nsource: { verified: original }\ncommitments: []\n');
    client = await startClient({ workspace: ws });
    const out = pathToFileURL(file).href;
    const state = await client.connection.sendRequest<RegisterStateResult>(REGISTER_STATE_REQUEST, { out });
    expect(state.exists).toBe(true);
    expect(state.problem).toContain('is geen register van toezeggingen');
    await expect(client.connection.sendRequest(REGISTER_WRITE_REQUEST, { out, records, deleted: [], url: 'http://x' })).rejects.toThrow(/geen register van toezeggingen/);
    expect(existsSync(file) && readFileSync(file, 'utf8')).toContain('kind: coalitieakkoord');
  }, 60_000);
});
