import { describe, expect, it } from 'vitest';
import { loadVagueTermsFromValue } from '../../../server/src/core/lexicon/vague';
import { check, findingsOf, GOED_DICTUM, LEXICON, motie, OVERWEGING, ruleTable, vragen } from './helpers';

const DICTUM_REGIE = 'verzoekt de regering de Nederlandse Digitale Dienst de regie te geven over alle IT-projecten,';

describe('vaag-begrip', () => {
  ruleTable('vaag-begrip', {
    valid: [
      { name: 'a firm dictum', text: motie(`${OVERWEGING}\n\n${GOED_DICTUM}`) },
      { name: '"regio" is not "regie"; "borgsom" is not "borgen"', text: motie('verzoekt de regering in elke regio de borgsom voor huurders te verlagen,') },
      { name: 'inside a quotation (the agreement’s own words)', text: motie('constaterende dat het akkoord belooft: “We zetten in op centrale regie en borgen de kwaliteit”;\n\nverzoekt de regering «de regie» te vervangen door doorzettingsmacht,') },
      { name: 'inside a blockquote', text: motie(`constaterende dat het kabinet schrijft:\n\n> We zetten waar mogelijk in op regie.\n\n${GOED_DICTUM}`) },
      { name: 'in eigen regie (in-house) and achteraf bezien', text: motie(`constaterende dat achteraf bezien de bouw beter in eigen regie was uitgevoerd;\n\n${GOED_DICTUM}`) },
      { name: '"Realiseert u zich" is awareness, not "realiseren"', text: vragen('1. Realiseert u zich dat X? Realiseert de minister zich dat Y?') },
      { name: '"integraal" alone means "in full"', text: motie('verzoekt de regering het rapport integraal openbaar te maken,') },
      { name: 'the indieners, the slot, a footnote and an answer are not checked', text: `${motie(`${OVERWEGING}[^1]\n\n${GOED_DICTUM}`).replace('\nDe Vries\n', '\nDe Vries\n\nRegie\n')}\n[^1]: De NZa wil de regie voeren.\n` },
      { name: 'answers to Kamervragen are not checked', text: vragen('Vraag 1\nWat is X?\n\nAntwoord 1\nWij zetten in op regie en zullen dit zo spoedig mogelijk bezien.') },
      { name: 'a note of the list of sources', text: vragen('1. Bent u bekend met het bericht «X»?1\n\n1 NOS, 3 maart 2026, «Meer regie nodig op de cloud»') },
      { name: 'a place-limited term outside its place: "te onderzoeken" in an overweging', text: motie(`constaterende dat de minister heeft toegezegd te onderzoeken of X;\n\n${GOED_DICTUM}`) },
      { name: 'a place-limited term outside its place: "adequate stappen" asked in a question', text: vragen('1. Wat zijn volgens u adequate stappen voor een bedrijf?') },
      { name: 'a document that is no draft gets no findings', text: '# Notities\n\nWe moeten de regie nemen en waar mogelijk inzetten op borging.\n' },
    ],
    invalid: [
      {
        name: 'in the dictum: the configured severity, and the preferred fix',
        text: motie(DICTUM_REGIE),
        expected: [{ text: 'regie', severity: 'warning' }],
        fixed: motie(DICTUM_REGIE.replace('de regie', 'de doorzettingsmacht')),
      },
      {
        name: 'in an overweging: one step lower, the replacement offered but not preferred',
        text: motie(`constaterende dat centrale regie tot nu toe niet werkte;\n\n${GOED_DICTUM}`),
        expected: [{ text: 'centrale regie', severity: 'info' }],
        fixed: null,
      },
      {
        name: 'in the kop of a motie and the header of Kamervragen: one step lower',
        text: motie(GOED_DICTUM, { kop: '# Motie van het lid De Vries over regie op de cloud' }),
        expected: [{ text: 'regie op', severity: 'info' }],
        fixed: null,
      },
      {
        name: 'in a question: the configured severity',
        text: vragen('1. Bent u bereid de dienst de regie te geven?', 'Vragen van het lid X (D66) aan de minister van BZK over de regierol van de dienst (ingezonden 1 maart 2026).'),
        expected: [
          { text: 'regierol', severity: 'info' },
          { text: 'regie', severity: 'warning' },
        ],
        fixed: null,
      },
      {
        name: 'configured as error: error in the dictum, warning in an overweging',
        text: motie(`constaterende dat het kabinet inzet op samenwerking;\n\nverzoekt de regering de wet te borgen,`),
        options: { severities: { 'vaag-begrip': 'error' } },
        expected: [
          { text: 'inzet op', severity: 'warning' },
          { text: 'te borgen', severity: 'error' },
        ],
        fixed: null,
      },
      {
        name: 'configured as hint: hint in the dictum and never below hint elsewhere',
        text: motie(`constaterende dat het kabinet inzet op samenwerking;\n\nverzoekt de regering de wet te borgen,`),
        options: { severities: { 'vaag-begrip': 'hint' } },
        expected: [
          { text: 'inzet op', severity: 'hint' },
          { text: 'te borgen', severity: 'hint' },
        ],
        fixed: null,
      },
      {
        name: 'inflections and multi-word forms as staffers write them',
        text: motie(
          'constaterende dat de minister de kwaliteit borgt, het gebruik stimuleert en de regie neemt;\n\n' +
            'constaterende dat het kabinet vooral inzet op open source en dit gestimuleerd wordt;\n\n' +
            'verzoekt de regering, waar mogelijk, zo spoedig mogelijk een verkenning te doen naar de borging van open standaarden,',
        ),
        expected: [
          { text: 'borgt', severity: 'info' },
          { text: 'stimuleert', severity: 'info' },
          { text: 'regie neemt', severity: 'info' },
          { text: 'inzet op', severity: 'info' },
          { text: 'gestimuleerd', severity: 'info' },
          { text: 'waar mogelijk', severity: 'warning' },
          { text: 'zo spoedig mogelijk', severity: 'warning' },
          { text: 'verkenning', severity: 'warning' },
          { text: 'borging', severity: 'warning' },
        ],
        fixed: null,
      },
      {
        name: 'a gap form: "zet … in op"',
        text: vragen('1. Waarom zet het kabinet vooral in op regie?'),
        expected: [
          { text: 'zet het kabinet vooral in op', severity: 'warning' },
          { text: 'regie', severity: 'warning' },
        ],
        fixed: null,
      },
      {
        name: 'the upper case of the first letter is kept in the replacement',
        text: motie('verzoekt de regering de dienst Centrale regie te geven,'),
        expected: [{ text: 'Centrale regie', severity: 'warning' }],
        fixed: motie('verzoekt de regering de dienst Centrale doorzettingsmacht te geven,'),
      },
    ],
  });

  it('shows regie and doorzettingsmacht side by side in the message, in Dutch and English', () => {
    const [nl] = findingsOf(motie(DICTUM_REGIE), 'vaag-begrip');
    expect(nl!.message).toBe(
      'Vaag begrip “regie”: regie coördineert en kan zonder gevolg mislukken, doorzettingsmacht kan besluiten en afdwingen; ' +
        'noem de bevoegdheid en wie die heeft (doorzettingsmacht, aanwijzingsbevoegdheid, budgetrecht).',
    );
    expect(nl!.data).toEqual({ term: 'regie', form: 'regie', place: 'dictum', firm: 'doorzettingsmacht' });
    const [en] = findingsOf(motie(DICTUM_REGIE), 'vaag-begrip', { taal: 'en' });
    expect(en!.message).toMatch(/^Vague term “regie”: regie coordinates and can fail without consequence, doorzettingsmacht can decide and enforce; name the power/);
  });

  it('offers to strike a hedge, never as the preferred fix, keeping the sentence whole', () => {
    const cases: [string, string][] = [
      ['verzoekt de regering, waar mogelijk, open source te gebruiken,', 'verzoekt de regering, open source te gebruiken,'],
      ['verzoekt de regering waar mogelijk open source te gebruiken,', 'verzoekt de regering open source te gebruiken,'],
      ['verzoekt de regering open source te gebruiken waar mogelijk,', 'verzoekt de regering open source te gebruiken,'],
      ['verzoekt de regering in principe open source te gebruiken,', 'verzoekt de regering open source te gebruiken,'],
    ];
    for (const [dictum, after] of cases) {
      const text = motie(dictum);
      const [f] = findingsOf(text, 'vaag-begrip');
      expect(f!.fixes.map((x) => [x.title, x.isPreferred ?? false])).toEqual([[`Schrap “${f!.text}”`, false]]);
      const e = f!.fixes[0]!.edits[0]!;
      expect(text.slice(0, e.start) + e.newText + text.slice(e.end)).toBe(motie(after));
    }
    // At the start of a sentence the next word would stay lower case: no fix.
    const [start] = findingsOf(vragen('1. Waar mogelijk krijgen professionals meer ruimte. Hoe?'), 'vaag-begrip');
    expect(start!.fixes).toEqual([]);
  });

  it('uses the user’s extra terms (settings: a plain word)', () => {
    const extra = loadVagueTermsFromValue(['transitie'], 'instellingen').terms;
    const text = motie('verzoekt de regering de transitie vóór 2030 af te ronden,');
    expect(findingsOf(text, 'vaag-begrip').map((f) => f.text)).toEqual([]);
    const [f] = findingsOf(text, 'vaag-begrip', { vagueTerms: [...LEXICON, ...extra] });
    expect(f!.text).toBe('transitie');
    expect(f!.message).toBe('Vaag begrip “transitie”: Formuleer concreet: wie doet wat vóór wanneer.');
  });

  it('reports nothing when switched off', () => {
    expect(check(motie(DICTUM_REGIE), { severities: { 'vaag-begrip': 'off' } }).findings.filter((f) => f.ruleId === 'vaag-begrip')).toEqual([]);
  });
});
