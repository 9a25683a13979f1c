import { describe, expect, it } from 'vitest';
import { DRAFT_KEY_CHAR, DRAFT_KEY_PARTS, DRAFT_KEY_PATTERN, keyOf, parseCitationKey, splitCitationKey } from '../../../src/core/corpus/citationKey';
import { buildDraft } from '../../../src/core/draft/model';
import { renderGrammar } from '../../../tools/docs/grammar';

const whole = new RegExp(`^(?:${DRAFT_KEY_PATTERN})$`);

describe('the one citation-key grammar', () => {
  it('reads every key a corpus makes, and the wider keys a draft may write', () => {
    for (const key of ['ca2026:nederlandse-digitale-dienst', 'ca2021:media-30-mln', keyOf('x', 'y')]) {
      expect(whole.test(key)).toBe(true);
      expect(parseCitationKey(key)).toBeDefined();
    }
    // Pandoc keys of another bibliography, or mistyped ones, are keys for the draft (so they can be judged) …
    for (const key of ['smith2020', 'CA2026:Digitale_Dienst', 'ca2026:p.8']) {
      expect(whole.test(key)).toBe(true);
      expect(parseCitationKey(key)).toBeUndefined();
    }
    // … but a key never ends in a dot or starts with a separator.
    expect(whole.test('ca2026:dienst.')).toBe(false);
    expect(whole.test(':dienst')).toBe(false);
  });

  it('splits a draft key at its first colon; a key without one has no corpus part', () => {
    expect(splitCitationKey('ca2026:nederlandse-digitale-dienst')).toEqual({ corpusId: 'ca2026', id: 'nederlandse-digitale-dienst' });
    expect(splitCitationKey('smith2020')).toEqual({ id: 'smith2020' });
  });

  it('lets completion walk back over every character a key may hold', () => {
    const chars = new Set('ca2026:AI_fabriek-noord.nl');
    for (const ch of chars) expect(DRAFT_KEY_CHAR.test(ch)).toBe(true);
    for (const ch of ['@', '[', ' ', ';', ',', ']']) expect(DRAFT_KEY_CHAR.test(ch)).toBe(false);
  });

  it('is what the draft model reads and what the editor grammar highlights', () => {
    const draft = buildDraft({ uri: 'file:///m.md', version: 1, text: 'Zie [@ca2026:nederlandse-digitale-dienst; @smith2020, p. 8].' }, '2026-12-01');
    expect(draft.citations.map((c) => c.key)).toEqual(['ca2026:nederlandse-digitale-dienst', 'smith2020']);
    const grammar = JSON.parse(renderGrammar()) as { repository: { citation: { match: string } } };
    expect(grammar.repository.citation.match).toContain(`(${DRAFT_KEY_PARTS.corpus})`);
    expect(grammar.repository.citation.match).toContain(`(${DRAFT_KEY_PARTS.id})`);
  });
});
