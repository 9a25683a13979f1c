import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/core/features/codeActions';
import { findingsOf, GOED_DICTUM, motie, OVERWEGING, ruleTable, vragen } from './helpers';

/** The text after applying the (only, not preferred) fix of the first finding. */
function afterFix(text: string): string {
  const [f] = findingsOf(text, 'voetnoten');
  expect(f!.fixes).toHaveLength(1);
  expect(f!.fixes[0]!.isPreferred ?? false).toBe(false);
  return applyEdits(text, f!.fixes[0]!.edits).text;
}

describe('voetnoten', () => {
  ruleTable('voetnoten', {
    valid: [
      { name: 'a marker with its footnote', text: vragen('1. Bent u bekend met het bericht ‘Datalek bij gemeente’?[^1]\n\n[^1]: NOS, 3 maart 2026, https://nos.nl/x') },
      { name: 'a named label, in another case than its definition', text: vragen('1. Bent u bekend met het bericht ‘X’?[^Nos]\n\n[^nos]: NOS, 3 maart 2026.') },
      { name: 'one footnote referred to twice', text: vragen('1. Wat is X?[^1]\n\n2. Wat is Y?[^1]\n\n[^1]: NOS, 3 maart 2026.') },
      { name: 'a marker in code is no marker', text: vragen('1. Wat betekent `[^1]` in Markdown?') },
      { name: 'a motie with its footnote', text: `${motie(`constaterende dat ziekenhuizen getroffen worden[^1];\n\n${GOED_DICTUM}`)}\n[^1]: Kamerstuk 26643, nr. 469.\n` },
      { name: 'no footnotes at all', text: motie(`${OVERWEGING}\n\n${GOED_DICTUM}`) },
      {
        name: 'published notes: each glued number has its note in the list',
        text: vragen('1. Kent u het bericht «X»?1\n\n2. Klopt het dat «Y»2 wordt ingevoerd?\n\nNoten\n\n1 NOS, 3 maart 2026\n\n2 NRC, 4 maart 2026'),
      },
      {
        name: 'two notes glued together as published ("?12" for notes 1 and 2; real, kv-2022Z17026)',
        text: vragen('1. Kent u de berichten «X» en «Y»?12\n\n2. Wat is Z?\n\n1 NOS, 3 maart 2026\n\n2 NRC, 4 maart 2026'),
      },
      { name: 'without a list of notes a glued number is not read as one', text: vragen('1. Kent u het bericht «X»?1\n\n2. Wat is Y?') },
      { name: 'a page or a decimal is no note ("p.12", "2026,5")', text: vragen('1. Kent u het rapport (p.12) en de 2026,5 miljoen?1\n\nNoten\n\n1 NOS, 3 maart 2026') },
      { name: 'nor a number after an opening quotation mark, a colon or a full stop inside the sentence (a reviewer: "10 vragen")', text: vragen('1. Kent u de "10 vragen" van om 9:15 uur, blz.12 en ’24?1\n\nNoten\n\n1 NOS, 3 maart 2026') },
    ],
    invalid: [
      {
        name: 'a marker without its footnote after "Bent u bekend met het bericht": the fix adds a source-shaped footnote, not preferred',
        text: vragen('1. Bent u bekend met het bericht ‘Datalek bij gemeente’?[^1]'),
        expected: [{ text: '[^1]', severity: 'warning' }],
        fixed: null,
      },
      {
        name: 'a marker without its footnote in a motie',
        text: motie(`constaterende dat ziekenhuizen getroffen worden[^a];\n\n${GOED_DICTUM}`),
        expected: [{ text: '[^a]', severity: 'warning' }],
        fixed: null,
      },
      {
        name: 'a footnote nothing refers to: on its label, without a fix',
        text: vragen('1. Hoeveel gemeenten zijn getroffen?\n\n[^1]: NOS, 3 maart 2026.'),
        expected: [{ text: '[^1]:', severity: 'warning' }],
        fixed: null,
      },
      {
        name: 'a glued note number the list of notes does not have (the published text would show a number without a note)',
        text: vragen('1. Kent u het bericht «X»?1\n\n2. Klopt het dat «Y»?2\n\nNoten\n\n1 NOS, 3 maart 2026'),
        expected: [{ text: '2', severity: 'warning' }],
        fixed: null,
      },
      {
        name: 'both in one document, one of each: the numbers got out of step, and the preferred fix points the marker at the footnote (a staffer\'s trial: a second footnote to fill in was offered)',
        text: vragen('1. Bent u bekend met het bericht ‘X’?[^1] En met het bericht ‘Y’?[^2]\n\n[^1]: NOS.\n\n[^3]: RTL.'),
        expected: [
          { text: '[^2]', severity: 'warning' },
          { text: '[^3]:', severity: 'warning' },
        ],
        fixed: vragen('1. Bent u bekend met het bericht ‘X’?[^1] En met het bericht ‘Y’?[^3]\n\n[^1]: NOS.\n\n[^3]: RTL.'),
      },
      {
        name: 'two markers without a footnote and two footnotes without a marker: which goes with which is not certain, no preferred fix',
        text: vragen('1. Klopt ‘X’?[^2] En ‘Y’?[^4]\n\n[^1]: NOS.\n\n[^3]: RTL.'),
        expected: [
          { text: '[^2]', severity: 'warning' },
          { text: '[^4]', severity: 'warning' },
          { text: '[^1]:', severity: 'warning' },
          { text: '[^3]:', severity: 'warning' },
        ],
        fixed: null,
      },
    ],
  });

  it('fills in the missing footnote of a news item with the shape of a source, at the end', () => {
    const text = vragen('1. Bent u bekend met het bericht ‘Datalek bij gemeente’?[^1]');
    const [f] = findingsOf(text, 'voetnoten');
    expect(f!.message).toBe('Voetnoot [^1] ontbreekt: voeg onderaan ‘[^1]: …’ toe, met de bron van het bericht.');
    expect(f!.data).toEqual({ label: '1' });
    expect(afterFix(text)).toBe(`${text}\n[^1]: <titel van het bericht>, <medium>, <datum>, <link>\n`);
    expect(findingsOf(afterFix(text), 'voetnoten')).toEqual([]);
  });

  it('any other missing footnote gets a placeholder for its text, after the other footnotes', () => {
    const text = vragen('1. Wat is X?[^1]\n\n2. Wat is Y?[^2]\n\n[^2]: NOS.');
    const [f] = findingsOf(text, 'voetnoten');
    expect(f!.message).toBe('Voetnoot [^1] ontbreekt: voeg onderaan ‘[^1]: …’ toe.');
    expect(afterFix(text)).toBe(vragen('1. Wat is X?[^1]\n\n2. Wat is Y?[^2]\n\n[^2]: NOS.') + '\n[^1]: <tekst van de voetnoot>\n');
  });

  it('a footnote without a reference says where the marker goes', () => {
    const [f] = findingsOf(vragen('1. Wat is X?\n\n[^1]: NOS.'), 'voetnoten', { taal: 'en' });
    expect(f!.message).toBe('Footnote [^1] is never referred to: put the marker [^1] after the sentence it belongs to, or remove the footnote.');
  });

  it('a marker without its footnote is a reference for vragen-bron (voetnoten reports it, once)', () => {
    const text = vragen('1. Bent u bekend met het bericht ‘Datalek bij gemeente’?[^1]');
    expect(findingsOf(text, 'vragen-bron')).toEqual([]);
  });
});
