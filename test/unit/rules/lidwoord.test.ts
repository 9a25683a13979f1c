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
      {
        name: 'pronouns "deze", "het", "dit", "ieder" before a noun without its article (reviewer)',
        text: vragen(
          '1. Is de maatregel geëvalueerd? Zo ja, heeft deze effect gehad, heeft deze gevolg gegeven aan de motie en loopt deze risico? Gaat deze akkoord, en waarom schiet deze tekort? ' +
            'Wanneer wordt het wet, en wanneer heeft het vergunning gekregen? Levert dit bijdrage? Klopt het dat ieder zorg krijgt en ieder belasting betaalt?',
        ),
      },
      { name: 'the first part of a shortened compound (reviewer)', text: vragen('1. Wat betekent dit voor de land- en tuinbouw, de water- en bodemkwaliteit en het stad- en streekvervoer?') },
      { name: 'a title before a name; "stap voor stap"; the old relative "welke" (reviewer)', text: vragen('1. Waarom is het minister Jansen niet gelukt? Bent u bereid dit stap voor stap te doen, en de regeling, welke effect heeft op gemeenten, te herzien?') },
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
        name: 'real (kv-2022Z08257): "Welke effect"; "welke effect u verwacht"',
        text: vragen('1. Welke effect hebben uw CO2-ambities? Kunt u aangeven welke effect u verwacht?'),
        expected: [{ text: 'Welke effect', ...W }, { text: 'welke effect', ...W }],
        fixed: vragen('1. Welk effect hebben uw CO2-ambities? Kunt u aangeven welk effect u verwacht?'),
      },
      {
        name: 'after a preposition or at a sentence start: "in deze rapport", "over het motie", "over dit regeling"; "iedere jaar"',
        text: motie('constaterende dat in deze rapport en in het motie over dit regeling iedere jaar dezelfde cijfers staan;\n\nverzoekt de regering vóór 1 juli 2027 een plan te sturen,'),
        expected: [{ text: 'deze rapport', ...W }, { text: 'het motie', ...W }, { text: 'dit regeling', ...W }, { text: 'iedere jaar', ...W }],
        fixed: motie('constaterende dat in dit rapport en in de motie over deze regeling ieder jaar dezelfde cijfers staan;\n\nverzoekt de regering vóór 1 juli 2027 een plan te sturen,'),
      },
      {
        name: 'a sentence start',
        text: vragen('1. Wat zegt de inspectie? Deze onderzoek is toch afgerond?'),
        expected: [{ text: 'Deze onderzoek', ...W }],
        fixed: vragen('1. Wat zegt de inspectie? Dit onderzoek is toch afgerond?'),
      },
    ],
  });

  it('names the gender in the message', () => {
    const [f] = findingsOf(vragen('1. Welke effect hebben uw CO2-ambities?'), 'lidwoord');
    expect(f!.message).toBe('“Welke effect”: ‘effect’ is een het-woord, dus ‘Welk effect’.');
  });

  it('leaves a noun inside a participle phrase, and reads a noun at the very end of the text (reviewer)', () => {
    expect(findingsOf(vragen('1. Is de toezicht houdende instantie of de beleid voerende partij bevoegd?'), 'lidwoord')).toEqual([]);
    const text = `${vragen('1. Wat doet u, en binnen welk termijn')}`.trimEnd();
    expect(findingsOf(text, 'lidwoord').map((f) => f.text)).toEqual(['welk termijn']);
  });
});
