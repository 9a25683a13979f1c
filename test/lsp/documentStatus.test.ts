import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkspaceSymbolRequest, type SymbolInformation } from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_STATUS_REQUEST, SET_KIND_REQUEST, type DocumentStatusResult, type SetKindResult } from '../../src/shared/protocol';
import { applyTextEdits, startClient, type TestClient } from './client';

/*
 * "Why no findings?" over a real connection: the server says per document what it counts as (the client's language
 * status item), writes the edit that changes it, and lists the agreement's commitments in workspace symbols only in
 * a workspace that holds drafts or corpora (the status tells the client the same, for the view's `when` clause).
 */
const MOTIE = 'De Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering de Nederlandse Digitale Dienst op te richten,\n\nen gaat over tot de orde van de dag.\n';
const NOTES = '# Notulen\n\nWie doet wat? Niemand.\n';

/** A workspace folder with these files (kept in `made`), and a server started on it (kept in `clients`). */
async function serveIn(made: string[], clients: TestClient[], files: Record<string, string>, capabilities?: NonNullable<Parameters<typeof startClient>[0]>['capabilities']) {
  const ws = mkdtempSync(path.join(tmpdir(), 'aw-status-'));
  made.push(ws);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(ws, name)), { recursive: true });
    writeFileSync(path.join(ws, name), text);
  }
  const client = await startClient({ workspace: ws, ...(capabilities ? { capabilities } : {}) });
  clients.push(client);
  return { client, uri: (name: string) => pathToFileURL(path.join(ws, name)).href };
}

describe('the kind of a document and the commitments per workspace, over LSP', () => {
  const made: string[] = [];
  const clients: TestClient[] = [];
  const serve = (files: Record<string, string>) => serveIn(made, clients, files);
  const symbols = (client: TestClient) => client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'digitale dienst' }) as Promise<SymbolInformation[]>;

  let notes: Awaited<ReturnType<typeof serve>>;
  let drafts: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    notes = await serve({ 'README.md': NOTES });
    drafts = await serve({ 'README.md': NOTES, 'moties/digitaal.md': MOTIE });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    for (const ws of made) rmSync(ws, { recursive: true, force: true });
  });

  it('says a motie is a motie, recognised by its content, with the built-in corpora', async () => {
    const { client, uri } = drafts;
    await client.open(uri('moties/digitaal.md'), MOTIE);
    await client.status();
    const status = await client.connection.sendRequest<DocumentStatusResult>(DOCUMENT_STATUS_REQUEST, { uri: uri('moties/digitaal.md') });
    expect(status).toMatchObject({ kind: 'motie', reason: 'content', overBudget: false });
    expect(status!.corpora.sort()).toEqual(['ca2021', 'ca2026']);
    expect(status!.commitments).toBeGreaterThan(700);
    // Undated: measured today against the agreement in force then (the test server's today, whatever it is).
    expect(status!.agreement).toMatchObject({ loaded: true, dated: false });
    // A draft of 2025 is measured against the agreement of 2024, which is not loaded (the status listed only the corpora).
    await client.open(uri('moties/oud.md'), `---\nsoort: motie\ndatum: 2025-10-02\n---\n${MOTIE}`);
    const old = await client.connection.sendRequest<DocumentStatusResult>(DOCUMENT_STATUS_REQUEST, { uri: uri('moties/oud.md') });
    expect(old!.agreement).toEqual({ id: 'hla2024', title: 'Hoop, lef en trots', loaded: false, date: '2025-10-02', dated: true });
  });

  it('says notes are no draft, and writes the edit that makes them one', async () => {
    const { client, uri } = notes;
    await client.open(uri('README.md'), NOTES);
    const ask = () => client.connection.sendRequest<DocumentStatusResult>(DOCUMENT_STATUS_REQUEST, { uri: uri('README.md') });
    expect(await ask()).toMatchObject({ kind: 'other', reason: 'none' });
    const edit = await client.connection.sendRequest<SetKindResult>(SET_KIND_REQUEST, { uri: uri('README.md'), kind: 'kamervragen' });
    const after = applyTextEdits(NOTES, [edit!]);
    expect(after).toBe(`---\nsoort: kamervragen\n---\n\n${NOTES}`);
    await client.change(uri('README.md'), after, 2);
    expect(await ask()).toMatchObject({ kind: 'kamervragen', reason: 'frontmatter' });
    // A document the server does not have open is answered with null, not guessed.
    expect(await client.connection.sendRequest<DocumentStatusResult>(DOCUMENT_STATUS_REQUEST, { uri: uri('elders.md') })).toBeNull();
  });

  it('lists commitments in workspace symbols where drafts are, not in a workspace of notes', async () => {
    const fresh = await serve({ 'README.md': NOTES, 'docs/faq.md': '# FAQ\n\n1. Wat is dit?\n2. Waarom?\n' });
    expect((await fresh.client.status()).draftsOrCorpora).toBe(false);
    expect(await symbols(fresh.client)).toEqual([]);
    expect((await drafts.client.status()).draftsOrCorpora).toBe(true);
    const found = await symbols(drafts.client);
    expect(found.map((s) => s.name).some((n) => n.startsWith('ca2026:nederlandse-digitale-dienst'))).toBe(true);
  });

  it('counts a corpus file of the user as a reason to list commitments', async () => {
    const corpus = ['format: 1', 'id: fractie', 'title: Toezeggingen', 'kind: toezeggingen', 'source: { verified: original }', 'commitments:', '  - id: digitale-dienst', '    text: We richten een digitale dienst op.', ''].join('\n');
    const withCorpus = await serve({ 'README.md': NOTES, 'fractie.akkoord.yaml': corpus });
    expect((await withCorpus.client.status((s) => s.corpora.some((c) => c.id === 'fractie'))).draftsOrCorpora).toBe(true);
    expect((await symbols(withCorpus.client)).length).toBeGreaterThan(0);
  });
});

/*
 * The status at a start waits for the first diagnostics: whether the workspace holds a draft is part of it, and the
 * draft the user opened would otherwise be parsed once to tell its kind and again by its analysis, before its findings.
 */
describe('the status at a start, over LSP', () => {
  const made: string[] = [];
  const clients: TestClient[] = [];
  const start = (files: Record<string, string>, capabilities?: NonNullable<Parameters<typeof startClient>[0]>['capabilities']) => serveIn(made, clients, files, capabilities);
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    for (const ws of made) rmSync(ws, { recursive: true, force: true });
  });

  it('comes after the first findings of the draft opened at the start, and says there are drafts', async () => {
    const { client, uri } = await start({ 'motie.md': MOTIE });
    await client.open(uri('motie.md'), MOTIE);
    await client.diagnostics(uri('motie.md'));
    // Nothing came before the findings; the status follows them.
    expect(client.statusCount()).toBe(0);
    expect((await client.status()).draftsOrCorpora).toBe(true);
  });

  // A guard of the fallback: without it this status would never come (the old immediate status passes it too).
  it('comes within a second when no diagnostics go out (a client that pulls and has not pulled yet)', async () => {
    const { client } = await start({ 'motie.md': MOTIE }, { workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false } } });
    const status = await client.status(undefined, 0, 5_000);
    expect(status.draftsOrCorpora).toBe(true);
  });
});
