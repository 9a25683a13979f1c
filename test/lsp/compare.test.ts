import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPARE_REQUEST, type CompareParams, type CompareResult } from '../../src/shared/protocol';
import { MOTIE, startClient, type TestClient } from './client';

describe('akkoordwijzer/vergelijk over a real connection', () => {
  let client: TestClient;
  let ws: string;
  beforeAll(async () => {
    ws = mkdtempSync(path.join(tmpdir(), 'aw-compare-'));
    client = await startClient({ workspace: ws });
  });
  afterAll(async () => {
    await client.close();
    rmSync(ws, { recursive: true, force: true });
  });

  it('compares the two texts the client sends and answers with Markdown in the Kamer’s terms', async () => {
    const uri = `file://${ws}/motie.md`;
    const dictum = /^verzoekt de regering.*$/m.exec(MOTIE)![0];
    const later = MOTIE.replace(dictum, `${dictum}\n\nverzoekt de regering tevens de Kamer voor 1 juni te informeren,`);
    const params: CompareParams = { before: { uri, text: MOTIE, name: 'abc1234:motie.md' }, after: { uri, text: later, name: 'motie.md' } };
    const result = (await client.connection.sendRequest(COMPARE_REQUEST, params)) as CompareResult;
    expect(result.summary).toBe('Gewijzigde motie: verzoek 2 toegevoegd.');
    expect(result.markdown).toContain('`abc1234:motie.md` → `motie.md`');
    expect(result.markdown).toContain('## Verzoek 2 toegevoegd\n\n**verzoekt de regering tevens de Kamer voor 1 juni te informeren,**');
    expect(await client.connection.sendRequest(COMPARE_REQUEST, { before: { uri }, after: { uri } })).toBeNull();
  });
});
