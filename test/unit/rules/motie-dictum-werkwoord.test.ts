import { describe, expect, it } from 'vitest';
import { findingsOf, motie, OVERWEGING, ruleTable } from './helpers';

describe('motie-dictum-werkwoord', () => {
  ruleTable('motie-dictum-werkwoord', {
    valid: [
      { name: '"te" with an infinitive', text: motie('verzoekt de regering het NCSC het mandaat te geven,') },
      { name: 'a separable verb', text: motie('verzoekt de regering de motiveringsplicht zodanig aan te passen dat X,') },
      { name: '"om, te komen met" (real style)', text: motie('verzoekt de regering om, te komen met een visiedocument,') },
      { name: 'over a line break', text: motie('verzoekt de regering om de motiveringsplicht zodanig aan te\npassen dat X,') },
      { name: 'a list of actions', text: motie('verzoekt de regering:\n- de wet te wijzigen;\n- de Kamer te informeren,') },
      { name: 'a statement, not a request', text: motie('spreekt uit dat X moet gebeuren,') },
      { name: 'an effort phrase next to a real action', text: motie('verzoekt de regering te bekijken hoe X en vóór 1 juli een besluit te nemen,') },
      { name: 'an effort phrase the lexicon already reports (no double finding)', text: motie('verzoekt de regering in gesprek te gaan met de VNG,') },
      { name: 'a "dat" later in the request', text: motie('verzoekt de regering ervoor te zorgen dat X,') },
      { name: '"dat" as a demonstrative: "dat te voorkomen", "dat besluit in te trekken" (a reviewer)', text: motie('verzoekt de regering dat te voorkomen,\n\nverzoekt de regering dat besluit in te trekken,') },
      { name: 'a wish may be an infinitive (kst-36410-…: "spreekt als haar wens uit om … te organiseren")', text: motie('spreekt als haar wens uit om openbare hoorzittingen te organiseren,') },
      { name: 'a statement after a colon, as a list', text: motie('spreekt uit:\n- dat X moet gebeuren;\n- dat Y moet gebeuren,') },
      { name: 'a statement with its own subject', text: motie('spreekt uit dat de Kamer niet wil bezuinigen op de ouderenzorg,') },
      { name: 'a statement as an infinitive whose subject is the Kamer (left alone, see the docs)', text: motie('spreekt uit het onwenselijk te vinden dat X,') },
    ],
    invalid: [
      {
        name: 'effort only where vaag-begrip says nothing: a deadline, "niet alleen" (reviewer)',
        text: motie('verzoekt de regering vóór 1 juli 2027 te kijken naar de normering,\n\nverzoekt de regering niet alleen te kijken naar de kosten,'),
        expected: [
          { text: 'te kijken', severity: 'info' },
          { text: 'te kijken', severity: 'info' },
        ],
        fixed: null,
      },
      {
        name: 'no verb at all: the whole dictum',
        text: motie(`${OVERWEGING}\n\nverzoekt de regering meer geld voor cybersecurity in ziekenhuizen,`),
        expected: [{ text: 'verzoekt de regering meer geld voor cybersecurity in ziekenhuizen,', severity: 'warning' }],
        fixed: null,
      },
      {
        name: '"te" before an adjective is no verb',
        text: motie('verzoekt de regering maatregelen tegen te hoge kosten,'),
        expected: [{ text: 'verzoekt de regering maatregelen tegen te hoge kosten,', severity: 'warning' }],
        fixed: null,
      },
      {
        name: 'only effort: one step lower, on the phrase',
        text: motie('verzoekt de regering te bekijken hoe het toezicht kan worden versterkt,'),
        expected: [{ text: 'te bekijken', severity: 'info' }],
        fixed: null,
      },
      {
        name: 'a request as a passive dat-clause (kst-30234-309: "verzoekt de regering dat … gekomen wordt")',
        text: motie('verzoekt de regering dat bij de verdere uitwerking met een voorstel gekomen wordt om te voorkomen dat X,'),
        expected: [{ text: 'verzoekt de regering dat', severity: 'info' }],
        fixed: null,
      },
      {
        name: 'roept op with a dat-clause',
        text: motie('roept de regering op dat er een plan komt om X te regelen,'),
        expected: [{ text: 'roept de regering op dat', severity: 'info' }],
        fixed: null,
      },
      {
        name: 'roept op, without a verb',
        text: motie('roept de regering op tot meer aandacht,'),
        expected: [{ text: 'roept de regering op tot meer aandacht,', severity: 'warning' }],
        fixed: null,
      },
    ],
  });

  it('names the form the Kamer uses for a request', () => {
    const [request] = findingsOf(motie('verzoekt de regering dat er een plan komt om X te regelen,'), 'motie-dictum-werkwoord');
    expect(request!.message).toBe('Schrijf een verzoek niet als dat-zin: noem de handeling (‘verzoekt de regering … te <werkwoord>’).');
    const [roept] = findingsOf(motie('roept het kabinet op dat er een plan komt om X te regelen,'), 'motie-dictum-werkwoord');
    expect(roept!.message).toBe('Schrijf een verzoek niet als dat-zin: noem de handeling (‘roept het kabinet op … te <werkwoord>’).');
  });

  it('asks for the action in its message', () => {
    const [f] = findingsOf(motie('verzoekt de regering meer geld,'), 'motie-dictum-werkwoord');
    expect(f!.message).toMatch(/^Het dictum vraagt geen handeling: zeg wat de regering moet doen/);
  });
});
