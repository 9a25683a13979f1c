import { describe, expect, it } from 'vitest';
import { findingsOf, motie, ruleTable, vragen } from './helpers';

const W = { severity: 'warning' } as const;

describe('tussenzin', () => {
  ruleTable('tussenzin', {
    valid: [
      { name: 'no comma after "om"', text: motie('verzoekt de regering om in samenwerking met provincies en gemeenten te onderzoeken wat nodig is,') },
      {
        name: 'real asides closed before the verb (kst-33576-78, kst-36274-57, kst-35934-R2158-14)',
        text: motie(
          'verzoekt de regering om, samen met de provincies, de kennislacunes snel in te vullen;\n\n' +
            'verzoekt de regering om, met inachtneming van de reflectie van experts, de klimaattransitie rechtvaardig vorm te geven;\n\n' +
            'verzoekt de regering om, indien het wetsvoorstel wordt aangenomen, het wetsvoorstel jaarlijks te evalueren,',
        ),
      },
      { name: 'an aside with a clause of its own, where its end cannot be seen', text: motie('verzoekt de regering om, waar dat te verwachten is en de middelen er zijn te helpen,') },
      { name: '"OM," is the Openbaar Ministerie (reviewer)', text: motie('constaterende dat het OM, de politie en gemeenten te weinig capaciteit hebben;\n\nverzoekt de regering in overleg met het OM, de politie en de Raad voor de Kinderbescherming te onderzoeken wat nodig is,') },
      {
        name: '"om," ending a clause as the particle of a verb (reviewer)',
        text: vragen(
          '1. Hoe gaat u hiermee om, en bent u bereid de regeling te wijzigen? Hoe gaat het kabinet daarmee om, mede gelet op de noodzaak te investeren in de zorg? ' +
            'Hoeveel mensen kwamen bij de ramp om, en bent u van plan een onderzoek in te stellen? Hoe zet u deze plannen om, gezien de te hoge kosten? Hoe gaat de regering om, gelet op de opdracht te bezuinigen?',
        ),
      },
      { name: 'a quotation', text: vragen('1. Wat bedoelt u met «we vragen de regering om, zo nodig te helpen»?') },
      { name: '"om," with no infinitive after it, and "om" inside a word', text: vragen('1. Waarom, en wanneer, gebeurt dit? Kunt u de vragen omgekeerd, te beginnen met de laatste, beantwoorden?') },
    ],
    invalid: [
      {
        name: 'real (kst-31765-133): "verzoekt de regering om, het … mogelijk te maken"',
        text: motie('verzoekt de regering om, het binnen de vernieuwingsagenda mogelijk te maken om zonder regels opnieuw te beginnen,'),
        expected: [{ text: 'om,', ...W }],
        fixed: motie('verzoekt de regering om het binnen de vernieuwingsagenda mogelijk te maken om zonder regels opnieuw te beginnen,'),
      },
      {
        name: 'real (kst-34775-XII-40): the second comma forgotten',
        text: motie('verzoekt de regering om, in samenwerking met provincies en gemeenten te onderzoeken wat er nodig is,'),
        expected: [{ text: 'om,', ...W }],
        fixed: motie('verzoekt de regering om in samenwerking met provincies en gemeenten te onderzoeken wat er nodig is,'),
      },
      {
        name: 'in a question, across a line break',
        text: vragen('1. Bent u bereid om, samen met de gemeenten\nte onderzoeken hoe dit kan?'),
        expected: [{ text: 'om,', ...W }],
        fixed: vragen('1. Bent u bereid om samen met de gemeenten\nte onderzoeken hoe dit kan?'),
      },
      {
        name: 'no space after the comma: the fix leaves one (reviewer); "Is het kabinet van plan om, …"',
        text: vragen('1. Bent u bereid om,in samenwerking met gemeenten te onderzoeken hoe dit kan? Is het kabinet van plan om , samen met de provincies te investeren?'),
        expected: [{ text: 'om,', ...W }, { text: 'om ,', ...W }],
        fixed: vragen('1. Bent u bereid om in samenwerking met gemeenten te onderzoeken hoe dit kan? Is het kabinet van plan om samen met de provincies te investeren?'),
      },
    ],
  });

  it('keeps a comment between "om" and the comma or after it: then no fix (reviewer)', () => {
    const [f] = findingsOf(motie('verzoekt de regering om, <!-- noot: nog bespreken --> in samenwerking met provincies te onderzoeken wat nodig is,'), 'tussenzin');
    expect(f!.fixes).toEqual([]);
    const [g] = findingsOf(motie('verzoekt de regering om,\r\nin samenwerking met provincies te onderzoeken wat nodig is,'), 'tussenzin');
    expect(g!.fixes[0]!.edits[0]!.newText).toBe('');
  });

  it('names the verb the aside runs into', () => {
    const [f] = findingsOf(motie('verzoekt de regering om, te komen met een visiedocument,'), 'tussenzin');
    expect(f!.message).toBe('De komma na ‘om’ opent een tussenzin die niet gesloten wordt vóór ‘te komen’: schrap de komma, of sluit de tussenzin met een tweede komma.');
  });
});
