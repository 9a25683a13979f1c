import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyTextEdits, fixesOnly, MOTIE, startClient, type TestClient } from './client';

/*
 * Diagnostics carry no fixes (`src/lsp/convert.ts`): the code actions make them from the analysis of the version the
 * document has when the client asks. Each fix goes with the diagnostic of its own finding; a diagnostic of an older
 * version gets the fixes of the current text. The dictum of OFFERED holds two findings on one line: a citation offer
 * over the whole sentence (three fixes per commitment) and the vague "regie" (three firmer words); MOTIE's dictum
 * holds "regie" alone (its citation offer was IT-talent on "IT" counted twice, gone since a word and its one-word
 * concept count once). Each test opens a document of its own.
 */
const OFFERED = MOTIE.replace(/^verzoekt de regering .*$/m, 'verzoekt de regering de Nederlandse Digitale Dienst met doorzettingsmacht op te richten en die de regie te geven,');
describe('code actions made on request', () => {
  let client: TestClient;
  let ws: string;
  let n = 0;
  const REGIE = [/^Vervang “regie” door ‘doorzettingsmacht’/, /^Vervang “regie” door ‘aanwijzingsbevoegdheid’/, /^Vervang “regie” door ‘coördinatie’/];
  const isRegie = (a: CodeAction) => REGIE.some((r) => r.test(a.title));
  const same = (a: Diagnostic | undefined, b: Diagnostic) => a !== undefined && a.code === b.code && JSON.stringify(a.range) === JSON.stringify(b.range);
  /** The three firmer words for "regie", and nothing else, each naming `regie`. */
  const expectRegieFixes = (actions: CodeAction[], regie: Diagnostic) => {
    expect(actions.map((a) => a.title)).toEqual(REGIE.map((r) => expect.stringMatching(r)));
    for (const a of actions) expect(same(a.diagnostics?.[0], regie)).toBe(true);
  };

  /** A new document with `text`, and its diagnostics of version 1. */
  async function opened(text: string): Promise<{ uri: string; diags: Diagnostic[] }> {
    const uri = pathToFileURL(path.join(ws, `motie-${++n}.md`)).href;
    await client.open(uri, text, 1);
    return { uri, diags: await client.diagnostics(uri, (_d, p) => p.version === 1) };
  }
  const ask = (uri: string, range: Diagnostic['range'], diagnostics: Diagnostic[]) =>
    client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics } }).then((a) => fixesOnly(a as CodeAction[]));

  beforeAll(async () => {
    ws = mkdtempSync(path.join(tmpdir(), 'aw-actions-'));
    client = await startClient({ workspace: ws });
  });
  afterAll(async () => {
    await client.close();
    rmSync(ws, { recursive: true, force: true });
  });

  it("asked about one diagnostic, gives its finding's fixes only, each with that diagnostic", async () => {
    const { uri, diags } = await opened(MOTIE);
    const regie = diags.find((d) => d.code === 'vaag-begrip')!;
    expectRegieFixes(await ask(uri, regie.range, [regie]), regie);
  });

  it('asked with the cursor elsewhere on the line (an empty range) about a diagnostic, gives that diagnostic\'s fixes', async () => {
    const { uri, diags } = await opened(MOTIE);
    const regie = diags.find((d) => d.code === 'vaag-begrip')!;
    const cursor = { start: { line: regie.range.start.line, character: 0 }, end: { line: regie.range.start.line, character: 0 } };
    expectRegieFixes(await ask(uri, cursor, [regie]), regie);
  });

  it('asked about two diagnostics on one line, gives each fix with the diagnostic of its own finding', async () => {
    const { uri, diags } = await opened(OFFERED);
    const regie = diags.find((d) => d.code === 'vaag-begrip')!;
    const offer = diags.find((d) => d.code === 'citeer-toezegging')!;
    const actions = await ask(uri, regie.range, [offer, regie]);
    const of = (d: Diagnostic) => actions.filter((a) => same(a.diagnostics?.[0], d)).map((a) => a.title);
    expect(of(regie)).toEqual(REGIE.map((r) => expect.stringMatching(r)));
    expect(of(offer).length).toBeGreaterThanOrEqual(2);
    expect(of(offer).every((t) => /ca2026:/.test(t))).toBe(true);
    expect(of(regie).length + of(offer).length).toBe(actions.length);
  });

  it('a diagnostic from a client that drops `data` counts as current when a finding spans exactly its range', async () => {
    const { uri, diags } = await opened(MOTIE);
    const { data: _dropped, ...regie } = diags.find((d) => d.code === 'vaag-begrip')!;
    expectRegieFixes(await ask(uri, regie.range, [regie]), regie);
  });

  it('a diagnostic of an older version, moved on its line since, gets the fixes of the current text, and names them', async () => {
    const { uri, diags } = await opened(MOTIE);
    const old = diags.find((d) => d.code === 'vaag-begrip')!;
    // Three characters typed before "regie" on its line: the old range now starts three characters early.
    const edited = MOTIE.replace('de regering de Nederlandse', 'de regering nu de Nederlandse');
    await client.change(uri, edited, 2);
    await client.diagnostics(uri, (_d, p) => p.version === 2);
    const actions = (await ask(uri, old.range, [old])).filter(isRegie);
    expect(actions).toHaveLength(3);
    for (const a of actions) expect(same(a.diagnostics?.[0], old)).toBe(true);
    expect(applyTextEdits(edited, actions[0]!.edit!.changes![uri]!)).toBe(edited.replace('de regie te geven', 'de doorzettingsmacht te geven'));
  });

  it('without diagnostics in the request, the fixes of every finding the range touches, naming none', async () => {
    const { uri, diags } = await opened(OFFERED);
    const regie = diags.find((d) => d.code === 'vaag-begrip')!;
    const actions = await ask(uri, regie.range, []);
    expect(actions.filter(isRegie)).toHaveLength(3);
    expect(actions.some((a) => /ca2026:/.test(a.title))).toBe(true);
    expect(actions.every((a) => a.diagnostics?.length === 0)).toBe(true);
  });
});
