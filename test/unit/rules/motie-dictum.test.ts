import { describe } from 'vitest';
import { motie, OVERWEGING, ruleTable } from './helpers';

describe('motie-dictum', () => {
  ruleTable('motie-dictum', {
    valid: [
      { name: 'verzoekt de regering', text: motie(`${OVERWEGING}\n\nverzoekt de regering X te doen,`) },
      { name: 'spreekt uit', text: motie(`${OVERWEGING}\n\nspreekt uit dat X moet,`) },
      { name: 'spreekt als haar mening uit', text: motie('spreekt als haar mening uit dat alle moties worden voorgelezen,') },
      { name: 'roept de regering op', text: motie('roept de regering op X te doen,') },
      {
        name: 'a minister with the portfolio between the verb and "op"',
        text: motie('roept de minister van Volksgezondheid, Welzijn en Sport op X te doen,'),
      },
      { name: '"draagt … voor … op"', text: motie('draagt de staatssecretaris voor Digitalisering op X te doen,') },
      { name: 'verzoekt de Voorzitter / het presidium', text: motie('verzoekt het presidium een voorstel te doen,') },
      { name: 'upper case, after a list marker', text: motie('- VERZOEKT DE REGERING X te doen,') },
    ],
    invalid: [
      {
        name: 'only overwegingen: an error on the slot, no fix (only the author knows what to ask)',
        text: motie(`${OVERWEGING}\n\noverwegende dat Y;`),
        expected: [{ text: 'en gaat over tot de orde van de dag.', severity: 'error' }],
        fixed: null,
      },
      {
        name: 'no slot either: on the last overweging',
        text: `De Kamer,\n\ngehoord de beraadslaging,\n\n${OVERWEGING}\n`,
        expected: [{ text: OVERWEGING, severity: 'error' }],
        fixed: null,
      },
      {
        name: 'a wrapped line of an overweging that reads like "draagt de minister van … op" stays in the overweging (a reviewer)',
        text: `De Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat het toezicht bij de minister ligt, en dat deze\ndraagt de minister van Justitie en Veiligheid de verantwoordelijkheid, op grond van de Politiewet;\n\nen gaat over tot de orde van de dag.\n`,
        expected: [{ text: 'en gaat over tot de orde van de dag.', severity: 'error' }],
        fixed: null,
      },
      {
        name: '"roept … op" without an addressee is no dictum ("roept vragen op")',
        text: motie('roept vragen op bij de gemeenten;'),
        expected: [{ text: 'en gaat over tot de orde van de dag.', severity: 'error' }],
        fixed: null,
      },
      {
        name: '"verzoekt" inside an overweging is no dictum',
        text: motie('constaterende dat de gemeente verzoekt om hulp;'),
        expected: [{ text: 'en gaat over tot de orde van de dag.', severity: 'error' }],
        fixed: null,
      },
    ],
  });
});
