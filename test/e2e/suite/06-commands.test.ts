import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { diagnosticAt, expandSnippetDefaults, extension, freshDraft, rangeIn, rangeOf, snippetBody, waitForDiagnostics, waitUntil } from './helpers';

interface Api {
  client: { isRunning(): boolean; onDidChangeState(listener: (e: { oldState: number; newState: number }) => void): vscode.Disposable };
}

async function activeEditorAfter(command: string): Promise<vscode.TextEditor> {
  const before = vscode.window.activeTextEditor?.document.uri.toString();
  await vscode.commands.executeCommand(command);
  const editor = vscode.window.activeTextEditor;
  assert.ok(editor && editor.document.uri.toString() !== before, `${command} should open a new editor`);
  return editor;
}

describe('commands', () => {
  it('registers every command that package.json contributes', async () => {
    const pkg = extension().packageJSON as { contributes: { commands?: { command: string }[]; menus?: Record<string, { command: string }[]> } };
    const contributed = (pkg.contributes.commands ?? []).map((c) => c.command);
    assert.ok(contributed.length > 0, 'package.json contributes no commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((c) => !registered.has(c)), [], `contributed but not registered (of ${contributed.join(', ')})`);
    // Menus may only name contributed commands (a typo there hides a button without any error).
    const inMenus = Object.values(pkg.contributes.menus ?? {}).flat().map((m) => m.command);
    assert.deepEqual(inMenus.filter((c) => !contributed.includes(c)), [], 'menus name commands that package.json does not contribute');
  });

  it('nieuweMotie opens an untitled Markdown motie from the template, and that untitled draft is checked', async () => {
    const editor = await activeEditorAfter('akkoordwijzer.nieuweMotie');
    const doc = editor.document;
    assert.equal(doc.uri.scheme, 'untitled');
    assert.equal(doc.languageId, 'markdown');
    assert.equal(doc.getText(), expandSnippetDefaults(await snippetBody('Motie')));

    // The template's dictum asks for an action ("… te regelen"), so it is no structure problem as it stands.
    const placeholder = rangeOf(doc, '<wie of wat> te <regelen>');
    await editor.edit((b) => b.replace(placeholder, 'de Nederlandse Digitale Dienst de regie te geven over ICT-projecten'));
    const range = rangeIn(doc, 'de regie te geven', 'regie');
    await waitForDiagnostics(doc.uri, (d) => !!diagnosticAt(d, 'vaag-begrip', range), 'vaag-begrip on "regie" typed into the untitled motie');
  });

  it('nieuweKamervragen opens an untitled Markdown draft with the Kamervragen template', async () => {
    const doc = (await activeEditorAfter('akkoordwijzer.nieuweKamervragen')).document;
    assert.equal(doc.uri.scheme, 'untitled');
    assert.equal(doc.languageId, 'markdown');
    const text = doc.getText();
    assert.ok(text.startsWith('---\nsoort: kamervragen\n---\n'), `front matter soort: kamervragen; got:\n${text}`);
    assert.ok(text.includes('Vragen van het lid <achternaam> (<partij>) aan de minister van Binnenlandse Zaken en Koninkrijksrelaties over <onderwerp>'), text);
    assert.ok(text.includes('1. Bent u bekend met het bericht ‘<titel van het bericht>’?[^1]'), text);
  });

  it('toonLog runs', async () => {
    await vscode.commands.executeCommand('akkoordwijzer.toonLog');
  });

  it('herstart restarts the language server, and drafts are checked afterwards', async () => {
    const api = extension().exports as Api;
    const states: number[] = [];
    const sub = api.client.onDidChangeState((e) => states.push(e.newState));
    try {
      await vscode.commands.executeCommand('akkoordwijzer.herstart');
    } finally {
      sub.dispose();
    }
    // vscode-languageclient State: Stopped = 1, Running = 2, Starting = 3.
    assert.ok(states.includes(1) || states.includes(3), `the client should have gone through Stopped/Starting; states seen: ${JSON.stringify(states)}`);
    await waitUntil('the language client runs again', () => api.client.isRunning());

    const editor = await freshDraft('motie-correct.md', 'after-restart');
    const at = rangeOf(editor.document, 'doorzettingsmacht te geven');
    await editor.edit((b) => b.replace(new vscode.Range(at.start, at.start.translate(0, 'doorzettingsmacht'.length)), 'regie'));
    const range = rangeIn(editor.document, 'Dienst regie te geven', 'regie');
    await waitForDiagnostics(editor.document.uri, (d) => !!diagnosticAt(d, 'vaag-begrip', range), 'vaag-begrip after the restart');
  });
});
