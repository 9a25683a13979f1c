import { describe, expect, it } from 'vitest';
import { findingsOf, motie, ruleTable, vragen } from './helpers';

const W = { severity: 'warning' } as const;

describe('lidwoord', () => {
  ruleTable('lidwoord', {
    valid: [
      { name: 'determiners that fit', text: vragen('1. Binnen welke termijn, met welk effect en met welk budget? Is dit beleid of deze regeling bedoeld voor elk kind en iedere gemeente?') },
      { name: 'plurals: "welke risico’s", "de scenario\'s", "welke effecten"', text: vragen("1. Welke risico’s ziet u, wat zijn de scenario's en welke effecten verwacht u?") },
      { name: 'a name with a capital: "het Landbouw Collectief"', text: vragen('1. Heeft u begrip voor de zorgen van het Landbouw Collectief?') },
      { name: 'a compound written apart: the article belongs to the second word', text: vragen('1. Hoe versterkt u het politie netwerk?') },
      { name: 'a mass noun after a pronoun: "of het zorg kan leveren", "of deze geld kost"', text: vragen('1. Kijkt het college of het zorg kan leveren, en of deze geld kost?') },
      { name: 'a verb before its subject: "Dit vraag ik u"', text: vragen('1. Dit vraag ik u mede namens de fractie: wat is de stand van zaken?') },
      { name: 'a quotation', text: vragen('1. Wat bedoelt u met «binnen welk termijn»?') },
      { name: '"die" and "dat" are also pronouns; "geen" fits both', text: vragen('1. Klopt het dat het kabinet geen termijn en geen budget noemt, dat motie die regeling vraagt?') },
    ],
    invalid: [
      {
        name: 'real (kv-2023Z04410): "binnen welk termijn"',
        text: vragen('1. Zo ja, wat bent u van plan te ondernemen en binnen welk termijn? Zo nee, waarom niet?'),
        expected: [{ text: 'welk termijn', ...W }],
        fixed: vragen('1. Zo ja, wat bent u van plan te ondernemen en binnen welke termijn? Zo nee, waarom niet?'),
      },
      {
        name: 'real (kv-2022Z08257): "Welke effect"; "deze rapport", "het motie", "dit regeling", "iedere jaar" in a motie',
        text: motie('constaterende dat deze rapport en het motie over dit regeling iedere jaar terugkomen;\n\nverzoekt de regering vóór 1 juli 2027 een plan te sturen,').replace(
          'constaterende',
          'constaterende dat Welke effect onbekend is;\n\nconstaterende',
        ),
        expected: [{ text: 'Welke effect', ...W }, { text: 'deze rapport', ...W }, { text: 'het motie', ...W }, { text: 'dit regeling', ...W }, { text: 'iedere jaar', ...W }],
        fixed: motie('constaterende dat deze rapport en het motie over dit regeling iedere jaar terugkomen;\n\nverzoekt de regering vóór 1 juli 2027 een plan te sturen,')
          .replace('constaterende', 'constaterende dat Welk effect onbekend is;\n\nconstaterende')
          .replace('deze rapport', 'dit rapport')
          .replace('het motie', 'de motie')
          .replace('dit regeling', 'deze regeling')
          .replace('iedere jaar', 'ieder jaar'),
      },
    ],
  });

  it('names the gender in the message', () => {
    const [f] = findingsOf(vragen('1. Welke effect hebben uw CO2-ambities?'), 'lidwoord');
    expect(f!.message).toBe('“Welke effect”: het is het effect, dus ‘Welk effect’.');
  });
});
