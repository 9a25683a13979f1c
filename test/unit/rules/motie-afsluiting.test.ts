import { describe, expect, it } from 'vitest';
import { findingsOf, GOED_DICTUM, motie, OVERWEGING, ruleTable } from './helpers';

describe('motie-afsluiting', () => {
  ruleTable('motie-afsluiting', {
    valid: [
      { name: 'every part closed with its mark', text: motie(`${OVERWEGING}\n\n${GOED_DICTUM}`) },
      { name: 'two dicta: ";" after the first, "," after the last', text: motie(`${OVERWEGING}\n\nspreekt uit dat ziekenhuizen hulp verdienen;\n\n${GOED_DICTUM}`) },
      { name: 'a first dictum may also end with ","', text: motie(`${OVERWEGING}\n\nspreekt uit dat ziekenhuizen hulp verdienen,\n\n${GOED_DICTUM}`) },
      {
        name: 'the slot on the line of the dictum',
        text: `De Kamer,\n\ngehoord de beraadslaging,\n\n${OVERWEGING}\n\nverzoekt de regering het NCSC het mandaat te geven, en gaat over tot de orde van de dag.\n`,
      },
      { name: 'a footnote reference, a citation and a glued note after the mark', text: motie(`constaterende dat X;[^1]\n\nconstaterende dat Y; [@ca2026:nederlandse-digitale-dienst]\n\nconstaterende dat Z;3\n\n${GOED_DICTUM}\n\n[^1]: Bron.`) },
      { name: 'an abbreviation\'s full stop before the mark ("enz.;", "a.s.;")', text: motie(`constaterende dat X scholen enz.;\n\nconstaterende dat het debat 19 maart a.s.;\n\n${GOED_DICTUM}`) },
      { name: 'a comment after the mark', text: motie(`${OVERWEGING} <!-- nog checken -->\n\n${GOED_DICTUM}`) },
      { name: 'bold parts: the closing ** is not the mark', text: motie(`**constaterende dat X;**\n\n**${GOED_DICTUM}**`) },
      { name: 'a motie without a dictum: its last overweging closed with "," is the dictum misread ("roept de regeering op …,"), left alone (its "," became ";" by the fix; a trial of the CLI in CI)', text: `De Kamer,\n\ngehoord de beraadslaging,\n\n${OVERWEGING}\n\nroept de regeering op een plan te sturen,\n\nen gaat over tot de orde van de dag.\n` },
      {
        name: 'real (kst-36471-22): an overweging opening "kennisgenomen hebbende van …;", and "indachtig …;": not read into "gehoord de beraadslaging" with its ";" made "," (a staffer\'s trial)',
        text: `De Kamer,\n\ngehoord de beraadslaging,\n\nkennisgenomen hebbende van het verslag van de informateur en het daarin opgenomen advies ten aanzien van de kabinetsinformatie;\n\nindachtig het rapport van de Raad van State;\n\n${GOED_DICTUM}\n\nen gaat over tot de orde van de dag.\n`,
      },
      { name: 'the last dictum without a slot is left to motie-slot', text: `De Kamer,\n\ngehoord de beraadslaging,\n\n${OVERWEGING}\n\nverzoekt de regering X te doen\n` },
      { name: 'an overweging that ends in a blockquote keeps the quote’s mark', text: motie(`constaterende dat het akkoord zegt:\n\n> We richten een Nederlandse Digitale Dienst op.\n\n${GOED_DICTUM}`) },
      {
        name: 'a part that ends in a citation group being typed ("… [@ca2026:"): its ":" is no end mark (a staffer\'s trial; onbekende-toezegging asks for the "]")',
        text: motie(`constaterende dat het goed gaat [@ca2026:\n\nconstaterende dat het beter gaat [@ca2026:nederlandse-digitale-dienst\n\n${GOED_DICTUM}`),
      },
    ],
    invalid: [
      {
        name: 'only a space before the right mark: said so (a staffer\'s trial: "eindigt op ‘;’: sluit af met ‘;’")',
        text: `De Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat het ;\n\n${GOED_DICTUM}\n\nen gaat over tot de orde van de dag.\n`,
        expected: [{ text: ';', severity: 'warning' }],
        fixed: `De Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat het;\n\n${GOED_DICTUM}\n\nen gaat over tot de orde van de dag.\n`,
      },
      {
        name: 'an overweging without a mark: the last word is highlighted, ";" inserted',
        text: motie(`constaterende dat ziekenhuizen getroffen worden door ransomware\n\n${GOED_DICTUM}`),
        expected: [{ text: 'ransomware', severity: 'warning' }],
        fixed: motie(`constaterende dat ziekenhuizen getroffen worden door ransomware;\n\n${GOED_DICTUM}`),
      },
      {
        name: 'a missing mark after a citation goes after it; before a footnote reference, before it (a new user\'s trial)',
        text: motie(`constaterende dat het kabinet X belooft [@ca2026:nederlandse-digitale-dienst]\n\nconstaterende dat Y toeneemt[^1]\n\n${GOED_DICTUM}\n\n[^1]: Bron.`),
        expected: [
          { text: 'belooft', severity: 'warning' },
          { text: 'toeneemt', severity: 'warning' },
        ],
        fixed: motie(`constaterende dat het kabinet X belooft [@ca2026:nederlandse-digitale-dienst];\n\nconstaterende dat Y toeneemt;[^1]\n\n${GOED_DICTUM}\n\n[^1]: Bron.`),
      },
      {
        name: 'a run of marks is replaced whole ("wil.." gave "wil.;"; a fuzz of the fixes)',
        text: motie(`constaterende dat X wil..\n\nconstaterende dat Y,,\n\nverzoekt de regering een plan te maken...`),
        expected: [
          { text: 'wil..', severity: 'warning' },
          { text: 'Y,,', severity: 'warning' },
          { text: 'maken...', severity: 'warning' },
        ],
        fixed: motie(`constaterende dat X wil;\n\nconstaterende dat Y;\n\nverzoekt de regering een plan te maken,`),
      },
      {
        name: 'a doubled mark, a mark before the right one, marks with a space between (a user\'s trial: "is;;" passed, "is; ," became "is;;")',
        text: `De Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat de Rekenkamer kritisch is;;\n\nconstaterende dat X wil.;\n\nconstaterende dat Y getroffen ;\n\nconstaterende dat Z kritisch is; ,\n\n${GOED_DICTUM}\n\nen gaat over tot de orde van de dag..\n`,
        expected: [
          { text: 'is;;', severity: 'warning' },
          { text: 'wil.;', severity: 'warning' },
          { text: ';', severity: 'warning' },
          { text: ',', severity: 'warning' },
          { text: 'dag..', severity: 'warning' },
        ],
        fixed: `De Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat de Rekenkamer kritisch is;\n\nconstaterende dat X wil;\n\nconstaterende dat Y getroffen;\n\nconstaterende dat Z kritisch is;\n\n${GOED_DICTUM}\n\nen gaat over tot de orde van de dag.\n`,
      },
      {
        name: 'an ellipsis, a spaced run and an abbreviation\'s full stop (a reviewer: "getroffen…;", "getroffen ;", "enz;")',
        text: motie(`constaterende dat X getroffen…\n\nconstaterende dat Y getroffen ….\n\nconstaterende dat Z scholen enz.\n\n${GOED_DICTUM}`),
        expected: [
          { text: 'getroffen…', severity: 'warning' },
          { text: '….', severity: 'warning' },
          { text: 'enz.', severity: 'warning' },
        ],
        fixed: motie(`constaterende dat X getroffen;\n\nconstaterende dat Y getroffen;\n\nconstaterende dat Z scholen enz.;\n\n${GOED_DICTUM}`),
      },
      {
        name: 'a citation followed by a footnote reference, a citation group over two lines: the mark after the citations (a reviewer)',
        text: motie(`constaterende dat X belooft [@ca2026:nederlandse-digitale-dienst][^1]\n\nconstaterende dat Y belooft [@ca2026:a;\n@ca2026:b]\n\n${GOED_DICTUM}\n\n[^1]: Bron.`),
        expected: [
          { text: 'belooft', severity: 'warning' },
          { text: 'belooft', severity: 'warning' },
        ],
        fixed: motie(`constaterende dat X belooft [@ca2026:nederlandse-digitale-dienst];[^1]\n\nconstaterende dat Y belooft [@ca2026:a;\n@ca2026:b];\n\n${GOED_DICTUM}\n\n[^1]: Bron.`),
      },
      {
        name: 'an overweging with "." and a dictum with ";" before the slot: replaced',
        text: motie(`constaterende dat ziekenhuizen getroffen worden.\n\nverzoekt de regering het mandaat te geven;`),
        expected: [
          { text: 'worden.', severity: 'warning' },
          { text: 'geven;', severity: 'warning' },
        ],
        fixed: motie(`constaterende dat ziekenhuizen getroffen worden;\n\nverzoekt de regering het mandaat te geven,`),
      },
      {
        name: 'aanhef, beraadslaging and slot without their marks',
        text: `De Kamer\n\ngehoord de beraadslaging\n\n${OVERWEGING}\n\n${GOED_DICTUM}\n\nen gaat over tot de orde van de dag\n`,
        expected: [
          { text: 'Kamer', severity: 'warning' },
          { text: 'beraadslaging', severity: 'warning' },
          { text: 'dag', severity: 'warning' },
        ],
        fixed: `De Kamer,\n\ngehoord de beraadslaging,\n\n${OVERWEGING}\n\n${GOED_DICTUM}\n\nen gaat over tot de orde van de dag.\n`,
      },
      {
        name: 'a mark inside a comment does not count (comments never influence a finding)',
        text: motie(`constaterende dat X <!-- ; -->\n\n${GOED_DICTUM}`),
        expected: [{ text: 'X', severity: 'warning' }],
        fixed: motie(`constaterende dat X; <!-- ; -->\n\n${GOED_DICTUM}`),
      },
      {
        name: 'a motie in one paragraph with a ";" missing before the dictum',
        text: 'De Kamer, gehoord de beraadslaging, constaterende dat X; overwegende dat Y verzoekt de regering Z te doen, en gaat over tot de orde van de dag.\n',
        expected: [{ text: 'Y', severity: 'warning' }],
        fixed: 'De Kamer, gehoord de beraadslaging, constaterende dat X; overwegende dat Y; verzoekt de regering Z te doen, en gaat over tot de orde van de dag.\n',
      },
    ],
  });

  it('in a motie still without dictum and slot, asks for the overweging\'s mark, not for "De Vries;" (a reviewer)', () => {
    const text = '# Motie\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat de overheid versnipperd is;\n\noverwegende dat dit zo is\n\nDe Vries\n';
    const found = findingsOf(text, 'motie-afsluiting');
    expect(found.map((f) => f.text)).toEqual(['is']);
    expect(found[0]!.fixes[0]!.edits).toEqual([{ start: text.indexOf('zo is') + 5, end: text.indexOf('zo is') + 5, newText: ';' }]);
  });

  it('says what it found and what it wants, in Dutch and English', () => {
    const text = motie(`constaterende dat X.\n\n${GOED_DICTUM}`);
    expect(findingsOf(text, 'motie-afsluiting')[0]!.message).toBe('Deze constatering eindigt op ‘.’: sluit af met ‘;’.');
    expect(findingsOf(text, 'motie-afsluiting', { taal: 'en' })[0]!.message).toBe('This observation ends with ‘.’: end it with ‘;’.');
  });

  it('names the part by its formula: a constatering after "constaterende dat", an overweging after "overwegende dat"', () => {
    const text = motie(`Voorts constaterende dat X.\n\noverwegende dat Y.\n\nvan mening dat Z.\n\n${GOED_DICTUM}`);
    expect(findingsOf(text, 'motie-afsluiting').map((f) => f.message)).toEqual([
      'Deze constatering eindigt op ‘.’: sluit af met ‘;’.',
      'Deze overweging eindigt op ‘.’: sluit af met ‘;’.',
      'Deze overweging eindigt op ‘.’: sluit af met ‘;’.',
    ]);
  });

  it('says "a space before" when only the space is wrong, not "ends with ‘;’: end it with ‘;’" (a staffer\'s trial)', () => {
    const text = `De Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat het ;\n\n${GOED_DICTUM}\n\nen gaat over tot de orde van de dag.\n`;
    expect(findingsOf(text, 'motie-afsluiting').map((f) => f.message)).toEqual(['Deze constatering heeft een spatie vóór ‘;’: haal die weg.']);
  });
});
