import { describe, expect, it } from 'vitest';
import { findingsOf, ruleTable, vragen } from './helpers';

describe('vragen-bron', () => {
  ruleTable('vragen-bron', {
    valid: [
      { name: 'a Markdown footnote', text: vragen('1. Bent u bekend met het bericht ‘X’?[^1]\n\n[^1]: NOS, 3 maart 2026.') },
      { name: 'a link', text: vragen('1. Bent u bekend met het bericht [‘X’](https://nos.nl/x)?') },
      { name: 'a bare URL', text: vragen('1. Kent u het artikel ‘X’ (https://nos.nl/x)?') },
      { name: 'a glued note number, as published', text: vragen('1. Bent u bekend met het bericht ‘X’?1') },
      { name: 'a glued note after the closing quote (real)', text: vragen('Vraag 1\nBent u bekend met het bericht: «Overheidsorganisaties blijven in de Amerikaanse cloud»1? Bent u tevens bekend met het feit dat X?') },
      { name: 'a superscript note', text: vragen('1. Bent u bekend met het rapport ‘X’?¹') },
      { name: 'no "bekend met het bericht"', text: vragen('1. Hoeveel ziekenhuizen zijn getroffen?') },
      { name: '"Bent u ermee bekend dat" about a fact, not the news: no source needed', text: vragen('1. Bent u ermee bekend dat 30 ziekenhuizen zijn getroffen?') },
      { name: 'the source named in the question: a newspaper with its date (d.d.)', text: vragen('1. Bent u bekend met het bericht ‘X’ in Trouw d.d. 6 januari 2025?') },
      { name: 'the source named in the question: a date', text: vragen('1. Bent u bekend met het bericht ‘X’ van 6 januari 2025?') },
      { name: 'the source named in the question: a Kamerstuk', text: vragen('1. Bent u bekend met het rapport ‘X’ (Kamerstuk 29 665, nr. 353)?') },
      { name: 'the source named in the question: Aanhangsel Handelingen', text: vragen('1. Bent u bekend met het bericht ‘X’ (Aanhangsel Handelingen 2024, nr. 12)?') },
    ],
    invalid: [
      {
        name: 'no source: a warning on the formula; the fix (footnote with placeholders) is offered, not preferred',
        text: vragen('1. Bent u bekend met het bericht ‘Ziekenhuizen getroffen door ransomware’?\n\n2. Wat doet u?'),
        expected: [{ text: 'Bent u bekend met het bericht', severity: 'warning' }],
        fixed: null,
      },
      {
        name: 'an open letter, an advice, an appeal (a staffer\'s trial on real Kamervragen: "Kent u de open brief van de KNMG" passed)',
        text: vragen('1. Kent u de open brief van de KNMG over gezondheidsdoelen?\n\n2. Kent u het advies van de Raad van State over de wet?\n\n3. Bent u bekend met de oproep van de VNG?'),
        expected: [
          { text: 'Kent u de open brief', severity: 'warning' },
          { text: 'Kent u het advies', severity: 'warning' },
          { text: 'Bent u bekend met de oproep', severity: 'warning' },
        ],
        fixed: null,
      },
      {
        name: '"bovenstaand bericht" (real style) without the note',
        text: vragen('Vraag 1\n\nBent u bekend met bovenstaand bericht?'),
        expected: [{ text: 'Bent u bekend met bovenstaand bericht', severity: 'warning' }],
        fixed: null,
      },
      {
        name: 'new openings: "Kent u het bericht", "de artikelen", "Heeft u kennisgenomen van", "Hebt u kennis genomen van"',
        text: vragen(
          '1. Kent u het bericht ‘Datalek bij gemeente’?\n\n2. Bent u bekend met de artikelen ‘X’ en ‘Y’?\n\n' +
            '3. Heeft u kennisgenomen van het rapport ‘Digitale weerbaarheid’?\n\n4. Hebt u kennis genomen van het onderzoek van de NOS?',
        ),
        expected: [
          { text: 'Kent u het bericht', severity: 'warning' },
          { text: 'Bent u bekend met de artikelen', severity: 'warning' },
          { text: 'Heeft u kennisgenomen van het rapport', severity: 'warning' },
          { text: 'Hebt u kennis genomen van het onderzoek', severity: 'warning' },
        ],
        fixed: null,
      },
      {
        name: '"Bent u ermee bekend dat" when the question says it was in the news',
        text: vragen('1. Bent u ermee bekend dat de NOS meldt dat 30 ziekenhuizen zijn getroffen?\n\n2. Bent u ermee bekend dat volgens een bericht in de Volkskrant X?'),
        expected: [
          { text: 'Bent u ermee bekend dat', severity: 'warning' },
          { text: 'Bent u ermee bekend dat', severity: 'warning' },
        ],
        fixed: null,
      },
      {
        name: 'a date in a later question is not the source',
        text: vragen('1. Bent u bekend met het bericht ‘X’? Wat doet u vóór 6 januari 2027?'),
        expected: [{ text: 'Bent u bekend met het bericht', severity: 'warning' }],
        fixed: null,
      },
      {
        name: '"Bent u op de hoogte van het bericht" (the usual Dutch; "op de hoogte met" is not)',
        text: vragen('1. Bent u op de hoogte van het bericht ‘X’?'),
        expected: [{ text: 'Bent u op de hoogte van het bericht', severity: 'warning' }],
        fixed: null,
      },
      {
        name: '"bekent" for "bekend" (a staffer\'s trial: the source was asked for only once the spelling was put right; werkwoordsvorm reports the spelling)',
        text: vragen('1. Bent u bekent met het bericht ‘X’?\n\n2. Bent u ermee bekent dat de NOS meldt dat 30 ziekenhuizen zijn getroffen?'),
        expected: [
          { text: 'Bent u bekent met het bericht', severity: 'warning' },
          { text: 'Bent u ermee bekent dat', severity: 'warning' },
        ],
        fixed: null,
      },
      {
        name: 'a decimal is no note number',
        text: vragen('1. Kent u het rapport over 2,5 miljoen getroffen mensen?'),
        expected: [{ text: 'Kent u het rapport', severity: 'warning' }],
        fixed: null,
      },
    ],
  });

  it('its fix puts the reference after the sentence with the article and a numbered footnote at the end', () => {
    const text = vragen('1. Bent u bekend met het bericht ‘X’? Zo ja, wat vindt u ervan?\n\n2. Wat doet u?[^1]\n\n[^1]: Kamerstuk 26643.');
    const [f] = findingsOf(text, 'vragen-bron');
    expect(f!.fixes).toHaveLength(1);
    const edits = [...f!.fixes[0]!.edits].sort((a, b) => b.start - a.start);
    let out = text;
    for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    expect(out).toBe(
      vragen('1. Bent u bekend met het bericht ‘X’?[^2] Zo ja, wat vindt u ervan?\n\n2. Wat doet u?[^1]\n\n[^1]: Kamerstuk 26643.') +
        '\n[^2]: <titel van het bericht>, <medium>, <datum>, <link>\n',
    );
  });
});
