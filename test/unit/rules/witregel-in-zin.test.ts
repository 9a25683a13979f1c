import { describe } from 'vitest';
import { motie, ruleTable, vragen } from './helpers';

const W = { severity: 'warning' } as const;

describe('witregel-in-zin', () => {
  ruleTable('witregel-in-zin', {
    valid: [
      { name: 'parts apart, a list, a sentence with a capital', text: motie('constaterende dat X;\n\nconstaterende dat Y;\n\nverzoekt de regering:\n\n- de regeling te herzien;\n\n- de Kamer te informeren,') },
      { name: 'questions, a new sentence after a blank line', text: vragen('1. Wat is X?\n\nToelichting: het gaat om Y.\n\n2. Wat is Z?') },
      // A reviewer's cases: a footnote definition, a letter list, a heading in lower case.
      { name: 'a footnote definition between the lines of a part', text: motie('constaterende dat de brief[^1] ons bereikte\n\n[^1]: zie de brief van 3 maart\n\nen dat niets gebeurde;\n\nverzoekt de regering vóór 1 juli 2027 een plan te sturen,') },
      { name: 'a list with letters', text: motie('verzoekt de regering\n\na. de regeling te herzien\n\nb. de Kamer te informeren,') },
      { name: 'a heading in lower case', text: vragen('1. Wat is X?\n\n## toelichting\n\nhet gaat om Y.') },
      { name: 'a line break without a blank line', text: motie('constaterende dat Frankrijk en Jordanië via luchtdroppingen hulpgoederen\naan Gaza hebben geleverd;\n\nverzoekt de regering vóór 1 juli 2027 een plan te sturen,') },
    ],
    invalid: [
      {
        name: 'real (kst-21501-02-2801): a constatering split mid-sentence',
        text: motie('constaterende dat Frankrijk en Jordanië via luchtdroppingen hulpgoederen\n\naan Gaza hebben geleverd;\n\nverzoekt de regering vóór 1 juli 2027 een plan te sturen,'),
        expected: [{ text: 'hulpgoederen\n\naan', ...W }],
        fixed: motie('constaterende dat Frankrijk en Jordanië via luchtdroppingen hulpgoederen aan Gaza hebben geleverd;\n\nverzoekt de regering vóór 1 juli 2027 een plan te sturen,'),
      },
      {
        name: 'a question split mid-sentence, the first word of the part before the gap',
        text: vragen('1. Hoeveel\n\ngemeenten doen dit?'),
        expected: [{ text: 'Hoeveel\n\ngemeenten', ...W }],
        fixed: vragen('1. Hoeveel gemeenten doen dit?'),
      },
    ],
  });
});
