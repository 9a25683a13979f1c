import { describe, expect, it } from 'vitest';
import { byCodeUnits } from '../../../src/core/text/order';
import { RULE_IDS } from '../../../src/core/rules/index';

describe('byCodeUnits', () => {
  it('orders rule ids, corpus ids and ISO days as localeCompare does (what it replaced on the start path)', () => {
    const ids = [...RULE_IDS, 'ca2021', 'ca2026', 'ra2012', 'ra2017', 'hla2024', 'motie', 'motie-slot', 'motie2', 'a-b', 'ab', 'a0'];
    const days = ['2012-10-29', '2017-10-10', '2021-12-15', '2024-05-16', '2026-01-30', '2026-01-03', '2021-12-01'];
    for (const list of [ids, days]) {
      const reversed = [...list].reverse();
      expect(reversed.sort(byCodeUnits)).toEqual([...list].sort((a, b) => a.localeCompare(b)));
    }
    expect(byCodeUnits('a', 'a')).toBe(0);
  });
});
