import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { diagnosticAt, hoversAt, hoverText, openDraft, rangeIn, rangeOf, waitForDiagnostics } from './helpers';

describe('hover', () => {
  it('explains a flagged vague term: why it is vague, and regie versus doorzettingsmacht', async () => {
    const { document: doc } = await openDraft('motie-regie.md');
    const range = rangeIn(doc, 'de regie te geven', 'regie');
    await waitForDiagnostics(doc.uri, (d) => !!diagnosticAt(d, 'vaag-begrip', range), 'vaag-begrip on "regie"');
    const hovers = await hoversAt(doc.uri, range.start.translate(0, 2));
    const text = hoverText(hovers);
    for (const expected of ['**Vaag beleidsbegrip** (`vaag-begrip`, waarschuwing)', 'Vaag begrip “regie”', '*Waarom vaag:*', '| regie | doorzettingsmacht |']) {
      assert.ok(text.includes(expected), `hover should contain ${JSON.stringify(expected)}; it was:\n${text || '(no hover)'}`);
    }
    // The dictum is also a sentence about a commitment: the hover explains that finding too, below the word's own,
    // but highlights only the narrowest finding under the cursor (the word, not the sentence).
    const hint = '**Citeer de toezegging** (`citeer-toezegging`, informatie)';
    assert.ok(text.includes(hint), `hover should also explain the citation hint on the sentence (${hint}); it was:\n${text}`);
    assert.ok(text.indexOf('Vaag begrip “regie”') < text.indexOf(hint), 'the narrowest finding (the word) comes first');
    const ours = hovers.find((h) => hoverText([h]).includes('vaag-begrip'));
    assert.ok(ours?.range?.isEqual(range), `the hover range should be exactly "regie" (${JSON.stringify(range)}), was ${JSON.stringify(ours?.range)}`);
  });

  it('says nothing over text without a finding', async () => {
    const { document: doc } = await openDraft('motie-regie.md');
    const text = hoverText(await hoversAt(doc.uri, rangeOf(doc, 'gehoord de beraadslaging').start.translate(0, 3)));
    assert.ok(!text.includes('vaag-begrip') && !text.includes('akkoordwijzer'), `expected no Akkoordwijzer hover, got:\n${text}`);
  });
});
