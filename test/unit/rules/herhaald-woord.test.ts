import { describe, expect, it } from 'vitest';
import { herhaaldWoord } from '../../../src/core/rules/herhaald-woord';
import { check, findingsOf, motie, ruleTable, vragen } from './helpers';

const W = { severity: 'warning' } as const;
const crlf = (s: string): string => s.replace(/\n/g, '\r\n');

/** The real slip: "maar dat" at the end of a line, "dat er …" on the next. */
const DAT_DAT = 'constaterende dat de fossiele subsidies moeten worden afgebouwd, maar dat\ndat er geen financiële middelen zijn vrijgemaakt om deze opgave te begeleiden;';
const DAT = 'constaterende dat de fossiele subsidies moeten worden afgebouwd, maar dat er geen financiële middelen zijn vrijgemaakt om deze opgave te begeleiden;';

describe('herhaald-woord', () => {
  ruleTable('herhaald-woord', {
    valid: [
      { name: 'a clean motie', text: motie('constaterende dat grote delen van het beschikbare geld niet worden besteed;\n\nverzoekt de regering het geld te besteden,') },
      { name: '"Ik denk dat dat klopt"', text: vragen('1. Ik denk dat dat klopt. Deelt u die mening?') },
      { name: '"maar dat dat er geen gevolgen voor heeft"', text: motie('constaterende dat de regeling wordt afgeschaft, maar dat dat er geen gevolgen voor heeft;') },
      { name: '"dat dat het probleem oplost"', text: vragen('1. Hoe weet u zeker dat dat het probleem oplost?') },
      {
        name: '"het het": a pronoun and an article (a reviewer: "Acht u het het juiste moment")',
        text: vragen(
          '1. Acht u het het juiste moment om de btw te verhogen?\n\n2. Is het het kabinet bekend dat dat het beste werkt, en dat het het goedkoopst is?\n\n' +
            '3. Bent u bereid om het het komende jaar te evalueren, zonder het het parlement te melden?',
        ),
      },
      {
        name: '"het het" before a separable verb or "maken" (a reviewer: "zonder het het parlement voor te leggen")',
        text: motie(
          'verzoekt de regering dit niet te besluiten zonder het het parlement voor te leggen, om het het kabinet uit te leggen hoe het werkt en om het het bedrijfsleven makkelijker te maken,',
        ),
      },
      { name: '"dat dat zijn taak is": the possessive "zijn" before a singular verb', text: vragen('1. Vindt u dat dat zijn taak is?') },
      { name: '"dat dat" across a line break, singular verb', text: motie('constaterende dat de minister zegt dat\ndat goed gaat;') },
      { name: '"die die"', text: motie('constaterende dat gemeenten die die taak uitvoeren te weinig geld krijgen;') },
      { name: '"haar haar"', text: motie('constaterende dat de gemeente haar haar geld niet teruggeeft;') },
      { name: '"zijn zijn"', text: vragen('1. Wat zijn zijn plannen voor de zorg?') },
      { name: '"wat wat"', text: vragen('1. Weet u wat wat kost in de zorg?') },
      { name: 'a name after a lower-case word: "de De Vries-motie"', text: motie('constaterende dat de De Vries-motie is aangenomen;') },
      { name: 'a name after a lower-case word: "het Het Parool"', text: motie('constaterende dat het Het Parool-artikel van 3 maart over ransomware gaat;') },
      { name: 'numbers', text: motie('constaterende dat er in 2025 2025 meldingen van ransomware waren;') },
      { name: 'single letters', text: motie('verzoekt de regering de varianten a a en b uit te werken,') },
      { name: 'a mark between: "de regels, de regels van 2020"', text: motie('constaterende dat de regels, de regels van 2020, verouderd zijn;') },
      { name: 'a blank line between', text: vragen('1. Wat is het beleid ten aanzien van\n\nvan ransomware?') },
      { name: 'inside a quotation', text: motie('constaterende dat de minister sprak over “grote delen van het het beschikbare geld”;') },
      { name: 'inside a blockquote', text: motie('constaterende dat het kabinet schrijft:\n\n> grote delen van het het beschikbare geld\n\nverzoekt de regering het geld te besteden,') },
      { name: 'inside inline code', text: motie('constaterende dat de code `het het` bevat;') },
      { name: 'a comment between the two', text: motie('constaterende dat het <!-- nakijken --> het kabinet is;') },
      {
        name: 'in a footnote definition',
        text: `${motie('constaterende dat ziekenhuizen regelmatig getroffen worden door ransomware;[^1]')}\n[^1]: Zie de de brief van de minister van 3 maart 2026.\n`,
      },
      { name: 'in a footnote definition (Kamervragen)', text: vragen('1. Bent u bekend met het bericht?[^1]\n\n[^1]: Zie het het bericht van de NOS.\n\n2. Wat is Y?') },
      { name: 'in the names of the indieners', text: motie('constaterende dat ziekenhuizen regelmatig getroffen worden door ransomware;').replace(/De Vries\n$/, 'Jansen Jansen\nDe Vries\n') },
      { name: 'in the list of sources', text: vragen('1. Bent u bekend met het bericht «X»?1\n\n2. Wat is Y?\n\n1. NOS, 3 maart 2026, de de bron, https://nos.nl/x') },
    ],
    invalid: [
      {
        name: 'real: "grote delen van het het beschikbare geld"',
        text: motie('constaterende dat grote delen van het het beschikbare geld niet worden besteed;'),
        expected: [{ text: 'het', ...W }],
        fixed: motie('constaterende dat grote delen van het beschikbare geld niet worden besteed;'),
      },
      {
        name: '"het het" after a preposition or at the start of a sentence doubles the article',
        text: vragen('1. Wat staat er in het het rapport? Het het kabinet zwijgt.'),
        expected: [
          { text: 'het', ...W },
          { text: 'het', ...W },
        ],
        fixed: vragen('1. Wat staat er in het rapport? Het kabinet zwijgt.'),
      },
      {
        name: '"het het" before an infinitive that does not make the first "het" its object (a reviewer)',
        text: motie('verzoekt de regering door het het beleid te wijzigen, zonder het het parlement te passeren, om het het geld te besteden en van het het beschikbare geld meer uit te geven,'),
        expected: [
          { text: 'het', ...W },
          { text: 'het', ...W },
          { text: 'het', ...W },
          { text: 'het', ...W },
        ],
        fixed: motie('verzoekt de regering door het beleid te wijzigen, zonder het parlement te passeren, om het geld te besteden en van het beschikbare geld meer uit te geven,'),
      },
      {
        name: '"van de de"',
        text: motie('verzoekt de regering de kosten van de de ziekenhuizen te vergoeden,'),
        expected: [{ text: 'de', ...W }],
        fixed: motie('verzoekt de regering de kosten van de ziekenhuizen te vergoeden,'),
      },
      {
        name: '"een een" and "in in": two findings, both fixed',
        text: vragen('1. Is er een een plan om in in 2027 te beginnen?'),
        expected: [{ text: 'een', ...W }, { text: 'in', ...W }],
        fixed: vragen('1. Is er een plan om in 2027 te beginnen?'),
      },
      {
        name: '"Het het" at the start of a sentence',
        text: vragen('1. Bent u bekend met het bericht? Het het kabinet zei eerder iets anders. Klopt dat?'),
        expected: [{ text: 'het', ...W }],
        fixed: vragen('1. Bent u bekend met het bericht? Het kabinet zei eerder iets anders. Klopt dat?'),
      },
      {
        name: 'across a line break',
        text: motie('constaterende dat grote delen van het\nhet beschikbare geld niet worden besteed;'),
        expected: [{ text: 'het', ...W }],
        fixed: motie('constaterende dat grote delen van het beschikbare geld niet worden besteed;'),
      },
      {
        name: 'real: "te hebben te hebben"',
        text: motie('verzoekt de regering om een accuraat beeld van de plancapaciteit te hebben te hebben om de woningbouw te versnellen,'),
        expected: [{ text: 'te hebben', ...W }],
        fixed: motie('verzoekt de regering om een accuraat beeld van de plancapaciteit te hebben om de woningbouw te versnellen,'),
      },
      {
        name: 'a phrase across a line break',
        text: motie('verzoekt de regering om een accuraat beeld van de plancapaciteit te hebben te\nhebben om de woningbouw te versnellen,'),
        expected: [{ text: 'te\nhebben', ...W }],
        fixed: motie('verzoekt de regering om een accuraat beeld van de plancapaciteit te hebben om de woningbouw te versnellen,'),
      },
      {
        name: 'a phrase of four words',
        text: vragen('1. Wat doet u aan de weerbaarheid van ziekenhuizen de weerbaarheid van ziekenhuizen in Nederland?'),
        expected: [{ text: 'de weerbaarheid van ziekenhuizen', ...W }],
        fixed: vragen('1. Wat doet u aan de weerbaarheid van ziekenhuizen in Nederland?'),
      },
      {
        name: 'three times: one finding (it gave one per copy), both repetitions go',
        text: motie('verzoekt de regering de de de ziekenhuizen te helpen,'),
        expected: [{ text: 'de de', ...W }],
        fixed: motie('verzoekt de regering de ziekenhuizen te helpen,'),
      },
      {
        name: 'a run of a double Dutch grammar allows ("het het", "die die") is a slip',
        text: motie('verzoekt de regering het het het beleid en die die die regeling te wijzigen,'),
        expected: [
          { text: 'het het', ...W },
          { text: 'die die', ...W },
        ],
        fixed: motie('verzoekt de regering het beleid en die regeling te wijzigen,'),
      },
      {
        name: 'a name in capitals ends a run: "de de De Vries" is one "de" too many, not two (a reviewer: the fix made "de Vries")',
        text: motie('verzoekt de regering met de de De Vries Groep te spreken,'),
        expected: [{ text: 'de', ...W }],
        fixed: motie('verzoekt de regering met de De Vries Groep te spreken,'),
      },
      {
        name: 'a pasted phrase four times: one finding',
        text: motie('verzoekt de regering te hebben te hebben te hebben te hebben gehandeld,'),
        expected: [{ text: 'te hebben te hebben te hebben', ...W }],
        fixed: motie('verzoekt de regering te hebben gehandeld,'),
      },
      {
        name: 'real: "maar dat\\ndat er geen financiële middelen zijn vrijgemaakt" (plural verb)',
        text: motie(DAT_DAT),
        expected: [{ text: 'dat', ...W }],
        fixed: motie(DAT),
      },
      {
        name: 'the same with CRLF line ends',
        text: crlf(motie(DAT_DAT)),
        expected: [{ text: 'dat', ...W }],
        fixed: crlf(motie(DAT)),
      },
      {
        name: '"dat dat" with another plural verb ("komen")',
        text: motie('verzoekt de regering erop toe te zien dat dat de middelen dit jaar beschikbaar komen,'),
        expected: [{ text: 'dat', ...W }],
        fixed: motie('verzoekt de regering erop toe te zien dat de middelen dit jaar beschikbaar komen,'),
      },
      {
        name: 'CRLF: a repeated word at a line end',
        text: crlf(motie('constaterende dat grote delen van het\nhet beschikbare geld niet worden besteed;')),
        expected: [{ text: 'het', ...W }],
        fixed: crlf(motie('constaterende dat grote delen van het beschikbare geld niet worden besteed;')),
      },
      {
        name: 'in the kop of a motie',
        text: motie(`constaterende dat ziekenhuizen regelmatig getroffen worden door ransomware;`, { kop: 'Motie van het lid De Vries over de de digitale overheid' }),
        expected: [{ text: 'de', ...W }],
        fixed: motie(`constaterende dat ziekenhuizen regelmatig getroffen worden door ransomware;`, { kop: 'Motie van het lid De Vries over de digitale overheid' }),
      },
    ],
  });

  it('quotes the repetition and says what to do, in Dutch and English', () => {
    const one = motie('constaterende dat grote delen van het het beschikbare geld niet worden besteed;');
    const [nl] = findingsOf(one, 'herhaald-woord');
    expect(nl!.message).toBe('Herhaald woord “het”: staat hier twee keer achter elkaar. Schrap er één.');
    expect(nl!.fixes.map((f) => f.title)).toEqual(['Schrap de herhaling “het”']);
    const [en] = findingsOf(one, 'herhaald-woord', { taal: 'en' });
    expect(en!.message).toBe('Repeated word “het”: it appears twice in a row. Remove one.');
    expect(en!.fixes.map((f) => f.title)).toEqual(['Remove the repeated “het”']);

    const phrase = motie('verzoekt de regering een beeld van de plancapaciteit te hebben te\nhebben,');
    expect(findingsOf(phrase, 'herhaald-woord')[0]!.message).toBe('Herhaalde woorden “te hebben”: staan hier twee keer achter elkaar. Schrap de herhaling.');
    expect(findingsOf(phrase, 'herhaald-woord', { taal: 'en' })[0]!.message).toBe('Repeated words “te hebben”: they appear twice in a row. Remove the repetition.');

    // A run says how often ("twee keer" was said of every run, each copy a finding of its own).
    const run = motie('verzoekt de regering de de de ziekenhuizen te helpen en te hebben te hebben te hebben te hebben gehandeld,');
    const [word, words] = findingsOf(run, 'herhaald-woord');
    expect(word!.message).toBe('Herhaald woord “de”: staat hier drie keer achter elkaar. Schrap de herhalingen.');
    expect(word!.fixes.map((f) => f.title)).toEqual(['Schrap de herhalingen van “de”']);
    expect(words!.message).toBe('Herhaalde woorden “te hebben”: staan hier vier keer achter elkaar. Schrap de herhalingen.');
    const [, runEn] = findingsOf(run, 'herhaald-woord', { taal: 'en' });
    expect(runEn!.message).toBe('Repeated words “te hebben”: they appear four times in a row. Remove the repetitions.');
    expect(runEn!.fixes.map((f) => f.title)).toEqual(['Remove the repetitions of “te hebben”']);
  });

  it('finds the slip in its bad example and nothing in its good one', () => {
    const o = { uri: 'file:///voorbeeld.motie.md', rules: [herhaaldWoord] };
    expect(check(herhaaldWoord.docs.bad, o).findings.map((f) => f.text)).toEqual(['het']);
    expect(check(herhaaldWoord.docs.good, o).findings).toEqual([]);
  });

  it('finds every repetition in a long text of repetitions', () => {
    const body = `constaterende dat ${'de de te hebben te hebben in het het huis. '.repeat(5000)}geld;`;
    expect(findingsOf(motie(body), 'herhaald-woord').length).toBe(5000 * 3);
  });
});
