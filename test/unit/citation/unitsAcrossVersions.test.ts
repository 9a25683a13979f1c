/*
 * A sentence's citation units are kept from the previous version when the keystroke did not touch it; what it cites
 * through a footnote marker is read from the note, elsewhere in the draft. A keystroke in the note that makes it cite
 * the commitment (or stop citing it) changes the sentence's units all the same: the request is found to ask for what
 * the commitment it cites already promises (and no longer once the note stops citing it), as in a full analysis.
 */
import { describe, expect, it } from 'vitest';
import { createEvalService } from '../../eval/evaluate';

const MOTIE = (note: string) => `De Kamer,

gehoord de beraadslaging,

constaterende dat de digitalisering van de overheid versnipperd is;

verzoekt de regering een Nederlandse Digitale Dienst op te richten[^1],

en gaat over tot de orde van de dag.

Jansen

[^1]: ${note}
`;

const KEY = 'ca2026:nederlandse-digitale-dienst';
const promised = (findings: { ruleId: string; commitments: string[] }[]) => findings.filter((f) => f.ruleId === 'al-toegezegd').flatMap((f) => f.commitments);

describe('citation units across versions', () => {
  it('a note elsewhere that starts or stops citing the commitment changes what the untouched request cites', () => {
    const incremental = createEvalService().service;
    const uri = 'file:///motie.md';
    const versions = [MOTIE('Coalitieakkoord 2026, p. 12.'), MOTIE(`Coalitieakkoord 2026, p. 12 [@${KEY}].`), MOTIE('Coalitieakkoord 2026, p. 12.')];
    const seen = versions.map((text, version) => {
      const { findings } = incremental.analyze({ uri, version, text });
      const full = createEvalService().service.analyze({ uri, version, text }).findings;
      expect(findings).toEqual(full);
      return promised(findings);
    });
    // The request asks for what the commitment it cites (through its note) already promises; not once the note
    // stops citing it.
    expect(seen).toEqual([[], [KEY], []]);
  });
});

describe('quotations attributed to the agreement across versions', () => {
  const TEXT = `De Kamer,

gehoord de beraadslaging,

constaterende dat de minister vorige week in het debat over de digitale overheid opnieuw sprak van een dienst die ‘compact, deskundig en met regie’ de digitalisering Rijksbreed moet ondersteunen, en dat het kabinet dat ‘We richten een Nederlandse Digitale Dienst op: compact, deskundig en met regie.’ noemt;

verzoekt de regering de Kamer te informeren,

en gaat over tot de orde van de dag.
`;
  it('typing the words that attribute a quotation, before it and after it, as a full analysis finds it after every keystroke', () => {
    const quoteAt = TEXT.indexOf('‘We richten');
    const typings = [
      // Before the quotation, within the window read for its attribution, at its edge, and just outside it.
      { at: quoteAt - 5, words: ' in het coalitieakkoord staat', attributed: true },
      { at: quoteAt - 200, words: 'volgens het coalitieakkoord ', attributed: true },
      { at: quoteAt - 260, words: 'het coalitieakkoord stelt: ', attributed: false },
      // After it ("… ‘…’ uit het coalitieakkoord"), and a key right after it.
      { at: TEXT.indexOf('’ noemt') + 1, words: ' uit het coalitieakkoord', attributed: true },
      { at: TEXT.indexOf('’ noemt') + 1, words: ' [@ca2026:nederlandse-digitale-dienst]', attributed: true },
    ];
    const full = createEvalService().service;
    for (const { at, words, attributed } of typings) {
      const incremental = createEvalService().service;
      const uri = `file:///attributed-${at}.md`;
      let text = TEXT;
      incremental.analyze({ uri, version: 0, text });
      const rules = new Set<string>();
      // Typed one character at a time, then taken back one at a time.
      const steps = [...[...words].map((_, i) => TEXT.slice(0, at) + words.slice(0, i + 1) + TEXT.slice(at)), ...[...words].map((_, i) => TEXT.slice(0, at) + words.slice(0, words.length - i - 1) + TEXT.slice(at))];
      steps.forEach((next, i) => {
        text = next;
        const { findings } = incremental.analyze({ uri, version: i + 1, text });
        full.forget(uri);
        expect(findings).toEqual(full.analyze({ uri, version: i + 1, text }).findings);
        for (const f of findings) rules.add(f.ruleId);
      });
      // The quotation is checked once it is attributed: a misquote of the agreement ("regie" for "doorzettingsmacht").
      expect(rules.has('citaat-onjuist')).toBe(attributed);
    }
  });
});
