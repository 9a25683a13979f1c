import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, diagnosticAt, freshDraft, openDraft, ours, rangeIn, rangeOf, waitForDiagnostics } from './helpers';

describe('diagnostics', () => {
  it('flags "regie" in the dictum as a warning, exactly on the word, with a Dutch message', async () => {
    const { document: doc } = await openDraft('motie-regie.md');
    const range = rangeIn(doc, 'de regie te geven', 'regie');
    const ds = await waitForDiagnostics(doc.uri, (d) => !!diagnosticAt(d, 'vaag-begrip', range), 'vaag-begrip on "regie" in the dictum');
    const d = diagnosticAt(ds, 'vaag-begrip', range)!;
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning, 'in the dictum a vague term counts fully (warning)');
    assert.equal(d.source, 'akkoordwijzer');
    assert.match(d.message, /^Vaag begrip “regie”: /);
    assert.match(d.message, /doorzettingsmacht/);
    assert.ok(typeof d.code === 'object' && d.code.target.toString().includes('vaag-begrip'), 'code links to the rule documentation');
  });

  it('rates "centrale regie" in an overweging one step lower (information)', async () => {
    const { document: doc } = await openDraft('motie-regie.md');
    const range = rangeOf(doc, 'centrale regie');
    const ds = await waitForDiagnostics(doc.uri, (d) => !!diagnosticAt(d, 'vaag-begrip', range), 'vaag-begrip on "centrale regie"');
    assert.equal(diagnosticAt(ds, 'vaag-begrip', range)!.severity, vscode.DiagnosticSeverity.Information, 'in an overweging one step lower than the rule\'s warning');
    assert.equal(ours(ds).length, 2, `motie-regie.md has exactly two findings; got:\n${describeDiagnostics(ours(ds), doc)}`);
  });

  it('follows edits: a vague term typed into a correct motie is flagged, and the flag goes when it is removed', async () => {
    const editor = await freshDraft('motie-correct.md', 'diagnostics-edit');
    const doc = editor.document;
    const at = rangeOf(doc, 'doorzettingsmacht te geven');
    await editor.edit((b) => b.replace(new vscode.Range(at.start, at.start.translate(0, 'doorzettingsmacht'.length)), 'meer regie'));
    const range = rangeOf(doc, 'meer regie');
    await waitForDiagnostics(doc.uri, (d) => !!diagnosticAt(d, 'vaag-begrip', range), 'vaag-begrip on the typed "meer regie"');
    await editor.edit((b) => b.replace(range, 'doorzettingsmacht'));
    const after = await waitForDiagnostics(doc.uri, (d) => ours(d).length === 0, 'no findings once the correct text is back');
    assert.deepEqual(after.map(codeOf), []);
  });
});
