import { describe, expect, it } from 'vitest';
import { createDraftService } from '../../../src/core/service';
import { failOnRuleError } from '../../support/strict';
import { loadBuiltinSynonyms } from '../../../src/host/data';
import { builtinCorpus, LEXICON, motie, ROOT } from '../rules/helpers';

const service = () => createDraftService({ vagueTerms: LEXICON, corpus: builtinCorpus(), synonyms: loadBuiltinSynonyms(ROOT).lexicon, onRuleError: failOnRuleError });

/** The keys offered at the end of `before` (the cursor), in a motie whose overweging is `before` + `after`. */
function offered(before: string, after: string): string[] {
  const text = motie(`${before}${after}`);
  const offset = text.indexOf(before) + before.length;
  return service().completeCitation({ uri: 'file:///werk/motie.md', version: 1, text }, offset)?.items.map((r) => r.commitment.key) ?? [];
}

describe('citation completion', () => {
  const sentence = 'constaterende dat het kabinet een Nederlandse Digitale Dienst met doorzettingsmacht wil oprichten [@';

  it('after a bare [@ puts the commitment the sentence is about first, then the others as before', () => {
    const keys = offered(sentence, '];');
    expect(keys[0]).toBe('ca2026:nederlandse-digitale-dienst');
    expect(keys.length).toBe(50);
    expect(new Set(keys).size).toBe(keys.length);
    // The rest keeps its order (the agreement in force, by key).
    expect(keys.slice(1, 3)).toEqual(['ca2026:aanjager-geopolitieke-eu', 'ca2026:acm-call-in-new-competition-tool']);
  });

  it('ranks by the typed words once something is typed', () => {
    expect(offered(`${sentence}doorzettings`, '];')[0]).toBe('ca2026:nederlandse-digitale-dienst');
    expect(offered(`${sentence}ai-fab`, '];')[0]).toBe('ca2026:ai-fabriek-noord-nederland');
  });

  it('after a bare [@ puts the sentence\'s close matches first, also below a hint (a trial of the language server: the list was alphabetical)', () => {
    const keys = offered('overwegende dat de overheid minder afhankelijk moet worden van Amerikaanse clouddiensten [@', '];');
    expect(keys[0]).toBe('ca2026:europese-digitale-infrastructuur');
    expect(keys.length).toBe(50);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps the plain order where the sentence is about no commitment', () => {
    expect(offered('constaterende dat het vandaag dinsdag is [@', '];').slice(0, 2)).toEqual(['ca2026:aanjager-geopolitieke-eu', 'ca2026:acm-call-in-new-competition-tool']);
  });

  it('replaces the whole key, also what stands after the cursor (a trial of the language server: "…-dienstsnt")', () => {
    const before = `${sentence}ca2026:nederlandse-digitale-die`;
    const text = motie(`${before}snt];`);
    const offset = text.indexOf(before) + before.length;
    const completion = service().completeCitation({ uri: 'file:///werk/motie.md', version: 1, text }, offset)!;
    expect(text.slice(completion.replace.start, completion.replace.end)).toBe('ca2026:nederlandse-digitale-diesnt');
    expect(completion.typed).toBe('ca2026:nederlandse-digitale-die');
    expect(completion.items[0]!.commitment.key).toBe('ca2026:nederlandse-digitale-dienst');
    // Not a sentence's full stop or a locator's colon after the key (a reviewer).
    for (const [typed, rest, key] of [
      ['Zie @ca2026:nederlandse-digitale-die', 'snt.', 'ca2026:nederlandse-digitale-diesnt'],
      ['Zie @', '.', ''],
    ] as const) {
      const note = `${motie('constaterende dat X[^1];')}\n[^1]: ${typed}${rest}\n`;
      const at = note.indexOf(typed) + typed.length;
      const c = service().completeCitation({ uri: 'file:///werk/motie.md', version: 1, text: note }, at)!;
      expect(note.slice(c.replace.start, c.replace.end)).toBe(key);
    }
    const locator = motie(`${sentence}ca2026:nederlandse-digitale-diesnt: p. 8];`);
    const cut = locator.indexOf('-die') + 4;
    const c = service().completeCitation({ uri: 'file:///werk/motie.md', version: 1, text: locator }, cut)!;
    expect(locator.slice(c.replace.start, c.replace.end)).toBe('ca2026:nederlandse-digitale-diesnt');
  });

  it('inserts up to the cursor or replaces the whole key (the client chooses), closes a group left open at the end of its line, and leaves out the keys already in it (a trial of the language server)', () => {
    const complete = (before: string, after: string) => {
      const text = motie(`${before}${after}`);
      const offset = text.indexOf(before) + before.length;
      const c = service().completeCitation({ uri: 'file:///werk/motie.md', version: 1, text }, offset)!;
      return { c, text, offset };
    };
    // "[@|daarvan,": inserting keeps the word, which replacing would take.
    const word = complete('constaterende dat de wettelijke grondslag [@', 'daarvan ontbreekt];');
    expect(word.text.slice(word.c.insert.start, word.c.insert.end)).toBe('');
    expect(word.c.insert.start).toBe(word.offset);
    expect(word.c.close).toBe('');
    // At the end of the line the group gets its "]".
    expect(complete('constaterende dat het kabinet een Nederlandse Digitale Dienst wil oprichten [@', '\nen verder;').c.close).toBe(']');
    expect(complete('constaterende dat het kabinet een Nederlandse Digitale Dienst wil oprichten [@nederlandse', '').c.close).toBe(']');
    // A group not closed on its line: what follows is prose, kept whole, and the key closed before it (a staffer's
    // trial: "[@|daarvan verslag" gave "[@ca2026:…-eudaarvan verslag", "[@krijgsmacht|," no "]").
    const prose = complete('verzoekt de regering [@', 'daarvan verslag te doen,');
    expect(prose.c.replace).toEqual(prose.c.insert);
    expect(prose.c.close).toBe('] ');
    const comma = complete('constaterende dat de krijgsmacht groeit [@krijgsmacht', ', en');
    expect(comma.text.slice(comma.c.replace.start, comma.c.replace.end)).toBe('krijgsmacht');
    expect(comma.c.close).toBe(']');
    // Closed later on the line, after another group opens: still open here.
    expect(complete('verzoekt de regering [@', 'daarvan [zie @ca2026:x]').c.close).toBe('] ');
    // A second key in the group: the first is not offered again.
    const second = complete('constaterende dat het kabinet een Nederlandse Digitale Dienst wil oprichten [@ca2026:nederlandse-digitale-dienst; @', '];');
    expect(second.c.items.map((r) => r.commitment.key)).not.toContain('ca2026:nederlandse-digitale-dienst');
    expect(second.c.items.length).toBe(50);
  });

  it('in a dated draft offers the keys of agreements presented after its date last (a motie of 2025 got ca2026 first, each then an akkoord-na-datum warning)', () => {
    const text = `---\nsoort: motie\ndatum: 2025-10-02\n---\n${motie('constaterende dat de overheid digitaal moet worden [@digitale')}`;
    const c = service().completeCitation({ uri: 'file:///werk/motie.md', version: 1, text }, text.indexOf('[@digitale') + '[@digitale'.length)!;
    const corpora = c.items.map((r) => r.commitment.corpusId);
    expect(corpora).toContain('ca2026');
    expect(corpora[0]).not.toBe('ca2026');
    expect(corpora.slice(corpora.indexOf('ca2026')).every((id) => id === 'ca2026')).toBe(true);
  });
});
