import { describe, expect, it } from 'vitest';
import { check, GOED_DICTUM, OVERWEGING, ruleTable } from './helpers';

const REST = `${OVERWEGING}\n\n${GOED_DICTUM}\n\nen gaat over tot de orde van de dag.\n`;

describe('motie-aanhef', () => {
  ruleTable('motie-aanhef', {
    valid: [
      { name: 'the standard opening on two lines', text: `De Kamer,\n\ngehoord de beraadslaging,\n\n${REST}` },
      { name: 'both on one line', text: `De Kamer, gehoord de beraadslaging,\n\n${REST}` },
      { name: 'upper case and the full name of the Kamer', text: `DE TWEEDE KAMER DER STATEN-GENERAAL,\n\nGEHOORD DE BERAADSLAGING,\n\n${REST}` },
      { name: 'a list item opening (tolerant reading)', text: `- De Kamer,\n- gehoord de beraadslaging,\n\n${REST}` },
    ],
    invalid: [
      {
        name: '"De Kammer," misspelt: replaced, not read as the kop with a second aanhef inserted under it (a trial of the CLI in CI)',
        text: `De Kammer,\n\ngehoord de beraadslaging,\n\n${REST}`,
        expected: [{ text: 'De Kammer,', severity: 'warning' }],
        fixed: `De Kamer,\n\ngehoord de beraadslaging,\n\n${REST}`,
      },
      {
        name: 'no aanhef at all: an error, both lines inserted before the first overweging',
        text: `Motie van het lid Verhoeven\n\n${REST}`,
        expected: [{ text: 'constaterende dat', severity: 'error' }],
        fixed: `Motie van het lid Verhoeven\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n${REST}`,
      },
      {
        name: 'only "gehoord de beraadslaging": an error, "De Kamer," inserted before it',
        text: `gehoord de beraadslaging,\n\n${REST}`,
        expected: [{ text: 'gehoord de beraadslaging,', severity: 'error' }],
        fixed: `De Kamer,\n\ngehoord de beraadslaging,\n\n${REST}`,
      },
      {
        name: 'no "gehoord de beraadslaging": a warning, inserted after the aanhef',
        text: `De Kamer,\n\n${REST}`,
        expected: [{ text: 'De Kamer,', severity: 'warning' }],
        fixed: `De Kamer,\n\ngehoord de beraadslaging,\n\n${REST}`,
      },
      {
        name: 'an aanhef without its comma: the insert closes it too',
        text: `De Kamer\n\n${REST}`,
        expected: [{ text: 'De Kamer', severity: 'warning' }],
        fixed: `De Kamer,\n\ngehoord de beraadslaging,\n\n${REST}`,
      },
      {
        name: 'CRLF line endings are kept',
        text: `De Kamer,\r\n\r\n${REST.replace(/\n/g, '\r\n')}`,
        expected: [{ text: 'De Kamer,', severity: 'warning' }],
        fixed: `De Kamer,\r\n\r\ngehoord de beraadslaging,\r\n\r\n${REST.replace(/\n/g, '\r\n')}`,
      },
      {
        name: 'a configured severity lowers the missing aanhef too',
        text: `${REST}`,
        options: { severities: { 'motie-aanhef': 'info' } },
        expected: [{ text: 'constaterende dat', severity: 'info' }],
        fixed: `De Kamer,\n\ngehoord de beraadslaging,\n\n${REST}`,
      },
    ],
  });

  it('a misspelt aanhef is this rule\'s alone: no other rule reads its case or its missing comma (the draft model reads it as the aanhef now)', () => {
    const text = `Motie van het lid De Vries\n\nde kamerr\n\ngehoord de beraadslaging,\n\n${REST}\nDe Vries\n`;
    expect(check(text).findings.map((f) => [f.ruleId, text.slice(f.start, f.end)])).toEqual([['motie-aanhef', 'de kamerr']]);
  });
});
