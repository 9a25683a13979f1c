import { describe, expect, it } from 'vitest';
import { findingsOf, ruleTable, vragen } from './helpers';

describe('vragen-vraagteken', () => {
  ruleTable('vragen-vraagteken', {
    valid: [
      { name: 'the question ends with a quoted title that is a question, note number glued on', text: vragen('1. Kent u het artikel «Wie betaalt de rekening?»1') },
      { name: 'a statement before the question', text: vragen('1. Wat betreft de uitvoering het volgende. Hoeveel gemeenten doen mee?') },
      { name: 'a question', text: vragen('1. Hoeveel ziekenhuizen zijn getroffen?') },
      { name: 'a question ending in an abbreviation ("a.s.?"), and a quoted title\'s mark before the question\'s', text: vragen('1. Komt u op 19 maart a.s.?\n\n2. Kent u «Wie betaalt?»?') },
      { name: 'full stops glued before the "?": an abbreviation or an ellipsis (a reviewer: "mln.?" became "mln?")', text: vragen('1. Hoeveel kost het in mln.?\n\n2. Hoe verklaart u dit...?') },
      { name: 'a statement before the question', text: vragen('1. Ransomware komt steeds vaker voor. Welke maatregelen neemt u?') },
      { name: 'a glued note after the question mark', text: vragen('1. Bent u bekend met het bericht?1') },
      { name: '"Vraag 1" alone on its line, the question below', text: vragen('Vraag 1\n\nHoeveel ziekenhuizen zijn getroffen?') },
    ],
    invalid: [
      {
        name: 'a question mark among other marks: one question mark in place of the run (a user\'s trial: "plan? ." became "plan? ?", "daarvan??" passed)',
        text: vragen('1. Wat vindt u van het plan? .\n\n2. Wat vindt u daarvan??\n\n3. Kent u het bericht «X» ?\n\n4. Klopt dit?.'),
        expected: [
          { text: '? .', severity: 'warning' },
          { text: '??', severity: 'warning' },
          { text: ' ?', severity: 'warning' },
          { text: '?.', severity: 'warning' },
        ],
        fixed: vragen('1. Wat vindt u van het plan?\n\n2. Wat vindt u daarvan?\n\n3. Kent u het bericht «X»?\n\n4. Klopt dit?'),
      },
      {
        name: 'a question in form ending with ".": the fix replaces the full stop',
        text: vragen('1. Kunt u aangeven hoeveel ransomware-aanvallen er in 2025 zijn gemeld.'),
        expected: [{ text: '1. Kunt u aangeven hoeveel ransomware-aanvallen er in 2025 zijn gemeld.', severity: 'warning' }],
        fixed: vragen('1. Kunt u aangeven hoeveel ransomware-aanvallen er in 2025 zijn gemeld?'),
      },
      {
        name: 'a question in form ending without a mark: the fix adds a question mark, before a footnote marker (it had no fix)',
        text: vragen('1. Bent u bereid te onderzoeken of de aanschaf kan worden uitgesteld[^1]\n\n2. Kunt u deze vragen beantwoorden voor het debat\n\n[^1]: NRC, 2 maart 2026.'),
        expected: [
          { text: '1. Bent u bereid te onderzoeken of de aanschaf kan worden uitgesteld', severity: 'warning' },
          { text: '2. Kunt u deze vragen beantwoorden voor het debat', severity: 'warning' },
        ],
        fixed: vragen('1. Bent u bereid te onderzoeken of de aanschaf kan worden uitgesteld?[^1]\n\n2. Kunt u deze vragen beantwoorden voor het debat?\n\n[^1]: NRC, 2 maart 2026.'),
      },
      {
        name: 'a question followed by a quotation and a list: the "?" after the question, not after the last list item (a fuzz of the fixes)',
        text: vragen('1. Wanneer komt de strategie\n\n> citaat uit de brief\n\n- punt een\n- punt twee\n\n2. Welk tijdpad hanteert u?'),
        expected: [{ text: '1. Wanneer komt de strategie', severity: 'warning' }],
        fixed: vragen('1. Wanneer komt de strategie?\n\n> citaat uit de brief\n\n- punt een\n- punt twee\n\n2. Welk tijdpad hanteert u?'),
      },
      {
        name: 'a question that ends in an abbreviation ("a.s.") ends without a mark: "?" after it (a staffer\'s trial: it was "stel een vraag", no fix); "de VS." ends in a full stop',
        text: vragen('1. Bent u bereid deze vragen te beantwoorden voor het debat van 19 maart a.s.\n\n2. Wat doet u tegen de VS.'),
        expected: [
          { text: '1. Bent u bereid deze vragen te beantwoorden voor het debat van 19 maart a.s.', severity: 'warning' },
          { text: '2. Wat doet u tegen de VS.', severity: 'warning' },
        ],
        fixed: vragen('1. Bent u bereid deze vragen te beantwoorden voor het debat van 19 maart a.s.?\n\n2. Wat doet u tegen de VS?'),
      },
      {
        name: 'a question that announces its list ("aangeven:") ends with the list: the "?" after its last item (a reviewer)',
        text: vragen('1. Kunt u per provincie aangeven:\n\n- hoeveel meldingen er waren\n- hoeveel aangiften er volgden\n\n2. Wat doet u?'),
        expected: [{ text: '1. Kunt u per provincie aangeven:\n\n- hoeveel meldingen er waren\n- hoeveel aangiften er volgden', severity: 'warning' }],
        fixed: vragen('1. Kunt u per provincie aangeven:\n\n- hoeveel meldingen er waren\n- hoeveel aangiften er volgden?\n\n2. Wat doet u?'),
      },
      {
        name: 'after a citation that ends the question, the mark goes after it, as a motie\'s does; the message says only the mark is missing',
        text: vragen('1. Bent u bereid de Kamer te informeren over de stand van zaken [@ca2026:nederlandse-digitale-dienst]'),
        expected: [{ text: '1. Bent u bereid de Kamer te informeren over de stand van zaken', severity: 'warning' }],
        fixed: vragen('1. Bent u bereid de Kamer te informeren over de stand van zaken [@ca2026:nederlandse-digitale-dienst]?'),
      },
      {
        name: 'a question in form ending in a quotation or a bracket, with a number or an abbreviation in it: the question mark at its end (it had no fix)',
        text: vragen('1. Hoe verhoudt de dienst zich tot 122.000 mensen, zoals genoemd in “Aan de slag”\n\n2. Wat is de stand van zaken (zie ook “Aan de slag”, p. 12).'),
        expected: [
          { text: '1. Hoe verhoudt de dienst zich tot 122.000 mensen, zoals genoemd in “Aan de slag”', severity: 'warning' },
          { text: '2. Wat is de stand van zaken (zie ook “Aan de slag”, p. 12).', severity: 'warning' },
        ],
        fixed: vragen('1. Hoe verhoudt de dienst zich tot 122.000 mensen, zoals genoemd in “Aan de slag”?\n\n2. Wat is de stand van zaken (zie ook “Aan de slag”, p. 12)?'),
      },
      {
        name: '"de VS." ends a sentence (no abbreviation in capitals): a statement after it gets no question mark',
        text: vragen('1. Is dit ook zo in de VS. Ransomware neemt toe.\n\n2. Wat doet u?'),
        expected: [{ text: '1. Is dit ook zo in de VS. Ransomware neemt toe.', severity: 'warning' }],
        fixed: null,
      },
      {
        name: 'a statement without a mark, or a question ending in a colon: no fix',
        text: vragen('1. Ransomware komt steeds vaker voor\n\n2. Kunt u het volgende toelichten:\n\n3. Wat doet u?'),
        expected: [
          { text: '1. Ransomware komt steeds vaker voor', severity: 'warning' },
          { text: '2. Kunt u het volgende toelichten:', severity: 'warning' },
        ],
        fixed: null,
      },
      {
        name: 'a statement: no fix (only the author knows the question)',
        text: vragen('1. Ransomware komt steeds vaker voor.\n\n2. Wat doet u?'),
        expected: [{ text: '1. Ransomware komt steeds vaker voor.', severity: 'warning' }],
        fixed: null,
      },
      {
        name: 'a question in form that ends in a full stop, before a follow-up with a question mark',
        text: vragen('1. Deelt u de doelstelling om in 2030 de helft van de uitstoot te realiseren. Zo ja, hoe?'),
        expected: [{ text: 'Deelt u de doelstelling om in 2030 de helft van de uitstoot te realiseren.', severity: 'warning' }],
        fixed: vragen('1. Deelt u de doelstelling om in 2030 de helft van de uitstoot te realiseren? Zo ja, hoe?'),
      },
      {
        name: 'the only question mark is inside a quoted title',
        text: vragen('1. Kent u het rapport «Wie betaalt de rekening?».'),
        expected: [{ text: '1. Kent u het rapport «Wie betaalt de rekening?».', severity: 'warning' }],
        fixed: vragen('1. Kent u het rapport «Wie betaalt de rekening?»?'),
      },
    ],
  });

  it('says what is missing: only the mark of a question in form, a question of a statement', () => {
    const messages = (text: string) => findingsOf(vragen(text), 'vragen-vraagteken').map((f) => f.message);
    expect(messages('1. Bent u bereid de Kamer te informeren [@ca2026:nederlandse-digitale-dienst]')).toEqual(['Vraag 1 eindigt zonder vraagteken: zet er een vraagteken achter.']);
    expect(messages('1. Bent u bereid de Kamer te informeren.')).toEqual(['Vraag 1 eindigt op een punt: sluit af met een vraagteken.']);
    expect(messages('1. Het kabinet informeert de Kamer niet.')).toEqual(['Vraag 1 bevat geen vraagteken: stel een vraag.']);
    // The question as written, quotation included (the member's own words have it blanked: "de mening dat « ».").
    expect(messages('1. Deelt u de mening dat «preventie de basis is». Zo nee, waarom niet?')).toEqual(['Vraag 1: de vraag “Deelt u de mening dat «preventie de basis is».” eindigt op een punt; sluit af met een vraagteken.']);
    // Without a comment or a citation key (a reviewer).
    expect(messages('1. Deelt u <!-- navragen --> de mening dat dit moet [@ca2026:nederlandse-digitale-dienst]. Zo nee, waarom niet?')).toEqual(['Vraag 1: de vraag “Deelt u de mening dat dit moet.” eindigt op een punt; sluit af met een vraagteken.']);
  });
});
