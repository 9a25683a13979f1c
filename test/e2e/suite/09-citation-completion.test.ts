import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, freshDraft, ours, rangeOf, typeText, waitForDiagnostics, serverReady } from './helpers';

const KEY = 'ca2026:nederlandse-digitale-dienst';
const SENTENCE = 'constaterende dat het kabinet een Nederlandse Digitale Dienst met doorzettingsmacht wil oprichten';

/** Our completion items (citation keys), in the order VS Code shows them (sortText). */
function citationItems(list: vscode.CompletionList | undefined): vscode.CompletionItem[] {
  return (list?.items ?? [])
    .filter((i) => i.kind === vscode.CompletionItemKind.Reference && /^[a-z0-9-]+:[a-z0-9-]+$/.test(typeof i.label === 'string' ? i.label : i.label.label))
    .sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
}
const label = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
const docText = (i: vscode.CompletionItem) => (typeof i.documentation === 'string' ? i.documentation : i.documentation?.value ?? '');

/** Put the cursor right before the ";" that ends the overweging and type `typed` there, as a user would. */
async function typeIntoOverweging(typed: string): Promise<{ editor: vscode.TextEditor; before: string; at: number }> {
  const editor = await freshDraft('motie-toezegging.md', 'completion');
  const doc = editor.document;
  const before = doc.getText();
  const end = rangeOf(doc, `${SENTENCE};`).end.translate(0, -1);
  editor.selection = new vscode.Selection(end, end);
  await typeText(typed);
  return { editor, before, at: doc.offsetAt(end) };
}

async function complete(editor: vscode.TextEditor, trigger?: string): Promise<vscode.CompletionList | undefined> {
  // The first item resolved, as the suggest widget does for the item it shows (documentation comes on resolve).
  return vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, editor.selection.active, trigger, 1);
}

/** Apply a completion item the way the editor does: its insert text over its (replace) range. */
async function apply(editor: vscode.TextEditor, item: vscode.CompletionItem): Promise<void> {
  const r = item.range;
  const range = !r ? editor.document.getWordRangeAtPosition(editor.selection.active) : r instanceof vscode.Range ? r : r.replacing;
  assert.ok(range, `the item ${label(item)} has no range to replace`);
  const text = typeof item.insertText === 'string' ? item.insertText : item.insertText?.value ?? label(item);
  assert.equal(await editor.edit((b) => b.replace(range, text)), true, 'the editor refused the completion edit');
}

describe('citation completion', () => {
  before(serverReady);

  it('after [@doorzettings ranks ca2026:nederlandse-digitale-dienst first, and choosing it gives exactly [@ca2026:nederlandse-digitale-dienst]', async () => {
    const { editor, before, at } = await typeIntoOverweging(' [@doorzettings');
    const doc = editor.document;
    // VS Code closes the bracket as it is typed (Markdown's autoClosingPairs): the user is inside "[@doorzettings]".
    assert.equal(doc.getText(), before.slice(0, at) + ' [@doorzettings]' + before.slice(at), 'the typed text, with the bracket closed by the editor');

    const items = citationItems(await complete(editor));
    assert.ok(items.length > 0, 'no citation completion after "[@doorzettings"');
    assert.equal(label(items[0]!), KEY, `first item; the items were: ${items.slice(0, 5).map(label).join(', ')}`);
    assert.match(docText(items[0]!), /We richten een Nederlandse Digitale Dienst op: compact, deskundig en met doorzettingsmacht/, 'its documentation shows the commitment');

    await apply(editor, items[0]!);
    assert.equal(doc.getText(), before.slice(0, at) + ` [@${KEY}]` + before.slice(at));
    // The sentence cites its commitment now: the hint to cite it goes.
    await waitForDiagnostics(doc.uri, (d) => !ours(d).some((x) => codeOf(x) === 'citeer-toezegging'), 'no citeer-toezegging once the key is there');
  });

  it('after a bare [@ offers the commitments of the agreement in force, with the one the sentence is about first', async () => {
    const { editor, before, at } = await typeIntoOverweging(' [@');
    const doc = editor.document;
    assert.equal(doc.getText(), before.slice(0, at) + ' [@]' + before.slice(at), 'the typed text, with the bracket closed by the editor');

    const items = citationItems(await complete(editor, '@'));
    assert.ok(items.length > 1, `expected a list of commitments after "[@", got ${items.length}`);
    assert.equal(label(items[0]!), KEY, `first item in a sentence about the Nederlandse Digitale Dienst; the items were: ${items.slice(0, 5).map(label).join(', ')}`);
    const corpora = new Set(items.map((i) => label(i).split(':')[0]));
    assert.ok(corpora.has('ca2026'), `commitments of ca2026 are offered (${[...corpora].join(', ')})`);
    const firstOld = items.findIndex((i) => label(i).startsWith('ca2021:'));
    const lastNew = items.map((i) => label(i).startsWith('ca2026:')).lastIndexOf(true);
    assert.ok(firstOld < 0 || firstOld > lastNew, 'the replaced agreement (ca2021) comes after the one in force (ca2026)');

    await apply(editor, items[0]!);
    assert.equal(doc.getText(), before.slice(0, at) + ` [@${KEY}]` + before.slice(at));
  });

  it('offers no citation keys outside a citation group', async () => {
    const { editor } = await typeIntoOverweging(' @doorzettings');
    const items = citationItems(await complete(editor));
    assert.deepEqual(items.map(label), [], 'an "@" outside "[…]" is not a citation');
  });
});
