import { describe, expect, it } from 'vitest';
import { findingsOf, ruleTable, vragen } from './helpers';

describe('vragen-meerdere-vragen', () => {
  ruleTable('vragen-meerdere-vragen', {
    valid: [
      { name: 'one question', text: vragen('1. Hoeveel ziekenhuizen zijn getroffen?') },
      { name: '"Zo ja/Zo nee" follow-ups', text: vragen('1. Deelt u de mening dat X? Zo nee, waarom niet?\n\n2. Is dat zo? Zo ja, welke maatregelen neemt u? Zo nee, waarom niet?') },
      { name: '"Kunt u dit toelichten?" and short follow-ups', text: vragen('1. Is de dienst op tijd klaar? Kunt u dit toelichten?\n\n2. Komt er een wet? Wanneer?\n\n3. Komt er een wet? Op welke termijn?') },
      { name: 'a follow-up after a glued note number', text: vragen('1. Kunt u bevestigen dat Logius de overstap niet heroverweegt?2 Zo ja, kunt u dit besluit onderbouwen?') },
      { name: 'a question mark inside a quoted title', text: vragen('1. Kent u het bericht «Wat nu met de cloud?» van de NOS?') },
      { name: 'a statement between', text: vragen('1. Hoe kijkt u naar een fonds? Zo kan ook worden geïnvesteerd in preventie.') },
    ],
    invalid: [
      {
        name: 'two independent questions: info, on the second',
        text: vragen('1. Hoeveel ziekenhuizen zijn getroffen? Welke maatregelen neemt u?'),
        expected: [{ text: 'Welke maatregelen neemt u?', severity: 'info' }],
        fixed: null,
      },
      {
        name: 'three, with "tevens", over a line break',
        text: vragen('1. Bent u bekend met het bericht «X»?1 Bent u tevens bekend\nmet het feit dat Y? Wat is uw reactie daarop?'),
        expected: [{ text: 'Bent u tevens bekend\nmet het feit dat Y?', severity: 'info' }],
        fixed: null,
      },
    ],
  });

  it('counts the questions and says why to split', () => {
    const [f] = findingsOf(vragen('Vraag 4\nHoeveel? Welke maatregelen neemt u nu? En wat gaat u in 2027 doen?'), 'vragen-meerdere-vragen');
    expect(f!.message).toBe('Vraag 4 stelt 2 vragen; splits ze, zodat elke vraag een eigen nummer en antwoord krijgt.');
  });
});
