import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, diagnosticAt, freshDraft, openDraft, ours, rangeIn, rangeOf, waitForDiagnostics } from './helpers';

/** The findings about wording and form (vague terms, the parts of a motie); citation hints are tested on their own. */
const wordingAndForm = (ds: readonly vscode.Diagnostic[]) => ours(ds).filter((d) => /^(vaag-begrip|motie-.+)$/.test(codeOf(d) ?? ''));
const hints = (ds: readonly vscode.Diagnostic[]) => ours(ds).filter((d) => codeOf(d) === 'citeer-toezegging');

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

  it('leaves "centrale regie" in a constatering alone: what others did is not the member\'s vagueness', async () => {
    const { document: doc } = await openDraft('motie-regie.md');
    const range = rangeIn(doc, 'de regie te geven', 'regie');
    const ds = await waitForDiagnostics(doc.uri, (d) => !!diagnosticAt(d, 'vaag-begrip', range), 'vaag-begrip on "regie" in the dictum');
    // Of wording and form, only the dictum's vague term: the motie is otherwise complete (aanhef, dictum, slot, marks).
    const found = wordingAndForm(ds);
    assert.deepEqual(
      found.map((d) => `${codeOf(d)} ${doc.getText(d.range)}`).sort(),
      ['vaag-begrip regie'],
      `motie-regie.md has exactly one finding about wording and form; got:\n${describeDiagnostics(found, doc)}`,
    );
  });

  it('hints to cite the agreement on the sentence that asks for one of its commitments (citeer-toezegging, information)', async () => {
    const { document: doc } = await openDraft('motie-regie.md');
    const dictum = rangeOf(doc, 'verzoekt de regering vóór 1 juli 2026 de Nederlandse Digitale Dienst de regie te geven over alle ICT-projecten van het Rijk boven € 5 miljoen,');
    const covers = (ds: vscode.Diagnostic[], r: vscode.Range) => hints(ds).some((d) => d.range.isEqual(r));
    const ds = await waitForDiagnostics(doc.uri, (d) => covers(d, dictum), 'citeer-toezegging on the whole dictum');
    // The constatering reports a fact (regie did not end the fragmentation) and refers to no plan of the cabinet: no hint.
    assert.equal(hints(ds).length, 1, `one hint, on the dictum; none on the constatering, the aanhef or the slot; got:\n${describeDiagnostics(hints(ds), doc)}`);
    for (const d of hints(ds)) {
      assert.equal(d.severity, vscode.DiagnosticSeverity.Information, `a hint, not a warning: ${describeDiagnostics([d], doc)}`);
      // The agreement in force (ca2026) is the one to cite; ca2021 is replaced by it. Two commitments only when they
      // score alike (best first).
      assert.match(d.message, /^Deze zin gaat over “[^”]+”(?: of “[^”]+”)? \(ca2026:[a-z0-9-]+(?:, ca2026:[a-z0-9-]+)?\): citeer de toezegging\.$/, describeDiagnostics([d], doc));
    }
  });

  // The dictum asks for power over ICT projects of the Rijk above € 5 miljoen, given to the Nederlandse Digitale
  // Dienst: both commitments are right to cite; "IT-talent in dienst van het Rijk" (which only shares words) is not.
  it('names a commitment the dictum is about, not one that merely shares its words', async () => {
    const { document: doc } = await openDraft('motie-regie.md');
    const dictum = rangeOf(doc, 'verzoekt de regering vóór 1 juli 2026 de Nederlandse Digitale Dienst de regie te geven over alle ICT-projecten van het Rijk boven € 5 miljoen,');
    const ds = await waitForDiagnostics(doc.uri, (d) => hints(d).some((x) => x.range.isEqual(dictum)), 'citeer-toezegging on the dictum');
    assert.match(hints(ds).find((x) => x.range.isEqual(dictum))!.message, /\((ca2026:nederlandse-digitale-dienst|ca2026:it-projecten-centrale-toets)\)/);
  });

  it('follows edits: a vague term typed into a correct motie is flagged, and the flag goes when it is removed', async () => {
    const editor = await freshDraft('motie-correct.md', 'diagnostics-edit');
    const doc = editor.document;
    const at = rangeOf(doc, 'doorzettingsmacht te geven');
    await editor.edit((b) => b.replace(new vscode.Range(at.start, at.start.translate(0, 'doorzettingsmacht'.length)), 'meer regie'));
    const range = rangeOf(doc, 'meer regie');
    await waitForDiagnostics(doc.uri, (d) => !!diagnosticAt(d, 'vaag-begrip', range), 'vaag-begrip on the typed "meer regie"');
    await editor.edit((b) => b.replace(range, 'doorzettingsmacht'));
    const after = await waitForDiagnostics(doc.uri, (d) => wordingAndForm(d).length === 0, 'no vague-term or structure finding once the correct text is back');
    // What is left are the citation hints of the correct motie (their own test is above), nothing about wording.
    assert.deepEqual(ours(after).filter((d) => codeOf(d) !== 'citeer-toezegging'), [], describeDiagnostics(ours(after), doc));
  });
});
