import { describe, expect, it } from 'vitest';
import { findingsOf, motie, OVERWEGING, ruleTable } from './helpers';

describe('motie-meerdere-dicta', () => {
  ruleTable('motie-meerdere-dicta', {
    valid: [
      { name: 'one dictum', text: motie(`${OVERWEGING}\n\nverzoekt de regering X te doen,`) },
      { name: 'one dictum with a list of points', text: motie('verzoekt de regering:\n1. X te doen;\n2. Y te doen,') },
    ],
    invalid: [
      {
        name: 'two dicta: on the opener of the second',
        text: motie('spreekt uit dat X moet;\n\nverzoekt de regering X te doen,'),
        expected: [{ text: 'verzoekt de regering', severity: 'warning' }],
        fixed: null,
      },
      {
        name: 'three dicta, "en verzoekt" and "tevens"',
        text: motie('verzoekt de regering X te doen;\n\nen verzoekt de regering Y te doen;\n\nverzoekt de regering tevens Z te doen,'),
        expected: [
          { text: 'en verzoekt de regering', severity: 'warning' },
          { text: 'verzoekt de regering', severity: 'warning' },
        ],
        fixed: null,
      },
    ],
  });

  it('suggests splitting and points at the other dictum', () => {
    const [f] = findingsOf(motie('spreekt uit dat X moet;\n\nverzoekt de regering X te doen,'), 'motie-meerdere-dicta');
    expect(f!.message).toBe('De motie heeft 2 dicta; over een motie wordt als geheel gestemd. Overweeg ‘verzoekt de regering …’ als aparte motie.');
    expect(f!.related.map((r) => r.message)).toEqual(['ander dictum']);
  });
});
