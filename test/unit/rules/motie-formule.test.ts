import { describe, expect, it } from 'vitest';
import { findingsOf, GOED_DICTUM, motie, OVERWEGING, ruleTable } from './helpers';

const KOP = 'Motie van het lid De Vries over de digitale overheid';
/** A motie with every formula as given. */
const M = ({ aanhef = 'De Kamer,', beraadslaging = 'gehoord de beraadslaging,', overweging = OVERWEGING, dictum = GOED_DICTUM, slot = 'en gaat over tot de orde van de dag.' } = {}) =>
  `${KOP}\n\n${aanhef}\n\n${beraadslaging}\n\n${overweging}\n\n${dictum}\n\n${slot}\n\nDe Vries\n`;

describe('motie-formule', () => {
  ruleTable('motie-formule', {
    valid: [
      { name: 'the formulas as the Kamer writes them', text: motie(`${OVERWEGING}\n\n${GOED_DICTUM}`) },
      { name: '"De Tweede Kamer der Staten-Generaal," and "gehoord hebbende de beraadslaging,"', text: M({ aanhef: 'De Tweede Kamer der Staten-Generaal,', beraadslaging: 'gehoord hebbende de beraadslaging,' }) },
      { name: 'a capital in the addressee is the Kamer’s own: "verzoekt de Minister"', text: M({ dictum: 'verzoekt de Minister van BZK X te doen,' }) },
      { name: '"voorts constaterende dat", "spreekt als haar mening uit", "roept het kabinet op"', text: M({ overweging: 'voorts constaterende dat X;', dictum: 'spreekt als haar mening uit dat Y;\n\nroept het kabinet op Z te doen,' }) },
      { name: 'the kop and the indieners are not formulas', text: M().replace(KOP, 'MOTIE VAN HET LID DE VRIES').replace('\nDe Vries\n', '\nDE VRIES\n') },
      { name: '"overwegend" as an adverb inside an overweging is no formula', text: M({ overweging: 'constaterende dat de reacties overwegend positief zijn;' }) },
      { name: '"overwegend dat" where the line wraps inside a sentence is prose', text: M({ overweging: 'constaterende dat de sector\noverwegend dat standpunt deelt;' }) },
      { name: 'the aanhef and the beraadslaging on one line', text: M({ aanhef: 'De Kamer, gehoord de beraadslaging,', beraadslaging: '' }) },
    ],
    invalid: [
      {
        name: 'capitals at the start of every formula: one step lower, each replaced',
        text: M({ aanhef: 'De kamer,', beraadslaging: 'Gehoord de beraadslaging,', overweging: 'Constaterende dat X;', dictum: 'Verzoekt de regering Y te doen,', slot: 'En gaat over tot de orde van de dag.' }),
        expected: [
          { text: 'De kamer,', severity: 'info' },
          { text: 'Gehoord de beraadslaging,', severity: 'info' },
          { text: 'Constaterende dat', severity: 'info' },
          { text: 'Verzoekt de regering', severity: 'info' },
          { text: 'En gaat over tot de orde van de dag.', severity: 'info' },
        ],
        fixed: M({ overweging: 'constaterende dat X;', dictum: 'verzoekt de regering Y te doen,' }),
      },
      {
        name: 'all in capitals: lower case, the aanhef as "De Kamer,"',
        text: M({ aanhef: 'DE KAMER,', beraadslaging: 'GEHOORD DE BERAADSLAGING,', overweging: 'VAN MENING DAT X;', dictum: 'ROEPT DE REGERING OP Y TE DOEN,', slot: 'EN GAAT OVER TOT DE ORDE VAN DE DAG.' }),
        expected: [
          { text: 'DE KAMER,', severity: 'info' },
          { text: 'GEHOORD DE BERAADSLAGING,', severity: 'info' },
          { text: 'VAN MENING DAT', severity: 'info' },
          { text: 'ROEPT DE REGERING OP', severity: 'info' },
          { text: 'EN GAAT OVER TOT DE ORDE VAN DE DAG.', severity: 'info' },
        ],
        fixed: M({ overweging: 'van mening dat X;', dictum: 'roept de regering op Y TE DOEN,' }),
      },
      {
        name: 'in capitals with a minister\'s portfolio: the formula in lower case, the ministry\'s name with its capitals (a reviewer)',
        text: M({ dictum: 'ROEPT DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT OP Y TE DOEN,' }),
        expected: [{ text: 'ROEPT DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT OP', severity: 'info' }],
        fixed: M({ dictum: 'roept de minister van Volksgezondheid, Welzijn en Sport op Y TE DOEN,' }),
      },
      {
        name: '"de Kamer," in lower case',
        text: M({ aanhef: 'de Kamer,' }),
        expected: [{ text: 'de Kamer,', severity: 'info' }],
        fixed: M(),
      },
      {
        name: 'a misspelt slot: the configured severity, recognised as the slot and replaced',
        text: M({ slot: 'en gaat over tot de orde van dag.' }),
        expected: [{ text: 'en gaat over tot de orde van dag.', severity: 'warning' }],
        fixed: M(),
      },
      {
        name: 'a typing slip in the slot\'s last words ("ord", "vande", "dga"): recognised as the slot and replaced (a new user: the fix added a second slot)',
        text: M({ slot: 'en gaat over tot de ord van de dag.' }),
        expected: [{ text: 'en gaat over tot de ord van de dag.', severity: 'warning' }],
        fixed: M(),
      },
      {
        name: 'the same for "vande" and "dga", without the full stop',
        text: M({ slot: 'en gaat over tot de orde vande dga' }),
        expected: [{ text: 'en gaat over tot de orde vande dga', severity: 'warning' }],
        // The full stop is `motie-afsluiting`'s fix.
        fixed: M({ slot: 'en gaat over tot de orde van de dag' }),
      },
      {
        name: 'the slot without its "en", capitalised and without its full stop: read as the slot, replaced whole (a reviewer: the fix took it for the dictum and added a second slot)',
        text: M({ slot: 'Gaat over tot de orde van de dag' }),
        expected: [{ text: 'Gaat over tot de orde van de dag', severity: 'warning' }],
        // The full stop is `motie-afsluiting`'s fix.
        fixed: M({ slot: 'en gaat over tot de orde van de dag' }),
      },
      {
        name: 'other misspelt formulas: "beraadslagingen", "speekt uit", "verzoek", "naar de orde"',
        text: M({ beraadslaging: 'gehoord de beraadslagingen,', dictum: 'speekt uit dat Y;\n\nen verzoek het kabinet Z te doen,', slot: 'en gaat over naar de orde van de dag.' }),
        expected: [
          { text: 'gehoord de beraadslagingen,', severity: 'warning' },
          { text: 'speekt uit', severity: 'warning' },
          { text: 'en verzoek het kabinet', severity: 'warning' },
          { text: 'en gaat over naar de orde van de dag.', severity: 'warning' },
        ],
        fixed: M({ dictum: 'spreekt uit dat Y;\n\nen verzoekt het kabinet Z te doen,' }),
      },
      {
        name: '"gehoort de beraadslaging": the formula with a t, replaced (it was taken for missing and a second one added; a fuzz of the fixes)',
        text: M({ beraadslaging: 'gehoort de beraadslaging,' }),
        expected: [{ text: 'gehoort de beraadslaging,', severity: 'warning' }],
        fixed: M(),
      },
      {
        name: '"overwegend dat" (published so in kst-21501-02-2738): the head of an overweging, misspelt',
        text: M({ overweging: 'overwegend dat X;' }),
        expected: [{ text: 'overwegend dat', severity: 'warning' }],
        fixed: M({ overweging: 'overwegende dat X;' }),
      },
      {
        name: '"voorts overwegend dat": the prefix stays as written',
        text: M({ overweging: 'constaterende dat X;\n\nvoorts overwegend dat Y;' }),
        expected: [{ text: 'voorts overwegend dat', severity: 'warning' }],
        fixed: M({ overweging: 'constaterende dat X;\n\nvoorts overwegende dat Y;' }),
      },
      {
        name: 'configured as error: a slip is an error, a capital a warning',
        text: M({ dictum: 'Verzoek de regering Y te doen,', overweging: 'Constaterende dat X;' }),
        options: { severities: { 'motie-formule': 'error' } },
        expected: [
          { text: 'Constaterende dat', severity: 'warning' },
          { text: 'Verzoek de regering', severity: 'error' },
        ],
        fixed: M({ dictum: 'verzoekt de regering Y te doen,', overweging: 'constaterende dat X;' }),
      },
      {
        name: 'CRLF: only the formula is replaced',
        text: M({ slot: 'en gaat tot de orde van de dag.' }).replace(/\n/g, '\r\n'),
        expected: [{ text: 'en gaat tot de orde van de dag.', severity: 'warning' }],
        fixed: M().replace(/\n/g, '\r\n'),
      },
    ],
  });

  it('a misspelt slot is the slot: no second slot is asked for', () => {
    const text = M({ slot: 'en gaat over tot de orde van dag.' });
    expect(findingsOf(text, 'motie-slot')).toEqual([]);
    expect(findingsOf(text, 'motie-afsluiting')).toEqual([]);
    const withoutEn = M({ slot: 'gaat over tot de orde van de dag.' });
    expect(findingsOf(withoutEn, 'motie-slot')).toEqual([]);
    expect(findingsOf(withoutEn, 'motie-afsluiting')).toEqual([]);
    // A doubled "de" is part of the slip: the fix leaves no second "dag" (a reviewer: "van de de dag" became "… de dag dag").
    for (const slip of ['en gaat over tot de orde van de de dag.', 'en gaat over tot de orde van dde dag.', 'en gaat over tot de orde van den dag.']) {
      const [f] = findingsOf(M({ slot: slip }), 'motie-formule');
      expect(f?.fixes[0]?.edits[0]?.newText, slip).toBe('en gaat over tot de orde van de dag.');
    }
    for (const slip of ['en gaat over tot de ord van de dag.', 'en gaat over tot de orde vande dag.', 'en gaat over tot ode van de dga.']) {
      expect(findingsOf(M({ slot: slip }), 'motie-slot'), slip).toEqual([]);
      expect(findingsOf(M({ slot: slip }), 'motie-formule').map((f) => f.text), slip).toEqual([slip]);
    }
    // The slot as the Kamer writes it is no slip, nor is the night's ("de orde van de nacht").
    expect(findingsOf(M(), 'motie-formule')).toEqual([]);
    expect(findingsOf(M({ slot: 'en gaat over tot de orde van de nacht.' }), 'motie-formule')).toEqual([]);
  });

  it('a slot wrapped after its "en" is a correct slot: no finding of any form rule, nothing for --fix to do', () => {
    const text = M({ dictum: 'verzoekt de regering de Kamer vóór 1 juli 2027 een brief te sturen, en', slot: 'gaat over tot de orde van de dag.' }).replace('sturen, en\n\ngaat', 'sturen, en\ngaat');
    expect(text).toContain('sturen, en\ngaat over');
    for (const rule of ['motie-formule', 'motie-dictum', 'motie-slot', 'motie-afsluiting']) expect(findingsOf(text, rule), rule).toEqual([]);
  });

  it('the words of the slot without "en" inside a sentence are no slot (a reviewer: a correct motie lost its dictum)', () => {
    const text = M({ overweging: 'constaterende dat het kabinet na elk debat gaat over tot de orde van de dag zonder de ouders te spreken;' });
    for (const rule of ['motie-formule', 'motie-dictum', 'motie-slot', 'motie-afsluiting']) expect(findingsOf(text, rule), rule).toEqual([]);
  });

  it('says what the Kamer writes, in Dutch and English', () => {
    const slip = M({ slot: 'en gaat over tot de orde van dag.' });
    expect(findingsOf(slip, 'motie-formule')[0]!.message).toBe('Verschreven formule “en gaat over tot de orde van dag.”: de Kamer schrijft ‘en gaat over tot de orde van de dag.’.');
    expect(findingsOf(slip, 'motie-formule', { taal: 'en' })[0]!.message).toBe('Misspelt formula “en gaat over tot de orde van dag.”: the Kamer writes ‘en gaat over tot de orde van de dag.’.');
    const [capital] = findingsOf(M({ overweging: 'Constaterende dat X;' }), 'motie-formule');
    expect(capital!.message).toBe('Vaste formule: ‘constaterende dat’ met kleine letter.');
    expect(findingsOf(M({ overweging: 'Constaterende dat X;' }), 'motie-formule', { taal: 'en' })[0]!.message).toBe('Fixed formula: ‘constaterende dat’ in lower case.');
    expect(capital!.fixes[0]!.title).toBe('Vervang door ‘constaterende dat’');
    expect(capital!.data).toEqual({ formula: 'overweging' });
  });

  it('says which capitals the aanhef lacks, or that a formula is not written in capitals', () => {
    const aanhef = (written: string) => findingsOf(motie(GOED_DICTUM).replace('De Kamer,', written), 'motie-formule').map((f) => f.message);
    expect(aanhef('De kamer,')).toEqual(['Vaste formule: ‘De Kamer,’ met hoofdletter K.']);
    expect(aanhef('de kamer,')).toEqual(['Vaste formule: ‘De Kamer,’ met hoofdletter D en K.']);
    expect(aanhef('DE KAMER,')).toEqual(['Vaste formule: ‘De Kamer,’, alleen D en K als hoofdletter.']);
    const [caps] = findingsOf(M({ overweging: 'CONSTATERENDE DAT X;' }), 'motie-formule');
    expect(caps!.message).toBe('Vaste formule: ‘constaterende dat’, niet in hoofdletters.');
  });

  it('does not run on Kamervragen', () => {
    const text = 'Vragen van het lid De Vries (D66) aan de minister van BZK over X (ingezonden 1 maart 2026).\n\n1. Constaterende dat X, wat doet u?\n';
    expect(findingsOf(text, 'motie-formule')).toEqual([]);
  });
});
