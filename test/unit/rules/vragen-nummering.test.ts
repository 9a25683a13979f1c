import { describe, expect, it } from 'vitest';
import { findingsOf, ruleTable, vragen } from './helpers';

describe('vragen-nummering', () => {
  ruleTable('vragen-nummering', {
    valid: [
      { name: '1. 2. 3.', text: vragen('1. Wat is X?\n\n2. Wat is Y?\n\n3. Wat is Z?') },
      { name: 'Vraag 1, Vraag 2 with answers between', text: vragen('Vraag 1\nWat is X?\n\nAntwoord 1\nDit.\n\nVraag 2\nWat is Y?\n\nAntwoord 2\nDat.') },
      { name: 'a notes list restarting at 1 after the questions', text: vragen('1. Bent u bekend met het bericht «X»?1\n\n2. Wat is Y?\n\n1. NOS, 3 maart 2026, https://nos.nl/x') },
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
    ],
  });

  it('names the missing numbers', () => {
    expect(findingsOf(vragen('1. X?\n\n4. Y?'), 'vragen-nummering')[0]!.message).toBe('Na vraag 1 volgt vraag 4: vragen 2 t/m 3 ontbreken.');
    expect(findingsOf(vragen('1. X?\n\n1. Y?'), 'vragen-nummering')[0]!.message).toBe('Vraagnummer 1 komt twee keer voor.');
  });
});
