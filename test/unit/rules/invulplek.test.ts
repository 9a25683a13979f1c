import { describe, expect, it } from 'vitest';
import { motieDictumWerkwoord } from '../../../src/core/rules/motie-dictum-werkwoord';
import { findingsOf, LEXICON, motie, ruleTable, vragen } from './helpers';

const HEADER = 'Vragen van het lid Six Dijkstra (NSC) aan de minister van Defensie over de krijgsmacht (ingezonden 1 december 2026).';

describe('invulplek', () => {
  ruleTable('invulplek', {
    valid: [
      { name: 'a comparison and an address in angle brackets are no placeholder', text: vragen('1. Hoeveel jongeren (<18 jaar) wachten langer dan <https://nos.nl> zegt?', HEADER) },
      { name: 'an address without its scheme and a comparison with a space before ">" (a reviewer: both stopped the export)', text: vragen('1. Staat het op <www.rijksoverheid.nl>, voor inkomens <modaal en >3x modaal?', HEADER) },
      { name: 'HTML the draft may hold stays HTML', text: vragen('1. Hoeveel mensen wachten<br>langer dan een jaar?', HEADER) },
    ],
    invalid: [
      {
        name: 'a placeholder with a dot is no address ("<nr.>", "<d.d.>"; a reviewer)',
        text: vragen('1. Staat dit in Kamerstuk <nr.> van <d.d.>?', HEADER),
        expected: [
          { text: '<nr.>', severity: 'warning' },
          { text: '<d.d.>', severity: 'warning' },
        ],
        fixed: null,
      },
      {
        name: 'the source fix\'s placeholders, "<link>" included (check said nothing; the export dropped "<link>"; a staffer\'s trial)',
        text: vragen('1. Bent u bekend met het bericht «X»?[^1]\n\n[^1]: <titel van het bericht>, <medium>, <datum>, <link>', HEADER),
        expected: [
          { text: '<titel van het bericht>', severity: 'warning' },
          { text: '<medium>', severity: 'warning' },
          { text: '<datum>', severity: 'warning' },
          { text: '<link>', severity: 'warning' },
        ],
        fixed: null,
      },
    ],
  });

  it('says what is to be filled in, in Dutch and English', () => {
    const text = vragen('1. Wat doet de gemeente <gemeente>?', HEADER);
    expect(findingsOf(text, 'invulplek').map((f) => f.message)).toEqual(['Nog in te vullen: ‘<gemeente>’.']);
    expect(findingsOf(text, 'invulplek', { taal: 'en' }).map((f) => f.message)).toEqual(['Still to fill in: ‘<gemeente>’.']);
  });
});

describe('the wording the messages suggest, pasted into a draft', () => {
  // The lexicon's ‘instead’ and motie-dictum-werkwoord suggest wording with a place to fill in; written as the
  // templates write it (‘<datum>’), a suggestion pasted as it stands is caught, not submitted with ‘[datum]’ in it.
  const dictum = findingsOf(motie('verzoekt de regering het rapport,'), 'motie-dictum-werkwoord').map((f) => f.message);
  const suggestions = [...LEXICON.flatMap((t) => [t.instead.nl, t.instead.en]), ...dictum, motieDictumWerkwoord.docs.summary.nl, motieDictumWerkwoord.docs.summary.en]
    .flatMap((text) => [...text.matchAll(/‘([^’]*)’/g)].map((m) => m[1]!))
    .filter((s) => /[<[]/.test(s));

  it('the suggestions write their places in angle brackets, never in square brackets', () => {
    expect(dictum).toHaveLength(1);
    expect(suggestions.length).toBeGreaterThan(10);
    expect(suggestions.filter((s) => /\[[\p{L} ]+\]/u.test(s))).toEqual([]);
  });

  it('each place in a pasted suggestion is caught by invulplek', () => {
    for (const s of suggestions) {
      const places = [...s.matchAll(/<[^<>]+>/g)].map((m) => m[0]);
      const found = findingsOf(vragen(`1. Bent u bereid ${s}?`, HEADER), 'invulplek').map((f) => f.text);
      expect({ s, found }).toEqual({ s, found: places });
    }
  });
});
