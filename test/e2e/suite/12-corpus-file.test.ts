import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, freshDraft, hoversAt, hoverText, inWorkspace, ours, rangeOf, waitForDiagnostics } from './helpers';

/*
 * A corpus file of the workspace (`*.akkoord.yaml`), written while the server runs: it is found by the file
 * watcher, its problems are pushed as diagnostics at their line and column, its valid entries load all the same,
 * and the built-in corpora keep working. The steps build on each other (one file, edited in turn).
 */
const enc = (s: string) => Buffer.from(s, 'utf8');

const HEADER = ['format: 1', 'id: fractie', 'title: "Toezeggingen aan de fractie"', 'kind: toezeggingen', 'source: { verified: original }', 'commitments:'];
const GOOD = [
  '  - id: brief-over-cloud',
  '    text: "Ik stuur de Kamer voor de zomer een brief over het cloudbeleid van het Rijk."',
  '    tags: [digitale-autonomie]',
  '    ministry: [BZK]',
  '    firmness: besluit',
];
/** Line 14 (1-based): an unknown firmness; line 16: a string that is never closed (a YAML syntax error). */
const BROKEN = [...HEADER, ...GOOD, '  - id: stelligheid-onbekend', '    text: "We kijken naar open source."', '    firmness: misschien', '  - id: met-syntaxfout', '    text: "Niet afgesloten, firmness: besluit', '  - id: na-de-fout', '    text: "Deze laadt ook."', '    firmness: besluit', ''].join('\n');
const TYPO = 'fractie:brief-over-clod';
const typoFlagged = (ds: readonly vscode.Diagnostic[]) => ours(ds).some((x) => codeOf(x) === 'onbekende-toezegging' && x.message.includes(`“${TYPO}”`));
const FIXED = [...HEADER, ...GOOD, '  - id: stelligheid-bekend', '    text: "We kijken naar open source."', '    firmness: onderzoek', ''].join('\n');

describe('workspace corpus file *.akkoord.yaml', () => {
  const corpus = () => inWorkspace('broken.akkoord.yaml');
  let draft: vscode.TextEditor;
  const errors = (ds: readonly vscode.Diagnostic[]) => ours(ds).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);

  before(async () => {
    // A draft citing the built-in corpus, a key of the workspace file and a misspelt key of that file. Keys of a
    // corpus that is not loaded are not judged (they may be another bibliography's), so the misspelt key is flagged
    // only once the file is loaded: a change that must happen, to wait for.
    draft = await freshDraft('motie-citaat.md', 'corpus-file');
    const doc = draft.document;
    await draft.edit((b) => b.replace(rangeOf(doc, '[@ca2026:nederlandse-digitale-dienst]'), `[@ca2026:nederlandse-digitale-dienst; @fractie:brief-over-cloud; @${TYPO}]`));
  });

  after(async () => {
    await vscode.workspace.fs.delete(corpus()).then(undefined, () => undefined);
  });

  it('a syntax error and an unknown firmness get diagnostics at their line and column', async () => {
    await vscode.workspace.fs.writeFile(corpus(), enc(BROKEN));
    const ds = await waitForDiagnostics(corpus(), (d) => errors(d).length >= 2, 'errors on the broken corpus file');
    const at = (d: vscode.Diagnostic) => `${d.range.start.line + 1}:${d.range.start.character + 1}`;
    const firmness = errors(ds).find((d) => /Onbekende waarde voor firmness "misschien"/.test(d.message));
    assert.ok(firmness, `an error on the unknown firmness; got:\n${describeDiagnostics(ds)}`);
    assert.equal(at(firmness), '14:15', `at "misschien" (line 14, column 15); got:\n${describeDiagnostics(ds)}`);
    assert.match(firmness.message, /Toegestaan: besluit, wetgeving, financiering, inzet, onderzoek, doel, standpunt/);
    const syntax = errors(ds).find((d) => /^YAML-fout/.test(d.message));
    assert.ok(syntax, `an error for the YAML syntax; got:\n${describeDiagnostics(ds)}`);
    assert.equal(syntax.range.start.line + 1, 16, `on the line of the unclosed string (16); got:\n${describeDiagnostics(ds)}`);
    assert.ok(syntax.range.start.character >= 10, `not before the opening quotation mark (column 11); got:\n${describeDiagnostics(ds)}`);
    assert.match(syntax.message, /afsluitend teken/);
  });

  it('the valid rest of that file loads: the draft is checked against it, gets the hover, and the built-in corpus keeps working', async () => {
    const doc = draft.document;
    const ds = await waitForDiagnostics(doc.uri, typoFlagged, `onbekende-toezegging on ${TYPO} once the file is loaded`);
    const typo = ours(ds).find((x) => x.message.includes(`“${TYPO}”`))!;
    // The file has errors (this suite broke it): the message says an entry with an error is left out.
    assert.equal(
      typo.message,
      `Onbekende citeersleutel “${TYPO}”: ‘Toezeggingen aan de fractie’ heeft geen toezegging met die sleutel. Bedoelde u “fractie:brief-over-cloud”? Het bestand broken.akkoord.yaml heeft fouten, en een toezegging met een fout wordt overgeslagen: zie de meldingen in dat bestand.`,
    );
    assert.ok(typo.range.isEqual(rangeOf(doc, `@${TYPO}`)), `on the key; got:\n${describeDiagnostics([typo], doc)}`);
    assert.deepEqual(ours(ds).filter((x) => x !== typo && codeOf(x) === 'onbekende-toezegging'), [], 'the valid keys are known');
    const own = hoverText(await hoversAt(doc.uri, rangeOf(doc, '@fractie:brief-over-cloud').start.translate(0, 5)));
    assert.ok(own.includes('> Ik stuur de Kamer voor de zomer een brief over het cloudbeleid van het Rijk.'), `hover over the workspace key:\n${own || '(none)'}`);
    assert.ok(own.includes('Tekst uit het document zelf.'), `its provenance (verified: original):\n${own}`);
    const builtin = hoverText(await hoversAt(doc.uri, rangeOf(doc, '@ca2026:nederlandse-digitale-dienst').start.translate(0, 5)));
    assert.ok(builtin.includes('> We richten een Nederlandse Digitale Dienst op'), `hover over the built-in key:\n${builtin || '(none)'}`);
  });

  it('fixing the file clears its diagnostics', async () => {
    await vscode.workspace.fs.writeFile(corpus(), enc(FIXED));
    await waitForDiagnostics(corpus(), (d) => ours(d).length === 0, 'no diagnostics on the fixed corpus file');
    const doc = draft.document;
    const own = hoverText(await hoversAt(doc.uri, rangeOf(doc, '@fractie:brief-over-cloud').start.translate(0, 5)));
    assert.ok(own.includes('> Ik stuur de Kamer voor de zomer'), `the workspace key still resolves:\n${own || '(none)'}`);
  });

  it('removing the file unloads it: its keys are no longer judged nor shown', async () => {
    await vscode.workspace.fs.delete(corpus());
    const doc = draft.document;
    await waitForDiagnostics(doc.uri, (d) => !typoFlagged(d), `no finding on ${TYPO} once its corpus is gone`);
    const own = hoverText(await hoversAt(doc.uri, rangeOf(doc, '@fractie:brief-over-cloud').start.translate(0, 5)));
    assert.ok(!own.includes('Ik stuur de Kamer'), `no commitment hover for a key of an unloaded corpus; got:\n${own}`);
  });
});
