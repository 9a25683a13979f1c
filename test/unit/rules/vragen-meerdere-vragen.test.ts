import { describe, expect, it } from 'vitest';
import { parseSeverity } from '../../../src/core/config';
import { ruleById } from '../../../src/core/rules/index';
import { effectiveSeverity } from '../../../src/core/rules/types';
import { findingsOf, ruleTable, vragen } from './helpers';

const RULE = 'vragen-meerdere-vragen';
/** Switched on as a user writes it in settings or `.akkoordwijzer.yaml`: `vragen-meerdere-vragen: aan`. */
const AAN = { severities: { [RULE]: parseSeverity('aan')! } };

describe('vragen-meerdere-vragen', () => {
  it('is off by default; "aan" or true switches it on at its own severity, hint', () => {
    const rule = ruleById(RULE)!;
    expect(rule.defaultSeverity).toBe('off');
    expect(parseSeverity('aan')).toBe('on');
    expect(parseSeverity(true)).toBe('on');
    expect(effectiveSeverity(rule, undefined)).toBe('off');
    expect(effectiveSeverity(rule, 'on')).toBe('hint');
    expect(effectiveSeverity(rule, 'warning')).toBe('warning');
    expect(findingsOf(vragen('1. Hoeveel ziekenhuizen zijn getroffen? Welke maatregelen neemt u?'), RULE)).toEqual([]);
  });

  ruleTable(RULE, {
    valid: [
      { name: 'off by default: two questions under one number give nothing', text: vragen('1. Hoeveel ziekenhuizen zijn getroffen? Welke maatregelen neemt u?') },
    ],
    invalid: [
      {
        name: 'two independent questions: a hint, on the second',
        text: vragen('1. Hoeveel ziekenhuizen zijn getroffen? Welke maatregelen neemt u?'),
        options: AAN,
        expected: [{ text: 'Welke maatregelen neemt u?', severity: 'hint' }],
        fixed: null,
      },
      {
        name: 'a configured level wins over the hint',
        text: vragen('1. Hoeveel ziekenhuizen zijn getroffen? Welke maatregelen neemt u?'),
        options: { severities: { [RULE]: 'warning' } },
        expected: [{ text: 'Welke maatregelen neemt u?', severity: 'warning' }],
        fixed: null,
      },
      {
        name: 'a second question with "tevens", over a line break (the third refers back: "daarop")',
        text: vragen('1. Bent u bekend met het bericht «X»?1 Bent u tevens bekend\nmet het feit dat Y? Wat is uw reactie daarop?'),
        options: AAN,
        expected: [{ text: 'Bent u tevens bekend\nmet het feit dat Y?', severity: 'hint' }],
        fixed: null,
      },
      {
        name: 'three separate questions: one finding, on the second',
        text: vragen('1. Hoeveel ziekenhuizen zijn getroffen? Welke maatregelen neemt u? Wanneer komt de wet?'),
        options: AAN,
        expected: [{ text: 'Welke maatregelen neemt u?', severity: 'hint' }],
        fixed: null,
      },
    ],
  });

  // Switched on, only truly separate questions count.
  const follows: [string, string][] = [
    ['one question', '1. Hoeveel ziekenhuizen zijn getroffen?'],
    ['"Zo ja/Zo nee" follow-ups', '1. Deelt u de mening dat X? Zo nee, waarom niet?\n\n2. Is dat zo? Zo ja, welke maatregelen neemt u? Zo nee, waarom niet?'],
    ['"Kunt u dit toelichten?" and short follow-ups', '1. Is de dienst op tijd klaar? Kunt u dit toelichten?\n\n2. Komt er een wet? Wanneer?\n\n3. Komt er een wet? Op welke termijn?'],
    ['a follow-up after a glued note number', '1. Kunt u bevestigen dat Logius de overstap niet heroverweegt?2 Zo ja, kunt u dit besluit onderbouwen?'],
    ['a question mark inside a quoted title', '1. Kent u het bericht «Wat nu met de cloud?» van de NOS?'],
    ['a statement between', '1. Hoe kijkt u naar een fonds? Zo kan ook worden geïnvesteerd in preventie.'],
    ['a narrowing that refers back ("daartegen")', '1. Hoeveel ziekenhuizen zijn getroffen? Welke maatregelen neemt u daartegen?'],
    ['a question about the one before ("deze conclusie")', '1. Hoeveel ziekenhuizen zijn getroffen? Deelt u deze conclusie?'],
  ];
  for (const [name, questions] of follows) {
    it(`switched on, valid: ${name}`, () => expect(findingsOf(vragen(questions), RULE, AAN).map((f) => f.text)).toEqual([]));
  }

  it('counts the separate questions and says why to split, in Dutch and English', () => {
    const text = vragen('Vraag 4\nHoeveel? Welke maatregelen neemt u nu? En wat gaat u in 2027 doen?');
    expect(findingsOf(text, RULE, AAN)[0]!.message).toBe('Vraag 4 stelt 3 vragen; splits ze, zodat elke vraag een eigen nummer en antwoord krijgt.');
    expect(findingsOf(text, RULE, { ...AAN, taal: 'en' })[0]!.message).toBe('Question 4 asks 3 questions; split them so each gets its own number and answer.');
  });
});
