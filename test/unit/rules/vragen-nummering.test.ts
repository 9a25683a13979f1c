import { describe, expect, it } from 'vitest';
import { findingsOf, ruleTable, vragen } from './helpers';

describe('vragen-nummering', () => {
  ruleTable('vragen-nummering', {
    valid: [
      { name: '1. 2. 3.', text: vragen('1. Wat is X?\n\n2. Wat is Y?\n\n3. Wat is Z?') },
      { name: 'Vraag 1, Vraag 2 with answers between', text: vragen('Vraag 1\nWat is X?\n\nAntwoord 1\nDit.\n\nVraag 2\nWat is Y?\n\nAntwoord 2\nDat.') },
      { name: 'a notes list restarting at 1 after the questions', text: vragen('1. Bent u bekend met het bericht «X»?1\n\n2. Wat is Y?\n\n1. NOS, 3 maart 2026, https://nos.nl/x') },
      { name: '"Vraag 1" on its own line, the question below; a follow-up paragraph that does not open as a question', text: vragen('Vraag 1\n\nHoeveel ziekenhuizen zijn getroffen?\n\nZo ja, welke?\n\nVraag 2\n\nWat is Y?') },
      { name: 'a nested list inside a question', text: vragen('1. Hoeveel vacatures zijn er bij:\n   1) de marine;\n   2) de landmacht?\n\n2. Wat is Y?') },
    ],
    invalid: [
      {
        name: 'a gap: on the number after it; the fix renumbers everything',
        text: vragen('1. Wat is X?\n\n3. Wat is Y?\n\n4. Wat is Z?'),
        expected: [{ text: '3', severity: 'warning' }],
        fixed: vragen('1. Wat is X?\n\n2. Wat is Y?\n\n3. Wat is Z?'),
      },
      {
        name: 'a duplicate ("Vraag N" style)',
        text: vragen('Vraag 1\nWat is X?\n\nVraag 2\nWat is Y?\n\nVraag 2\nWat is Z?'),
        expected: [{ text: '2', severity: 'warning' }],
        fixed: vragen('Vraag 1\nWat is X?\n\nVraag 2\nWat is Y?\n\nVraag 3\nWat is Z?'),
      },
      {
        name: 'not starting at 1',
        text: vragen('2. Wat is X?\n\n3. Wat is Y?'),
        expected: [{ text: '2', severity: 'warning' }],
        fixed: vragen('1. Wat is X?\n\n2. Wat is Y?'),
      },
      {
        name: 'questions written without numbers: one finding on the first, the fix numbers them all',
        text: vragen('Hoeveel ziekenhuizen zijn getroffen?\n\nWelke maatregelen neemt u?\n\nWanneer komt de wet?'),
        expected: [{ text: 'Hoeveel ziekenhuizen zijn getroffen?', severity: 'warning' }],
        fixed: vragen('1. Hoeveel ziekenhuizen zijn getroffen?\n\n2. Welke maatregelen neemt u?\n\n3. Wanneer komt de wet?'),
      },
      {
        name: 'an unnumbered question over several lines, with a follow-up: on its first line',
        text: vragen('Hoeveel ziekenhuizen zijn getroffen? Zo ja, welke?\n\nWelke maatregelen\nneemt u?'),
        expected: [{ text: 'Hoeveel ziekenhuizen zijn getroffen? Zo ja, welke?', severity: 'warning' }],
        fixed: vragen('1. Hoeveel ziekenhuizen zijn getroffen? Zo ja, welke?\n\n2. Welke maatregelen\nneemt u?'),
      },
      {
        name: 'numbered in part: a paragraph that asks again inside a numbered question has no number of its own (a staffer\'s trial; real, kv-2017Z16152 under "Vraag 7")',
        text: vragen('1. Bent u bekend met het bericht «X»?\n\nHoeveel ministeries slaan gegevens op bij Amerikaanse aanbieders?\n\n2. Wanneer richt u de dienst op?'),
        expected: [{ text: 'Hoeveel ministeries slaan gegevens op bij Amerikaanse aanbieders?', severity: 'warning' }],
        fixed: null,
      },
      {
        name: 'a first draft: a bare list of questions, without header and numbers, in a *.vragen.md file (a staffer\'s trial: no question was checked)',
        uri: 'file:///werk/concept.vragen.md',
        text: 'Bent u bekend met het bericht «X»?\n\nKunt u aangeven op welke grondslag dit gebeurt?\n\nKunt u aangeven welke stappen zijn ondernomen?\n',
        expected: [{ text: 'Bent u bekend met het bericht «X»?', severity: 'warning' }],
        fixed: '1. Bent u bekend met het bericht «X»?\n\n2. Kunt u aangeven op welke grondslag dit gebeurt?\n\n3. Kunt u aangeven welke stappen zijn ondernomen?\n',
      },
      {
        name: 'a question written in a hurry without its mark is a question too: numbered with the others (a staffer\'s trial: it was joined to the one before on export)',
        uri: 'file:///werk/concept.vragen.md',
        text: 'Bent u bekend met het bericht «X»?\n\nHoeveel ministeries slaan gegevens op bij Amerikaanse aanbieders\n\nWanneer richt u de dienst op?\n\nBent u bereid een exitstrategie op te stellen.\n',
        expected: [{ text: 'Bent u bekend met het bericht «X»?', severity: 'warning' }],
        fixed: '1. Bent u bekend met het bericht «X»?\n\n2. Hoeveel ministeries slaan gegevens op bij Amerikaanse aanbieders\n\n3. Wanneer richt u de dienst op?\n\n4. Bent u bereid een exitstrategie op te stellen.\n',
      },
      {
        name: 'a single question without a number',
        text: vragen('Hoeveel ziekenhuizen zijn getroffen?'),
        expected: [{ text: 'Hoeveel ziekenhuizen zijn getroffen?', severity: 'warning' }],
        fixed: vragen('1. Hoeveel ziekenhuizen zijn getroffen?'),
      },
      {
        name: 'unnumbered questions as a bullet list: the numbers replace the bullets',
        text: vragen('- Hoeveel ziekenhuizen zijn getroffen?\n- Welke maatregelen neemt u?'),
        expected: [{ text: 'Hoeveel ziekenhuizen zijn getroffen?', severity: 'warning' }],
        fixed: vragen('1. Hoeveel ziekenhuizen zijn getroffen?\n2. Welke maatregelen neemt u?'),
      },
      {
        name: 'bare numbers on their own lines, as some publications print them',
        text: vragen('1\n\nHoeveel?\n\n2\n\nWat?\n\n4\n\nWie?'),
        expected: [{ text: '4', severity: 'warning' }],
        fixed: vragen('1\n\nHoeveel?\n\n2\n\nWat?\n\n3\n\nWie?'),
      },
    ],
  });

  it('names the missing numbers', () => {
    expect(findingsOf(vragen('1. X?\n\n4. Y?'), 'vragen-nummering')[0]!.message).toBe('Na vraag 1 volgt vraag 4: vragen 2 t/m 3 ontbreken.');
    expect(findingsOf(vragen('1. X?\n\n1. Y?'), 'vragen-nummering')[0]!.message).toBe('Vraagnummer 1 komt twee keer voor.');
    expect(findingsOf(vragen('1. X?\n\n3. Y?\n\n2. Z?'), 'vragen-nummering').map((f) => f.message)).toEqual(['Na vraag 1 volgt vraag 3: vraag 2 ontbreekt.', 'Na vraag 3 komt vraag 2: de nummering loopt terug. Dit is de 3e vraag.']);
    expect(findingsOf(vragen('1. X?\n\n3. Y?\n\n2. Z?'), 'vragen-nummering', { taal: 'en' })[1]!.message).toBe('Question 2 comes after question 3: the numbering goes back. This is question 3 in order.');
    // The third says three (it said "twee keer" again; a staffer's trial).
    expect(findingsOf(vragen('Vraag 1\nX?\n\nVraag 1\nY?\n\nVraag 1\nZ?'), 'vragen-nummering').map((f) => f.message)).toEqual(['Vraagnummer 1 komt twee keer voor.', 'Vraagnummer 1 komt drie keer voor.']);
    // Not "Na vraag 0 volgt vraag 2" (a reviewer).
    expect(findingsOf(vragen('2. X?\n\n3. Y?'), 'vragen-nummering')[0]!.message).toBe('De vragen beginnen bij vraag 2: vraag 1 ontbreekt.');
    expect(findingsOf(vragen('4. X?\n\n5. Y?'), 'vragen-nummering', { taal: 'en' })[0]!.message).toBe('The questions start at question 4: questions 1 to 3 are missing.');
  });

  it('says how many questions are not numbered, in Dutch and English', () => {
    expect(findingsOf(vragen('Wat is X?\n\nWat is Y?'), 'vragen-nummering')[0]!.message).toBe('De 2 vragen zijn niet genummerd: de bewindspersoon antwoordt per nummer.');
    expect(findingsOf(vragen('Wat is X?'), 'vragen-nummering')[0]!.message).toBe('De vraag is niet genummerd: de bewindspersoon antwoordt per nummer.');
    expect(findingsOf(vragen('Wat is X?\n\nWat is Y?'), 'vragen-nummering', { taal: 'en' })[0]!.message).toBe('The 2 questions are not numbered: the minister answers per number.');
  });
});
