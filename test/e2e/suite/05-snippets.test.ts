import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { describeDiagnostics, expandSnippetDefaults, ours, snippetBody, waitForDiagnostics } from './helpers';

const errors = (ds: readonly vscode.Diagnostic[]) => ours(ds).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);

describe('snippets', () => {
  it('"motie" expands into a complete motie with no structure errors', async () => {
    // Start from a bare motie (front matter only): the server reports its missing parts as errors, so the wait
    // below is for a change that must happen, not for silence.
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '---\nsoort: motie\n---\n' });
    const editor = await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, (d) => errors(d).length >= 3, 'structure errors (aanhef, dictum, slot) on a bare motie');

    editor.selection = new vscode.Selection(doc.positionAt(0), doc.positionAt(doc.getText().length));
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Motie' });
    assert.equal(doc.getText(), expandSnippetDefaults(await snippetBody('Motie')), 'the snippet text with its placeholders');

    const ds = await waitForDiagnostics(doc.uri, (d) => errors(d).length === 0, 'no errors once the snippet is expanded');
    assert.deepEqual(
      ours(ds).filter((d) => /^motie-(aanhef|dictum|slot)$/.test(String(typeof d.code === 'object' ? d.code.value : d.code))),
      [],
      `no missing-part findings; got:\n${describeDiagnostics(ours(ds), doc)}`,
    );
  });
});
