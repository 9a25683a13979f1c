import { describe, expect, it } from 'vitest';
import { findingsOf, ruleTable, vragen } from './helpers';

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
