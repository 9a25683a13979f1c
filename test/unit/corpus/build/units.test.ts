import { describe, expect, it } from 'vitest';
import { attachReason, firstClause, splitUnits } from '../../../../src/core/corpus/build';
import { rules } from './ca2021Table';

describe('attaching sentences to the unit before them', () => {
  // Real sentences of the agreement. A sentence that cannot stand alone (a sum of money without its object, a back
  // reference, a continuation word) joins the unit before it; one that names its own promise does not.
  const attachCases: Array<[string, string | undefined]> = [
    ['We trekken hier €800 miljoen per jaar structureel voor uit.', 'anaphor'],
    ['Structureel trekken we €3 miljard uit.', 'starter'],
    ['We investeren hiertoe €200 miljoen structureel.', 'anaphor'],
    ['In totaal investeren we €30 miljoen structureel.', 'starter'],
    ['Een algoritmetoezichthouder bewaakt dit.', 'anaphor'],
    ['Een opleidingsakkoord in de Verpleeg- en Verzorgingshuizen en Thuiszorg (VVT) sector ondersteunt dit.', 'anaphor'],
    ['Waar nodig worden afspraken juridisch geborgd.', 'no-content'],
    ['Overstimulering wordt voorkomen.', 'listed'],
    ['Nederland kan daarin een voorloper zijn.', 'anaphor'],
    ['We committeren ons hard aan dit doel en zullen indien nodig extra stappen zetten om dit te realiseren.', 'anaphor'],
    ['Om dit doel ook zeker te halen, spreken we af om ons in het beleid te richten op een hogere opgave, wat neerkomt op circa 60% in 2030.', 'anaphor'],
    ['We breiden de mogelijkheden om dat te doen uit en onderzoeken op welke manieren dat mogelijk is.', 'anaphor'],
    ['Opgedane ervaringen met de regionale mobiliteitsteams in de coronacrisis worden hierbij betrokken.', 'anaphor'],
    ['Daarom scherpen we de landelijke regie en de toelatingscriteria bij de vergunningverlening hiervoor aan.', 'starter'],
    ['Ook maakt het ons minder afhankelijk van de import van gas.', 'weak-starter'],
    ['En vrij om jezelf te ontwikkelen.', 'weak-starter'],
    // A promise of its own, even after "Ook", "Daarnaast", "daarom" or with a back reference inside the sentence.
    ['Ook voeren we een investeringsplicht in voor grote buitenlandse streamingsdiensten.', undefined],
    ['Daarnaast zet dit kabinet de benodigde stappen voor de bouw van 2 nieuwe kerncentrales.', undefined],
    ['Ook hervormen en vereenvoudigen we de huurtoeslag.', undefined],
    ['We versterken daarom veilige digitale communicatie en passen geen gezichtsherkenning toe zonder wettelijke basis.', undefined],
    ['We herijken elke vier jaar het sociaal minimum om vast te stellen of dit toereikend is om van te leven en mee te doen in de samenleving.', undefined],
    ['We hebben daarnaast de ambitie het belastingstelsel te vereenvoudigen en te hervormen en zetten ook daartoe de eerste stappen.', undefined],
    ['Burgerschap wordt een integraal onderdeel van het onderwijs en wordt gegeven door daartoe bevoegde docenten.', undefined],
    ['Daarnaast willen we starters helpen een woning te kopen, bijvoorbeeld door een nieuwe vorm van premie A-woningen, zonder dat hierdoor de woningprijzen extra stijgen.', undefined],
    ['De verhuurderheffing wordt afgeschaft.', undefined],
    ['We formuleren een gerichte Afrika-strategie.', undefined],
    ['We investeren in de economie van Caribisch Nederland en nemen maatregelen om het leven betaalbaarder te maken.', undefined],
  ];
  it.each(attachCases)('attach: %s → %s', (sentence, reason) => {
    expect(attachReason(sentence, rules)).toBe(reason);
  });
});

describe('splitUnits', () => {
  it('glues a sentence that cannot stand alone to the one before it, and starts a new unit for a promise of its own', () => {
    const split = splitUnits('We investeren in de dijken. Structureel trekken we €3 miljard uit. De verhuurderheffing wordt afgeschaft.', rules);
    expect(split.units.map((u) => u.text)).toEqual(['We investeren in de dijken. Structureel trekken we €3 miljard uit.', 'De verhuurderheffing wordt afgeschaft.']);
    expect(split.units[0]!.attached).toEqual(['starter']);
    expect(split.stopsUsed).toEqual([]);
  });

  it('restores a missing full stop of the rules and says it used it', () => {
    const text = 'We willen de controlerende en wetgevende rol van de Kamer versterken Wij willen constructief samenwerken met partijen.';
    const split = splitUnits(text, rules);
    expect(split.units.map((u) => u.sentences).flat()).toEqual(['We willen de controlerende en wetgevende rol van de Kamer versterken', 'Wij willen constructief samenwerken met partijen.']);
    expect(split.stopsUsed).toEqual(['rol van de Kamer versterken']);
  });

  it('keeps a table row whole', () => {
    const row = 'Totaal 6.541 17.273 26.259 29.532. Saldo 13.310';
    expect(splitUnits(row, rules, { table: true }).units).toEqual([{ paragraphText: row, text: row, sentences: [row], attached: [] }]);
  });

  it('never joins more than maxSentences sentences', () => {
    const text = ['We bouwen dijken.', ...Array.from({ length: 6 }, () => 'Daarom trekken we geld uit.')].join(' ');
    for (const u of splitUnits(text, rules).units) expect(u.sentences.length).toBeLessThanOrEqual(rules.maxSentences);
  });

  it('takes the first clause up to a comma or conjunction, keeping a fronted clause with its main clause', () => {
    expect(firstClause('We herijken het sociaal minimum om vast te stellen of dit toereikend is.', rules)).toBe('We herijken het sociaal minimum ');
    expect(firstClause('Om dit doel te halen, spreken we af om ons te richten op meer.', rules)).toBe('Om dit doel te halen, spreken we af ');
  });
});

describe('fixed spans where the source lost a full stop', () => {
  // The 2021 source has "… de Kamer versterken Wij willen …"; the built-in corpus, made with a table that knows that
  // stop, has the first sentence as a commitment of its own. A table without the stop (the generic one) still cuts
  // the unit where that commitment ends, and only where a capital plainly starts the next sentence.
  const text = 'We willen de controlerende en wetgevende rol van de Kamer versterken Wij willen constructief samenwerken met partijen. Daarbij voeren we het debat.';
  const first = 'We willen de controlerende en wetgevende rol van de Kamer versterken';
  const second = 'Wij willen constructief samenwerken met partijen. Daarbij voeren we het debat.';
  const noStops = { ...rules, missingStops: [] };

  it('cuts the sentence at the end of one fixed span and the start of another', () => {
    const split = splitUnits(text, noStops, { fixed: [{ start: 0, end: first.length }, { start: text.indexOf(second), end: text.length }] });
    expect(split.units.map((u) => [u.text, u.fixed])).toEqual([
      [first, 0],
      [second, 1],
    ]);
  });

  it('cuts nowhere inside a word or before a lower-case word', () => {
    const plain = 'We willen de rol van de Kamer versterken en samenwerken met partijen.';
    expect(splitUnits(plain, noStops, { fixed: [{ start: 0, end: plain.indexOf(' en samenwerken') }] }).units.map((u) => u.text)).toEqual([plain]);
    expect(splitUnits(text, noStops, { fixed: [{ start: 0, end: 20 }] }).units.map((u) => u.text)).toEqual([text.slice(0, text.indexOf(' Daarbij')), 'Daarbij voeren we het debat.']);
  });
});
