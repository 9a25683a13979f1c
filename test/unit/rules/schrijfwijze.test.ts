import { describe, expect, it } from 'vitest';
import { findingsOf, motie, ruleTable, vragen } from './helpers';

const W = { severity: 'warning' } as const;

describe('schrijfwijze', () => {
  ruleTable('schrijfwijze', {
    valid: [
      { name: 'the right spellings', text: vragen('1. Bent u het ermee eens dat de minister ervoor moet zorgen dat ten minste 40 % betaalbaar is? Hoeveel gemeenten doen dit? Wat gaat u eraan doen?') },
      { name: '"er" with a phrase of its own: "er voor de deur", "er bij een besluit", "er op dit moment"', text: vragen('1. Klopt het dat er voor de deur van het gemeentehuis wordt gedemonstreerd, dat er bij een besluit altijd wordt gemotiveerd en dat er op dit moment vier Kamerleden zijn?') },
      { name: '"er voor te weinig": "te" with an adjective', text: vragen('1. Klopt het dat er voor te weinig kinderen plek is in de opvang?') },
      { name: 'words not side by side: "er in principe van uit"', text: vragen('1. Gaat u er in principe van uit dat de regeling doorgaat?') },
      { name: '"daar voor" without a verb after it, "daar" at the end of a clause', text: vragen('1. Wat gebeurt er daar voor de kust? Wat gebeurt daar, en waarom?') },
      { name: '"tenminste" meaning "althans"', text: vragen('1. Dat is tenminste wat de minister in het debat zei; klopt dat?') },
      { name: 'an article before a time: "het deze week verschenen rapport", "de dit jaar gemaakte afspraken"', text: vragen('1. Kent u het deze week verschenen rapport en de dit jaar gemaakte afspraken?') },
      { name: 'a quotation', text: vragen('1. Wat vindt u van de uitspraak «we gaan er voor zorgen dat hoe veel het ook kost»?') },
      { name: '"hoe" and "veel" apart in different clauses', text: vragen('1. Hoe, en met hoeveel geld, gaat u dit doen? Weet u hoe veelvuldig dit gebeurt?') },
    ],
    invalid: [
      {
        name: 'real (kv-2017Z14104): "wat gaat u er aan doen"',
        text: vragen('1. Zo nee, wat gaat u er aan doen om dat besluit te laten terugdraaien?'),
        expected: [{ text: 'er aan', ...W }],
        fixed: vragen('1. Zo nee, wat gaat u eraan doen om dat besluit te laten terugdraaien?'),
      },
      {
        name: 'real (kst-36410-X-67): "aan de deze doelstelling"',
        text: motie('constaterende dat niet duidelijk is in welke mate Nederland nu aan de deze doelstelling voldoet;\n\nverzoekt de regering vóór 1 juli 2027 een plan te sturen,'),
        expected: [{ text: 'de deze', ...W }],
        fixed: null,
      },
      {
        name: '"er voor te zorgen", "ervan uit", "erachter komen" in a motie',
        text: motie('constaterende dat de regering er van uit gaat dat gemeenten er achter komen wat het kost;\n\nverzoekt de regering er voor te zorgen dat gemeenten vóór 1 juli 2027 worden gecompenseerd,'),
        expected: [{ text: 'er van', ...W }, { text: 'er achter', ...W }, { text: 'er voor', ...W }],
        fixed: motie('constaterende dat de regering ervan uit gaat dat gemeenten erachter komen wat het kost;\n\nverzoekt de regering ervoor te zorgen dat gemeenten vóór 1 juli 2027 worden gecompenseerd,'),
      },
      {
        name: '"Bent u het er mee eens", "er van?" at the end, "Hoe veel", "tenminste 40 %", across a line break',
        text: vragen('1. Bent u het er mee eens dat tenminste 40 % betaalbaar moet zijn? Wat vindt u er van?\n\n2. Hoe veel gemeenten doen dit, en hoe gaat u er\nvoor zorgen dat het er tenminste drie worden?'),
        expected: [{ text: 'er mee', ...W }, { text: 'tenminste', ...W }, { text: 'er van', ...W }, { text: 'Hoe veel', ...W }, { text: 'er\nvoor', ...W }, { text: 'tenminste', ...W }],
        fixed: vragen('1. Bent u het ermee eens dat ten minste 40 % betaalbaar moet zijn? Wat vindt u ervan?\n\n2. Hoeveel gemeenten doen dit, en hoe gaat u ervoor zorgen dat het er ten minste drie worden?'),
      },
    ],
  });

  it('offers both words of "de deze", neither preferred, and keeps a capital', () => {
    const [f] = findingsOf(vragen('1. De deze week genoemde cijfers kloppen niet. Het dit besluit is genomen; waarom?'), 'schrijfwijze');
    expect(f!.message).toBe('“Het dit”: een lidwoord en ‘dit’ naast elkaar; één van beide is te veel.');
    expect(f!.fixes.map((x) => [x.title, x.edits[0]!.newText, x.isPreferred ?? false])).toEqual([
      ['Schrap ‘het’', 'Dit', false],
      ['Schrap ‘dit’', 'Het', false],
    ]);
  });

  it('names the one-word spelling, keeping the capital', () => {
    const [f] = findingsOf(vragen('1. Er voor zorgen dat dit lukt: hoe doet u dat?'), 'schrijfwijze');
    expect(f!.message).toBe('“Er voor” schrijf je aaneen: ‘Ervoor’ (‘er’ en ‘voor’ staan direct naast elkaar).');
    expect(f!.fixes[0]!.edits[0]!.newText).toBe('Ervoor');
  });

  it('says it in English with the setting', () => {
    const [f] = findingsOf(vragen('1. Geldt dit voor tenminste € 5 miljoen?'), 'schrijfwijze', { taal: 'en' });
    expect(f!.message).toBe('Before a number or amount write ‘ten minste’ (no less than); ‘tenminste’ means ‘at any rate’.');
  });
});
