import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  DocumentDiagnosticRequest,
  DocumentSymbolRequest,
  HoverRequest,
  type CodeAction,
  type Diagnostic,
  type DocumentSymbol,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyTextEdits, fixesOnly, MOTIE, startClient, type TestClient } from './client';

describe('language server over stdio (push diagnostics, as Neovim 0.7)', () => {
  let client: TestClient;
  let ws: string;
  const uri = 'file:///tmp/akkoordwijzer-test/motie.md';

  beforeAll(async () => {
    ws = mkdtempSync(path.join(tmpdir(), 'aw-lsp-'));
    client = await startClient({ workspace: ws });
  });
  afterAll(async () => {
    await client.close();
    rmSync(ws, { recursive: true, force: true });
  });

  it('publishes diagnostics for an opened motie, with code, source, docs link and lean data (the fixes come with the code actions)', async () => {
    await client.open(uri, MOTIE);
    const diags = await client.diagnostics(uri, (d) => d.length > 0);
    const regie = diags.find((d) => d.code === 'vaag-begrip');
    expect(regie).toBeDefined();
    expect(regie!.source).toBe('akkoordwijzer');
    expect(regie!.range).toEqual({ start: { line: 6, character: 55 }, end: { line: 6, character: 60 } });
    expect(regie!.message).toContain('“regie”');
    expect(regie!.codeDescription?.href).toMatch(/docs\/rules\/vaag-begrip\.md$/);
    expect(regie!.data).toEqual({ version: 1, commitments: [] });
  });

  it('explains the flagged term on hover, regie next to doorzettingsmacht', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 6, character: 57 } });
    const value = (hover!.contents as MarkupContent).value;
    expect(value).toContain('doorzettingsmacht');
    expect(value).toMatch(/\| regie \| doorzettingsmacht \|/);
    expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 2 } })).toBeNull();
  });

  it('offers the firmer words, none preferred; applying one gives the exact text, and the finding disappears after the change', async () => {
    const diags = await client.diagnostics(uri);
    const regie = diags.find((d) => d.code === 'vaag-begrip')!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: regie.range,
      context: { diagnostics: [regie] },
    })) as CodeAction[];
    expect(fixesOnly(actions).map((a) => a.title)).toEqual([
      'Vervang “regie” door ‘doorzettingsmacht’ (kan besluiten en afdwingen)',
      'Vervang “regie” door ‘aanwijzingsbevoegdheid’ (kan bindend opdragen)',
      'Vervang “regie” door ‘coördinatie’ (kan niets afdwingen)',
    ]);
    // After the fixes: the finding's own "switch off for this line" and "open the explanation", nothing for others.
    expect(actions.slice(3).map((a) => a.title)).toEqual(['Negeer vaag-begrip op deze tekstregel', 'Open de uitleg van vaag-begrip']);
    expect(actions.some((a) => a.isPreferred)).toBe(false);
    const fixed = applyTextEdits(MOTIE, actions[0]!.edit!.changes![uri]!);
    expect(fixed).toBe(MOTIE.replace('de regie te geven', 'de doorzettingsmacht te geven'));
    await client.change(uri, fixed, 2);
    const after = await client.diagnostics(uri, (_d, p) => p.version === 2);
    expect(after.filter((d: Diagnostic) => d.code === 'vaag-begrip')).toEqual([]);
  });

  it('reports a missing slot as an error after an edit removes it, and its fix inserts the line', async () => {
    const broken = MOTIE.replace('en gaat over tot de orde van de dag.\n\n', '');
    await client.change(uri, broken, 3);
    const diags = await client.diagnostics(uri, (_d, p) => p.version === 3);
    const slot = diags.find((d) => d.code === 'motie-slot');
    expect(slot?.severity).toBe(1);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: slot!.range, context: { diagnostics: [slot!] } })) as CodeAction[];
    const fixed = applyTextEdits(broken, actions[0]!.edit!.changes![uri]!);
    expect(fixed).toContain('IT-projecten van het Rijk,\n\nen gaat over tot de orde van de dag.\n\nDe Vries');
  });

  it('gives the outline: overwegingen and the dictum, by what they are', async () => {
    await client.change(uri, MOTIE, 4);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    expect(symbols.map((s) => s.name)).toEqual(['Aanhef', 'Gehoord de beraadslaging', 'Constatering 1', 'Verzoek 1', 'Slot', 'Indieners']);
    expect(symbols[3]!.detail).toMatch(/^verzoekt de regering de Nederlandse Digitale Dienst/);
  });

  it('checks untitled drafts too, and leaves a README alone', async () => {
    await client.open('untitled:Untitled-1', MOTIE.replace('De Kamer,\n\n', ''));
    const d = await client.diagnostics('untitled:Untitled-1', (x) => x.length > 0);
    expect(d.map((x) => x.code)).toContain('motie-aanhef');
    const readme = 'file:///tmp/akkoordwijzer-test/README.md';
    await client.open(readme, '# FAQ\n\n1. Hoe installeer ik dit?\n2. Waar staat de regie van het project?\n');
    expect(await client.diagnostics(readme)).toEqual([]);
  });
});

describe('language server over stdio (pull diagnostics, as VS Code)', () => {
  it('answers textDocument/diagnostic and follows the workspace config file, with its problems at their line', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'aw-lsp-'));
    writeFileSync(path.join(ws, '.akkoordwijzer.yaml'), 'taal: en\nregels:\n  vaag-begrip: error\n  motie-slot: onzin\n');
    const client = await startClient({ workspace: ws, capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false } } } });
    try {
      const configUri = pathToFileURL(path.join(ws, '.akkoordwijzer.yaml')).href;
      const configDiags = await client.diagnostics(configUri, (d) => d.length > 0);
      expect(configDiags[0]!.range.start).toEqual({ line: 3, character: 14 });
      const uri = pathToFileURL(path.join(ws, 'motie.md')).href;
      await client.open(uri, MOTIE);
      const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as { kind: string; items: Diagnostic[] };
      expect(report.kind).toBe('full');
      const regie = report.items.find((d) => d.code === 'vaag-begrip')!;
      expect(regie.severity).toBe(1); // error, from the config file
      expect(regie.message).toMatch(/^Vague term “regie”/); // English, from the config file
    } finally {
      await client.close();
      rmSync(ws, { recursive: true, force: true });
    }
  });

  it('lets the workspace file decide what the editor leaves at "standaard" (as VS Code sends every default)', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'aw-lsp-'));
    writeFileSync(path.join(ws, '.akkoordwijzer.yaml'), 'taal: en\nregels:\n  vaag-begrip: error\n');
    const settings = { taal: 'standaard', regels: { 'vaag-begrip': 'standaard', 'motie-slot': 'standaard' }, lexicon: { extra: [] }, corpora: [] };
    const client = await startClient({ workspace: ws, settings, capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false } } } });
    try {
      const uri = pathToFileURL(path.join(ws, 'motie.md')).href;
      await client.open(uri, MOTIE);
      const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as { items: Diagnostic[] };
      const regie = report.items.find((d) => d.code === 'vaag-begrip')!;
      expect(regie.severity).toBe(1);
      expect(regie.message).toMatch(/^Vague term “regie”/);
    } finally {
      await client.close();
      rmSync(ws, { recursive: true, force: true });
    }
  });
});
