import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { builtinCorpus, entryLine, hoversAt, hoverText, openDraft, rangeOf, serverReady } from './helpers';

const KEY = 'ca2026:nederlandse-digitale-dienst';
const TEXT = 'We richten een Nederlandse Digitale Dienst op: compact, deskundig en met doorzettingsmacht';

describe('citation hover', () => {
  before(serverReady);

  it('shows the commitment behind [@ca2026:nederlandse-digitale-dienst]: its text, where it stands, firmness and provenance', async () => {
    const { document: doc } = await openDraft('motie-citaat.md');
    const key = rangeOf(doc, `@${KEY}`);
    // Over the middle of the key (no diagnostic is needed for a citation hover).
    const hovers = await hoversAt(doc.uri, key.start.translate(0, 12));
    const text = hoverText(hovers);
    for (const want of [
      `**\`${KEY}\`** — *Aan de slag* (`,
      `> ${TEXT}.`,
      '| Hoofdstuk | Nederland koploper in een digitale wereld |',
      '| Stelligheid | **',
      '| Herkomst | Niet gecontroleerd in het akkoord zelf: de tekst zoals geciteerd in [berthub.eu](',
      '| Corpus | onvolledig: alleen bekende passages |',
    ]) {
      assert.ok(text.includes(want), `the hover should contain ${JSON.stringify(want)}; it was:\n${text || '(no hover)'}`);
    }
    const ours = hovers.find((h) => hoverText([h]).includes(TEXT));
    assert.ok(ours?.range?.isEqual(key), `the hover range should be the key "@${KEY}" (${JSON.stringify(key)}), was ${JSON.stringify(ours?.range)}`);
  });

  it('links to the entry in the corpus file', async () => {
    const { document: doc } = await openDraft('motie-citaat.md');
    const text = hoverText(await hoversAt(doc.uri, rangeOf(doc, `@${KEY}`).start.translate(0, 3)));
    const link = /\[Open in het corpus\]\(([^)]+)\)/.exec(text);
    assert.ok(link, `the hover has no link "Open in het corpus":\n${text}`);
    const target = vscode.Uri.parse(link[1]!);
    const corpus = builtinCorpus('ca2026.akkoord.yaml');
    assert.equal(target.with({ fragment: '' }).toString(), corpus.toString(), 'the link opens the built-in ca2026 corpus');
    assert.equal(target.fragment, `L${(await entryLine(corpus, 'nederlandse-digitale-dienst')) + 1}`, 'at the line of the entry');
  });

  it('is about the key only: right after the closing bracket there is no commitment hover', async () => {
    const { document: doc } = await openDraft('motie-citaat.md');
    const after = rangeOf(doc, `[@${KEY}];`).end.translate(0, -1); // between "]" and ";"
    const text = hoverText(await hoversAt(doc.uri, after));
    assert.ok(!text.includes(TEXT), `no commitment hover outside the key; got:\n${text}`);
  });
});
