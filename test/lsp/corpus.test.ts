import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  CompletionRequest,
  CompletionResolveRequest,
  DefinitionRequest,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  HoverRequest,
  ReferencesRequest,
  WorkspaceSymbolRequest,
  type CodeAction,
  type CompletionList,
  type Location,
  type MarkupContent,
  type SymbolInformation,
} from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatusParams } from '../../src/shared/protocol';
import { applyTextEdits, ROOT, startClient, type TestClient } from './client';

describe('corpus features over LSP (a workspace corpus file)', () => {
  let ws: string;
  let client: TestClient;
  const uriOf = (name: string) => pathToFileURL(path.join(ws, name)).href;
  let motie: string;

  beforeAll(async () => {
    ws = mkdtempSync(path.join(tmpdir(), 'aw-corpus-'));
    cpSync(path.join(ROOT, 'test/fixtures/workspace'), ws, { recursive: true });
    client = await startClient({ workspace: ws });
    motie = readFileSync(path.join(ws, 'motie-cloud.md'), 'utf8');
    await client.open(uriOf('motie-cloud.md'), motie);
  });
  afterAll(async () => {
    await client.close();
    rmSync(ws, { recursive: true, force: true });
  });

  const pos = (text: string, needle: string, delta = 0) => {
    const i = text.indexOf(needle) + delta;
    const before = text.slice(0, i).split('\n');
    return { line: before.length - 1, character: before.at(-1)!.length };
  };

  it('flags an unknown key with a "did you mean" fix that puts in the known key', async () => {
    const uri = uriOf('motie-cloud.md');
    const diags = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'onbekende-toezegging'));
    const d = diags.find((x) => x.code === 'onbekende-toezegging')!;
    expect(d.message).toContain('Bedoelde u “toezeggingen-bzk:exitstrategie-clouddiensten”?');
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    const fixed = applyTextEdits(motie, actions[0]!.edit!.changes![uri]!);
    expect(fixed).toBe(motie.replace('exitstrategie-clouddienst]', 'exitstrategie-clouddiensten]'));
  });

  it('shows the commitment on hover over its key: text, chapter, tags, ministry, firmness, deadline, provenance, link', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf('motie-cloud.md') }, position: pos(motie, 'cloudstrategie-voor-zomer', 3) });
    const value = (hover!.contents as MarkupContent).value;
    expect(value).toContain('> De staatssecretaris stuurt de Kamer vóór de zomer een rijksbrede cloudstrategie');
    expect(value).toContain('| Hoofdstuk | Commissiedebat Digitale Overheid |');
    expect(value).toContain('BZK (Binnenlandse Zaken en Koninkrijksrelaties)');
    expect(value).toContain('**besluit**');
    expect(value).toContain('| Termijn | zomer 2026 |');
    expect(value).toContain('Tekst uit het document zelf.');
    expect(value).toContain(`(${uriOf('fractie.akkoord.yaml')}#L14)`);
  });

  it('completes after "[@" by the words of a commitment, not only its key', async () => {
    const uri = uriOf('motie-cloud.md');
    const text = motie.replace('verzoekt de regering', 'verzoekt de regering [@exitstr');
    await client.change(uri, text, 2);
    const list = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: pos(text, '[@exitstr', 9) })) as CompletionList;
    expect(list.items[0]!.label).toBe('toezeggingen-bzk:exitstrategie-clouddiensten');
    // The group is not closed on its line: the key closes it.
    expect(list.items[0]!.textEdit).toMatchObject({ newText: 'toezeggingen-bzk:exitstrategie-clouddiensten]' });
    const byWords = text.replace('[@exitstr', '[@tijdpad afbouw'.replace(' ', '-'));
    await client.change(uri, byWords, 3);
    const list2 = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: pos(byWords, '[@tijdpad-afbouw', 16) })) as CompletionList;
    expect(list2.items.map((i) => i.label)).toEqual(['toezeggingen-bzk:cloudstrategie-voor-zomer']);
    expect(list2.items[0]!.documentation, 'documentation comes on resolve, not in the list').toBeUndefined();
    const resolved = await client.connection.sendRequest(CompletionResolveRequest.type, list2.items[0]!);
    expect((resolved.documentation as MarkupContent).value).toContain('tijdpad voor het afbouwen');
    // Outside a citation group there is no completion.
    const none = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 0, character: 2 } });
    expect(none).toBeNull();
    await client.change(uri, motie, 4);
  });

  it('goes to the definition in the corpus file and finds references in every draft', async () => {
    const uri = uriOf('motie-cloud.md');
    const at = pos(motie, 'cloudstrategie-voor-zomer', 2);
    const def = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: at })) as Location;
    expect(def.uri).toBe(uriOf('fractie.akkoord.yaml'));
    expect(def.range.start.line).toBe(13);
    const refs = (await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: at, context: { includeDeclaration: false } })) as Location[];
    expect(refs.map((r) => path.basename(new URL(r.uri).pathname)).sort()).toEqual(['motie-cloud.md', 'vragen-cloud.md']);
  });

  it('searches commitments by words as workspace symbols', async () => {
    const symbols = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'exitstrategie' })) as SymbolInformation[];
    expect(symbols.map((s) => s.name.split(' — ')[0])).toEqual(['toezeggingen-bzk:exitstrategie-clouddiensten']);
  });

  it('reports a broken corpus file at its line and column, keeps the valid rest, and recovers when it is fixed', async () => {
    const file = path.join(ws, 'fractie.akkoord.yaml');
    const good = readFileSync(file, 'utf8');
    const broken = good.replace('    firmness: onderzoek\n', '    firmness: misschien\n    tekst: "x"\n');
    const fractie = (n: number) => (s: StatusParams) => s.corpora.some((c) => c.uri === uriOf('fractie.akkoord.yaml') && c.commitments === n && c.loaded);
    const brokenFrom = client.statusCount();
    writeFileSync(file, broken);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf('fractie.akkoord.yaml'), type: FileChangeType.Changed }] });
    const problems = await client.diagnostics(uriOf('fractie.akkoord.yaml'), (d) => d.some((x) => x.severity === 1));
    const firmness = problems.find((p) => /misschien/.test(String(p.message)))!;
    expect(firmness.range.start).toEqual({ line: 25, character: 14 });
    const unknown = problems.find((p) => /tekst/.test(String(p.message)))!;
    expect(unknown.range.start.line).toBe(26);
    expect(unknown.message).toContain('bedoelde u "text"');
    // The valid commitment still loads: its key keeps working in the draft.
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf('motie-cloud.md') }, position: pos(motie, 'cloudstrategie-voor-zomer', 3) });
    expect((hover!.contents as MarkupContent).value).toContain('rijksbrede cloudstrategie');
    const fixedFrom = client.statusCount();
    writeFileSync(file, good);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf('fractie.akkoord.yaml'), type: FileChangeType.Changed }] });
    await client.diagnostics(uriOf('fractie.akkoord.yaml'), (d) => d.every((x) => x.severity !== 1));
    // The status followed the file: with the broken entry skipped one commitment, then both again.
    await client.status(fractie(1), brokenFrom);
    await client.status(fractie(2), fixedFrom);
  });
});
