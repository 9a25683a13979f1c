import { describe, expect, it } from 'vitest';
import { withoutTrema, withTrema } from '../../../src/core/text/trema';
import { TREMA_WORDS } from '../../../src/core/text/tremaWords';
import { findingsOf, motie, ruleTable, vragen } from './helpers';

const W = { severity: 'warning' } as const;

describe('trema', () => {
  ruleTable('trema', {
    valid: [
      { name: 'spelt right', text: motie('constaterende dat de Kamer niet is geïnformeerd over de ministeriële regeling en de coördinatie;\n\nverzoekt de regering de financiële gevolgen vóór 1 juni 2027 te melden,') },
      { name: 'a mark written as a combining character: "financie\u0308le"', text: motie('constaterende dat de financie\u0308le coo\u0308rdinatie ontbreekt;') },
      { name: 'words that exist without the diaeresis, names', text: vragen('1. Heeft u met Daniel en Michael uit Israel gesproken over de koers van de coalitie en het idee van de regie?') },
      { name: 'a heading or abbreviation in capitals', text: vragen('1. Wat betekent de brief MINISTERIELE REGELING voor gemeenten?') },
      { name: 'a quotation: the member cannot change someone else’s words', text: motie('constaterende dat de minister schreef: “de Kamer is geinformeerd”;') },
      { name: 'a web address', text: motie('constaterende dat op https://example.org/ministeriele-regeling-geinformeerd een toelichting staat;') },
      {
        name: 'machine text: a citation key, e-mail addresses, a domain path, a file name, a hashtag, a handle (reviewer)',
        text: motie(
          'overwegende dat het kabinet een beeld wil [@ca2026:geintegreerd-inlichtingenbeeld-cyber];\n\n' +
            'constaterende dat coordinatie@minbzk.nl en ministeriele.zaken@rijksoverheid.nl antwoorden, dat rijksoverheid.nl/onderwerpen/coordinatie-zorg het uitlegt, ' +
            'dat Bijlage_ministeriele_regeling.pdf ontbreekt en dat #coordinatie en @ministeriele_zaken erover posten;',
        ),
      },
      { name: 'the last word while it is being typed', text: vragen('1. Waarom is de Kamer niet geinformeerd').trimEnd() },
      { name: 'a German umlaut is no trema: "rontgenfoto" is left to spelfout', text: motie('constaterende dat een rontgenfoto duur is;') },
    ],
    invalid: [
      {
        name: 'real (kst-36220-9): "ministeriele regeling"',
        text: motie('verzoekt de regering om de prijsplafonds niet bij ministeriele regeling vast te stellen,'),
        expected: [{ text: 'ministeriele', ...W }],
        fixed: motie('verzoekt de regering om de prijsplafonds niet bij ministeriële regeling vast te stellen,'),
      },
      {
        name: 'real (kv-2022Z02011): "de Kamer geinformeerd"',
        text: vragen('1. Waarom is de Kamer niet eerder geinformeerd over de afvalwaterinjectie?'),
        expected: [{ text: 'geinformeerd', ...W }],
        fixed: vragen('1. Waarom is de Kamer niet eerder geïnformeerd over de afvalwaterinjectie?'),
      },
      {
        name: 'real (kv-2023Z09658): a capital at the start is kept, "Artificiele Intelligentie"',
        text: vragen('1. Hoe gaat u om met Artificiele Intelligentie (AI) bij de overheid?'),
        expected: [{ text: 'Artificiele', ...W }],
        fixed: vragen('1. Hoe gaat u om met Artificiële Intelligentie (AI) bij de overheid?'),
      },
      {
        name: 'parts of a hyphenated word, several in a sentence',
        text: motie('constaterende dat de sociaal-economische en financiele coordinatie van de agro-industriele sector ontbreekt;'),
        expected: [{ text: 'financiele', ...W }, { text: 'coordinatie', ...W }, { text: 'industriele', ...W }],
        fixed: motie('constaterende dat de sociaal-economische en financiële coördinatie van de agro-industriële sector ontbreekt;'),
      },
    ],
  });

  it('names the word as it is spelt, in English when asked', () => {
    const [f] = findingsOf(motie('constaterende dat de Kamer niet is geinformeerd;'), 'trema', { taal: 'en' });
    expect(f!.message).toBe('‘geinformeerd’ lacks its diaeresis: ‘geïnformeerd’.');
    expect(findingsOf(motie('constaterende dat de Kamer niet is geinformeerd;'), 'trema')[0]!.message).toBe('‘geinformeerd’ mist een trema: ‘geïnformeerd’.');
  });

  it('knows every word of the list by its letters without diaereses, as the word-by-word table did', () => {
    const words = TREMA_WORDS.split(' ');
    const table = new Map(words.map((w) => [withoutTrema(w), w]));
    for (const [plain, word] of table) expect(withTrema(plain), plain).toBe(word);
    expect(words.length).toBeGreaterThan(2000);
  });

  it('knows a word only when it is written without its diaeresis, keeping a leading capital', () => {
    expect(withTrema('geinformeerd')).toBe('geïnformeerd');
    expect(withTrema('Coordinatie')).toBe('Coördinatie');
    expect(withTrema('COORDINATIE')).toBeUndefined();
    expect(withTrema('coOrdinatie')).toBeUndefined();
    expect(withTrema('geïnformeerd')).toBeUndefined();
    for (const word of ['idee', 'regie', 'coalitie', 'israel', 'daniel', 'zee', 'bei']) expect(withTrema(word), word).toBeUndefined();
  });
});
