import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { builtinCorpus, extension, freshDraft, rangeOf, waitForText } from './helpers';

const KEY = 'ca2026:nederlandse-digitale-dienst';

interface Api {
  client: { sendRequest<R>(method: string, params?: unknown): Promise<R> };
}

/** Wait for the active editor to change to one that satisfies `predicate` (checked now, then on every change). */
function waitForActiveEditor(predicate: (e: vscode.TextEditor) => boolean, description: string, timeoutMs = 15_000): Promise<vscode.TextEditor> {
  return new Promise((resolve, reject) => {
    const check = (e: vscode.TextEditor | undefined) => {
      if (!e || !predicate(e)) return;
      finish();
      resolve(e);
    };
    const sub = vscode.window.onDidChangeActiveTextEditor(check);
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${description}; the active editor is ${vscode.window.activeTextEditor?.document.uri.toString(true) ?? '(none)'}`));
    }, timeoutMs);
    function finish() {
      clearTimeout(timer);
      sub.dispose();
    }
    check(vscode.window.activeTextEditor);
  });
}

/** An editor on a fresh draft with the cursor right after "oprichten" (before the ";"). */
async function draftWithCursor(label: string): Promise<{ editor: vscode.TextEditor; before: string; at: number }> {
  const editor = await freshDraft('motie-toezegging.md', label);
  const pos = rangeOf(editor.document, 'wil oprichten;').end.translate(0, -1);
  editor.selection = new vscode.Selection(pos, pos);
  return { editor, before: editor.document.getText(), at: editor.document.offsetAt(pos) };
}

describe('corpus commands', () => {
  it('zoek opens a quick pick of commitments; choosing one inserts [@key] at the cursor', async () => {
    const { editor, before, at } = await draftWithCursor('zoek');
    // What the quick pick lists first with nothing typed (the same request the command makes).
    const api = extension().exports as Api;
    const first = (await api.client.sendRequest<{ key: string }[]>('akkoordwijzer/zoek', { query: '', limit: 100 }))[0];
    assert.ok(first, 'the search request returns commitments');
    assert.match(first.key, /^ca2026:/, 'the agreement in force comes first');

    await vscode.commands.executeCommand('akkoordwijzer.zoek'); // resolves once the first items are shown
    // Accept the highlighted (first) item, as Enter does: only a visible quick pick with items can insert anything.
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const expected = before.slice(0, at) + `[@${first.key}]` + before.slice(at);
    await waitForText(editor.document, (t) => t !== before, 'changes after choosing from the quick pick');
    assert.equal(editor.document.getText(), expected, 'exactly the key inserted at the cursor');
  });

  it('voegCitaatIn inserts the citation of a commitment (given by key or by its tree item) at the cursor', async () => {
    const { editor, before, at } = await draftWithCursor('voeg-citaat-in');
    await vscode.commands.executeCommand('akkoordwijzer.voegCitaatIn', KEY);
    assert.equal(editor.document.getText(), before.slice(0, at) + `[@${KEY}]` + before.slice(at));
    const now = editor.document.getText();
    const end = editor.selection.active;
    await vscode.commands.executeCommand('akkoordwijzer.voegCitaatIn', { kind: 'item', item: { key: 'ca2021:basis-orde' } });
    const off = editor.document.offsetAt(end);
    assert.equal(editor.document.getText(), now.slice(0, off) + '[@ca2021:basis-orde]' + now.slice(off), 'the tree item\'s key, after the first');
  });

  it('toonToezeggingen focuses the tree of commitments; its items open the corpus at their entry', async () => {
    await draftWithCursor('toon-toezeggingen');
    await vscode.commands.executeCommand('akkoordwijzer.toonToezeggingen');
    // Keyboard on the focused list, as a user would: first group, expand it, first commitment, Enter.
    // These list commands act on the focused tree only: if the view did not get the focus, nothing opens.
    for (const command of ['list.focusFirst', 'list.expand', 'list.focusDown', 'list.select']) await vscode.commands.executeCommand(command);
    const builtins = ['ca2021.akkoord.yaml', 'ca2026.akkoord.yaml'].map((n) => builtinCorpus(n).toString());
    const opened = await waitForActiveEditor((e) => builtins.includes(e.document.uri.toString()), 'a built-in corpus file opened from the tree');
    assert.match(opened.document.lineAt(opened.selection.active.line).text, /^\s*- id: [a-z0-9-]+\s*$/, 'at the line of an entry');
  });
});
