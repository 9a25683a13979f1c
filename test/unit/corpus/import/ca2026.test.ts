import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../../src/core/corpus/import/pipeline';
import { readPlainText } from '../../../../src/core/corpus/import/text';
import { loadCorpus } from '../../../../src/core/corpus/load';
import { ALTERED_TEXT, altered, ca2026 as builtin, classificationScores, embeddedParagraphs } from './ca2026Embedded';
import { genericRules, identity, knownTags } from './fixtures';

// The quoted 2026 passages embedded in a text document among other agreement text (./ca2026Embedded.ts).
// Classification is the generic table's own: the built-in firmness and ministry are what the hand annotations
// (corpus/sources/ca2026/annotations.yaml) give, and serve as the answers here.
function agreementText(): string {
  const lines = [`# ${builtin.title}`, ''];
  let chapter = '';
  for (const p of embeddedParagraphs()) {
    if (p.chapter !== chapter) lines.push(`## ${(chapter = p.chapter)}`, '');
    lines.push(p.text, '');
  }
  return lines.join('\n');
}

const doc = readPlainText(agreementText());
const result = importDocument(doc, { id: 'ca2026', rules: genericRules, knownTags, identity: { ...identity, number: '2026D04554' }, builtin, lockFile: 'ca2026.akkoord.lock.tsv' });
const found = result.units.filter((u) => u.builtin);

describe('importing a document that holds the quoted 2026 passages', () => {
  it('keeps the key of every built-in commitment the document states word for word', () => {
    expect(altered.text).not.toBe(ALTERED_TEXT);
    expect(result.problems).toEqual([]);
    expect(result.kept.sort()).toEqual(builtin.commitments.filter((c) => c !== altered).map((c) => c.id).sort());
    for (const u of found) expect(u.id).toBe(u.builtin!.id);
    const ids = new Set(result.corpus!.commitments.map((c) => c.id));
    for (const c of builtin.commitments) expect(ids.has(c.id)).toBe(true);
  });

  it('reports the altered passage as not found, with the wording the document has, and carries it over as quoted', () => {
    const missing = result.missing.find((m) => m.entry === altered)!;
    expect(missing.reason).toBe('close');
    expect(missing.nearest).toContain('vergroten');
    const report = result.report.map((l) => l.nl).join('\n');
    expect(report).toContain('ca2026:salarispad-it-specialisten: afwijkend in het document');
    const carried = loadCorpus(result.yaml, 'ca2026.akkoord.yaml', { knownTags }).corpus!.commitments.find((c) => c.id === altered.id)!;
    expect(carried.source.verified).toBe('quoted');
    expect(carried.source.quotedIn.length).toBeGreaterThan(0);
  });

  it('says every found commitment was checked against the document, with its number and hash, and keeps its quotations', () => {
    const { corpus, problems } = loadCorpus(result.yaml, 'ca2026.akkoord.yaml', { knownTags });
    expect(problems).toEqual([]);
    for (const u of found) {
      const c = corpus!.commitments.find((x) => x.id === u.id)!;
      expect(c.source.verified).toBe('original');
      expect(c.source.document).toContain('2026D04554');
      expect(c.source.quotedIn.map((q) => q.publication)).toEqual(expect.arrayContaining(u.builtin!.source.quotedIn.map((q) => q.publication)));
    }
  });

  it('is complete only when nothing of the text was left out, and says why not', () => {
    expect(result.complete).toBe(true);
    const leftOut = [{ nl: 'pagina 7 heeft geen tekstlaag', en: 'page 7 has no text layer' }];
    const partial = importDocument(doc, { id: 'ca2026', rules: genericRules, knownTags, identity, builtin, lockFile: 'x.lock.tsv', leftOut });
    expect(partial.complete).toBe(false);
    expect(loadCorpus(partial.yaml, 'ca2026.akkoord.yaml', { knownTags }).corpus!.complete).toBe(false);
    expect(partial.report.map((l) => l.nl).slice(-2)).toEqual(['Volledig: nee (complete: false), omdat:', '  pagina 7 heeft geen tekstlaag']);
  });

  // Ministry 36 of 40 (90 %); firmness 41 of 51 (80 %). Of the 10 misses, 5 are quoted fragments with no verb the
  // rules know (their firmness then comes from the built-in entry and counts as a miss here), 5 are read otherwise
  // by the rules (e.g. "financiering" in "om voor financiering in aanmerking te komen" makes financiering where the
  // annotation says besluit).
  it('classifies at least 80 % of the found commitments as the annotations do (firmness and ministry by the generic table)', () => {
    const scores = classificationScores(found);
    expect(found).toHaveLength(51);
    expect(scores.firmness / found.length).toBeGreaterThanOrEqual(0.8);
    expect(scores.ministry / scores.annotated).toBeGreaterThanOrEqual(0.8);
  });
});
