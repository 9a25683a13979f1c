import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { actionsOffering, actionTitles, codeOf, describeDiagnostics, freshDraft, ours, rangeOf, waitForDiagnostics } from './helpers';

const KEY = 'ca2026:nederlandse-digitale-dienst';
const SENTENCE = 'constaterende dat het kabinet een Nederlandse Digitale Dienst met doorzettingsmacht wil oprichten;';
const EXACT = 'We richten een Nederlandse Digitale Dienst op: compact, deskundig en met doorzettingsmacht.';
/** The question of `vragen-toezegging.md` that is about the commitment (Kamervragen take a footnote, a motie none). */
const QUESTION = 'Wanneer krijgt de Nederlandse Digitale Dienst, die het kabinet met doorzettingsmacht wil oprichten, zijn bevoegdheden?';

const byCode = (code: string) => (ds: readonly vscode.Diagnostic[]) => ours(ds).filter((d) => codeOf(d) === code);
const hints = byCode('citeer-toezegging');
const misquotes = byCode('citaat-onjuist');
const isQuickFix = (a: vscode.CodeAction) => !!a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind);

describe('citation fixes', () => {
  it('a motie sentence about a commitment that does not cite it gets citeer-toezegging, on the whole sentence', async () => {
    const { document: doc } = await freshDraft('motie-toezegging.md', 'citeer-hint');
    const sentence = rangeOf(doc, SENTENCE);
    const ds = await waitForDiagnostics(doc.uri, (d) => hints(d).some((x) => x.range.isEqual(sentence)), 'citeer-toezegging on the overweging');
    const d = hints(ds).find((x) => x.range.isEqual(sentence))!;
    assert.equal(d.severity, vscode.DiagnosticSeverity.Information);
    assert.match(d.message, new RegExp(`^Deze zin gaat over “We richten een Nederlandse Digitale Dienst op: .*” \\(${KEY}\\): citeer de toezegging\\.$`));
    assert.equal(hints(ds).length, 1, `only that sentence; got:\n${describeDiagnostics(hints(ds), doc)}`);
  });

  it('offers to cite it and a quoting overweging (a motie has no footnotes); "Citeer …" inserts exactly the key and the hint goes', async () => {
    const editor = await freshDraft('motie-toezegging.md', 'citeer-fix');
    const doc = editor.document;
    const sentence = rangeOf(doc, SENTENCE);
    await waitForDiagnostics(doc.uri, (d) => hints(d).some((x) => x.range.isEqual(sentence)), 'citeer-toezegging on the overweging');
    const before = doc.getText();

    const cite = `Citeer ${KEY}`;
    // Ctrl+. with the cursor in the sentence (an empty range inside it, as the editor asks).
    const cursor = rangeOf(doc, 'Digitale Dienst met').start;
    const actions = await actionsOffering(doc.uri, new vscode.Range(cursor, cursor), cite);
    const wanted = [cite, `Voeg een overweging in met ${KEY} (via berthub.eu)`];
    for (const title of wanted) {
      const a = actions.find((x) => x.title === title);
      assert.ok(a, `expected the quick fix "${title}"; the code actions were:\n${actionTitles(actions)}`);
      assert.ok(isQuickFix(a) && a.edit, `"${title}" is a quick fix with an edit`);
    }
    assert.ok(!actions.some((a) => a.title.startsWith('Voeg een voetnoot')), `no footnote fix in a motie; the code actions were:\n${actionTitles(actions)}`);

    const fix = actions.find((a) => a.title === cite)!;
    assert.equal(await vscode.workspace.applyEdit(fix.edit!), true, 'workspace.applyEdit refused the edit');
    assert.equal(doc.getText(), before.replace(SENTENCE, SENTENCE.replace(/;$/, ` [@${KEY}];`)), 'the key before the closing ";" and nothing else');
    await waitForDiagnostics(doc.uri, (d) => hints(d).length === 0, 'no citeer-toezegging once the sentence cites the commitment');
  });

  it('in Kamervragen the footnote fix adds a reference after the question and the full citation at the end', async () => {
    const editor = await freshDraft('vragen-toezegging.md', 'citeer-voetnoot');
    const doc = editor.document;
    const sentence = rangeOf(doc, QUESTION);
    await waitForDiagnostics(doc.uri, (d) => hints(d).some((x) => x.range.isEqual(sentence)), 'citeer-toezegging on the question');
    const before = doc.getText();
    const title = `Voeg een voetnoot met het citaat van ${KEY} toe`;
    const actions = await actionsOffering(doc.uri, sentence, title);
    const fix = actions.find((a) => a.title === title);
    assert.ok(fix?.edit, `expected "${title}"; the code actions were:\n${actionTitles(actions)}`);
    assert.ok(!actions.some((a) => a.title.startsWith('Voeg een overweging')), `no overweging in Kamervragen; the code actions were:\n${actionTitles(actions)}`);
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true, 'workspace.applyEdit refused the edit');
    const text = doc.getText();
    assert.ok(text.startsWith(before.replace(QUESTION, `${QUESTION}[^1]`)), `the reference [^1] right after the question; the text is:\n${text}`);
    const footnote = text.slice(before.length + '[^1]'.length);
    assert.match(footnote, new RegExp(`^\\n\\[\\^1\\]: Coalitieakkoord ‘Aan de slag’ \\(2026\\), hoofdstuk ‘Nederland koploper in een digitale wereld’: ‘${EXACT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} .*’ \\(zoals geciteerd in [^)]+\\) \\[@${KEY}\\]\\n$`), 'the definition at the end, saying where the corpus has the words from');
    await waitForDiagnostics(doc.uri, (d) => hints(d).length === 0, 'no citeer-toezegging once the footnote cites the commitment');
  });

  it('the overweging fix inserts an overweging that quotes the agreement, before the dictum', async () => {
    const editor = await freshDraft('motie-toezegging.md', 'citeer-overweging');
    const doc = editor.document;
    const sentence = rangeOf(doc, SENTENCE);
    await waitForDiagnostics(doc.uri, (d) => hints(d).some((x) => x.range.isEqual(sentence)), 'citeer-toezegging on the overweging');
    const before = doc.getText();
    const title = `Voeg een overweging in met ${KEY} (via berthub.eu)`;
    const actions = await actionsOffering(doc.uri, sentence, title);
    const fix = actions.find((a) => a.title === title);
    assert.ok(fix?.edit, `expected "${title}"; the code actions were:\n${actionTitles(actions)}`);
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true, 'workspace.applyEdit refused the edit');
    const dictum = before.indexOf('verzoekt de regering');
    const inserted = doc.getText().slice(dictum, doc.getText().length - (before.length - dictum));
    assert.equal(doc.getText().slice(0, dictum), before.slice(0, dictum), 'nothing changes before the dictum');
    assert.ok(doc.getText().endsWith(before.slice(dictum)), 'the dictum and what follows are unchanged');
    // The commitment is a decision (firmness: besluit), so the overweging says it was agreed.
    assert.ok(
      inserted.startsWith(`constaterende dat het kabinet in het coalitieakkoord heeft afgesproken: ‘${EXACT} `) && inserted.endsWith(`’ [@${KEY}];\n\n`),
      `the inserted overweging was:\n${inserted}`,
    );
  });

  it('a misquote attributed to the coalitieakkoord gets citaat-onjuist; the preferred fix puts back "doorzettingsmacht"', async () => {
    const editor = await freshDraft('motie-citaat-onjuist.md', 'misquote');
    const doc = editor.document;
    const quote = rangeOf(doc, 'We richten een Nederlandse Digitale Dienst op: compact, deskundig en met regie.');
    const ds = await waitForDiagnostics(doc.uri, (d) => misquotes(d).some((x) => x.range.isEqual(quote)), 'citaat-onjuist on the words between the quotation marks');
    const d = misquotes(ds).find((x) => x.range.isEqual(quote))!;
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(d.message, 'Dit citaat wijkt af van het coalitieakkoord ‘Aan de slag’ (2026): “regie” moet “doorzettingsmacht” zijn.');
    // Inside a quotation "regie" is the agreement's (mis)quoted word, not the author's vague term.
    assert.deepEqual(ours(ds).filter((x) => codeOf(x) === 'vaag-begrip').map((x) => doc.getText(x.range)), [], 'no vague-term finding inside the quotation');

    const before = doc.getText();
    const title = 'Zet de exacte woorden van het akkoord terug';
    const actions = await actionsOffering(doc.uri, quote, title);
    const fix = actions.find((a) => a.title === title);
    assert.ok(fix?.edit && isQuickFix(fix), `expected the quick fix "${title}"; the code actions were:\n${actionTitles(actions)}`);
    assert.equal(fix.isPreferred, true, 'putting back the exact words is the preferred fix');
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true, 'workspace.applyEdit refused the edit');
    assert.equal(doc.getText(), before.replace('compact, deskundig en met regie.’', 'compact, deskundig en met doorzettingsmacht.’'));
    await waitForDiagnostics(doc.uri, (x) => misquotes(x).length === 0, 'no citaat-onjuist once the exact words are back');
  });

  it('an unknown key gets onbekende-toezegging with "Bedoelde u …?" fixes that put in the known key', async () => {
    const editor = await freshDraft('motie-citaat.md', 'unknown-key');
    const doc = editor.document;
    const wrong = `${KEY}en`;
    const keyRange = rangeOf(doc, KEY);
    await editor.edit((b) => b.replace(keyRange, wrong));
    const at = rangeOf(doc, wrong);
    const unknown = byCode('onbekende-toezegging');
    const ds = await waitForDiagnostics(doc.uri, (d) => unknown(d).some((x) => x.range.intersection(at)), 'onbekende-toezegging on the mistyped key');
    const d = unknown(ds)[0]!;
    assert.match(d.message, new RegExp(`^Onbekende citeersleutel “${wrong}”: het coalitieakkoord ‘Aan de slag’ \\(2026\\) heeft geen toezegging met die sleutel\\. Bedoelde u “${KEY}”\\?$`));
    // Cut to fit the light-bulb menu (≤ 80 characters, fixTitle).
    const title = `Bedoelde u ${KEY}? (We richten een Nederlandse…)`;
    const actions = await actionsOffering(doc.uri, d.range, title);
    const fix = actions.find((a) => a.title === title);
    assert.ok(fix?.edit, `expected "${title}"; the code actions were:\n${actionTitles(actions)}`);
    const before = doc.getText();
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.equal(doc.getText(), before.replace(wrong, KEY));
    await waitForDiagnostics(doc.uri, (x) => unknown(x).length === 0, 'no onbekende-toezegging once the key is right');
  });
});
