import { rmSync } from 'node:fs';
import { CodeLensRequest, type CodeLens } from 'vscode-languageserver-protocol/node';
import { afterEach, describe, expect, it } from 'vitest';
import { startClient, type TestClient } from './client';
import { tempDir } from '../support/tempDirs';

const VRAGEN = [
  'Vragen van het lid De Vries (D66) aan de minister van Justitie en Veiligheid over ransomware (ingezonden 19 december 2025).',
  '',
  '1. Hoeveel gemeenten zijn in 2025 getroffen door ransomware?',
  '',
  '2. Welke steun biedt u hun?',
  '',
].join('\n');

const MET_UITSTEL = `---\nuitstel: 8 januari 2026\n---\n${VRAGEN}`;

describe('the answer-term code lens over a real connection', () => {
  let client: TestClient | undefined;
  let ws: string | undefined;
  afterEach(async () => {
    await client?.close();
    if (ws) rmSync(ws, { recursive: true, force: true });
    client = ws = undefined;
  });

  async function lenses(text: string, today: string, settings?: unknown): Promise<CodeLens[]> {
    ws = tempDir('aw-lens');
    client = await startClient({ workspace: ws, env: { AKKOORDWIJZER_VANDAAG: today }, ...(settings ? { settings } : {}) });
    const uri = `file://${ws}/vragen.md`;
    await client.open(uri, text);
    // Diagnostics published means settings and data are loaded and the document is analysed.
    await client.diagnostics(uri);
    return (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) as CodeLens[];
  }

  it('shows the due date over the header, across the year end, and "verlopen" once it has passed', async () => {
    const open = await lenses(VRAGEN, '2026-01-05');
    expect(open).toHaveLength(1);
    expect(open[0]!.range.start).toEqual({ line: 0, character: 0 });
    expect(open[0]!.command).toEqual({ title: 'Antwoord uiterlijk 9 januari 2026 (nog 4 dagen; 21 dagen na inzending op 19 december 2025)', command: '' });
    await client!.close();
    client = undefined;
    const late = await lenses(VRAGEN, '2026-01-12');
    expect(late[0]!.command!.title).toBe('Antwoordtermijn verlopen op 9 januari 2026 (3 dagen geleden; 21 dagen na inzending op 19 december 2025)');
  });

  it('gives 42 days after an uitstelbericht, and reads both terms from the editor settings', async () => {
    const delayed = await lenses(MET_UITSTEL, '2026-01-12');
    expect(delayed[0]!.command!.title).toBe('Antwoord uiterlijk 30 januari 2026 (nog 18 dagen; 42 dagen na inzending op 19 december 2025, met uitstel)');
    expect(delayed[0]!.range.start.line).toBe(3);
    await client!.close();
    client = undefined;
    const set = await lenses(MET_UITSTEL, '2026-01-12', { taal: 'en', antwoordtermijn: { dagen: 14, uitstel: 35 } });
    expect(set[0]!.command!.title).toBe('Answer due 23 January 2026 (11 days left; 35 days after submission on 19 December 2025, with postponement)');
  });

  it('gives no lens to questions that were not sent', async () => {
    expect(await lenses(VRAGEN.replace(' (ingezonden 19 december 2025)', ''), '2026-01-05')).toEqual([]);
  });
});
