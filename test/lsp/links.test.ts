import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DocumentLinkRequest, type DocumentLink } from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClient, type TestClient } from './client';

const VRAGEN = [
  'Vragen van het lid De Vries (D66) aan de minister van Justitie en Veiligheid over ransomware (ingezonden 1 maart 2026).',
  '',
  '1. Kent u de brief (Kamerstuk 26 643, nr. 1465) en zaak 2026Z03112?',
  '',
  '2. Wat zei u in het debat (Handelingen II 2025-2026, nr. 45, item 12)?',
  '',
].join('\n');

/** The range of `quoted` in VRAGEN (on one line). */
function rangeOf(quoted: string) {
  const lines = VRAGEN.split('\n');
  const line = lines.findIndex((l) => l.includes(quoted));
  const character = lines[line]!.indexOf(quoted);
  return { start: { line, character }, end: { line, character: character + quoted.length } };
}

describe('documentLink over a real connection', () => {
  let client: TestClient;
  let ws: string;
  const uri = 'file:///tmp/akkoordwijzer-test/vragen.md';

  beforeAll(async () => {
    ws = mkdtempSync(path.join(tmpdir(), 'aw-links-'));
    client = await startClient({ workspace: ws });
  });
  afterAll(async () => {
    await client.close();
    rmSync(ws, { recursive: true, force: true });
  });

  it('announces the capability and answers with the public sources, positioned on the references', async () => {
    await client.open(uri, VRAGEN);
    // The malformed year is a finding of verwijzing-vorm; waiting for it means the document is analysed.
    const diags = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'verwijzing-vorm'));
    expect(diags.filter((d) => d.code === 'verwijzing-vorm').map((d) => d.message)).toEqual([
      'Verwijzing “Handelingen II 2025-2026, nr. 45, item 12” wijkt af van de vaste vorm: schrijf “Handelingen II 2025/26, nr. 45, item 12”.',
    ]);
    const links = (await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } })) as DocumentLink[];
    expect(links.map((l) => ({ range: l.range, target: l.target }))).toEqual([
      { range: rangeOf('Kamerstuk 26 643, nr. 1465'), target: 'https://zoek.officielebekendmakingen.nl/kst-26643-1465.html' },
      { range: rangeOf('2026Z03112'), target: 'https://www.tweedekamer.nl/kamerstukken/detail?id=2026Z03112' },
      { range: rangeOf('Handelingen II 2025-2026, nr. 45, item 12'), target: 'https://zoek.officielebekendmakingen.nl/h-tk-20252026-45-12.html' },
    ]);
    expect(links[0]!.tooltip).toBe('Kamerstuk openen op officielebekendmakingen.nl');
  });
});
