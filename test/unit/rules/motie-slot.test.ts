import { describe } from 'vitest';
import { GOED_DICTUM, OVERWEGING, ruleTable } from './helpers';

const HEAD = `De Kamer,\n\ngehoord de beraadslaging,\n\n${OVERWEGING}\n\n`;
const SLOT = 'en gaat over tot de orde van de dag.';

describe('motie-slot', () => {
  ruleTable('motie-slot', {
    valid: [
      { name: 'the slot on its own line', text: `${HEAD}${GOED_DICTUM}\n\n${SLOT}\n` },
      { name: 'the slot after the dictum on one line', text: `${HEAD}verzoekt de regering X te doen, ${SLOT}\n` },
      { name: 'upper case', text: `${HEAD}${GOED_DICTUM}\n\nEN GAAT OVER TOT DE ORDE VAN DE DAG.\n` },
    ],
    invalid: [
      {
        name: 'missing: an error on the last dictum, the slot inserted after it (before the names)',
        text: `${HEAD}${GOED_DICTUM}\n\nVerhoeven\n`,
        expected: [{ text: GOED_DICTUM, severity: 'error' }],
        fixed: `${HEAD}${GOED_DICTUM}\n\n${SLOT}\n\nVerhoeven\n`,
      },
      {
        name: 'missing at the end of the file, dictum without its comma: both repaired in one edit',
        text: `${HEAD}verzoekt de regering X te doen`,
        expected: [{ text: 'verzoekt de regering X te doen', severity: 'error' }],
        fixed: `${HEAD}verzoekt de regering X te doen,\n\n${SLOT}\n`,
      },
      {
        name: 'a dictum closed with "." gets ","',
        text: `${HEAD}verzoekt de regering X te doen.\n\nDe Vries\n`,
        expected: [{ text: 'verzoekt de regering X te doen.', severity: 'error' }],
        fixed: `${HEAD}verzoekt de regering X te doen,\n\n${SLOT}\n\nDe Vries\n`,
      },
      {
        name: 'names after a dictum without its comma are indieners, not part of the dictum',
        text: `${HEAD}verzoekt de regering X te doen\n\nVan der Molen\n\nKathmann\n`,
        expected: [{ text: 'verzoekt de regering X te doen', severity: 'error' }],
        fixed: `${HEAD}verzoekt de regering X te doen,\n\n${SLOT}\n\nVan der Molen\n\nKathmann\n`,
      },
      {
        name: 'CRLF: the slot is inserted after the line, never between CR and LF',
        text: `${HEAD}${GOED_DICTUM}\n\nVerhoeven\n`.replace(/\n/g, '\r\n'),
        expected: [{ text: GOED_DICTUM, severity: 'error' }],
        fixed: `${HEAD}${GOED_DICTUM}\n\n${SLOT}\n\nVerhoeven\n`.replace(/\n/g, '\r\n'),
      },
      {
        name: 'no dictum: on the last overweging, without a fix (a slot alone does not repair it)',
        text: `${HEAD}`,
        expected: [{ text: OVERWEGING, severity: 'error' }],
        fixed: null,
      },
    ],
  });
});
