import type { Localized } from '../types';
import type { Report, Rule } from './types';
import { matchCase, oneLine, ownTokens, proseParts, type Token, WORD_GAP } from './util';

/*
 * Word combinations with one right spelling that a word list cannot check, since every word is a word: the
 * pronominal adverb written apart ("er voor zorgen" for "ervoor zorgen"), "hoe veel" for "hoeveel", "tenminste" before
 * an amount ("ten minste"), and an article before a demonstrative ("aan de deze doelstelling"). Each is flagged only
 * where the words around it leave one reading (Taaladvies: "ervoor / er voor", "hoeveel", "ten minste / tenminste").
 */

/** The words that join a preposition into a pronominal adverb ("ervoor", "daarover", "hiermee"). */
const ADVERB_FIRST: ReadonlySet<string> = new Set(['er', 'daar', 'hier']);

/** Prepositions as they stand in a pronominal adverb ("met" is "mee" there, "tot" is "toe"). */
const ADVERB_PREPOSITIONS: ReadonlySet<string> = new Set([
  'aan', 'achter', 'bij', 'boven', 'door', 'in', 'langs', 'mee', 'na', 'naar', 'naast', 'om', 'onder', 'op', 'over',
  'tegen', 'toe', 'tussen', 'uit', 'van', 'voor',
]);

/**
 * Verb forms that take the pronominal adverb as their complement ("ervoor zorgen", "eraan doen", "erachter komen",
 * "erop wijzen", "ervan uitgaan"). After "er voor" such a verb leaves no other reading: "er" cannot be the
 * existential "er" with "voor" opening a phrase of its own, since a verb follows, not a noun.
 */
const COMPLEMENT_VERBS: ReadonlySet<string> = new Set([
  'zorgen', 'zorgt', 'zorg', 'zorgde', 'zorgden', 'gezorgd',
  'doen', 'doet', 'gedaan',
  'werken', 'werkt', 'gewerkt',
  'wijzen', 'wijst', 'gewezen',
  'rekenen', 'rekent', 'gerekend',
  'voldoen', 'voldoet', 'voldaan',
  'bijdragen', 'bijgedragen',
  'uitgaan', 'uitgegaan',
  'omgaan', 'omgegaan',
  'nadenken', 'nagedacht',
  'informeren', 'geïnformeerd',
  'komen', 'komt', 'gekomen', 'kwam', 'kwamen',
  'uitzien', 'uitziet', 'uitgezien',
  'inzetten', 'ingezet',
  'aandringen', 'aangedrongen',
  'toezien', 'toegezien',
  'geloven', 'gelooft',
  'staan', 'staat',
  'zitten', 'zit',
  'spreken', 'gesproken',
]);

/**
 * A particle that belongs with the adverb: "ervan uit", "erop toe", "erop aan", "erop neer", "eraan bij" ("draagt eraan bij"),
 * "eraan mee", "ermee om", "ermee eens", "erover eens".
 */
const PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['van', new Set(['uit'])],
  ['op', new Set(['toe', 'aan', 'neer'])],
  ['aan', new Set(['bij', 'mee'])],
  ['mee', new Set(['om', 'eens'])],
  ['over', new Set(['eens'])],
]);

/** Words after "te" that end in n but are no infinitive ("er voor te open grenzen" is not meant). */
const NOT_INFINITIVES: ReadonlySet<string> = new Set(['open', 'eigen', 'gesloten', 'verborgen', 'geen', 'een', 'even']);

/** Marks that close the clause right after "er voor": "Wat vindt u er van?", "Wat gaat u er aan doen, en …". */
const CLAUSE_CLOSE = /^[ \t]*[?.!;:,]/;

/** An amount after "tenminste": a number in digits, a number word or a sum of money. */
const AMOUNT_REACH = 24;
const AMOUNT = /^[ \t]+(?:\d|€|(?:één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|honderd|duizend|miljoen|miljard|de helft)(?![\p{L}\p{N}]))/iu;

/** Time words after a demonstrative: "het deze week verschenen rapport" is right ("deze week" is when). */
const TIME_WORDS: ReadonlySet<string> = new Set([
  'week', 'maand', 'jaar', 'dag', 'keer', 'ochtend', 'middag', 'avond', 'nacht', 'voorjaar', 'najaar', 'zomer',
  'winter', 'herfst', 'lente', 'eeuw', 'periode', 'kabinetsperiode', 'zomerreces', 'reces', 'kwartaal', 'weekend',
  'jaren', 'weken', 'maanden', 'dagen',
]);

/** The two-word spellings that are always one word ("hoe veel" → "hoeveel"). */
const ALWAYS_ONE: ReadonlyMap<string, string> = new Map([['hoe veel', 'hoeveel']]);

export const schrijfwijze: Rule = {
  id: 'schrijfwijze',
  scope: 'part',
  kinds: ['motie', 'kamervragen'],
  overBudget: true,
  defaultSeverity: 'warning',
  title: { nl: 'Schrijfwijze', en: 'Spelling of word combinations' },
  docs: {
    summary: {
      nl: 'Signaleert woordcombinaties met één juiste schrijfwijze die geen woordenlijst ziet: ‘er voor zorgen’ (‘ervoor’), ‘hoe veel’ (‘hoeveel’), ‘tenminste 40 %’ (‘ten minste’) en ‘de deze’.',
      en: 'Flags word combinations with one right spelling that no word list sees: ‘er voor zorgen’ (‘ervoor’), ‘hoe veel’ (‘hoeveel’), ‘tenminste 40 %’ (‘ten minste’) and ‘de deze’.',
    },
    rationale: {
      nl:
        'Elk woord in ‘er voor zorgen’ bestaat, dus een spellingcontrole ziet niets; toch schrijft de Woordenlijst ' +
        '‘ervoor zorgen’: staan ‘er’, ‘daar’ of ‘hier’ direct naast het voorzetsel, dan worden ze aaneengeschreven ' +
        '(Taaladvies, ‘ervoor / er voor’). De regel meldt dat alleen als de woorden erna maar één lezing laten: een ' +
        'werkwoord dat het voornaamwoordelijk bijwoord als aanvulling neemt (‘ervoor zorgen’, ‘eraan doen’, ‘erachter ' +
        'komen’, ‘erop wijzen’), ‘te’ met een infinitief (‘ervoor te zorgen’), een vast partikel (‘ervan uit’, ‘ermee ' +
        'eens’, ‘erop toe’), of het einde van de zin na ‘er’ (‘Wat vindt u er van?’). Niet gemeld: ‘er voor de deur’, ' +
        '‘er bij een besluit’ (daar begint een eigen woordgroep), ‘er in principe van uit’ (de woorden staan niet ' +
        'naast elkaar). Verder: ‘hoe veel’ is altijd ‘hoeveel’; ‘tenminste’ betekent ‘althans’, en vóór een aantal of ' +
        'bedrag (‘ten minste 40 %’, ‘ten minste drie’) is ‘ten minste’ (minimaal) bedoeld; een lidwoord vóór ‘deze’ of ' +
        '‘dit’ (‘aan de deze doelstelling’) is een verschrijving, behalve vóór een tijdsaanduiding (‘het deze week ' +
        'verschenen rapport’). Citaten, voetnoten en de namen van de indieners worden niet gelezen.',
      en:
        'Every word of ‘er voor zorgen’ exists, so a spelling check sees nothing; yet the Woordenlijst writes ‘ervoor ' +
        'zorgen’: when ‘er’, ‘daar’ or ‘hier’ stands right beside the preposition, they are written as one word ' +
        '(Taaladvies, ‘ervoor / er voor’). The rule flags it only when the words after it leave one reading: a verb ' +
        'that takes the pronominal adverb as its complement (‘ervoor zorgen’, ‘eraan doen’, ‘erachter komen’, ‘erop ' +
        'wijzen’), ‘te’ with an infinitive (‘ervoor te zorgen’), a fixed particle (‘ervan uit’, ‘ermee eens’, ‘erop ' +
        'toe’), or the end of the clause after ‘er’ (‘Wat vindt u er van?’). Not flagged: ‘er voor de deur’, ‘er bij ' +
        'een besluit’ (a phrase of its own starts there), ‘er in principe van uit’ (the words are not side by side). ' +
        'Also: ‘hoe veel’ is always ‘hoeveel’; ‘tenminste’ means ‘at any rate’, and before a number or amount (‘ten ' +
        'minste 40 %’, ‘ten minste drie’) ‘ten minste’ (no less than) is meant; an article before ‘deze’ or ‘dit’ (‘aan ' +
        'de deze doelstelling’) is a slip, except before a time (‘het deze week verschenen rapport’). Quotations, ' +
        'footnotes and the names of the indieners are not read.',
    },
    bad: 'verzoekt de regering er voor te zorgen dat tenminste 40 % van de woningen betaalbaar is,',
    good: 'verzoekt de regering ervoor te zorgen dat ten minste 40 % van de woningen betaalbaar is,',
    fixes: {
      nl: 'Vervangt de woorden door de juiste schrijfwijze (‘er voor’ → ‘ervoor’); bij ‘de deze’ kiest u zelf welk woord vervalt.',
      en: 'Replaces the words with the right spelling (‘er voor’ → ‘ervoor’); for ‘de deze’ you choose which word goes.',
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
          tenMinste(within, tokens[k]!) ??
          (adjacent(k) ? (adverbApart(within, tokens, k, adjacent) ?? alwaysOne(text, tokens, k) ?? articleBeforeDemonstrative(text, tokens, k)) : undefined);
        if (!report) continue;
        ctx.report(report);
        k++;
      }
    }
  },
};

/** "er voor" + a verb, "te" + infinitive, a particle or (after "er") the end of the clause: one word. */
function adverbApart(text: string, tokens: Token[], k: number, adjacent: (k: number) => boolean): Report | undefined {
  const first = tokens[k]!;
  const preposition = tokens[k + 1]!;
  if (!ADVERB_FIRST.has(first.lower) || !ADVERB_PREPOSITIONS.has(preposition.lower)) return undefined;
  if (!fitsAfter(text, tokens, k + 1, first.lower === 'er', adjacent)) return undefined;
  const written = text.slice(first.start, preposition.end);
  const right = matchCase(text.slice(first.start, first.end), first.lower + preposition.lower);
  return {
    start: first.start,
    end: preposition.end,
    message: {
      nl: `“${oneLine(written)}” schrijf je aaneen: ‘${right}’ (‘${first.lower}’ en ‘${preposition.lower}’ staan direct naast elkaar).`,
      en: `“${oneLine(written)}” is written as one word: ‘${right}’ (‘${first.lower}’ and ‘${preposition.lower}’ stand right beside each other).`,
    },
    fixes: [replaceFix(first.start, preposition.end, right)],
    data: { combination: 'bijwoord', replacement: right },
  };
}

/** What follows the preposition at `p` leaves only the pronominal adverb as a reading. */
function fitsAfter(text: string, tokens: Token[], p: number, er: boolean, adjacent: (k: number) => boolean): boolean {
  const preposition = tokens[p]!;
  const next = tokens[p + 1];
  if (er && CLAUSE_CLOSE.test(text.slice(preposition.end, next ? next.start : preposition.end + 2))) return true;
  if (!next || !adjacent(p)) return false;
  if (COMPLEMENT_VERBS.has(next.lower) || PARTICLES.get(preposition.lower)?.has(next.lower)) return true;
  if (next.lower !== 'te' || !adjacent(p + 1)) return false;
  const verb = tokens[p + 2];
  return verb !== undefined && verb.lower.length >= 3 && verb.lower.endsWith('n') && !NOT_INFINITIVES.has(verb.lower) && !verb.capital;
}

/** "hoe veel" → "hoeveel". */
function alwaysOne(text: string, tokens: Token[], k: number): Report | undefined {
  const first = tokens[k]!;
  const second = tokens[k + 1]!;
  const one = ALWAYS_ONE.get(`${first.lower} ${second.lower}`);
  if (!one) return undefined;
  const written = text.slice(first.start, second.end);
  const right = matchCase(text.slice(first.start, first.end), one);
  return {
    start: first.start,
    end: second.end,
    message: { nl: `“${oneLine(written)}” schrijf je aaneen: ‘${right}’.`, en: `“${oneLine(written)}” is written as one word: ‘${right}’.` },
    fixes: [replaceFix(first.start, second.end, right)],
    data: { combination: 'aaneen', replacement: right },
  };
}

/** "tenminste" before an amount → "ten minste" ("minimaal"; "tenminste" means "althans"). */
function tenMinste(text: string, word: Token): Report | undefined {
  if (word.lower !== 'tenminste' || !AMOUNT.test(text.slice(word.end, word.end + AMOUNT_REACH))) return undefined;
  const right = matchCase(text.slice(word.start, word.end), 'ten minste');
  return {
    start: word.start,
    end: word.end,
    message: {
      nl: `Vóór een aantal of bedrag schrijf je ‘${right}’ (minimaal); ‘tenminste’ betekent ‘althans’.`,
      en: `Before a number or amount write ‘${right}’ (no less than); ‘tenminste’ means ‘at any rate’.`,
    },
    fixes: [replaceFix(word.start, word.end, right)],
    data: { combination: 'ten minste', replacement: right },
  };
}

/** "de deze", "het dit": one of the two is a slip; which one, only the writer knows. */
function articleBeforeDemonstrative(text: string, tokens: Token[], k: number): Report | undefined {
  const article = tokens[k]!;
  const demonstrative = tokens[k + 1]!;
  if (!['de', 'het', 'een'].includes(article.lower) || !['deze', 'dit'].includes(demonstrative.lower)) return undefined;
  const after = tokens[k + 2];
  if (after && TIME_WORDS.has(after.lower)) return undefined;
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
