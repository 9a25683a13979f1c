import { describe, expect, it } from 'vitest';
import { findingsOf, motie, ruleTable, vragen } from './helpers';

const W = { severity: 'warning' } as const;

describe('schrijfwijze', () => {
  ruleTable('schrijfwijze', {
    valid: [
      { name: 'a name after an abbreviation keeps its capital ("o.a. De Vries", "bv. Het Parool")', text: motie('verzoekt de regering o.a. De Vries en bv. Het Parool te horen,') },
      { name: '"VS." is the United States and "een bv." a company: a sentence may end there (a reviewer)', text: vragen('1. Klopt het dat de export naar de VS. De minister zei dat X, en dat een bv. De aandeelhouders Y?') },
      { name: 'a sentence after "jl." or "enz." may begin anew', text: vragen('1. Bent u bekend met het bericht van 7 mei jl. Het meldt dat X?\n\n2. Gaat het om scholen, zorg enz. De vraag is wat X kost?') },
      { name: 'the right spellings', text: vragen('1. Bent u het ermee eens dat de minister ervoor moet zorgen dat ten minste 40 % betaalbaar is? Hoeveel gemeenten doen dit? Wat gaat u eraan doen?') },
      { name: '"er" with a phrase of its own: "er voor de deur", "er bij een besluit", "er op dit moment"', text: vragen('1. Klopt het dat er voor de deur van het gemeentehuis wordt gedemonstreerd, dat er bij een besluit altijd wordt gemotiveerd en dat er op dit moment vier Kamerleden zijn?') },
      { name: '"er voor te weinig": "te" with an adjective', text: vragen('1. Klopt het dat er voor te weinig kinderen plek is in de opvang?') },
      { name: 'words not side by side: "er in principe van uit"', text: vragen('1. Gaat u er in principe van uit dat de regeling doorgaat?') },
      { name: '"daar voor" without a verb after it, "daar" at the end of a clause', text: vragen('1. Wat gebeurt er daar voor de kust? Wat gebeurt daar, en waarom?') },
      { name: '"tenminste" meaning "althans"', text: vragen('1. Dat is tenminste wat de minister in het debat zei; klopt dat?') },
      { name: 'an article before a time: "het deze week verschenen rapport", "de dit jaar gemaakte afspraken"', text: vragen('1. Kent u het deze week verschenen rapport en de dit jaar gemaakte afspraken?') },
      { name: 'a quotation', text: vragen('1. Wat vindt u van de uitspraak «we gaan er voor zorgen dat hoe veel het ook kost»?') },
      { name: '"hoe" and "veel" apart in different clauses', text: vragen('1. Hoe, en met hoeveel geld, gaat u dit doen? Weet u hoe veelvuldig dit gebeurt?') },
      // A reviewer's cases: each is right as written.
      { name: '"om te" and "door te" open a clause: "Welke mogelijkheden zijn er om te voorkomen …"', text: vragen('1. Welke mogelijkheden zijn er om te voorkomen dat dit opnieuw gebeurt? Klopt het dat er door te bezuinigen minder agenten zijn? Het geld is daar om te investeren; wij zijn hier om te helpen?') },
      { name: 'a preposition that belongs to the verb: "er aan te wijzen", "er op te lossen", "er in te vullen", "er voor te stellen", "er na te gaan"', text: vragen('1. Welke oorzaken zijn er aan te wijzen? Welke problemen zijn er op te lossen? Welke vacatures zijn er in te vullen? Welke alternatieven zijn er voor te stellen? Is er na te gaan hoeveel mensen dit treft?') },
      { name: 'nouns: "er voor zorg aan huis", "er in zorg en onderwijs", "er over zorgen van ouders", "er in staat", "er tussen staat en burger"', text: vragen('1. Klopt het dat er voor zorg aan huis te weinig geld is? Hoeveel vacatures zijn er in zorg en onderwijs? Klopt het dat er over zorgen van ouders niet wordt gesproken? Hoeveel gemeenten zijn er in staat om dit te doen? Klopt het dat er tussen staat en burger een kloof is ontstaan? Is er voor werken aan het spoor een vergunning nodig?') },
      { name: 'particles and adverbs at the end: "is er over?", "komen er bij?", "doet er mee?", "vallen er uit?", "komen er om?"', text: vragen('1. Hoeveel geld is er over? Hoeveel woningen komen er bij? Wie doet er mee? Hoeveel leerlingen vallen er uit? Hoeveel verkeersdeelnemers komen er om? Hoeveel meldingen zijn er in, onder meer, Utrecht gedaan?') },
      { name: '"het" as a pronoun, a phrase before a noun, a compound time', text: vragen('1. Waarom maakt u het deze ondernemers zo moeilijk? Klopt het dat het dit probleem niet oplost? Kent u het deze Kamer toegezegde onderzoek, de dit probleem veroorzakende factoren, het dit schooljaar ingevoerde beleid en de dit begrotingsjaar gemaakte kosten?') },
      { name: 'names: "het lid De Roon", "het lid van de Tweede Kamer", "lid van D66", "Inge van Dijk"', text: vragen('1. Klopt het dat het lid De Roon, een lid van de Tweede Kamer en lid van D66, met Inge van Dijk sprak? Wat zei het lid van Dijk?') },
      { name: '"der" alone, and "de" that opens the next phrase: "de leden der Staten-Generaal", "van de leden de Kamer geïnformeerd"', text: vragen('1. Geldt de immuniteit van de leden der Staten-Generaal? Is naar aanleiding van de vragen van de leden de Kamer geïnformeerd? Is van het lid de Europese Commissie ingelicht?') },
      { name: '"tenminste één" may mean "althans"', text: vragen('1. Dan hebben gemeenten tenminste één zorg minder; is dat zo?') },
      { name: 'participles written as one word, and a noun with a verb after a determiner: "een deel genomen", "zijn plaats genomen"', text: vragen('1. Heeft u kennisgenomen van het bericht? Heeft de gemeente gebruikgemaakt van de regeling en een deel genomen van het budget? Heeft de nieuwe minister zijn plaats genomen?') },
      { name: 'shortened compounds: "wet- en regelgeving", "in- of uitvoer", "publiek- als privaat", "van basis- naar voortgezet onderwijs", "zorg- c.q. welzijnswerk"', text: vragen('1. Welke wet- en regelgeving geldt voor in- of uitvoer, voor publiek- als private partijen, voor de overgang van basis- naar voortgezet onderwijs en voor zorg- c.q. welzijnswerk?') },
      {
        name: 'a noun with a word of its own before it (reviewer): degree, adjective, preposition; "bekend gemaakt met"',
        text: vragen(
          '1. Waarom wordt er zo weinig gebruik gemaakt van de regeling? Is er goed gebruik gemaakt van de adviezen? Heeft de minister een geschikte plaats gevonden voor het azc? ' +
            'Welke maatregelen zijn in de eerste plaats genomen? Heeft hij het grootste deel genomen? Zijn ondernemers voldoende bekend gemaakt met de nieuwe regels, en is de sector bekend gemaakt met de regels?',
        ),
      },
      { name: 'shortened compounds with other connecting words, and a list of them without its commas (reviewer)', text: vragen('1. Geldt dit voor huur- alsmede koopwoningen, kinder- ofwel jeugdzorg, hetzij beleids- hetzij uitvoeringsfouten, en land- tuin- en bosbouw?') },
      { name: 'a file name, a hashtag, a plank bed (reviewer)', text: vragen('1. Kent u [het rapport](rapport_nederlandse_zorg.pdf), de hashtag #nederlandse en het slapen op een brits in de cel?') },
      { name: 'geographic adjectives with their capital; words with a lower-case meaning; an address', text: vragen('1. Spreekt u de Palestijnse en niet-Europese autoriteiten aan, ook met de franse slag, bij de chinees of met engels en westerse landen (zie www.nederlandse-bank.nl/amerikaanse-rente)?') },
      { name: 'a hyphen before a line break, a number, a dash with spaces, a quotation', text: vragen('1. Klopt het dat het kabinet - zo meldt de NOS - de COVID-19- maatregelen en «de sociaal- economische gevolgen» bespreekt?') },
    ],
    invalid: [
      {
        name: 'real (kv-2017Z14104): "wat gaat u er aan doen"',
        text: vragen('1. Zo nee, wat gaat u er aan doen om dat besluit te laten terugdraaien?'),
        expected: [{ text: 'er aan', ...W }],
        fixed: vragen('1. Zo nee, wat gaat u eraan doen om dat besluit te laten terugdraaien?'),
      },
      {
        name: 'real (kv-2021Z14469): "Vragen van het lid de Roon"; "van de leden van der Graaf"',
        text: vragen('1. Wat is X?', 'Vragen van het lid de Roon (PVV) aan de minister van Buitenlandse Zaken over de motie van de leden van der Graaf en Kuzu (ingezonden 1 juli 2021).'),
        expected: [{ text: 'de', ...W }, { text: 'van der', ...W }],
        fixed: vragen('1. Wat is X?', 'Vragen van het lid De Roon (PVV) aan de minister van Buitenlandse Zaken over de motie van de leden Van der Graaf en Kuzu (ingezonden 1 juli 2021).'),
      },
      {
        name: 'real (kst-36410-X-67): "aan de deze doelstelling"',
        text: motie('constaterende dat niet duidelijk is in welke mate Nederland nu aan de deze doelstelling voldoet;\n\nverzoekt de regering vóór 1 juli 2027 een plan te sturen,'),
        expected: [{ text: 'de deze', ...W }],
        fixed: null,
      },
      {
        name: '"er voor te zorgen", "ervan uit", "erachter komen" in a motie',
        text: motie('constaterende dat de regering er van overtuigd is dat gemeenten er achter komen wat het kost;\n\nverzoekt de regering er voor te zorgen dat gemeenten vóór 1 juli 2027 worden gecompenseerd,'),
        expected: [{ text: 'er van', ...W }, { text: 'er achter', ...W }, { text: 'er voor', ...W }],
        fixed: motie('constaterende dat de regering ervan overtuigd is dat gemeenten erachter komen wat het kost;\n\nverzoekt de regering ervoor te zorgen dat gemeenten vóór 1 juli 2027 worden gecompenseerd,'),
      },
      {
        name: '"Bent u het er mee eens", "er van?" at the end, "Hoe veel", "tenminste 40 %", across a line break',
        text: vragen('1. Bent u het er mee eens dat tenminste 40 % betaalbaar moet zijn? Wat vindt u er van?\n\n2. Hoe veel gemeenten doen dit, en hoe gaat u er\nvoor zorgen dat het er tenminste drie worden?'),
        expected: [{ text: 'er mee', ...W }, { text: 'tenminste', ...W }, { text: 'er van', ...W }, { text: 'Hoe veel', ...W }, { text: 'er\nvoor', ...W }, { text: 'tenminste', ...W }],
        fixed: vragen('1. Bent u het ermee eens dat ten minste 40 % betaalbaar moet zijn? Wat vindt u ervan?\n\n2. Hoeveel gemeenten doen dit, en hoe gaat u ervoor zorgen dat het er ten minste drie worden?'),
      },
      {
        name: 'real (kv-2022Z00005): "Heeft u kennis genomen van"; also "gebruik gemaakt", "plaats gevonden", "bekend gemaakt"',
        text: vragen('1. Heeft u kennis genomen van het arrest? Is er gebruik gemaakt van de regeling, heeft het overleg plaats gevonden en is de uitkomst bekend gemaakt?'),
        expected: [{ text: 'kennis genomen', ...W }, { text: 'gebruik gemaakt', ...W }, { text: 'plaats gevonden', ...W }, { text: 'bekend gemaakt', ...W }],
        fixed: vragen('1. Heeft u kennisgenomen van het arrest? Is er gebruikgemaakt van de regeling, heeft het overleg plaatsgevonden en is de uitkomst bekendgemaakt?'),
      },
      {
        name: 'real (kst-36200-XIV-97): "bv. Het inkoop beleid": the sentence goes on after an abbreviation, no capital',
        text: motie('verzoekt de regering om, bv. Het inkoopbeleid van het Rijk en o.a. De gemeenten te betrekken,'),
        expected: [{ text: 'Het', ...W }, { text: 'De', ...W }],
        fixed: motie('verzoekt de regering om, bv. het inkoopbeleid van het Rijk en o.a. de gemeenten te betrekken,'),
      },
      {
        name: 'real (kv-2021Z14469): "met de palestijnse autoriteiten"; "niet-europese", "caribische"',
        text: vragen('1. Bent u bereid dit zowel in bilateraal contact met de palestijnse autoriteiten als met niet-europese landen en de caribische eilanden te bespreken?'),
        expected: [{ text: 'palestijnse', ...W }, { text: 'niet-europese', ...W }, { text: 'caribische', ...W }],
        fixed: vragen('1. Bent u bereid dit zowel in bilateraal contact met de Palestijnse autoriteiten als met niet-Europese landen en de Caribische eilanden te bespreken?'),
      },
      {
        name: 'every part of a compound name takes its capital; capitals kept; "die deel genomen hebben" (reviewer)',
        text: vragen('1. Wat zegt de zuid-afrikaanse regering? HEEFT U KENNIS GENOMEN VAN HET BERICHT? Welke landen die deel genomen hebben, stemden voor?'),
        expected: [{ text: 'zuid-afrikaanse', ...W }, { text: 'KENNIS GENOMEN', ...W }, { text: 'deel genomen', ...W }],
        fixed: vragen('1. Wat zegt de Zuid-Afrikaanse regering? HEEFT U KENNISGENOMEN VAN HET BERICHT? Welke landen die deelgenomen hebben, stemden voor?'),
      },
      {
        name: 'real (kst-36200-VII-30): "de Financiële- verhoudingswet"; "sociaal- economische", pasted from a PDF',
        text: motie('constaterende dat de Financiële- verhoudingswet de sociaal- economische verschillen niet meeweegt;\n\nverzoekt de regering vóór 1 juli 2027 een plan te sturen,'),
        expected: [{ text: 'Financiële- verhoudingswet', ...W }, { text: 'sociaal- economische', ...W }],
        fixed: null,
      },
    ],
  });

  it('asks whether a hyphen before a space was meant as a dash, and prefers no fix', () => {
    const [f] = findingsOf(vragen('1. Krimpt het media- aanbod?'), 'schrijfwijze');
    expect(f!.message).toBe('Spatie na het koppelteken in “media- aanbod”: schrijf ‘media-aanbod’, of is een gedachtestreepje (‘ – ’) bedoeld?');
    expect(f!.fixes.map((x) => x.isPreferred ?? false)).toEqual([false]);
  });

  it('leaves a pair of dashes without their spaces, "cq" and the hyphen U+2010 (reviewer); reads every word of a list', () => {
    expect(findingsOf(vragen('1. Onderzoekt u -in overleg met de sociale partners- hoe dit kan, voor zorg- cq welzijnswerkers?'), 'schrijfwijze')).toEqual([]);
    expect(findingsOf(vragen('1. Krimpt het media\u2010 aanbod?'), 'schrijfwijze').map((f) => f.text)).toEqual(['media\u2010 aanbod']);
    expect(findingsOf(vragen('1. Wat vindt de turkse, marokkaanse en surinaamse gemeenschap?'), 'schrijfwijze').map((f) => f.text)).toEqual(['turkse', 'marokkaanse', 'surinaamse']);
  });

  it('offers both words of "de deze", neither preferred, and keeps a capital', () => {
    const [f] = findingsOf(vragen('1. De deze week genoemde cijfers kloppen niet. De deze doelstelling is niet gehaald; waarom?'), 'schrijfwijze');
    expect(f!.message).toBe('“De deze”: een lidwoord en ‘deze’ naast elkaar; één van beide is te veel.');
    expect(f!.fixes.map((x) => [x.title, x.edits[0]!.newText, x.isPreferred ?? false])).toEqual([
      ['Schrap ‘de’', 'Deze', false],
      ['Schrap ‘deze’', 'De', false],
    ]);
    const [g] = findingsOf(vragen('1. Klopt het dat op het dit moment geldend recht is dat het doel 50% is?'), 'schrijfwijze');
    expect(g!.text).toBe('het dit');
  });

  it('names the one-word spelling, keeping the capital', () => {
    const [f] = findingsOf(vragen('1. Er voor zorgen dat dit lukt: hoe doet u dat?'), 'schrijfwijze');
    expect(f!.message).toBe('“Er voor” wordt aaneengeschreven: ‘Ervoor’ (‘er’ en ‘voor’ vormen hier één voornaamwoordelijk bijwoord).');
    expect(f!.fixes[0]!.edits[0]!.newText).toBe('Ervoor');
  });

  it('names a double surname whole', () => {
    const [f] = findingsOf(vragen('1. Wat is X?', 'Vragen van het lid de Vries-van der Leer (CDA) aan de minister van Financiën over X (ingezonden 1 maart 2024).'), 'schrijfwijze');
    expect(f!.message).toBe('Zonder voornaam ervoor krijgt het tussenvoegsel een hoofdletter: ‘De Vries-van der Leer’.');
  });

  it('keeps all capitals', () => {
    const found = findingsOf(vragen('1. HOE VEEL GEMEENTEN ZIJN HET ER mee eens DAT TENMINSTE 40 % BETAALBAAR MOET ZIJN?'), 'schrijfwijze');
    expect(found.map((f) => f.fixes[0]!.edits[0]!.newText)).toEqual(['HOEVEEL', 'Ermee', 'TEN MINSTE']);
  });

  it('finds the common openers of Kamervragen: "Bent u zich er van bewust", "Bent u er mee bekend", "er in slagen", "kiest u er voor"', () => {
    const found = findingsOf(vragen('1. Bent u zich er van bewust dat dit misgaat? Bent u er mee bekend dat gemeenten er in slagen? Waarom heeft u er voor gekozen dit niet te doen?'), 'schrijfwijze');
    expect(found.map((f) => f.text)).toEqual(['er van', 'er mee', 'er in', 'er voor']);
  });

  it('says it in English with the setting', () => {
    const [f] = findingsOf(vragen('1. Geldt dit voor tenminste € 5 miljoen?'), 'schrijfwijze', { taal: 'en' });
    expect(f!.message).toBe('Before a number or amount write ‘ten minste’ (no less than); ‘tenminste’ means ‘at any rate’.');
  });
});
