import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, ours, waitForDiagnostics } from './helpers';

/*
 * Resource-scoped settings in a multi-root workspace: the suite's second folder (`fixtures/second`) switches
 * `vaag-begrip` off and raises `motie-afsluiting` to an error in its own `.vscode/settings.json`. The same draft in
 * each folder gets that folder's findings: VS Code honours folder settings only for resource-scoped settings, and
 * the server asks for them per folder.
 */
describe('multi-root workspace: each folder its own settings', () => {
  const folder = (i: number) => {
    const f = vscode.workspace.workspaceFolders?.[i];
    assert.ok(f, `the suite runs in a workspace with two folders; folder ${i} is missing (${JSON.stringify(vscode.workspace.workspaceFolders?.map((x) => x.name))})`);
    return f.uri;
  };
  const open = async (i: number) => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(i), 'motie-twee-mappen.md'));
    await vscode.window.showTextDocument(doc);
    return doc;
  };
  const checked = (ds: vscode.Diagnostic[]) => ours(ds).some((d) => codeOf(d) === 'motie-afsluiting');
  const severityOf = (ds: vscode.Diagnostic[], code: string) => ours(ds).find((d) => codeOf(d) === code)?.severity;

  it('the first folder: the defaults (vaag-begrip on "regie", motie-afsluiting a warning)', async () => {
    const doc = await open(0);
    const ds = await waitForDiagnostics(doc.uri, (d) => checked(d) && ours(d).some((x) => codeOf(x) === 'vaag-begrip'), 'motie-afsluiting and vaag-begrip in the first folder');
    assert.equal(severityOf(ds, 'motie-afsluiting'), vscode.DiagnosticSeverity.Warning, describeDiagnostics(ds, doc));
  });

  it('the second folder: its folder settings (vaag-begrip off, motie-afsluiting an error)', async () => {
    const doc = await open(1);
    const ds = await waitForDiagnostics(doc.uri, (d) => severityOf(d, 'motie-afsluiting') === vscode.DiagnosticSeverity.Error, 'motie-afsluiting as an error in the second folder');
    assert.ok(!ours(ds).some((d) => codeOf(d) === 'vaag-begrip'), `no vaag-begrip in the second folder; got:\n${describeDiagnostics(ds, doc)}`);
    // Back in the first folder (the editor closed its preview tab), the draft has its own findings again.
    const first = await open(0);
    await waitForDiagnostics(first.uri, (d) => ours(d).some((x) => codeOf(x) === 'vaag-begrip'), 'vaag-begrip in the first folder again');
  });
});
