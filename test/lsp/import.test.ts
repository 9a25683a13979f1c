/*
 * The editor's import ("Importeer een akkoord of programma") over a real connection: the server imports in a worker
 * thread, so a draft opened while a whole agreement is being read and run through the pipeline gets its findings
 * before the import is done; the result and the files written are those of the CLI's importer.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import { describe, expect, it } from 'vitest';
import { IMPORT_EDITED, IMPORT_PROGRESS, IMPORT_REQUEST, type ImportProgressParams, type ImportResult } from '../../src/shared/protocol';
import { agreementText as smallAgreement } from '../host/import/documents';
import { ca2021Paragraphs } from '../unit/corpus/import/fixtures';
import { MOTIE, closeAfterEach, startClient, type TestClient } from './client';

let client: TestClient | undefined;
let ws: string | undefined;
closeAfterEach(() => ({ client, ws, forget: () => (client = ws = undefined) }));

/** The whole 2021 agreement as plain text (its chapters numbered as headings): an import of several seconds. */
function agreementText(): string {
  const lines: string[] = ['OMZIEN NAAR ELKAAR, VOORUITKIJKEN NAAR DE TOEKOMST', ''];
  let chapter = '';
  let n = 0;
  for (const p of ca2021Paragraphs()) {
    if (p.table) continue;
    if (p.chapter !== chapter) lines.push(`${++n}. ${(chapter = p.chapter)}`, '');
    lines.push(p.text, '');
  }
  return lines.join('\n');
}

describe('importing in the editor', () => {
  it('runs in a worker: a draft opened meanwhile gets its findings before the import ends, and the corpus is written', async () => {
    ws = mkdtempSync(path.join(tmpdir(), 'aw-import-'));
    writeFileSync(path.join(ws, 'akkoord.txt'), agreementText());
    client = await startClient({ workspace: ws });
    const progress: string[] = [];
    client.connection.onNotification(IMPORT_PROGRESS, (p: ImportProgressParams) => void progress.push(p.message));
    const events: string[] = [];
    const out = path.join(ws, 'ca2021x.akkoord.yaml');
    const imported = client.connection
      .sendRequest(IMPORT_REQUEST, { source: pathToFileURL(path.join(ws, 'akkoord.txt')).href, out: pathToFileURL(out).href, id: 'ca2021x', progressToken: 't1' })
      .then((r) => (events.push('import done'), r as ImportResult));
    const uri = pathToFileURL(path.join(ws, 'motie.md')).href;
    await client.open(uri, MOTIE, 1);
    const diagnostics = await client.diagnostics(uri, (_d, p) => p.version === 1, 60_000);
    events.push('draft checked');
    const result = await imported;
    expect(diagnostics.some((d) => d.code === 'vaag-begrip')).toBe(true);
    expect(events).toEqual(['draft checked', 'import done']);
    expect(result.corpusId).toBe('ca2021x');
    expect(result.commitments).toBeGreaterThan(200);
    expect(existsSync(out) && readFileSync(out, 'utf8')).toMatch(/^id: ca2021x$/m);
    expect(progress.length).toBeGreaterThan(1);
  }, 120_000);

  it('takes the kind the editor asked for (a programme) and refuses one it does not know, writing nothing', async () => {
    ws = mkdtempSync(path.join(tmpdir(), 'aw-import-'));
    writeFileSync(path.join(ws, 'programma.txt'), smallAgreement());
    client = await startClient({ workspace: ws });
    const source = pathToFileURL(path.join(ws, 'programma.txt')).href;
    const out = path.join(ws, 'partij-2025.akkoord.yaml');
    const result = (await client.connection.sendRequest(IMPORT_REQUEST, { source, out: pathToFileURL(out).href, id: 'partij-2025', kind: 'verkiezingsprogramma' })) as ImportResult;
    expect(result.corpusId).toBe('partij-2025');
    expect(readFileSync(out, 'utf8')).toMatch(/^kind: verkiezingsprogramma$/m);
    const other = path.join(ws, 'boek.akkoord.yaml');
    await expect(client.connection.sendRequest(IMPORT_REQUEST, { source, out: pathToFileURL(other).href, id: 'boek', kind: 'boek' })).rejects.toThrow(
      'onbekende soort corpus "boek" (coalitieakkoord, verkiezingsprogramma, toezeggingen of overig)',
    );
    expect(existsSync(other)).toBe(false);
  }, 60_000);

  it('refuses to overwrite an earlier import edited by hand since, unless asked again (the editor forced it, and the corrections were lost; a reviewer)', async () => {
    ws = mkdtempSync(path.join(tmpdir(), 'aw-import-'));
    writeFileSync(path.join(ws, 'programma.txt'), smallAgreement());
    const started = (client = await startClient({ workspace: ws }));
    const source = pathToFileURL(path.join(ws, 'programma.txt')).href;
    const out = path.join(ws, 'partij-2025.akkoord.yaml');
    const ask = (extra: object = {}) => started.connection.sendRequest(IMPORT_REQUEST, { source, out: pathToFileURL(out).href, id: 'partij-2025', kind: 'verkiezingsprogramma', ...extra });
    await ask();
    // Imported again as it was written: replaced without a question.
    await ask();
    const edited = readFileSync(out, 'utf8').replace(/^title: .*$/m, 'title: "Mijn eigen titel"');
    writeFileSync(out, edited);
    const refused = await ask().then(
      () => undefined,
      (e: { code?: number; message: string }) => e,
    );
    expect(refused?.code).toBe(IMPORT_EDITED);
    expect(refused?.message).toBe('partij-2025.akkoord.yaml is met de hand gewijzigd sinds de vorige import. Opnieuw importeren overschrijft die wijzigingen; importeer anders naar een ander bestand en neem ze over.');
    expect(readFileSync(out, 'utf8')).toBe(edited);
    await ask({ replaceEdited: true });
    expect(readFileSync(out, 'utf8')).not.toContain('Mijn eigen titel');
  }, 60_000);

  it('a cancel while the pipeline computes reaches it: nothing is written and the request fails', async () => {
    ws = mkdtempSync(path.join(tmpdir(), 'aw-import-'));
    writeFileSync(path.join(ws, 'akkoord.txt'), agreementText());
    client = await startClient({ workspace: ws });
    const out = path.join(ws, 'ca2021x.akkoord.yaml');
    const source = new CancellationTokenSource();
    // Cancelled as soon as the document has been read: the pipeline then computes for seconds without a pause.
    client.connection.onNotification(IMPORT_PROGRESS, () => source.cancel());
    const outcome = await client.connection
      .sendRequest(IMPORT_REQUEST, { source: pathToFileURL(path.join(ws, 'akkoord.txt')).href, out: pathToFileURL(out).href, id: 'ca2021x', progressToken: 't2' }, source.token)
      .then(
        () => 'written',
        () => 'failed',
      );
    expect(outcome).toBe('failed');
    // The server answers the cancelled request at once; the worker stops at its next look at the flag.
    await new Promise((r) => setTimeout(r, 8_000));
    expect(existsSync(out)).toBe(false);
    expect(existsSync(out.replace(/\.akkoord\.yaml$/, '.akkoord.lock.tsv'))).toBe(false);
  }, 120_000);
});
