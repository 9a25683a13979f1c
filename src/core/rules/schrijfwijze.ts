import type { Localized } from '../types';
import type { Report, Rule } from './types';
import { matchCase, oneLine, ownTokens, PREPOSITIONS, proseParts, sameCase, textBack, type Token, WORD_GAP } from './util';

/*
 * Word combinations with one right spelling that a word list cannot check, since every word is a word: the
 * pronominal adverb written apart ("er voor zorgen" for "ervoor zorgen"), "hoe veel" for "hoeveel", a participle such as
 * "kennis genomen" ("kennisgenomen"), "tenminste" before an amount ("ten minste"), a space after a hyphen that shortens
 * no compound ("sociaal- economische"), a geographic adjective in lower case ("palestijnse"), a capital after an
 * abbreviation inside a sentence ("bv. Het"), and an article before a demonstrative ("aan de deze doelstelling"). Each is flagged only
 * where the words around it leave one reading (Taaladvies, "Aaneenschrijven van combinaties met er, daar, hier en
 * waar"; the Woordenlijst for "hoeveel", "ten minste" and "tenminste").
 */

/** The words that join a preposition into a pronominal adverb ("ervoor", "daarover", "hiermee"). */
const ADVERB_FIRST: ReadonlySet<string> = new Set(['er', 'daar', 'hier']);

/**
 * For each preposition (as it stands in a pronominal adverb: "mee" for "met", "toe" for "tot"), the words after it that
 * make it one: a verb that takes the adverb as its complement ("ervoor zorgen", "eraan doen", "erachter komen",
 * "erop wijzen", "erin slagen"), an adjective or particle that does ("ermee eens", "ervan bewust", "ervan uit",
 * "erop gericht"). Only words that leave no other reading: not a verb whose particle the preposition may be ("er aan
 * te wijzen", "er op te lossen": "aanwijzen", "oplossen"), not a word that is also a noun ("er voor zorg aan huis",
 * "er in staat", "er voor werken aan het spoor"), and no "om" or "door" ("er om te voorkomen", "er door te
 * bezuinigen" open a clause of their own). The infinitives here are also accepted after "te" ("ervoor te zorgen").
 */
const JOINING: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    aan: 'doen doet gedaan bij mee voldoen voldoet voldaan twijfelen twijfelt getwijfeld herinneren herinnert herinnerd geloven gelooft geloofd',
    achter: 'komen komt gekomen kwam kwamen',
    bij: 'betrekken betrekt betrokken stilstaan stilgestaan',
    in: 'slagen slaagt geslaagd',
    mee: 'om eens bekend gemoeid akkoord omgaan omgaat omgegaan instemmen instemt ingestemd stoppen stopt gestopt doorgaan doorgegaan',
    naar: 'kijken kijkt gekeken streven streeft gestreefd',
    op: 'toe aan neer gericht wijzen wijst gewezen toezien toeziet toegezien aandringen aangedrongen letten let gelet reageren reageert gereageerd ingaan ingegaan',
    over: 'eens informeren informeert geïnformeerd nadenken nagedacht',
    tegen: 'doen doet gedaan optreden opgetreden',
    toe: 'bijdragen bijgedragen leiden leidt geleid',
    van: 'uit uitgaan uitgaat uitgaande uitgegaan bewust overtuigd afzien afgezien',
    voor: 'zorgen zorgt zorgde zorgden gezorgd kiezen kiest koos kozen gekozen pleiten pleit gepleit',
  }).map(([preposition, words]) => [preposition, new Set(words.split(' '))]),
);

/** Forms of "zorgen" are also the plural noun ("er voor zorgen van ouders"): they join only before "dat" or a mark. */
const ZORGEN: ReadonlySet<string> = new Set(['zorgen', 'zorgt', 'zorgde', 'zorgden', 'gezorgd']);

/**
 * At the end of a sentence only these prepositions join, since none of them is a particle or adverb on its own there:
 * "Wat vindt u er van?", "Wat doet u er aan?" ("Hoeveel geld is er over?", "Wie doet er mee?" are right apart).
 */
const JOINING_AT_END: ReadonlySet<string> = new Set(['van', 'aan', 'naar', 'toe']);

/** A mark that ends the sentence right after the preposition. */
const SENTENCE_END = /^[ \t]*[?.!]/;

/** An amount after "tenminste": a number in digits, a number word or a sum of money. */
const AMOUNT_REACH = 24;
const AMOUNT = /^[ \t]+(?:\d|€|(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|honderd|duizend|miljoen|miljard|de helft)(?![\p{L}\p{N}]))/iu;

/** A time after a demonstrative: "het deze week verschenen rapport", "de dit begrotingsjaar gemaakte kosten". */
const TIME_WORD = /(?:week|weken|maand|maanden|jaar|jaren|dag|dagen|keer|ochtend|middag|avond|nacht|zomer|winter|herfst|lente|eeuw|periode|reces|kwartaal|weekend)$/;

/** An inflected participle before a noun: "de dit probleem veroorzakende factoren", "het deze Kamer toegezegde onderzoek". */
const ATTRIBUTIVE = /\p{L}{2}(?:de|te)$/u;


/** The two-word spellings that are always one word ("hoe veel" → "hoeveel"). */
const ALWAYS_ONE: ReadonlyMap<string, string> = new Map([['hoe veel', 'hoeveel']]);

/**
 * The past participles of verbs made of a noun or adjective and a verb ("kennisnemen", "gebruikmaken", "deelnemen",
 * "plaatsvinden", "bekendmaken"): one word (Taaladvies, "Samengestelde werkwoorden: aaneen of los?"); "Heeft u kennis
 * genomen van …" → "kennisgenomen". Not where the first word is a noun with a word of its own before it: a determiner
 * ("een deel genomen"), a preposition ("in plaats genomen"), a word of degree ("weinig gebruik gemaakt", "beter bekend
 * gemaakt") or an inflected adjective ("een geschikte plaats gevonden", "het grootste deel genomen"); and not "bekend
 * gemaakt met" (made familiar with).
 */
const JOINED_PARTICIPLES: ReadonlyMap<string, string> = new Map([
  ['kennis genomen', 'kennisnemen'],
  ['gebruik gemaakt', 'gebruikmaken'],
  ['deel genomen', 'deelnemen'],
  ['plaats gevonden', 'plaatsvinden'],
  ['plaats genomen', 'plaatsnemen'],
  ['bekend gemaakt', 'bekendmaken'],
]);
const DETERMINERS: ReadonlySet<string> = new Set(['een', 'de', 'het', 'dit', 'deze', 'zijn', 'haar', 'hun', 'ons', 'onze', 'mijn', 'uw', 'elk', 'ieder', 'geen', 'welk', 'welke', 'enig', 'enige']);
const DEGREE: ReadonlySet<string> = new Set([
  'veel', 'weinig', 'meer', 'minder', 'meest', 'minst', 'goed', 'beter', 'best', 'optimaal', 'dankbaar', 'onvoldoende', 'voldoende', 'volop', 'intensief', 'ruim',
  'beperkt', 'zo', 'nauwelijks', 'groot', 'klein', 'breed', 'algemeen', 'vaker', 'maximaal', 'nuttig', 'slim', 'veelvuldig', 'ruimschoots',
]);
/** A word before the first word of a pair that makes that word a noun of its own (see `JOINED_PARTICIPLES`). */
function ownNoun(before: Token | undefined, first: string): boolean {
  if (!before) return false;
  const w = before.lower;
  // An inflected adjective: "een geschikte plaats"; before "kennis" a word in -e is the subject ("de gemeente kennis genomen").
  const adjective = first !== 'kennis' && !before.capital && w.length > 3 && w.endsWith('e');
  return DETERMINERS.has(w) || PREPOSITIONS.has(w) || DEGREE.has(w) || adjective;
}

/**
 * What may follow a hyphen and a space: the rest of a shortened compound ("wet- en regelgeving", "in- of uitvoer", "van basis- naar voortgezet onderwijs",
 * "publiek- als privaat", "zorg- c.q. welzijnswerk"). Before any other word the space is a slip ("sociaal- economische",
 * "Financiële- verhoudingswet", often where a line break was pasted from a PDF) or a dash without its space before it.
 */
const ELISION_WORDS: ReadonlySet<string> = new Set(['en', 'of', 'tot', 'naar', 'via', 'als', 'noch', 'dan', 'c', 'respectievelijk', 'resp', 'cq', 'versus', 'vs', 'én', 'óf', 'alsook', 'maar', 'zowel', 'alsmede', 'ofwel', 'oftewel', 'evenals', 'hetzij', 'plus', 'annex', 'casu', 'naast', 'tegenover', 'behalve']);
const HYPHEN_SPACE = /^[-‐][ \t]+$/;
/** A dash that opens an aside without its space after it (" -in overleg met …"), earlier in the sentence. */
const DASH_OPENS = /(?:^|\s)[-–]\p{L}/u;



/**
 * Adjectives made from the name of a country, region, people or city take its capital ("Palestijnse", "Europese",
 * "Caribische"; Taaladvies, "Hoofdletters in aardrijkskundige bijvoeglijke naamwoorden"). Lower case is a slip. Left out
 * because they have a lower-case meaning of their own: "engels" (angels), "chinees" (the restaurant), "pools" (polar),
 * "schots" (schots en scheef), "fries" (a frieze), "bourgondisch", "westers", "oosters", and "franse" before "slag".
 */
const GEOGRAPHIC: ReadonlySet<string> = new Set(
  (
    'nederlands europees amerikaans duits frans belgisch russisch oekraïens oekraiens palestijns israëlisch israelisch ' +
    'turks marokkaans syrisch afghaans iraans iraaks caribisch antilliaans surinaams arubaans bonairiaans curaçaos ' +
    'curacaos limburgs brabants gronings zeeuws haags amsterdams rotterdams utrechts gelders drents zweeds noors deens ' +
    'spaans italiaans grieks portugees hongaars afrikaans aziatisch arabisch japans indiaas indonesisch canadees mexicaans ' +
    'braziliaans iers oostenrijks zwitsers litouws tsjechisch slowaaks roemeens bulgaars kroatisch servisch libanees ' +
    'egyptisch saoedisch eritrees ethiopisch koerdisch koreaans vietnamees taiwanees georgisch armeens moldavisch ' +
    'wit-russisch zuid-afrikaans noord-koreaans zuid-koreaans'
  )
    .split(' ')
    .flatMap((w) => [w, inflected(w)])
    // Only the inflected form of these: "engels" (angels), "brits" (a plank bed), "pools" (polar), "chinees" (the restaurant).
    .concat(['engelse', 'britse', 'poolse', 'chinese']),
);

/** The inflected form of an adjective of the list: "europees" → "europese", "indiaas" → "indiase", "duits" → "duitse". */
function inflected(adjective: string): string {
  if (adjective.endsWith('ees')) return `${adjective.slice(0, -3)}ese`;
  if (adjective === 'indiaas') return 'indiase';
  return `${adjective}e`;
}
/** A token inside a web or mail address, a path, a file name or a hashtag: its words are no prose ("www.nederlandse-bank.nl"). */
const RUN = 200;
const ADDRESS = /[/@_#]|www\.|\.\p{L}{2,4}(?![\p{L}\p{N}])/u;

export const schrijfwijze: Rule = {
  id: 'schrijfwijze',
  scope: 'part',
  kinds: ['motie', 'kamervragen'],
  overBudget: true,
  defaultSeverity: 'warning',
  title: { nl: 'Schrijfwijze', en: 'Spelling of word combinations' },
  docs: {
    summary: {
      nl: 'Signaleert woordcombinaties met één juiste schrijfwijze die geen woordenlijst ziet: ‘er voor zorgen’ (‘ervoor’), ‘hoe veel’ (‘hoeveel’), ‘kennis genomen’ (‘kennisgenomen’), ‘tenminste 40 %’ (‘ten minste’), ‘sociaal- economische’ (‘sociaal-economische’), ‘palestijnse’ (‘Palestijnse’), ‘bv. Het’ (‘bv. het’), ‘de deze’ en ‘het lid de Roon’ (‘De Roon’).',
      en: 'Flags word combinations with one right spelling that no word list sees: ‘er voor zorgen’ (‘ervoor’), ‘hoe veel’ (‘hoeveel’), ‘kennis genomen’ (‘kennisgenomen’), ‘tenminste 40 %’ (‘ten minste’), ‘sociaal- economische’ (‘sociaal-economische’), ‘palestijnse’ (‘Palestijnse’), ‘bv. Het’ (‘bv. het’), ‘de deze’ and ‘het lid de Roon’ (‘De Roon’).',
    },
    rationale: {
      nl:
        'Elk woord in ‘er voor zorgen’ bestaat, dus een spellingcontrole ziet niets; toch schrijft de Woordenlijst ' +
        '‘ervoor zorgen’: vormen ‘er’, ‘daar’ of ‘hier’ met het voorzetsel ernaast één voornaamwoordelijk bijwoord, dan ' +
        'worden ze aaneengeschreven (Taaladvies, ‘Aaneenschrijven van combinaties met er, daar, hier en waar’). Of ze dat ' +
        'vormen, lees je aan de woorden erna, en de regel meldt het alleen waar die geen andere lezing laten: een ' +
        'werkwoord of woord dat het bijwoord als aanvulling neemt (‘ervoor zorgen dat’, ‘eraan doen’, ‘erachter komen’, ' +
        '‘erop wijzen’, ‘erin slagen’, ‘ermee eens’, ‘ervan bewust’, ‘ervan uit’), hetzelfde na ‘te’ (‘ervoor te zorgen’), ' +
        'of het einde van de zin na ‘van’, ‘aan’, ‘naar’ of ‘toe’ (‘Wat vindt u er van?’). Los blijven: ‘er’ met een eigen ' +
        'woordgroep (‘er voor de deur’, ‘er op dit moment’), een voorzetsel dat bij het werkwoord hoort (‘Welke oorzaken ' +
        'zijn er aan te wijzen?’: aanwijzen), ‘om te’ en ‘door te’ (‘Welke mogelijkheden zijn er om te voorkomen …’), een ' +
        'woord dat ook zelfstandig naamwoord is (‘er voor zorg aan huis’) en ‘Hoeveel geld is er over?’. ' +
        '‘Hoe veel’ is altijd ‘hoeveel’. Het voltooid deelwoord van een werkwoord als ‘kennisnemen’, ‘gebruikmaken’, ' +
        '‘deelnemen’, ‘plaatsvinden’ of ‘bekendmaken’ is één woord (‘Heeft u kennisgenomen van …’), behalve waar het eerste woord ' +
        'een zelfstandig naamwoord met een eigen woord ervoor is: een lidwoord, voorzetsel, gradatiewoord of bijvoeglijk ' +
        'naamwoord (‘een deel genomen’, ‘zo weinig gebruik gemaakt’, ‘een geschikte plaats gevonden’), en ‘bekend gemaakt ' +
        'met’ (vertrouwd gemaakt). Na een koppelteken volgt geen spatie, tenzij het een ' +
        'samenstelling afkort (‘wet- en regelgeving’, ‘in- of uitvoer’, ‘huur- alsmede koopwoningen’, ‘van basis- naar ' +
        'voortgezet onderwijs’; een reeks zonder komma’s als ‘land- tuin- en bosbouw’ blijft ook ongemoeid): ' +
        '‘sociaal- economische’ komt vaak uit een gekopieerde pdf; de melding vraagt ook of een gedachtestreepje bedoeld ' +
        'is (‘ – ’) en biedt de samenvoeging zonder voorkeur aan. Een bijvoeglijk naamwoord van een land, volk, streek of ' +
        'stad krijgt een hoofdletter (‘de Palestijnse autoriteiten’, ‘niet-Europese landen’); woorden met een eigen ' +
        'betekenis in kleine letters (‘de franse slag’, ‘de chinees’, ‘engels’, ‘brits’, ‘westers’) en webadressen, ' +
        'bestandsnamen en hashtags blijven ongemoeid; in een samengestelde naam krijgt elk deel een hoofdletter ' +
        '(‘Zuid-Afrikaanse’). Na een afkorting midden in de zin (‘bv.’, ‘o.a.’, ‘d.w.z.’, ‘i.p.v.’) loopt de zin door: ' +
        '‘bv. Het inkoopbeleid’ wordt ‘bv. het inkoopbeleid’; een naam (‘o.a. De Vries’) en een afkorting die een zin kan ' +
        'besluiten (‘jl.’, ‘enz.’) blijven ongemoeid. ‘Tenminste’ betekent ‘althans’; vóór een getal of bedrag (‘ten minste 40 %’, ‘ten ' +
        'minste drie’) is ‘ten minste’ (minimaal) bedoeld; vóór ‘één’ kan het allebei zijn en wordt niets gemeld. ‘De deze’ ' +
        'of ‘op het dit moment’ is een verschrijving, behalve vóór een tijd (‘het deze week verschenen rapport’) of in een ' +
        'woordgroep vóór een zelfstandig naamwoord (‘de dit probleem veroorzakende factoren’); ‘het’ alleen na een ' +
        'voorzetsel, want elders kan het een voornaamwoord zijn (‘maakt u het deze ondernemers moeilijk’). Na ‘van het lid’ ' +
        'of ‘van de leden’ krijgt het tussenvoegsel van een achternaam zonder voornaam een hoofdletter (‘het lid De Roon’, ' +
        '‘de leden Van der Graaf’); ‘van’ en ‘van de’ alleen niet (‘het lid van de Tweede Kamer’). Citaten, ' +
        'voetnoten en de namen van de indieners worden niet gelezen.',
      en:
        'Every word of ‘er voor zorgen’ exists, so a spelling check sees nothing; yet the Woordenlijst writes ‘ervoor ' +
        'zorgen’: when ‘er’, ‘daar’ or ‘hier’ forms one pronominal adverb with the preposition beside it, they are written ' +
        'as one word (Taaladvies, ‘Aaneenschrijven van combinaties met er, daar, hier en waar’). Whether they do shows in ' +
        'the words after them, and the rule flags it only where those leave no other reading: a verb or word that takes ' +
        'the adverb as its complement (‘ervoor zorgen dat’, ‘eraan doen’, ‘erachter komen’, ‘erop wijzen’, ‘erin slagen’, ' +
        '‘ermee eens’, ‘ervan bewust’, ‘ervan uit’), the same after ‘te’ (‘ervoor te zorgen’), or the end of the sentence ' +
        'after ‘van’, ‘aan’, ‘naar’ or ‘toe’ (‘Wat vindt u er van?’). Left apart: ‘er’ with a phrase of its own (‘er voor ' +
        'de deur’, ‘er op dit moment’), a preposition that belongs to the verb (‘Welke oorzaken zijn er aan te wijzen?’: ' +
        'aanwijzen), ‘om te’ and ‘door te’ (‘Welke mogelijkheden zijn er om te voorkomen …’), a word that is also a noun ' +
        '(‘er voor zorg aan huis’) and ‘Hoeveel geld is er over?’. ‘Hoe veel’ is always ‘hoeveel’. The past participle ' +
        'of a verb such as ‘kennisnemen’, ‘gebruikmaken’, ‘deelnemen’, ‘plaatsvinden’ or ‘bekendmaken’ is one word ' +
        '(‘Heeft u kennisgenomen van …’), except where the first word is a noun with a word ' +
        'of its own before it: an article, preposition, word of degree or adjective (‘een deel genomen’, ‘zo weinig ' +
        'gebruik gemaakt’, ‘een geschikte plaats gevonden’), and ‘bekend gemaakt met’ (made familiar with). No space ' +
        'follows a hyphen unless it shortens a compound (‘wet- en regelgeving’, ‘in- of uitvoer’, ‘huur- alsmede ' +
        'koopwoningen’, ‘van basis- naar voortgezet onderwijs’; a list without its commas such as ‘land- tuin- en bosbouw’ is ' +
        'left alone too): ‘sociaal- economische’ often comes from a copied PDF; the finding also asks whether a ' +
        'dash (‘ – ’) was meant and offers the joined form without preference. An adjective of a country, people, region ' +
        'or city takes a capital (‘de Palestijnse autoriteiten’, ‘niet-Europese landen’); words with a lower-case ' +
        'meaning of their own (‘de franse slag’, ‘de chinees’, ‘engels’, ‘brits’, ‘westers’) and web addresses, file names and ' +
        'hashtags are left alone; in a compound name every part takes a capital (‘Zuid-Afrikaanse’). After an abbreviation ' +
        'inside a sentence (‘bv.’, ‘o.a.’, ‘d.w.z.’, ‘i.p.v.’) the sentence goes on: ‘bv. Het inkoopbeleid’ becomes ‘bv. het ' +
        'inkoopbeleid’; a name (‘o.a. De Vries’) and an abbreviation that may end a sentence (‘jl.’, ‘enz.’) are left alone. ‘Tenminste’ means ‘at ' +
        'any rate’; before a number or amount (‘ten minste 40 %’, ‘ten minste drie’) ‘ten minste’ (no less than) is meant; ' +
        'before ‘één’ it may be either and nothing is flagged. ‘De deze’ or ‘op het dit moment’ is a slip, except before a ' +
        'time (‘het deze week verschenen rapport’) or in a phrase before a noun (‘de dit probleem veroorzakende ' +
        'factoren’); ‘het’ only after a preposition, since elsewhere it may be a pronoun (‘maakt u het deze ondernemers ' +
        'moeilijk’). After ‘van het lid’ or ‘van de leden’ the tussenvoegsel of a surname without a first name takes a ' +
        'capital (‘het lid De Roon’, ‘de leden Van der Graaf’); not ‘van’ or ‘van de’ alone (‘het lid van de Tweede Kamer’). ' +
        'Quotations, footnotes and the names of the indieners are not read.',
    },
    bad: 'verzoekt de regering er voor te zorgen dat tenminste 40 % van de woningen betaalbaar is,',
    good: 'verzoekt de regering ervoor te zorgen dat ten minste 40 % van de woningen betaalbaar is,',
    fixes: {
      nl: 'Vervangt de woorden door de juiste schrijfwijze (‘er voor’ → ‘ervoor’); bij ‘de deze’ kiest u zelf welk woord vervalt, en na een koppelteken met spatie of u de woorden samenvoegt.',
      en: 'Replaces the words with the right spelling (‘er voor’ → ‘ervoor’); for ‘de deze’ you choose which word goes, and after a hyphen with a space whether to join the words.',
    },
  },
  check(ctx) {
    const { draft } = ctx;
    const text = draft.text;
    for (const part of proseParts(draft)) {
      const tokens = ownTokens(draft, part);
      // What the checks read after a word stays within the part: a part-scoped rule reads nothing of its neighbours.
      const within = text.slice(0, part.end);
      const adjacent = (k: number) => k + 1 < tokens.length && WORD_GAP.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start));
      for (let k = 0; k < tokens.length; k++) {
        const report =
          tenMinste(within, tokens[k]!) ?? hyphenSpace(within, tokens, k) ?? geographicCapital(within, tokens, k) ?? capitalAfterAbbreviation(within, tokens, k) ?? (STARTS.has(tokens[k]!.lower) && adjacent(k) ? pairAt(within, tokens, k, adjacent) : undefined);
        if (!report) continue;
        ctx.report(report);
        // Past the words the finding covers ("er voor": two; "palestijnse": one).
        while (k + 1 < tokens.length && tokens[k + 1]!.start < report.end) k++;
      }
    }
  },
};

/**
 * Abbreviations inside a sentence, with their full stop: the sentence goes on after them ("bv. het inkoopbeleid"). Not
 * those that may end one ("jl.", "enz.", "etc.": "op 7 mei jl. Het meldt …").
 */
const ABBREVIATION_BEFORE = /(?:^|[\s(])(?:bv|bijv|o\.a|d\.w\.z|m\.b\.t|t\.a\.v|i\.p\.v|i\.v\.m|t\.o\.v|t\.b\.v|m\.n|zgn|resp|incl|excl|vs)\.[ \t]+$/;
/** Before "bv." a determiner makes it the noun (besloten vennootschap): "een bv. De aandeelhouders …" ends a sentence. */
const BV_NOUN = /(?:^|\s)(?:een|de|die|deze|elke|iedere|haar|zijn|hun|uw)\s+bv\.[ \t]+$/i;
/** Words that a capital after such an abbreviation turns into a sentence start by mistake; a name has more capitals. */
const SENTENCE_WORDS: ReadonlySet<string> = new Set(['de', 'het', 'een', 'dit', 'deze', 'die', 'dat']);

/**
 * "bv. Het inkoop beleid" (kst-36200-XIV-97): a capital after an abbreviation that does not end the sentence. Only an
 * article or demonstrative followed by a word in lower case ("o.a. De Vries", "bv. Het Parool" are names).
 */
function capitalAfterAbbreviation(text: string, tokens: readonly Token[], k: number): Report | undefined {
  const token = tokens[k]!;
  const next = tokens[k + 1];
  if (!token.capital || !SENTENCE_WORDS.has(token.lower) || !next || next.capital) return undefined;
  if (!WORD_GAP.test(text.slice(token.end, next.start))) return undefined;
  const before = text.slice(Math.max(0, token.start - 12), token.start);
  const abbreviation = ABBREVIATION_BEFORE.exec(before);
  // In lower case as written ("VS." is the United States, a sentence may end there; a reviewer).
  if (!abbreviation || BV_NOUN.test(text.slice(Math.max(0, token.start - 20), token.start))) return undefined;
  const written = text.slice(token.start, token.end);
  const right = written.toLowerCase();
  const said = abbreviation[0].trim().replace(/^\(/, '');
  return {
    start: token.start,
    end: token.end,
    message: {
      nl: `Na ‘${said}’ loopt de zin door: ‘${right}’ zonder hoofdletter.`,
      en: `After ‘${said}’ the sentence goes on: ‘${right}’ without a capital.`,
    },
    fixes: [replaceFix(token.start, token.end, right)],
    data: { combination: 'hoofdletter', replacement: right },
  };
}

/** The first words of the two-word checks: the others are passed over without looking at the gap after them. */
const STARTS: ReadonlySet<string> = new Set([...ADVERB_FIRST, 'hoe', 'de', 'het', 'lid', 'leden', ...[...JOINED_PARTICIPLES.keys()].map((pair) => pair.split(' ')[0]!)]);

function pairAt(text: string, tokens: readonly Token[], k: number, adjacent: (k: number) => boolean): Report | undefined {
  return (
    adverbApart(text, tokens, k, adjacent) ??
    alwaysOne(text, tokens, k) ??
    participleApart(text, tokens, k) ??
    articleBeforeDemonstrative(text, tokens, k) ??
    memberName(text, tokens, k, adjacent)
  );
}

/** "kennis genomen" → "kennisgenomen" (see `JOINED_PARTICIPLES`). */
function participleApart(text: string, tokens: readonly Token[], k: number): Report | undefined {
  const first = tokens[k]!;
  const second = tokens[k + 1]!;
  const verb = JOINED_PARTICIPLES.get(`${first.lower} ${second.lower}`);
  if (!verb || ownNoun(tokens[k - 1], first.lower) || (first.lower === 'bekend' && tokens[k + 2]?.lower === 'met')) return undefined;
  const written = text.slice(first.start, second.end);
  const right = sameCase(written, text.slice(first.start, first.end) + second.lower);
  return {
    start: first.start,
    end: second.end,
    message: {
      nl: `“${oneLine(written)}” wordt aaneengeschreven: ‘${right}’ (van ‘${verb}’).`,
      en: `“${oneLine(written)}” is written as one word: ‘${right}’ (from ‘${verb}’).`,
    },
    fixes: [replaceFix(first.start, second.end, right)],
    data: { combination: 'aaneen', replacement: right },
  };
}

/** "de palestijnse autoriteiten" → "Palestijnse" (see `GEOGRAPHIC`); also after "niet-", "anti-", "pro-" ("niet-Europese"). */
function geographicCapital(text: string, tokens: readonly Token[], k: number): Report | undefined {
  const token = tokens[k]!;
  if (token.capital) return undefined;
  // Most words: one lookup, nothing read from the text.
  const dash = token.lower.indexOf('-');
  if (!GEOGRAPHIC.has(token.lower) && !(dash > 0 && GEOGRAPHIC.has(token.lower.slice(dash + 1)))) return undefined;
  const written = text.slice(token.start, token.end);
  const prefix = /^(?:niet|anti|pro|pan|trans|inter|intra|extra)-/iu.exec(written)?.[0] ?? '';
  const word = written.slice(prefix.length);
  if (!GEOGRAPHIC.has(word.toLowerCase()) || !/^\p{Ll}/u.test(word)) return undefined;
  if (word.toLowerCase() === 'franse' && tokens[k + 1]?.lower === 'slag') return undefined;
  // The white-space-delimited run around the word (at most `RUN` characters each side): an address or a path is no prose.
  let from = token.start;
  while (from > 0 && token.start - from < RUN && !/\s/.test(text[from - 1]!)) from--;
  const after = text.slice(token.end, token.end + RUN);
  const run = text.slice(from, token.start) + written + after.slice(0, after.search(/\s|$/));
  if (ADDRESS.test(run)) return undefined;
  // Every part of a compound name: "zuid-afrikaanse" → "Zuid-Afrikaanse".
  const right = prefix + word.replace(/(^|-)(\p{Ll})/gu, (_m, dash: string, letter: string) => dash + letter.toUpperCase());
  return {
    start: token.start,
    end: token.end,
    message: {
      nl: `“${written}” is afgeleid van een aardrijkskundige naam en krijgt een hoofdletter: ‘${right}’.`,
      en: `“${written}” is derived from a geographical name and takes a capital: ‘${right}’.`,
    },
    fixes: [replaceFix(token.start, token.end, right)],
    data: { combination: 'hoofdletter', replacement: right },
  };
}

/** "sociaal- economische" → "sociaal-economische": a space after a hyphen that shortens no compound (see `ELISION_WORDS`). */
function hyphenSpace(text: string, tokens: readonly Token[], k: number): Report | undefined {
  const word = tokens[k]!;
  const next = tokens[k + 1];
  const hyphen = text.charCodeAt(word.end);
  if ((hyphen !== 45 && hyphen !== 0x2010) || !next || next.minor || ELISION_WORDS.has(next.lower)) return undefined;
  const gap = text.slice(word.end, next.start);
  if (!HYPHEN_SPACE.test(gap) || !/\p{L}$/u.test(text.slice(word.start, word.end))) return undefined;
  // "land- tuin- en bosbouw": a list of shortened compounds without its commas, not a word broken apart.
  if (text.charCodeAt(next.end) === 45) return undefined;
  // "-in overleg met de sociale partners- hoe …": the closing one of a pair of dashes written without their spaces.
  if (DASH_OPENS.test(textBack(text, word.start, '.?!;\n', RUN))) return undefined;
  const written = text.slice(word.start, next.end);
  const right = text.slice(word.start, word.end + 1) + text.slice(next.start, next.end);
  return {
    start: word.start,
    end: next.end,
    message: {
      nl: `Spatie na het koppelteken in “${oneLine(written)}”: schrijf ‘${right}’, of is een gedachtestreepje (‘ – ’) bedoeld?`,
      en: `A space after the hyphen in “${oneLine(written)}”: write ‘${right}’, or is a dash (‘ – ’) meant?`,
    },
    fixes: [{ title: { nl: `Vervang door ‘${right}’`, en: `Replace with ‘${right}’` }, edits: [{ start: word.start, end: next.end, newText: right }] }],
    data: { combination: 'koppelteken', replacement: right },
  };
}

/**
 * Tussenvoegsels that only a surname follows. Not "van" or "van de" on their own ("het lid van de Tweede Kamer", "lid
 * van D66" are no names), and not "der" alone (the old genitive: "de leden der Staten-Generaal").
 */
const TUSSENVOEGSELS: ReadonlySet<string> = new Set(['de', 'den', 'ter', 'ten']);

/** A surname as written, a double one with its tussenvoegsels ("Vries-van der Leer") included, up to markup. */
const SURNAME = /^[^\s[*_]+?-(?:(?:van|de|der|den|ter|ten)\s+)*[^\s[*_]+|^[^\s[*_]+/u;

/**
 * Words after "van het lid de …" that start the next phrase, not a surname: "van de leden de Kamer geïnformeerd", "van
 * het lid de Europese Commissie".
 */
const NOT_SURNAMES: ReadonlySet<string> = new Set([
  'kamer', 'tweede', 'eerste', 'europese', 'minister', 'staatssecretaris', 'staten-generaal', 'raad', 'commissie',
  'nationale', 'nederlandse', 'regering', 'griffie', 'voorzitter', 'verenigde', 'rijksoverheid', 'staat', 'vaste',
]);

/**
 * "Vragen van het lid de Roon", "Motie van de leden van der Graaf en …": without a first name before it, the
 * tussenvoegsel of a surname takes a capital ("het lid De Roon", "de leden Van der Graaf"; Taaladvies, "Van der Graaf
 * / van der Graaf").
 */
function memberName(text: string, tokens: readonly Token[], k: number, adjacent: (k: number) => boolean): Report | undefined {
  const lid = tokens[k]!;
  if ((lid.lower !== 'lid' && lid.lower !== 'leden') || tokens[k - 2]?.lower !== 'van' || tokens[k - 1]?.lower !== (lid.lower === 'lid' ? 'het' : 'de')) return undefined;
  if (!adjacent(k - 2) || !adjacent(k - 1)) return undefined;
  const first = tokens[k + 1]!;
  const two = first.lower === 'van' && (tokens[k + 2]?.lower === 'der' || tokens[k + 2]?.lower === 'den') && adjacent(k + 1);
  if (first.capital || (!two && !TUSSENVOEGSELS.has(first.lower))) return undefined;
  const at = two ? k + 2 : k + 1;
  const last = tokens[at]!;
  const surname = tokens[at + 1];
  if (!surname || !surname.capital || !adjacent(at) || NOT_SURNAMES.has(surname.lower)) return undefined;
  const written = text.slice(first.start, last.end);
  const right = written.charAt(0).toUpperCase() + written.slice(1);
  // The whole surname for the message, a double one included ("De Vries-van der Leer").
  const name = `${right} ${SURNAME.exec(text.slice(surname.start, surname.start + 60))![0].replace(/[,;.:?!)]+$/, '')}`;
  return {
    start: first.start,
    end: last.end,
    message: {
      nl: `Zonder voornaam ervoor krijgt het tussenvoegsel een hoofdletter: ‘${oneLine(name)}’.`,
      en: `Without a first name before it, the tussenvoegsel takes a capital: ‘${oneLine(name)}’.`,
    },
    fixes: [
      {
        title: { nl: `Schrijf ‘${oneLine(name)}’`, en: `Write ‘${oneLine(name)}’` },
        edits: [{ start: first.start, end: first.start + 1, newText: right.charAt(0) }],
        isPreferred: true,
      },
    ],
    data: { combination: 'tussenvoegsel', replacement: right },
  };
}

/** "er voor" + a word that takes the adverb ("zorgen", "eens"), "te" + such an infinitive, or the end of the sentence. */
function adverbApart(text: string, tokens: readonly Token[], k: number, adjacent: (k: number) => boolean): Report | undefined {
  const first = tokens[k]!;
  const preposition = tokens[k + 1]!;
  if (!ADVERB_FIRST.has(first.lower) || !JOINING.has(preposition.lower)) return undefined;
  if (!joinsAfter(text, tokens, k + 1, adjacent)) return undefined;
  const written = text.slice(first.start, preposition.end);
  const right = sameCase(text.slice(first.start, preposition.end), first.lower + preposition.lower);
  return {
    start: first.start,
    end: preposition.end,
    message: {
      nl: `“${oneLine(written)}” wordt aaneengeschreven: ‘${right}’ (‘${first.lower}’ en ‘${preposition.lower}’ vormen hier één voornaamwoordelijk bijwoord).`,
      en: `“${oneLine(written)}” is written as one word: ‘${right}’ (‘${first.lower}’ and ‘${preposition.lower}’ form one pronominal adverb here).`,
    },
    fixes: [replaceFix(first.start, preposition.end, right)],
    data: { combination: 'bijwoord', replacement: right },
  };
}

/** What follows the preposition at `p` leaves only the pronominal adverb as a reading. */
function joinsAfter(text: string, tokens: readonly Token[], p: number, adjacent: (k: number) => boolean): boolean {
  const preposition = tokens[p]!;
  const next = tokens[p + 1];
  // `text` ends with the part: without a next word, the rest of the part is what follows.
  if (SENTENCE_END.test(text.slice(preposition.end, next ? next.start : text.length))) return JOINING_AT_END.has(preposition.lower);
  if (!next || !adjacent(p)) return false;
  const joining = JOINING.get(preposition.lower)!;
  const w = next.lower === 'te' && adjacent(p + 1) ? p + 2 : p + 1;
  const word = tokens[w];
  if (!word || word.capital || !joining.has(word.lower)) return false;
  if (!ZORGEN.has(word.lower)) return true;
  // "er voor zorgen dat": the verb; "er voor zorgen van ouders": the noun.
  const after = tokens[w + 1];
  return after === undefined || after.lower === 'dat' || /^[ \t]*[,.;:?!]/.test(text.slice(word.end, after.start));
}

/** "hoe veel" → "hoeveel". */
function alwaysOne(text: string, tokens: readonly Token[], k: number): Report | undefined {
  const first = tokens[k]!;
  const second = tokens[k + 1]!;
  const one = ALWAYS_ONE.get(`${first.lower} ${second.lower}`);
  if (!one) return undefined;
  const written = text.slice(first.start, second.end);
  const right = sameCase(text.slice(first.start, second.end), one);
  return {
    start: first.start,
    end: second.end,
    message: { nl: `“${oneLine(written)}” wordt aaneengeschreven: ‘${right}’.`, en: `“${oneLine(written)}” is written as one word: ‘${right}’.` },
    fixes: [replaceFix(first.start, second.end, right)],
    data: { combination: 'aaneen', replacement: right },
  };
}

/** "tenminste" before an amount → "ten minste" ("minimaal"; "tenminste" means "althans"). */
function tenMinste(text: string, word: Token): Report | undefined {
  if (word.lower !== 'tenminste' || !AMOUNT.test(text.slice(word.end, word.end + AMOUNT_REACH))) return undefined;
  const right = sameCase(text.slice(word.start, word.end), 'ten minste');
  return {
    start: word.start,
    end: word.end,
    message: {
      nl: `Vóór een aantal of bedrag staat ‘${right}’ (minimaal); ‘tenminste’ betekent ‘althans’.`,
      en: `Before a number or amount write ‘${right}’ (no less than); ‘tenminste’ means ‘at any rate’.`,
    },
    fixes: [replaceFix(word.start, word.end, right)],
    data: { combination: 'ten minste', replacement: right },
  };
}

/**
 * "de deze", "op het dit moment": one of the two is a slip; which one, only the writer knows. Not before a time ("het
 * deze week verschenen rapport") or an inflected participle that makes the words a phrase before a noun ("de dit
 * probleem veroorzakende factoren"), and "het" only after a preposition (elsewhere it may be a pronoun: "maakt u het
 * deze ondernemers moeilijk").
 */
function articleBeforeDemonstrative(text: string, tokens: readonly Token[], k: number): Report | undefined {
  const article = tokens[k]!;
  const demonstrative = tokens[k + 1]!;
  if ((article.lower !== 'de' && article.lower !== 'het') || (demonstrative.lower !== 'deze' && demonstrative.lower !== 'dit')) return undefined;
  if (article.lower === 'het' && !PREPOSITIONS.has(tokens[k - 1]?.lower ?? '')) return undefined;
  // "de de deze": the doubled article is `herhaald-woord`'s; once it is mended, "de deze" is reported here.
  if (tokens[k - 1]?.lower === article.lower) return undefined;
  const noun = tokens[k + 2];
  if (noun && TIME_WORD.test(noun.lower)) return undefined;
  if (tokens.slice(k + 3, k + 6).some((t) => ATTRIBUTIVE.test(t.lower))) return undefined;
  const written = text.slice(article.start, demonstrative.end);
  const keep = (t: Token, title: Localized) => ({ title, edits: [{ start: article.start, end: demonstrative.end, newText: matchCase(text.slice(article.start, article.end), text.slice(t.start, t.end)) }] });
  return {
    start: article.start,
    end: demonstrative.end,
    message: {
      nl: `“${oneLine(written)}”: een lidwoord en ‘${demonstrative.lower}’ naast elkaar; één van beide is te veel.`,
      en: `“${oneLine(written)}”: an article and ‘${demonstrative.lower}’ side by side; one of them is too many.`,
    },
    fixes: [
      keep(demonstrative, { nl: `Schrap ‘${article.lower}’`, en: `Remove ‘${article.lower}’` }),
      keep(article, { nl: `Schrap ‘${demonstrative.lower}’`, en: `Remove ‘${demonstrative.lower}’` }),
    ],
    data: { combination: 'lidwoord', written: oneLine(written) },
  };
}

function replaceFix(start: number, end: number, newText: string) {
  return { title: { nl: `Vervang door ‘${newText}’`, en: `Replace with ‘${newText}’` }, edits: [{ start, end, newText }], isPreferred: true };
}
