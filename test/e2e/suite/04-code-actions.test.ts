import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { actionsAt, actionsOffering, actionTitles as titles, codeOf, diagnosticAt, freshDraft, rangeIn, rangeOf, waitForDiagnostics } from './helpers';

describe('code actions', () => {
  it('offers the firmer words for "regie", none preferred, and applying one changes exactly that word', async () => {
    const editor = await freshDraft('motie-regie.md', 'code-action');
    const doc = editor.document;
    const range = rangeIn(doc, 'de regie te geven', 'regie');
    await waitForDiagnostics(doc.uri, (d) => !!diagnosticAt(d, 'vaag-begrip', range), 'vaag-begrip on "regie"');
    const before = doc.getText();

    const title = 'Vervang “regie” door ‘doorzettingsmacht’ (kan besluiten en afdwingen)';
    const actions = await actionsOffering(doc.uri, range, title);
    const fix = actions.find((a) => a.title === title);
    assert.ok(fix, `expected the quick fix "${title}"; the code actions were:\n${titles(actions)}`);
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), `kind should be quickfix, was ${fix.kind?.value}`);
    for (const other of ['aanwijzingsbevoegdheid', 'coördinatie']) assert.ok(actions.some((a) => a.title.includes(`door ‘${other}’`)), `also offers "${other}":\n${titles(actions)}`);
    // Which firmer word fits depends on what the member means: none is preferred (Shift+Alt+. applies nothing here).
    assert.ok(!actions.some((a) => a.isPreferred && a.title.startsWith('Vervang “regie”')), 'no alternative is preferred');
    // (vscode.executeCodeActionProvider does not return CodeAction.diagnostics; the Neovim test checks that pairing.)
    assert.ok(fix.edit, 'the fix carries a workspace edit');

    assert.equal(await vscode.workspace.applyEdit(fix.edit), true, 'workspace.applyEdit refused the edit');
    const start = doc.offsetAt(range.start);
    const expected = before.slice(0, start) + 'doorzettingsmacht' + before.slice(doc.offsetAt(range.end));
    assert.equal(doc.getText(), expected);

    // The vague-term finding in the dictum goes; the citation hint on the whole dictum sentence may stay (it is about
    // the sentence, not the word).
    const fixedRange = rangeIn(doc, 'de doorzettingsmacht te geven', 'doorzettingsmacht');
    await waitForDiagnostics(doc.uri, (d) => !d.some((x) => codeOf(x) === 'vaag-begrip' && x.range.intersection(fixedRange)), 'the dictum\'s vague-term finding gone');
  });

  it('offers no Akkoordwijzer fix for text without a finding', async () => {
    const editor = await freshDraft('motie-regie.md', 'code-action-none');
    const doc = editor.document;
    await waitForDiagnostics(doc.uri, (d) => d.length > 0, 'the draft has been checked');
    const actions = await actionsAt(doc.uri, rangeOf(doc, 'gehoord de beraadslaging'));
    const quickFixes = actions.filter((a) => a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind));
    assert.deepEqual(quickFixes.map((a) => a.title), [], 'no quick fix where nothing is flagged');
  });
});
