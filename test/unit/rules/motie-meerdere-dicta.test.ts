import { describe, expect, it } from 'vitest';
import { check, findingsOf as findingsWith, motie, OVERWEGING, ruleTable } from './helpers';

const RULE = 'motie-meerdere-dicta';
/** Switched on as a user writes it in settings or `.akkoordwijzer.yaml`: `motie-meerdere-dicta: aan`. */
const ON = { severities: { [RULE]: 'on' } } as const;
const findingsOf = (text: string, rule: string, options: Parameters<typeof findingsWith>[2] = {}) => findingsWith(text, rule, { ...ON, ...options });

describe('motie-meerdere-dicta', () => {
  it('is off by default (all its findings on published moties were noise) and gives nothing then', () => {
    expect(check(motie('spreekt uit dat X moet;\n\nverzoekt de regering X te doen,')).findings.map((f) => f.ruleId)).not.toContain(RULE);
  });

  ruleTable('motie-meerdere-dicta', {
    valid: [
      { name: 'one dictum (switched on)', text: motie(`${OVERWEGING}\n\nverzoekt de regering X te doen,`), options: ON },
      { name: 'one dictum with a list of points (switched on)', text: motie('verzoekt de regering:\n1. X te doen;\n2. Y te doen,'), options: ON },
    ],
    invalid: [
      {
        name: 'two dicta, switched on: info, on the opener of the second',
        text: motie('spreekt uit dat X moet;\n\nverzoekt de regering X te doen,'),
        options: ON,
        expected: [{ text: 'verzoekt de regering', severity: 'info' }],
        fixed: null,
      },
      {
        name: 'three dicta, "en verzoekt" and "tevens": once per motie, on the second',
        text: motie('verzoekt de regering X te doen;\n\nen verzoekt de regering Y te doen;\n\nverzoekt de regering tevens Z te doen,'),
        options: ON,
        expected: [{ text: 'en verzoekt de regering', severity: 'info' }],
        fixed: null,
      },
      {
        name: 'a configured level wins',
        text: motie('spreekt uit dat X moet;\n\nverzoekt de regering X te doen,'),
        options: { severities: { 'motie-meerdere-dicta': 'warning' } },
        expected: [{ text: 'verzoekt de regering', severity: 'warning' }],
        fixed: null,
      },
    ],
  });

  it('says why splitting helps and points at the other dicta', () => {
    const [f] = findingsOf(motie('spreekt uit dat X moet;\n\nverzoekt de regering X te doen,'), 'motie-meerdere-dicta');
    expect(f!.message).toBe(
      'De motie heeft 2 dicta. Over een motie wordt als geheel gestemd: een fractie die één verzoek niet steunt, stemt tegen het geheel (hier vanaf ‘verzoekt de regering …’).',
    );
    expect(f!.related.map((r) => r.message)).toEqual(['ander dictum']);
    const text = motie('verzoekt de regering X te doen;\n\nen verzoekt de regering Y te doen;\n\nverzoekt de regering tevens Z te doen,');
    const [three] = findingsOf(text, 'motie-meerdere-dicta', { taal: 'en' });
    expect(three!.message).toBe('The motie has 3 dicta. A motie is voted on as a whole: a group that does not support one request votes against all of it (here from ‘en verzoekt de regering …’).');
    expect(three!.related.map((r) => [text.slice(r.span!.start, r.span!.end), r.message])).toEqual([
      ['verzoekt de regering', 'other dictum'],
      ['verzoekt de regering', 'other dictum'],
    ]);
  });
});
