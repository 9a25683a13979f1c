import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { builtinCorpus, entryLine, inWorkspace, openDraft, rangeOf, serverReady } from './helpers';

const KEY = 'ca2026:nederlandse-digitale-dienst';

type Target = vscode.Location | vscode.LocationLink;
const uriOf = (t: Target) => ('targetUri' in t ? t.targetUri : t.uri);
const rangeOfTarget = (t: Target) => ('targetUri' in t ? t.targetSelectionRange ?? t.targetRange : t.range);

describe('citation navigation', () => {
  before(serverReady);

  it('go to definition on a key opens ca2026.akkoord.yaml at the line of its entry', async () => {
    const { document: doc } = await openDraft('motie-citaat.md');
    const at = rangeOf(doc, `@${KEY}`).start.translate(0, 10);
    const targets = (await vscode.commands.executeCommand<Target[]>('vscode.executeDefinitionProvider', doc.uri, at)) ?? [];
    const corpus = builtinCorpus('ca2026.akkoord.yaml');
    const ours = targets.filter((t) => uriOf(t).toString() === corpus.toString());
    assert.equal(ours.length, 1, `one definition in ${corpus.toString(true)}; got: ${JSON.stringify(targets.map((t) => uriOf(t).toString(true)))}`);
    const line = await entryLine(corpus, 'nederlandse-digitale-dienst');
    assert.equal(rangeOfTarget(ours[0]!).start.line, line, `the entry "- id: nederlandse-digitale-dienst" is on line ${line + 1}`);

    // And the editor really opens it there (what F12 does with that location).
    const editor = await vscode.window.showTextDocument(corpus, { selection: rangeOfTarget(ours[0]!) });
    assert.match(editor.document.lineAt(editor.selection.active.line).text, /^\s*- id: nederlandse-digitale-dienst\s*$/);
  });

  it('has no definition outside a key', async () => {
    const { document: doc } = await openDraft('motie-citaat.md');
    const targets = (await vscode.commands.executeCommand<Target[]>('vscode.executeDefinitionProvider', doc.uri, rangeOf(doc, 'gehoord de beraadslaging').start)) ?? [];
    assert.deepEqual(targets.map((t) => uriOf(t).toString(true)), []);
  });

  it('finds the references to a key in the drafts of the workspace', async () => {
    const { document: doc } = await openDraft('motie-citaat.md');
    const at = rangeOf(doc, `@${KEY}`).start.translate(0, 10);
    const refs = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, at)) ?? [];
    const here = refs.filter((r) => r.uri.toString() === doc.uri.toString());
    assert.deepEqual(here.map((r) => r.range), [rangeOf(doc, `@${KEY}`)], `the key in motie-citaat.md; all references: ${JSON.stringify(refs.map((r) => r.uri.toString(true)))}`);
    // motie-citaat-onjuist.md, not open in an editor, cites it too (read from disk).
    const other = inWorkspace('motie-citaat-onjuist.md').toString();
    assert.ok(refs.some((r) => r.uri.toString() === other), `a reference in motie-citaat-onjuist.md; got: ${JSON.stringify(refs.map((r) => r.uri.toString(true)))}`);
  });

  it('lists commitments as workspace symbols by their words', async () => {
    await openDraft('motie-citaat.md'); // the server runs
    const symbols = (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'doorzettingsmacht')) ?? [];
    const ndd = symbols.find((s) => s.name.startsWith(`${KEY} — `));
    assert.ok(ndd, `a symbol for ${KEY}; got: ${symbols.slice(0, 10).map((s) => s.name).join(' | ') || '(none)'}`);
    assert.equal(ndd.location.uri.toString(), builtinCorpus('ca2026.akkoord.yaml').toString());
    assert.equal(ndd.location.range.start.line, await entryLine(builtinCorpus('ca2026.akkoord.yaml'), 'nederlandse-digitale-dienst'));
  });
});
