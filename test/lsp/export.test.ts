/*
 * "Exporteer voor indiening" over a real connection: the server exports the draft as the editor holds it (unsaved
 * text included), writes the file with the CLI's writer, and answers with the report; errors stop it unless `toch`.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { EXPORT_REQUEST, type ExportParams, type ExportResponse } from '../../src/shared/protocol';
import { closeAfterEach, startClient, type TestClient } from './client';

let client: TestClient | undefined;
let ws: string | undefined;
closeAfterEach(() => ({ client, ws, forget: () => (client = ws = undefined) }));

const MOTIE_TEXT = ['# Motie van het lid Kathmann over open standaarden', '', 'Voorgesteld 2 maart 2026', '', 'De Kamer,', '', 'gehoord de beraadslaging,', '', 'constaterende dat het Rijk open standaarden voorschrijft;', '', 'verzoekt de regering vóór 1 juli 2026 een lijst van afwijkingen naar de Kamer te sturen,', '', 'en gaat over tot de orde van de dag.', '', 'Kathmann', ''].join('\n');

describe('exporting in the editor', () => {
  it('writes the open text as .docx and answers with the report', async () => {
    ws = mkdtempSync(path.join(tmpdir(), 'aw-export-'));
    // On disk an older text: the export takes what the editor holds.
    writeFileSync(path.join(ws, 'motie.md'), 'oud');
    client = await startClient({ workspace: ws });
    const uri = pathToFileURL(path.join(ws, 'motie.md')).href;
    await client.open(uri, MOTIE_TEXT, 3);
    const out = pathToFileURL(path.join(ws, 'motie.docx')).href;
    const r = (await client.connection.sendRequest(EXPORT_REQUEST, { uri, format: 'docx', out } satisfies ExportParams)) as ExportResponse;
    expect(r).toMatchObject({ written: out, blocked: false, overridden: false, errors: [], warnings: [], report: '' });
    const { value } = await mammoth.extractRawText({ path: path.join(ws, 'motie.docx') });
    expect(value).toContain('Motie van het lid Kathmann over open standaarden\n\nVoorgesteld 2 maart 2026\n\nDe Kamer,');
  }, 60_000);

  it('stops on errors and writes nothing; toch writes and the report says so, in the configured language', async () => {
    ws = mkdtempSync(path.join(tmpdir(), 'aw-export-'));
    client = await startClient({ workspace: ws, settings: { taal: 'en' } });
    const uri = pathToFileURL(path.join(ws, 'motie.md')).href;
    await client.open(uri, MOTIE_TEXT.replace('en gaat over tot de orde van de dag.\n\n', ''), 1);
    // The folder's settings have arrived once the findings speak English.
    await client.diagnostics(uri, (d) => d.some((x) => x.code === 'motie-slot' && typeof x.message === 'string' && x.message.startsWith('The closing line')));
    const out = path.join(ws, 'motie.txt');
    const params: ExportParams = { uri, format: 'txt', out: pathToFileURL(out).href };
    const stopped = (await client.connection.sendRequest(EXPORT_REQUEST, params)) as ExportResponse;
    expect(stopped.blocked).toBe(true);
    expect(stopped.written).toBeUndefined();
    expect(stopped.errors.map((e) => e.code)).toEqual(['motie-slot']);
    expect(stopped.report).toMatch(/^Export stopped: 1 error in the draft\./);
    expect(existsSync(out)).toBe(false);
    const toch = (await client.connection.sendRequest(EXPORT_REQUEST, { ...params, toch: true })) as ExportResponse;
    expect(toch).toMatchObject({ blocked: false, overridden: true });
    expect(toch.report).toMatch(/^Exported anyway, with 1 error in the draft/);
    expect(readFileSync(out, 'utf8')).toMatch(/gehoord de beraadslaging,\n\nconstaterende dat/);
  }, 60_000);

  it('refuses to write over the draft itself, and leaves it as it was', async () => {
    ws = mkdtempSync(path.join(tmpdir(), 'aw-export-'));
    writeFileSync(path.join(ws, 'motie.md'), MOTIE_TEXT);
    client = await startClient({ workspace: ws });
    const uri = pathToFileURL(path.join(ws, 'motie.md')).href;
    await client.open(uri, MOTIE_TEXT, 1);
    await expect(client.connection.sendRequest(EXPORT_REQUEST, { uri, format: 'md', out: uri } satisfies ExportParams)).rejects.toThrow(
      'de export zou het concept zelf overschrijven: kies een ander bestand',
    );
    expect(readFileSync(path.join(ws, 'motie.md'), 'utf8')).toBe(MOTIE_TEXT);
  }, 60_000);

  it('says in words why an export cannot be written (it gave Node\'s English message), and leaves nothing behind', async () => {
    ws = mkdtempSync(path.join(tmpdir(), 'aw-export-'));
    writeFileSync(path.join(ws, 'bezet'), 'een bestand');
    mkdirSync(path.join(ws, 'uitmap'));
    client = await startClient({ workspace: ws });
    const uri = pathToFileURL(path.join(ws, 'motie.md')).href;
    await client.open(uri, MOTIE_TEXT, 1);
    const exportTo = (out: string) => client!.connection.sendRequest(EXPORT_REQUEST, { uri, format: 'txt', out: pathToFileURL(path.join(ws!, out)).href } satisfies ExportParams);
    await expect(exportTo('uitmap')).rejects.toThrow('kan de export niet schrijven (het is een map, geen bestand)');
    await expect(exportTo(path.join('bezet', 'motie.txt'))).rejects.toThrow('kan de export niet schrijven (een deel van het pad is een bestand, geen map)');
    expect(readdirSync(ws).sort()).toEqual(['bezet', 'uitmap']);
    expect(readdirSync(path.join(ws, 'uitmap'))).toEqual([]);
  }, 60_000);
});
