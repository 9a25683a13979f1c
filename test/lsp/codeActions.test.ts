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
 * version gets the fixes of the current text. The dictum of MOTIE holds two findings on one line: a citation offer
 * over the whole sentence (three fixes per commitment) and the vague "regie" (three firmer words).
 */
describe('code actions made on request', () => {
  let client: TestClient;
  let ws: string;
  let uri: string;
  const ask = (range: Diagnostic['range'], diagnostics: Diagnostic[]) =>
    client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics } }) as Promise<CodeAction[]>;
  const same = (a: Diagnostic | undefined, b: Diagnostic) => a !== undefined && a.code === b.code && JSON.stringify(a.range) === JSON.stringify(b.range);
  const REGIE = [/^Vervang “regie” door “doorzettingsmacht”/, /^Vervang “regie” door “aanwijzingsbevoegdheid”/, /^Vervang “regie” door “coördinatie”/];

  beforeAll(async () => {
    ws = mkdtempSync(path.join(tmpdir(), 'aw-actions-'));
    uri = pathToFileURL(path.join(ws, 'motie.md')).href;
    client = await startClient({ workspace: ws });
    await client.open(uri, MOTIE);
  });
  afterAll(async () => {
    await client.close();
    rmSync(ws, { recursive: true, force: true });
  });

  it('asked about one diagnostic, gives its finding\'s fixes only, each with that diagnostic', async () => {
    const diags = await client.diagnostics(uri, (_d, p) => p.version === 1);
    const regie = diags.find((d) => d.code === 'vaag-begrip')!;
    const actions = fixesOnly(await ask(regie.range, [regie]));
    expect(actions.map((a) => a.title)).toEqual(REGIE.map((r) => expect.stringMatching(r)));
    for (const a of actions) expect(same(a.diagnostics?.[0], regie)).toBe(true);
  });

  it('asked about two diagnostics on one line, gives each fix with the diagnostic of its own finding', async () => {
    const diags = await client.diagnostics(uri, (_d, p) => p.version === 1);
    const regie = diags.find((d) => d.code === 'vaag-begrip')!;
    const offer = diags.find((d) => d.code === 'citeer-toezegging')!;
    const actions = fixesOnly(await ask(offer.range, [offer, regie]));
    const of = (d: Diagnostic) => actions.filter((a) => same(a.diagnostics?.[0], d)).map((a) => a.title);
    expect(of(regie)).toEqual(REGIE.map((r) => expect.stringMatching(r)));
    expect(of(offer).length).toBeGreaterThanOrEqual(3);
    expect(of(offer).every((t) => /ca2026:/.test(t))).toBe(true);
    expect(of(regie).length + of(offer).length).toBe(actions.length);
  });

  it('a diagnostic of an older version gets the fixes of the current text, which apply to it exactly', async () => {
    const old = (await client.diagnostics(uri, (_d, p) => p.version === 1)).find((d) => d.code === 'vaag-begrip')!;
    // An edit on another line: the dictum keeps its line, the document its shape, the diagnostic is one version old.
    const edited = MOTIE.replace('hun eigen IT-projecten', 'al hun eigen IT-projecten');
    await client.change(uri, edited, 2);
    await client.diagnostics(uri, (_d, p) => p.version === 2);
    const actions = fixesOnly(await ask(old.range, [old])).filter((a) => REGIE.some((r) => r.test(a.title)));
    expect(actions).toHaveLength(3);
    expect(applyTextEdits(edited, actions[0]!.edit!.changes![uri]!)).toBe(edited.replace('de regie te geven', 'de doorzettingsmacht te geven'));
  });

  it('without diagnostics in the request, the fixes of every finding the range touches', async () => {
    const diags = await client.diagnostics(uri, (_x, p) => p.version === 2);
    const regie = diags.find((d) => d.code === 'vaag-begrip')!;
    const actions = fixesOnly(await ask(regie.range, []));
    expect(actions.filter((a) => REGIE.some((r) => r.test(a.title)))).toHaveLength(3);
    expect(actions.some((a) => /ca2026:/.test(a.title))).toBe(true);
    expect(actions.every((a) => a.diagnostics?.length === 0)).toBe(true);
  });
});
