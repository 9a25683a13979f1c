import type { TextReader } from '../text/blanked';
import type { Localized } from '../types';
import type { Rule } from './types';
import { oneLine, ownTokens, proseParts, type Token, WORD_GAP } from './util';

/** The longest repeated phrase looked for, in words. */
const MAX_PHRASE = 4;

/**
 * Doubles that Dutch grammar makes: "dat die die regeling …", "wat wat kost", "geeft haar haar geld", "zijn zijn
 * plannen", "geeft hun hun geld terug", "dat ze ze kwijt is", "dat je je zorgen maakt". "dat dat" is judged apart.
 */
const GRAMMATICAL: ReadonlySet<string> = new Set(['die', 'haar', 'hun', 'je', 'jullie', 'wat', 'ze', 'zijn', 'zo']);

/**
 * Prepositions: "het het" after one is an article typed twice ("van het het beschikbare geld"). Elsewhere the first
 * "het" is a pronoun and the second an article: "Acht u het het juiste moment?", "dat het het beste werkt".
 */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'aan', 'achter', 'bij', 'binnen', 'buiten', 'conform', 'door', 'in', 'inzake', 'langs', 'met', 'na', 'naar', 'naast', 'om',
  'omtrent', 'ondanks', 'onder', 'op', 'over', 'per', 'rond', 'sinds', 'tegen', 'tijdens', 'tot', 'tussen', 'uit', 'van',
  'vanaf', 'vanuit', 'via', 'volgens', 'voor', 'wegens', 'zonder',
]);

/**
 * Whether "het het" at word `i` doubles the article: where a sentence or clause begins, or after a preposition. After
 * "om", "zonder" or "door" opening an infinitive clause the first "het" may be its object, but only where what follows
 * shows it: a time ("om het het komende jaar te evalueren") or a verb that takes someone to give it to ("zonder het het
 * parlement te melden"). "door het het beleid te wijzigen", "van het het beschikbare geld … uit te geven" double the
 * article (a reviewer: any infinitive within six words had let them all go).
 */
function articleTwice(own: TextReader, tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || CLAUSE_END.test(own.slice(before.end, tokens[i]!.start))) return true;
  if (!PREPOSITIONS.has(before.lower)) return false;
  if (!INFINITIVE_OPENERS.has(before.lower)) return true;
  const verb = infinitiveSoon(own, tokens, i + 2);
  return !(verb !== undefined && (TIME_WORDS.has(tokens[i + 2]?.lower ?? '') || GIVING_VERBS.has(verb)));
}

/** The prepositions that open an infinitive clause ("om … te", "zonder … te", "door … te"). */
const INFINITIVE_OPENERS: ReadonlySet<string> = new Set(['om', 'zonder', 'door']);
/** Words that make "het komende jaar" a time, not the object. */
const TIME_WORDS: ReadonlySet<string> = new Set(['komende', 'volgende', 'afgelopen', 'hele', 'gehele', 'eerste', 'laatste', 'lopende', 'huidige']);
/**
 * Verbs with a receiver: "het het parlement melden" is telling parliament it, "het het kabinet makkelijker maken" making
 * it easier for the cabinet. A separable verb as the infinitive writes it, its particle before "te" ("voor te leggen").
 */
const GIVING_VERBS: ReadonlySet<string> = new Set([
  'melden', 'geven', 'sturen', 'toesturen', 'zenden', 'toezenden', 'voorleggen', 'vertellen', 'meedelen', 'mededelen', 'uitleggen',
  'overhandigen', 'laten', 'zeggen', 'vragen', 'verzoeken', 'aanbieden', 'tonen', 'maken',
]);
/** Particles of the separable verbs above, written before "te" ("toe te sturen", "mede te delen"). */
const PARTICLES: ReadonlySet<string> = new Set(['toe', 'voor', 'mee', 'mede', 'uit', 'aan']);

/** How many words after "het het" an infinitive ("te" and a word) is looked for. */
const INFINITIVE_REACH = 6;

/**
 * The verb after "te" within `INFINITIVE_REACH` words of `from`, in the same clause, with its particle when one stands
 * before "te" ("voor te leggen": "voorleggen"); undefined when there is none.
 */
function infinitiveSoon(own: TextReader, tokens: readonly Token[], from: number): string | undefined {
  for (let j = from; j + 1 < tokens.length && j < from + INFINITIVE_REACH; j++) {
    if (j > from && CLAUSE_END.test(own.slice(tokens[j - 1]!.end, tokens[j]!.start))) return undefined;
    if (tokens[j]!.lower !== 'te') continue;
    const particle = j > from ? tokens[j - 1]!.lower : '';
    return PARTICLES.has(particle) ? particle + tokens[j + 1]!.lower : tokens[j + 1]!.lower;
  }
  return undefined;
}

/** Plural finite verbs: after "dat dat" one of these means the second "dat" is a slip (the demonstrative is singular). */
const PLURAL: ReadonlySet<string> = new Set([
  'zijn', 'hebben', 'worden', 'kunnen', 'zullen', 'moeten', 'mogen', 'willen', 'blijven', 'komen', 'gaan', 'staan',
  'liggen', 'lijken', 'blijken', 'zouden', 'hadden', 'waren', 'werden', 'konden', 'moesten', 'mochten', 'wilden',
  'bleven', 'kwamen', 'gingen', 'stonden', 'lagen', 'leken', 'bleken',
]);

/** Singular finite verbs: the first of these in the clause makes the demonstrative "dat" its subject. */
const SINGULAR: ReadonlySet<string> = new Set([
  'is', 'heeft', 'wordt', 'kan', 'zal', 'moet', 'mag', 'wil', 'blijft', 'komt', 'gaat', 'staat', 'ligt', 'lijkt',
  'blijkt', 'zou', 'had', 'was', 'werd', 'kon', 'moest', 'mocht', 'wilde', 'bleef', 'kwam', 'ging', 'stond', 'lag',
  'leek', 'bleek', 'krijgt', 'kreeg', 'doet', 'deed', 'geeft', 'gaf', 'houdt', 'maakt', 'leidt', 'betekent', 'zegt',
  'klopt', 'helpt', 'werkt', 'kost', 'biedt',
]);

/** Words that start another clause: the verb of the clause after "dat dat" is not looked for beyond them. */
const CLAUSE_START: ReadonlySet<string> = new Set(['dat', 'die', 'wat', 'welke', 'om', 'omdat', 'zodat', 'waardoor', 'terwijl', 'wanneer', 'als', 'maar', 'want', 'of']);

/** Marks that end the clause. */
const CLAUSE_END = /[,;.?!]/;

/** How far (in words) the verb of the clause after "dat dat" is looked for. */
const CLAUSE_WORDS = 40;

/**
 * After "dat dat": does the clause that follows the second "dat" have a plural finite verb (before the next mark or the
 * next clause)? "maar dat dat er geen middelen zijn vrijgemaakt" yes; "dat dat klopt", "dat dat er geen gevolgen voor
 * heeft" no. "zijn" may be the possessive ("dat dat zijn taak is"): it counts only when no singular verb follows.
 */
function pluralClause(own: TextReader, tokens: readonly Token[], from: number): boolean {
  let zijn = false;
  for (let j = from; j < tokens.length && j < from + CLAUSE_WORDS; j++) {
    const t = tokens[j]!;
    if (j > from && CLAUSE_END.test(own.slice(tokens[j - 1]!.end, t.start))) break;
    if (CLAUSE_START.has(t.lower)) break;
    if (j > from && tokens[j - 1]!.lower === 'te') continue; // "te zijn", "te kunnen": an infinitive
    if (SINGULAR.has(t.lower)) return false;
    if (t.lower === 'zijn') zijn = true;
    else if (PLURAL.has(t.lower)) return true;
  }
  return zijn;
}

export const herhaaldWoord: Rule = {
  id: 'herhaald-woord',
  scope: 'part',
  kinds: ['motie', 'kamervragen'],
  overBudget: true,
  defaultSeverity: 'warning',
  title: { nl: 'Herhaald woord', en: 'Repeated word' },
  docs: {
    summary: {
      nl: 'Signaleert een woord of woordgroep die per ongeluk twee keer achter elkaar staat (‘het het’, ‘te hebben te hebben’).',
      en: 'Flags a word or phrase accidentally written twice in a row (‘het het’, ‘te hebben te hebben’).',
    },
    rationale: {
      nl:
        'Over een motie wordt woord voor woord gestemd en ze wordt gepubliceerd zoals ze is ingediend; Kamervragen gaan ' +
        'zoals ze zijn ingezonden naar de bewindspersoon en in de Handelingen. Een verschrijving als ‘van het het ' +
        'beschikbare geld’ of ‘te hebben te hebben’ staat dan voorgoed in het Kamerstuk. De regel kijkt naar uw eigen ' +
        'woorden, ook over een regelovergang heen, en niet naar citaten, voetnoten, commentaar, code, de namen van de ' +
        'indieners of de lijst met bronnen. Grammaticale verdubbelingen blijven staan: ‘dat dat klopt’, ‘die die’, ' +
        '‘wat wat’, ‘haar haar’, ‘zijn zijn’, ‘hun hun’, ‘ze ze’, ‘je je’, ‘jullie jullie’, ‘om zo zo min mogelijk’, ‘acht u het het juiste moment’ (‘het het’ alleen na een voorzetsel zonder infinitief erna, of aan het begin van een zin: ‘van het het beschikbare geld’, niet ‘om het het komende jaar te evalueren’). Alleen ‘dat dat’ wordt wél ' +
        'gemeld als de bijzin erna een meervoudige persoonsvorm heeft (‘maar dat dat er geen middelen zijn ' +
        'vrijgemaakt’): het aanwijzende ‘dat’ is enkelvoud, dus dan is het tweede ‘dat’ een verschrijving. Ook niet ' +
        'gemeld: getallen, losse letters, en een tweede woord met een hoofdletter na een eerste zonder (een naam: ' +
        '‘de De Vries’, ‘het Het Parool’). Staat een woord of woordgroep drie keer of vaker achter elkaar, dan is dat één ' +
        'melding voor de hele reeks, ook bij een woord dat de grammatica twee keer toestaat (‘die die die’).',
      en:
        'A motie is voted on word for word and published as submitted; written questions go to the minister and into ' +
        'the record as sent. A slip like ‘van het het beschikbare geld’ or ‘te hebben te hebben’ then stays in the ' +
        'Kamerstuk for good. The rule reads your own words, across a line break too, and not quotations, footnotes, ' +
        'comments, code, the names of the indieners or the list of sources. Grammatical Dutch doubles are left ' +
        'alone: ‘dat dat klopt’, ‘die die’, ‘wat wat’, ‘haar haar’, ‘zijn zijn’, ‘hun hun’, ‘ze ze’, ‘je je’, ‘jullie ' +
        'jullie’, ‘acht u het het juiste moment’ (‘het het’ only after a preposition without an infinitive after it, or where a sentence begins: ‘van het het beschikbare geld’, not ‘om het het komende jaar te evalueren’). Only ‘dat dat’ is flagged when the clause after it has a plural finite verb (‘maar dat dat er geen ' +
        'middelen zijn vrijgemaakt’): the demonstrative ‘dat’ is singular, so the second ‘dat’ is a slip. Also left ' +
        'alone: numbers, single letters, and a second word with a capital after a first without one (a name: ‘de De ' +
        'Vries’, ‘het Het Parool’). A word or phrase three or more times in a row is one finding for the whole run, also ' +
        'a word grammar allows twice (‘die die die’).',
    },
    bad: 'constaterende dat grote delen van het het beschikbare geld niet worden besteed;',
    good: 'constaterende dat grote delen van het beschikbare geld niet worden besteed;',
    fixes: {
      nl: 'Schrapt de tweede keer, met de spatie of regelovergang ervoor (‘van het het beschikbare’ → ‘van het beschikbare’).',
      en: 'Removes the second occurrence with the space or line break before it (‘van het het beschikbare’ → ‘van het beschikbare’).',
    },
  },
  check(ctx) {
    const { draft } = ctx;
    const { text, ownWords: own } = draft;
    for (const part of proseParts(draft)) {
      const tokens = ownTokens(draft, part);
      // Whether word k and word k + 1 stand next to each other: nothing but spaces and at most one line break between
      // (asked only where words repeat).
      const next = (k: number) => k + 1 < tokens.length && WORD_GAP.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start));
      // Whether the n words at `at` repeat the n words at i, right after them (a copy in capitals after one without is
      // a name: "de De Vries", "het Het Parool").
      const repeats = (i: number, at: number, n: number): boolean => {
        if (tokens[at]!.capital && !tokens[i]!.capital) return false;
        for (let k = 0; k < n; k++) if (tokens[i + k]!.lower !== tokens[at + k]!.lower) return false;
        for (let k = at - 1; k < at + n - 1; k++) if (!next(k)) return false;
        return true;
      };
      // How many times the n words at i stand in a row, each copy next to the one before (asked only of a repetition
      // that is reported: counting every run, also those left alone, read a run of 20,000 × "a" from each of its words).
      const copies = (i: number, n: number): number => {
        let c = 2;
        for (let at = i + 2 * n; at + n <= tokens.length && repeats(i, at, n); at += n) c++;
        return c;
      };
      // Where the last reported repetition ends (in words): reports never overlap, so their fixes all apply.
      let reported = 0;
      for (let i = 0; i < tokens.length; i++) {
        for (let n = 1; n <= MAX_PHRASE && i + 2 * n <= tokens.length; n++) {
          const second = i + n;
          if (second < reported) continue;
          // The cheap word comparison first: nearly every position fails it, before the phrase's words are read.
          if (!repeats(i, second, n)) continue;
          let inOne = true;
          for (let k = i; k < i + n - 1 && inOne; k++) inOne = next(k);
          if (!inOne) continue;
          const again = tokens[second]!;
          const last = tokens[second + n - 1]!;
          const words = tokens.slice(second, second + n);
          if (n === 1 ? again.minor : words.some((t) => /\p{N}/u.test(t.lower)) || words.every((t) => t.minor)) continue;
          const times = copies(i, n);
          // The doubles Dutch grammar makes are doubles: three in a row is a slip whatever the word.
          if (times === 2 && n === 1 && GRAMMATICAL.has(again.lower)) continue;
          if (times === 2 && n === 1 && again.lower === 'dat' && !pluralClause(own, tokens, second + 1)) continue;
          if (times === 2 && n === 1 && again.lower === 'het' && !articleTwice(own, tokens, i)) continue;
          const quoted = oneLine(text.slice(again.start, last.end));
          // A run is one finding, the second copy to the last (a pasted "het het het …" gave one per copy).
          const end = tokens[i + times * n - 1]!.end;
          ctx.report({
            start: again.start,
            end,
            message: repeatedMessage(quoted, n, times),
            fixes: [
              {
                title: times === 2 ? { nl: `Schrap de herhaling “${quoted}”`, en: `Remove the repeated “${quoted}”` } : { nl: `Schrap de herhalingen van “${quoted}”`, en: `Remove the repetitions of “${quoted}”` },
                // The space or line break before the second occurrence goes with it: "maar dat\ndat er" → "maar dat er".
                edits: [{ start: tokens[second - 1]!.end, end, newText: '' }],
                isPreferred: true,
              },
            ],
            data: { repeated: quoted.toLowerCase(), words: n, times },
          });
          reported = i + times * n;
          break;
        }
      }
    }
  },
};

/** The finding's message: a word or words written twice, or more often, in a row. */
function repeatedMessage(quoted: string, words: number, times: number): Localized {
  if (times === 2) {
    return words === 1
      ? { nl: `Herhaald woord “${quoted}”: staat hier twee keer achter elkaar. Schrap er één.`, en: `Repeated word “${quoted}”: it appears twice in a row. Remove one.` }
      : { nl: `Herhaalde woorden “${quoted}”: staan hier twee keer achter elkaar. Schrap de herhaling.`, en: `Repeated words “${quoted}”: they appear twice in a row. Remove the repetition.` };
  }
  const nl = TIMES_NL[times] ?? String(times);
  const en = TIMES_EN[times] ?? String(times);
  return words === 1
    ? { nl: `Herhaald woord “${quoted}”: staat hier ${nl} keer achter elkaar. Schrap de herhalingen.`, en: `Repeated word “${quoted}”: it appears ${en} times in a row. Remove the repetitions.` }
    : { nl: `Herhaalde woorden “${quoted}”: staan hier ${nl} keer achter elkaar. Schrap de herhalingen.`, en: `Repeated words “${quoted}”: they appear ${en} times in a row. Remove the repetitions.` };
}

/** Small counts in words, as "twee keer" is written. */
const TIMES_NL: Readonly<Record<number, string>> = { 3: 'drie', 4: 'vier', 5: 'vijf', 6: 'zes', 7: 'zeven', 8: 'acht', 9: 'negen', 10: 'tien' };
const TIMES_EN: Readonly<Record<number, string>> = { 3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 8: 'eight', 9: 'nine', 10: 'ten' };
