import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, diagnosticAt, freshDraft, inWorkspace, ours, rangeIn, waitForDiagnostics } from './helpers';

/*
 * `.akkoordwijzer.yaml` in the workspace (shared with the CLI). The server watches it; a broken file gets
 * diagnostics at the offending line and the drafts go on being checked with the valid rest and the defaults.
 * The steps build on each other (one file, edited in turn), so they run in this order.
 */
const enc = (s: string) => Buffer.from(s, 'utf8');

describe('workspace config file .akkoordwijzer.yaml', () => {
  const config = () => inWorkspace('.akkoordwijzer.yaml');
  let draft: vscode.TextEditor;
  let regie: vscode.Range;
  const draftFlagged = (ds: vscode.Diagnostic[]) => !!diagnosticAt(ds, 'vaag-begrip', regie);

  before(async () => {
    draft = await freshDraft('motie-regie.md', 'config');
    regie = rangeIn(draft.document, 'de regie te geven', 'regie');
    await waitForDiagnostics(draft.document.uri, draftFlagged, 'vaag-begrip on "regie" before any config file exists');
  });

  after(async () => {
    await vscode.workspace.fs.delete(config()).then(undefined, () => undefined);
  });

  it('a bad value gets a diagnostic on its line and column', async () => {
    await vscode.workspace.fs.writeFile(config(), enc('# instellingen voor deze werkmap\nregels:\n  vaag-begrip: heel-streng\n'));
    const ds = await waitForDiagnostics(config(), (d) => ours(d).length > 0, 'a diagnostic on the bad severity');
    const d = ours(ds)[0]!;
    assert.equal(codeOf(d), 'bad-value', describeDiagnostics(ds));
    assert.deepEqual([d.range.start.line, d.range.start.character], [2, 15], `at "heel-streng" (line 3, column 16); got:\n${describeDiagnostics(ds)}`);
    assert.match(d.message, /Ongeldige ernst voor "vaag-begrip"/);
  });

  it('a YAML syntax error gets a diagnostic at its line, and the drafts keep being checked', async () => {
    await vscode.workspace.fs.writeFile(config(), enc('regels:\n  vaag-begrip: warning\ntaal: [nl\n'));
    const ds = await waitForDiagnostics(config(), (d) => ours(d).some((x) => codeOf(x) === 'yaml-syntax'), 'a yaml-syntax diagnostic');
    const lines = ours(ds).filter((x) => codeOf(x) === 'yaml-syntax').map((x) => x.range.start.line);
    assert.ok(lines.every((l) => l >= 2), `the syntax error is on line 3 or after (the unclosed "["), got lines ${JSON.stringify(lines.map((l) => l + 1))}`);

    // The draft is still checked: an edit is flagged anew.
    const doc = draft.document;
    await draft.edit((b) => b.insert(doc.lineAt(regie.start.line).range.start, 'verzoekt de regering te bezien of de dienst meer bevoegdheden nodig heeft,\n\n'));
    regie = rangeIn(doc, 'de regie te geven', 'regie');
    const bezien = (d: vscode.Diagnostic[]) => ours(d).some((x) => codeOf(x) === 'vaag-begrip' && doc.getText(x.range).includes('bezien'));
    await waitForDiagnostics(doc.uri, (d) => draftFlagged(d) && bezien(d), 'vaag-begrip on "regie" and on the typed "bezien"');
  });

  it('a valid file clears the diagnostics and applies (vaag-begrip: uit)', async () => {
    await vscode.workspace.fs.writeFile(config(), enc('regels:\n  vaag-begrip: uit\n'));
    await waitForDiagnostics(config(), (d) => ours(d).length === 0, 'no diagnostics on the valid config file');
    await waitForDiagnostics(draft.document.uri, (d) => !ours(d).some((x) => codeOf(x) === 'vaag-begrip'), 'no vaag-begrip findings while the rule is off');
  });

  it('removing the file brings the defaults back', async () => {
    await vscode.workspace.fs.delete(config());
    await waitForDiagnostics(draft.document.uri, draftFlagged, 'vaag-begrip on "regie" again');
  });
});
