/*
 * Fix-all and the per-finding actions over a real LSP connection, against the bundled server: the requested kinds
 * (`context.only`) are honoured, `source.fixAll.akkoordwijzer` gives the same text as `check --fix` on every draft
 * fixture, "Negeer … op deze tekstregel" removes exactly its finding, and "open de uitleg" shows the
 * rule's page shipped in the package, offline.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CodeActionRequest, ExecuteCommandRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/runCli';
import { applyTextEdits, MOTIE, ROOT, startClient, type TestClient } from './client';

const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const FIX_ALL = 'source.fixAll.akkoordwijzer';

describe('code actions by kind, fix-all, disable and explain (LSP over stdio)', () => {
  let client: TestClient;
  let ws: string;
  const shown: { uri: string; takeFocus?: boolean }[] = [];
  let version = 0;

  beforeAll(async () => {
    ws = mkdtempSync(path.join(tmpdir(), 'aw-fixall-'));
    for (const dir of ['moties', 'vragen']) cpSync(path.join(FIXTURES, dir), path.join(ws, dir), { recursive: true, filter: (src) => !src.endsWith('.fixed.md') });
    client = await startClient({ workspace: ws });
    client.connection.onRequest('window/showDocument', (params: { uri: string; takeFocus?: boolean }) => {
      shown.push(params);
      return { success: true };
    });
  });
  afterAll(async () => {
    await client.close();
    rmSync(ws, { recursive: true, force: true });
  });

  const open = async (uri: string, text: string) => {
    version++;
    await client.open(uri, text, version);
    return client.diagnostics(uri, (_d, p) => p.version === version);
  };
  const actions = async (uri: string, range: Diagnostic['range'], diagnostics: Diagnostic[], only?: string[]) =>
    (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } })) as CodeAction[];
  const whole = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

  it('answers each requested kind: fix-all only for its kind or a parent, quick fixes only when asked or nothing is', async () => {
    const uri = pathToFileURL(path.join(ws, 'moties', 'stikstof-zonder-slot.md')).href;
    const diags = await open(uri, readFileSync(fileURLToPath(uri), 'utf8'));
    const slot = diags.find((d) => d.code === 'motie-slot')!;
    expect(slot).toBeDefined();
    const kinds = async (only?: string[]) => [...new Set((await actions(uri, slot.range, [slot], only)).map((a) => a.kind))];
    expect(await kinds([FIX_ALL])).toEqual([FIX_ALL]);
    expect(await kinds(['source.fixAll'])).toEqual([FIX_ALL]);
    expect(await kinds(['source'])).toEqual([FIX_ALL]);
    expect(await kinds(['quickfix'])).toEqual(['quickfix']);
    expect(await kinds()).toEqual(['quickfix']);
    expect(await kinds(['refactor'])).toEqual([]);
    expect(await kinds(['source.organizeImports'])).toEqual([]);
  });

  it('gives the same text as `check --fix` on every draft fixture', async () => {
    const files = ['moties', 'vragen'].flatMap((dir) => readdirSync(path.join(ws, dir)).map((f) => path.join(ws, dir, f)));
    const editor = new Map<string, string>();
    for (const file of files) {
      const uri = pathToFileURL(file).href;
      const text = readFileSync(file, 'utf8');
      await open(uri, text);
      const fixAll = await actions(uri, whole, [], [FIX_ALL]);
      expect(fixAll.length).toBeLessThanOrEqual(1);
      editor.set(file, fixAll[0] ? applyTextEdits(text, fixAll[0].edit!.changes![uri]!) : text);
    }
    const cli = await runCli(['check', '--fix', 'moties', 'vragen'], ws);
    expect(cli.stderr).toMatch(/hersteld/);
    let changed = 0;
    for (const file of files) {
      const written = readFileSync(file, 'utf8');
      expect(written, path.relative(ws, file)).toBe(editor.get(file));
      if (written !== readFileSync(path.join(FIXTURES, path.relative(ws, file)), 'utf8')) changed++;
    }
    expect(changed).toBeGreaterThanOrEqual(4);
  });

  it('"Negeer … op deze tekstregel" removes exactly that finding', async () => {
    const uri = 'file:///aw/uitzetten.md';
    const diags = await open(uri, MOTIE);
    const regie = diags.find((d) => d.code === 'vaag-begrip')!;
    const all = await actions(uri, regie.range, [regie]);
    const disable = all.find((a) => a.title === 'Negeer vaag-begrip op deze tekstregel')!;
    expect(disable.kind).toBe('quickfix');
    expect(disable.diagnostics).toEqual([regie]);
    const text = applyTextEdits(MOTIE, disable.edit!.changes![uri]!);
    expect(text).toContain('<!-- akkoordwijzer-disable-next-line vaag-begrip -->\nverzoekt de regering');
    version++;
    await client.change(uri, text, version);
    const after = await client.diagnostics(uri, (_d, p) => p.version === version);
    const said = (list: Diagnostic[]) => list.map((d) => `${d.code} ${d.message}`);
    expect(said(after)).toEqual(said(diags.filter((d) => d !== regie)));
  });

  it('"open de uitleg" shows the page shipped in the package, and the diagnostic links to it offline', async () => {
    const uri = 'file:///aw/uitleg.md';
    const diags = await open(uri, MOTIE);
    const regie = diags.find((d) => d.code === 'vaag-begrip')!;
    const page = pathToFileURL(path.join(ROOT, 'docs', 'rules', 'vaag-begrip.md')).href;
    expect(regie.codeDescription?.href).toBe(page);
    expect(existsSync(fileURLToPath(page))).toBe(true);
    const explain = (await actions(uri, regie.range, [regie])).find((a) => a.title === 'Open de uitleg van vaag-begrip')!;
    expect(explain.command).toEqual({ title: 'Open de uitleg van vaag-begrip', command: 'akkoordwijzer.toonUitleg', arguments: ['vaag-begrip'] });
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: explain.command!.command, arguments: explain.command!.arguments! });
    expect(shown).toEqual([{ uri: page, takeFocus: true }]);
  });
});
