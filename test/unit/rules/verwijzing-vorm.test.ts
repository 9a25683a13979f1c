import { describe, expect, it } from 'vitest';
import { findingsOf, motie, ruleTable, vragen } from './helpers';

const INFO = { severity: 'info' } as const;
const WARN = { severity: 'warning' } as const;
const ov = (ref: string) => motie(`constaterende dat de minister dit heeft toegezegd (${ref});\n\nverzoekt de regering de toezegging na te komen,`);

describe('verwijzing-vorm', () => {
  ruleTable('verwijzing-vorm', {
    valid: [
      { name: 'the Kamer’s own form', text: ov('Kamerstuk 26 643, nr. 1465') },
      { name: 'the Kamer’s own form, dossier with a roman suffix', text: ov('Kamerstuk 36 600 VII, nr. 12') },
      { name: 'the Kamer’s own form, dossier with a numeric suffix', text: ov('Kamerstuk 21 501-32, nr. 1703') },
      { name: 'the Kamer’s own form, dossier unspaced', text: ov('Kamerstuk 26643, nr. 1465') },
      { name: 'Aanwijzing 3.43', text: ov('Kamerstukken II 2009/10, 27858, nr. 88') },
      { name: 'Aanwijzing 3.43, Eerste Kamer with a letter', text: ov('Kamerstukken I 2019/20, 35300, A') },
      { name: 'Handelingen', text: ov('Handelingen II 2025/26, nr. 45, item 12') },
      { name: 'Handelingen of the Eerste Kamer', text: ov('Handelingen I 2019/20, nr. 12, item 3') },
      { name: 'Aanhangsel', text: vragen('1. Kent u de antwoorden op eerdere vragen (Aanhangsel Handelingen II 2024/25, nr. 1234)?') },
      { name: 'the Tweede Kamer’s own writing of the Aanhangsel, without the Kamer', text: vragen('1. Kent u de antwoorden op eerdere vragen (Aanhangsel Handelingen 2023-2024, nr. 1955)?') },
      { name: 'a reference over a line break', text: ov('Kamerstuk 26 643,\nnr. 1465') },
      { name: 'document and zaak numbers: a link, no finding', text: vragen('1. Kent u de brief (2026D06788) bij zaak 2026Z03112?') },
      { name: 'an identifier without a written form', text: ov('kst-35300-A') },
      { name: 'a URL', text: ov('https://zoek.officielebekendmakingen.nl/kst-26643-1465.html') },
      { name: 'in a quotation: someone else’s words', text: motie('constaterende dat de minister schreef: “zie kamerstuk 26643 nr 1465”;\n\nverzoekt de regering de toezegging na te komen,') },
      { name: 'in inline code', text: ov('`Kamerstuk 26643 nr 1465`') },
      { name: 'in a blockquote: someone else’s words', text: vragen('1. Kent u de brief, waarin staat:\n\n> Zie kamerstuk 26643 nr 1465 voor de toezegging.\n\nWat vindt u daarvan?') },
    ],
    invalid: [
      {
        name: 'the Kamer’s form without its commas and the point of “nr.”',
        text: ov('Kamerstuk 26643 nr 1465'),
        expected: [{ text: 'Kamerstuk 26643 nr 1465', ...INFO }],
        fixed: ov('Kamerstuk 26643, nr. 1465'),
      },
      {
        name: 'the Kamer’s form in lower case',
        text: ov('kamerstuk 26 643 nr. 1465'),
        expected: [{ text: 'kamerstuk 26 643 nr. 1465', ...INFO }],
        fixed: ov('Kamerstuk 26 643, nr. 1465'),
      },
      {
        name: 'the year as “2025-2026” becomes “2025/26”',
        text: ov('Kamerstukken II 2025-2026, 26643, nr. 1465'),
        expected: [{ text: 'Kamerstukken II 2025-2026, 26643, nr. 1465', ...INFO }],
        fixed: ov('Kamerstukken II 2025/26, 26643, nr. 1465'),
      },
      {
        name: 'Aanwijzing form without its year becomes the Kamer’s own form, no year invented',
        text: ov('Kamerstukken II, 26643, nr. 1465'),
        expected: [{ text: 'Kamerstukken II, 26643, nr. 1465', ...INFO }],
        fixed: ov('Kamerstuk 26 643, nr. 1465'),
      },
      {
        name: 'a kst- identifier in running text becomes the Kamer’s own form',
        text: ov('kst-21501-32-1740'),
        expected: [{ text: 'kst-21501-32-1740', ...INFO }],
        fixed: ov('Kamerstuk 21 501-32, nr. 1740'),
      },
      {
        name: 'Handelingen written off the form',
        text: ov('Handelingen II 2025-2026 nr 45 item 12'),
        expected: [{ text: 'Handelingen II 2025-2026 nr 45 item 12', ...INFO }],
        fixed: ov('Handelingen II 2025/26, nr. 45, item 12'),
      },
      {
        name: 'Handelingen without a year: a warning and no fix (a year is never invented)',
        text: ov('Handelingen II, nr. 45, item 12'),
        expected: [{ text: 'Handelingen II, nr. 45, item 12', ...WARN }],
        fixed: null,
      },
      {
        name: 'Kamerstukken with a year but no Kamer: no fix',
        text: ov('Kamerstukken 2025/26, 26643, nr. 1465'),
        expected: [{ text: 'Kamerstukken 2025/26, 26643, nr. 1465', ...WARN }],
        fixed: null,
      },
      {
        name: 'a year that is not a vergaderjaar: no fix',
        text: ov('Kamerstukken II 2025/27, 26643, nr. 1465'),
        expected: [{ text: 'Kamerstukken II 2025/27, 26643, nr. 1465', ...WARN }],
        fixed: null,
      },
      {
        name: 'the Eerste Kamer’s letter without a year: no fix',
        text: ov('Kamerstukken I, 35300, A'),
        expected: [{ text: 'Kamerstukken I, 35300, A', ...WARN }],
        fixed: null,
      },
    ],
  });

  it('says what to write, in Dutch and English, and names what is missing', () => {
    const [info] = findingsOf(ov('Kamerstuk 26643 nr 1465'), 'verwijzing-vorm');
    expect(info!.message).toBe('Verwijzing “Kamerstuk 26643 nr 1465” wijkt af van de vaste vorm: schrijf “Kamerstuk 26643, nr. 1465”.');
    const [en] = findingsOf(ov('Handelingen II, nr. 45, item 12'), 'verwijzing-vorm', { taal: 'en' });
    expect(en!.message).toBe('Reference “Handelingen II, nr. 45, item 12” cannot be found: add the parliamentary year (such as 2025/26).');
  });

  it('follows the configured severity: an error setting makes a fixable deviation a warning', () => {
    const found = findingsOf(ov('Kamerstuk 26643 nr 1465'), 'verwijzing-vorm', { severities: { 'verwijzing-vorm': 'error' } });
    expect(found.map((f) => f.severity)).toEqual(['warning']);
  });
});
