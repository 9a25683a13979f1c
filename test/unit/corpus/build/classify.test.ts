import { describe, expect, it } from 'vitest';
import { amountAndDeadline, classifyUnit, firmnessOf, fold, ministriesOf, readRuleLayers, tagsOf } from '../../../../src/core/corpus/build';
import { GENERIC_RULES_FILE, knownTags, read, rules } from './ca2021Table';

describe('firmness', () => {
  const cases: Array<[string, string | undefined]> = [
    ['We onderzoeken de mogelijkheden om financiële prikkels voor fossiele brandstoffen af te bouwen.', 'onderzoek'],
    ['We bezien hoe we op termijn een suikerbelasting kunnen invoeren.', 'onderzoek'],
    ['Het Wetboek van Strafvordering wordt gemoderniseerd.', 'wetgeving'],
    ['We regelen wettelijk dat algoritmes worden gecontroleerd op transparantie.', 'wetgeving'],
    ['Er komt een verbod op het gebruik van lesmaterialen die anti-democratische waarden aanleren.', 'wetgeving'],
    ['We investeren structureel €1 miljard per jaar voor het vergroten van de kansengelijkheid.', 'financiering'],
    ['We breiden het budget voor onderzoeksjournalistiek uit.', 'financiering'],
    ['We zetten in op een reductie van 70% in 2035 en 80% in 2040.', 'doel'],
    ['Nederland wordt het digitale knooppunt van Europa.', 'doel'],
    ['Er komt een laagdrempelige, onafhankelijke fiscale rechtshulp.', 'besluit'],
    ['De verhuurderheffing wordt afgeschaft.', 'besluit'],
    ['In stappen verhogen we de vergoeding van de kinderopvang tot 95% voor werkende ouders.', 'besluit'],
    ['We zetten de maatschappelijke diensttijd voort en bouwen deze verder uit.', 'besluit'],
    ['We stimuleren muziek- en cultuureducatie op school.', 'inzet'],
    ['We ondersteunen projecten voor meer lokale landbouw en we benutten de kansen voor ecotoerisme.', 'inzet'],
    ['We zetten in op betere internationale treinverbindingen.', 'inzet'],
    ['We streven naar een toekomstgerichte bibliotheek in elke gemeente.', 'inzet'],
    ['Passende zorg is de norm.', 'standpunt'],
    ['Voor institutioneel racisme is geen plek in onze samenleving.', 'standpunt'],
    ['Klimaatverandering is dé uitdaging voor onze generatie.', undefined],
    ['Kernenergie kan worden ingezet voor de productie van waterstof.', undefined],
    ['We zien dat journalisten steeds vaker met bedreigingen te maken krijgen.', undefined],
    // Promises the rules used to file as context (passive, "mogen niet meer", the state as the one who acts, …).
    ['Daarom scherpen we de landelijke regie en de toelatingscriteria bij de vergunningverlening hiervoor aan.', 'besluit'],
    ['We wijzigen de kostendelersnorm zodat inwonende jongvolwassenen tot 27 jaar niet langer meetellen als kostendeler voor de uitkering van huisgenoten.', 'besluit'],
    ['We komen ouderen tegemoet via een hogere ouderen korting.', 'besluit'],
    ['Mensen hoeven niet in een keer hun gehele eigen risico te betalen maar een betaling per behandeling tot een maximum van 385 euro.', 'besluit'],
    ['Om bewuste keuzes te stimuleren wordt in Nederland geproduceerd voedsel voorzien van een herkomstetiket.', 'besluit'],
    ['Het bindend studieadvies (BSA) wordt aangepast.', 'besluit'],
    ['Woningen met slechte isolatie mogen op termijn niet meer worden verhuurd.', 'wetgeving'],
    ['Het Rijk neemt meer verantwoordelijkheid voor de huisvesting van statushouders door met regionale afspraken over tijdelijke woningen de druk op gemeenten te verlichten.', 'besluit'],
    ['Ook kunnen organisaties zich hieraan schuldig hebben gemaakt uitgesloten worden van overheidssubsidies en de gunning van opdrachten en gaat de overheid aan de slag met de mogelijkheden van anoniem solliciteren en ‘open hiring’.', 'besluit'],
    ['Defensie stoot overbodig vastgoed af en moderniseert en verduurzaamt benodigd vastgoed met oog voor regionale impact.', 'besluit'],
    ['We komen met een hernieuwde Nationale Woon- en Bouwagenda.', 'besluit'],
    ['Water en bodem worden sturend bij ruimtelijke planvorming.', 'besluit'],
    ['Verkeersveiligheid blijft daarnaast een speerpunt in ons beleid.', 'besluit'],
    ['We doen onderzoek naar gezondheidseffecten bij boeren en omwonenden.', 'onderzoek'],
    ['Een goed functionerende persoonlijke gezondheidsomgeving (PGO) voor patiënten is het einddoel.', 'doel'],
    ['Speciale aandacht gaat uit naar de bouw van woningen voor starters, senioren en middeninkomens.', 'inzet'],
    ['We staan open voor verdragswijzigingen n.a.v. de conferentie over de toekomst van Europa als dit in het Nederlands en Europees belang is.', 'standpunt'],
    // … but not a description with the state or the cabinet in it.
    ['Nederlanders willen dat de overheid betrouwbaar is en levert.', undefined],
    ['Dankzij prudent begrotingsbeleid beschikt het kabinet over voldoende financiële buffers om de coronacrisis in financieel opzicht goed te doorstaan.', undefined],
    ['Mensen maken zich zorgen, of de zorg van morgen nog wel geleverd kan worden en of deze betaalbaar blijft.', undefined],
    ['Europa brengt Nederland vrede, veiligheid en welvaart.', undefined],
    ['Nederland kent op papier een goede asielprocedure, maar in de praktijk zijn verbeteringen mogelijk.', undefined],
  ];
  it.each(cases)('%s → %s', (sentence, firmness) => {
    expect(firmnessOf([sentence], rules).firmness).toBe(firmness);
  });

  it('decides by the first sentence that promises something', () => {
    const r = firmnessOf(['Geweld en intimidatie nemen toe.', 'Daarom wordt het stelsel van bewaken en beveiligen verbeterd.'], rules);
    expect(r).toEqual({ firmness: 'besluit', lead: 'Daarom wordt het stelsel van bewaken en beveiligen verbeterd.' });
  });
});

describe('amounts, deadlines, tags and ministries', () => {
  it('finds amounts and deadlines only where the text names them', () => {
    expect(amountAndDeadline('Een klimaat- en transitiefonds van €35 mrd voor de komende 10 jaar')).toEqual({ amount: '€35 mrd' });
    expect(amountAndDeadline('We introduceren in 2030 een systeem van Betalen naar Gebruik')).toEqual({ deadline: '2030' });
    expect(amountAndDeadline('We voeren daarom per studiejaar 2023/2024 een basisbeurs in')).toEqual({ deadline: '2023/2024' });
    expect(amountAndDeadline('Ook na 2030 is het nodig om door te gaan.')).toEqual({});
  });

  it('matches words with diacritics as whole words', () => {
    expect(fold('geïnvesteerd in reïntegratie, Curaçao')).toBe('geinvesteerd in reintegratie, Curacao');
    expect(fold('€ ’ –').length).toBe(5);
  });

  it('tags by keyword in order of occurrence, else by the most specific heading', () => {
    expect(tagsOf('We verlagen de griffierechten voor het mkb.', { chapter: 'Democratische rechtsorde' }, rules)).toEqual({ tags: ['rechtsstaat', 'ondernemers'], defaultTags: false });
    expect(tagsOf('Niets dat hier past.', { chapter: 'Gezondheid', section: 'Media' }, rules)).toEqual({ tags: ['media'], defaultTags: true });
    expect(tagsOf('Niets dat hier past.', { chapter: 'Gezondheid' }, rules)).toEqual({ tags: ['zorg'], defaultTags: true });
  });

  it('gives the ministry of the heading first, then those of the tags, at most maxMinistries', () => {
    expect(ministriesOf(['rechtsstaat', 'ondernemers', 'klimaat'], { chapter: 'Gezondheid' }, rules)).toEqual(['VWS', 'JenV']);
  });
});

describe('classifyUnit', () => {
  it('makes a unit with a firmness a commitment with its amount and deadline', () => {
    const text = 'We investeren €35 mrd in het klimaatfonds voor 2030.';
    expect(classifyUnit({ text, sentences: [text] }, { chapter: 'Duurzaam land' }, rules)).toMatchObject({ kind: 'commitment', firmness: 'financiering', amount: '€35 mrd', deadline: '2030', lead: text });
  });

  it('keeps a unit without a promise as context, and a table row as context whatever it says', () => {
    const text = 'Klimaatverandering is dé uitdaging voor onze generatie.';
    expect(classifyUnit({ text, sentences: [text] }, { chapter: 'Duurzaam land' }, rules).kind).toBe('context');
    const row = 'We investeren 1 2 3 4';
    expect(classifyUnit({ text: row, sentences: [row] }, { chapter: 'Bijlage: financiën', table: true }, rules)).toEqual({ kind: 'context', lead: row, tags: ['financien'], defaultTags: true, ministry: [] });
  });
});

describe('the generic table (what an import reads): how a minister promises the Kamer', () => {
  const table = read(GENERIC_RULES_FILE);
  const compile = (text: string) => readRuleLayers([{ text, file: GENERIC_RULES_FILE }], { knownTags }).rules;
  const generic = compile(table);
  // The table without the three patterns for a minister's promises: the three lines after their comment.
  const lines = table.split('\n');
  let first = lines.findIndex((l) => l.includes('# How a minister promises the Kamer'));
  while (lines[first]!.trimStart().startsWith('#')) first++;
  const removed = lines.splice(first, 3);
  const without = compile(lines.join('\n'));

  it('removes exactly those three patterns for the comparison', () => {
    expect(removed.map((l) => l.startsWith('      - "'))).toEqual([true, true, true]);
    expect(removed[0]).toContain('(zeg|zegt)');
    expect(removed[1]).toContain('(zal|stuur|stuurt');
    expect(removed[2]).toContain('de Kamer (ontvangt|krijgt)');
    expect(generic.firmness.find((f) => f.firmness === 'besluit')!.regexes.length).toBe(without.firmness.find((f) => f.firmness === 'besluit')!.regexes.length + 3);
  });

  it.each([
    'Ik zeg toe dat de Kamer voor 1 oktober een overzicht krijgt van de IT-projecten van het Rijk.',
    'De minister zegt de Kamer toe de evaluatie openbaar te maken.',
    'De staatssecretaris zal de Kamer voor de zomer informeren over de uitkomst van het overleg.',
    'Ik stuur de Kamer voor 1 juli een brief over de inrichting van de dienst.',
    'Ik kom hier voor de zomer op terug.',
    'De Kamer ontvangt voor het zomerreces een overzicht van de stand van zaken.',
    'De minister van Financiën zegt de Kamer toe de raming voor de Voorjaarsnota te herzien.',
    'De minister-president zegt toe dat de Kamer een reactie krijgt.',
    'De staatssecretaris van Justitie en Veiligheid zal de Kamer in het najaar informeren.',
  ])('reads a promise to the Kamer as a decision: %s', (sentence) => {
    expect(firmnessOf([sentence], generic).firmness).toBe('besluit');
    expect(firmnessOf([sentence], without).firmness).toBeUndefined();
  });

  it.each([
    'Het kabinet zegt dat er tot nu toe te weinig is gedaan.',
    'De minister zegt niet toe dat de regeling blijft.',
    'Ik kom op voor de mensen die het zwaar hebben.',
    'De minister komt met een plan voor de zorg.',
    'De kamer krijgt een nieuwe vloer.',
    'Naar 2030 toe zeggen we dat de uitstoot moet dalen.',
    'Boeren zeggen dat zij er slecht aan toe zijn.',
    'Ondernemers zeggen dat het tot nu toe goed gaat met de regeling.',
    // A promise of effort only is no firm decision (a reviewer).
    'De minister zegt toe zich in te zetten voor een snellere procedure.',
    'Ik zeg toe mij in te spannen voor meer stageplaatsen.',
    'De regering zal, samen met de Kamer, streven naar een evenwichtige verdeling.',
  ])('reads what only looks like one as before: %s', (sentence) => {
    expect(firmnessOf([sentence], generic)).toEqual(firmnessOf([sentence], without));
  });
});
