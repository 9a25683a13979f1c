import { describe, expect, it } from 'vitest';
import { findingsOf, motie, ruleTable, vragen, type CheckOptions } from './helpers';

const W: CheckOptions = { words: true, severities: { spelfout: 'on' } };
const I = { severity: 'info' } as const;

describe('spelfout', () => {
  ruleTable('spelfout', {
    valid: [
      { name: 'correct Dutch', text: motie('constaterende dat de Kamer niet is geïnformeerd over het isolatieprogramma;\n\nverzoekt de regering de Kamer voor 1 juni te informeren,'), options: W },
      { name: 'compounds the list does not have: vrachtwagenheffing, piekbelasters', text: motie('constaterende dat de vrachtwagenheffing de piekbelasters raakt;'), options: W },
      { name: 'derivations and separable verbs: uitvoerbaarder, revolverend, uitkunnen', text: motie('constaterende dat een revolverend fonds de regeling uitvoerbaarder maakt en dat gemeenten er niet uitkunnen;'), options: W },
      { name: 'a name or abbreviation with a capital', text: vragen('1. Kent u het bericht van Qbuzzz over de OV-chipkaart?'), options: W },
      { name: 'an English phrase: its neighbours are no Dutch words either', text: motie('constaterende dat de «Statement of Shared Commitments» is getekend en dat het over food security gaat;'), options: W },
      { name: 'a web address', text: motie('constaterende dat https://example.org/statement-of-shared-commitments-on-unrwa is verschenen;'), options: W },
      { name: 'an elided compound: "minderheids- en meerderheidskabinetten", "(minderheids)kabinet"', text: motie('constaterende dat minderheids- en meerderheidskabinetten verschillen, en dat een (minderheids)kabinet steun zoekt;'), options: W },
      { name: 'a slip in the formula is motie-formule’s: "speekt uit"', text: motie('speekt uit dat de regering de Kamer voor 1 juni informeert,'), options: W },
      { name: 'a mark written as a combining character: "financie\u0308le", "coo\u0308rdinatie"', text: motie('constaterende dat de financie\u0308le coo\u0308rdinatie ontbreekt;'), options: W },
      { name: 'an l for an I in a sentence is not a name: "het lnformatiepunt" stays lower-case (below)', text: motie('constaterende dat het informatiepunt sluit;'), options: W },
      { name: 'inside a quotation', text: motie('constaterende dat de minister schreef: “de Kamer is geinformeerd”;'), options: W },
      { name: 'without the word list the rule says nothing', text: motie('constaterende dat de Kamer niet is geinformeerd;'), options: { severities: { spelfout: 'on' } } },
      { name: 'a missing diaeresis the rule trema knows is trema’s (one finding per slip)', text: motie('constaterende dat de Kamer niet is geinformeerd over de ministeriele regeling;'), options: W },
      { name: 'off by default', text: motie('constaterende dat de Kamer niet is geinformeerd;'), options: { words: true } },
    ],
    invalid: [
      {
        name: 'a missing accent: barriere',
        text: motie('constaterende dat de barriere voor starters hoog is;'),
        options: W,
        expected: [{ text: 'barriere', ...I }],
        fixed: motie('constaterende dat de barrière voor starters hoog is;'),
      },
      {
        name: 'a missing letter: "speekt" in a sentence',
        text: motie('constaterende dat de minister speekt van een tijdelijke maatregel;'),
        options: W,
        expected: [{ text: 'speekt', ...I }],
        fixed: null,
      },
      {
        name: 'a mistyped letter in a compound: lsolatieprogramma',
        text: vragen('1. Wanneer start het Nationaal lsolatieprogramma?'),
        options: W,
        expected: [{ text: 'lsolatieprogramma', ...I }],
        fixed: vragen('1. Wanneer start het Nationaal Isolatieprogramma?'),
      },
    ],
  });

  it('offers every candidate as a fix, the most likely slip first (a letter left out)', () => {
    const [f] = findingsOf(motie('constaterende dat de minister speekt van een tijdelijke maatregel;'), 'spelfout', W);
    expect(f!.fixes.map((x) => x.edits[0]!.newText)[0]).toBe('spreekt');
    expect(f!.fixes.every((x) => !x.isPreferred)).toBe(true);
    expect(f!.message).toContain('‘spreekt’');
  });

  it('writes the apostrophe the document writes: "swastika’s"', () => {
    const [f] = findingsOf(motie('constaterende dat er brandende davidsterren en swastikas te zien waren, zo’n tien;'), 'spelfout', W);
    expect(f!.fixes[0]!.edits[0]!.newText).toBe('swastika’s');
  });

  it('writes the capital I only in a name (after a word with a capital)', () => {
    const [f] = findingsOf(motie('constaterende dat het lnformatiepunt sluit;'), 'spelfout', W);
    expect(f!.fixes.map((x) => x.edits[0]!.newText)).toEqual(['informatiepunt']);
  });

  it('speaks English when asked', () => {
    const [f] = findingsOf(motie('constaterende dat de barriere voor starters hoog is;'), 'spelfout', { ...W, taal: 'en' });
    expect(f!.message).toBe('Misspelling: ‘barriere’ lacks a diaeresis or accent: ‘barrière’.');
  });
});
