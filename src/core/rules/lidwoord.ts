import type { Report, Rule } from './types';
import { matchCase, ownTokens, PREPOSITIONS, proseParts, type Token, WORD_GAP } from './util';

/*
 * An article or determiner that does not fit the noun's gender: "binnen welk termijn" (de termijn: "welke"), "Welke
 * effect" (het effect: "welk"). Only for nouns of policy text whose gender is certain (the Woordenlijst gives them one,
 * not "de/het") and only in the singular, right next to the determiner. No word list knows gender; these are written
 * out here.
 */

/** Nouns that take "het" (singular). */
const HET = new Set(
  (
    'effect beleid kabinet onderzoek rapport plan besluit voorstel akkoord advies bedrag aantal probleem systeem programma ' +
    'project budget fonds doel standpunt gesprek debat verzoek antwoord bericht artikel document verslag overleg ' +
    'wetsvoorstel amendement initiatief instrument kader proces risico gevolg resultaat verschil belang land gebied ' +
    'ministerie departement parlement college bestuur bedrijf onderwijs personeel toezicht verbod gezin kind huis dorp ' +
    'netwerk platform protocol register tarief traject uitgangspunt verband vervoer verkeer water geld jaar moment ' +
    'percentage signaal tekort verdrag uur nieuws incident pakket principe scenario stelsel materiaal middel'
  ).split(' '),
);
/** Nouns that take "de" (singular). */
const DE = new Set(
  (
    'termijn regering minister motie regeling wet maatregel vraag brief gemeente provincie organisatie overheid situatie ' +
    'uitvoering oplossing aanpak afspraak ambitie analyse commissie ontwikkeling periode procedure reactie rol sector stap ' +
    'studie subsidie toezegging uitspraak verplichting visie zorg inzet evaluatie norm opvang school woning wachtlijst ' +
    'bijdrage begroting financiering capaciteit vergunning staatssecretaris uitstoot energie industrie landbouw politie ' +
    'rechter rechtspraak inspectie toeslag belasting heffing pilot strategie richtlijn verordening grens markt prijs huur ' +
    'wijk stad regio eis'
  ).split(' '),
);
/**
 * Nouns used without an article as a mass ("of het zorg kan leveren", "of deze geld kost"): after "het", "dit" or "deze",
 * which may be pronouns, they are left alone.
 */
const MASS = new Set(
  'zorg opvang energie uitstoot landbouw industrie politie rechtspraak belasting huur inzet capaciteit financiering subsidie uitvoering beleid onderwijs personeel toezicht geld water verkeer vervoer nieuws'.split(' '),
);
/** The determiner of the other gender ("welk" ↔ "welke"). */
const OTHER: ReadonlyMap<string, string> = new Map([
  ['welk', 'welke'],
  ['dit', 'deze'],
  ['elk', 'elke'],
  ['ieder', 'iedere'],
  ['het', 'de'],
  ['welke', 'welk'],
  ['deze', 'dit'],
  ['elke', 'elk'],
  ['iedere', 'ieder'],
  ['de', 'het'],
]);
const FOR_HET: ReadonlySet<string> = new Set(['welk', 'dit', 'elk', 'ieder', 'het']);
/**
 * Determiners that may also be a pronoun standing alone ("of het zorg kan leveren", "heeft deze effect gehad", "dat
 * ieder zorg krijgt"): they are read as determiners only after a preposition ("over dit regeling") or at the start of a
 * sentence ("Deze onderzoek laat zien …").
 */
const PRONOUNS: ReadonlySet<string> = new Set(['het', 'dit', 'deze', 'ieder']);
/** A mark that ends a sentence, in the gap before the determiner. */
const SENTENCE_END = /[.?!:;]/;
/** A plural written with an apostrophe ("welke risico's"). */
const AFTER_NOUN = /^['’]s(?![\p{L}\p{N}])/u;
/** A subject after the "noun" makes it a verb in inverted order: "Dit vraag ik u", "Dit eis ik". */
const SUBJECTS: ReadonlySet<string> = new Set(['ik', 'u', 'wij', 'we', 'jij', 'je', 'hij', 'zij', 'ze', 'men']);

export const lidwoord: Rule = {
  id: 'lidwoord',
  scope: 'part',
  kinds: ['motie', 'kamervragen'],
  overBudget: true,
  defaultSeverity: 'warning',
  title: { nl: 'Lidwoord past niet bij het woord', en: 'Article does not fit the noun' },
  docs: {
    summary: {
      nl: 'Signaleert een lidwoord of ander bepalend woord dat niet bij het geslacht van het zelfstandig naamwoord past: ‘binnen welk termijn’ (‘welke’), ‘Welke effect’ (‘welk’).',
      en: 'Flags an article or determiner that does not fit the gender of the noun: ‘binnen welk termijn’ (‘welke’), ‘Welke effect’ (‘welk’).',
    },
    rationale: {
      nl:
        'Elk woord bestaat, dus een spellingcontrole ziet het niet; toch leest de minister ‘binnen welk termijn’ als een slordige ' +
        'vraag. De regel kent van zo’n 150 veelgebruikte woorden uit beleidsteksten het geslacht (de termijn, het effect, de motie, ' +
        'het kabinet) en meldt ‘welk/welke’, ‘dit/deze’, ‘elk/elke’, ‘ieder/iedere’ en ‘het/de’ direct ervoor als die niet ' +
        'passen. Alleen het enkelvoud en alleen woorden met één geslacht; een woord met een hoofdletter (een naam: ‘het ' +
        'Landbouw Collectief’), een meervoud met apostrof (‘welke risico’s’), een samenstelling die los geschreven is (‘het ' +
        'politie netwerk’), het eerste deel van een afgekorte samenstelling (‘de land- en tuinbouw’), een titel vóór een ' +
        'naam, ‘stap voor stap’ en ‘Dit vraag ik u’ blijven ongemoeid. ‘Het’, ‘dit’, ‘deze’ en ‘ieder’ kunnen ook een ' +
        'voornaamwoord zijn (‘heeft deze effect gehad?’, ‘of het zorg kan leveren’, ‘dat ieder zorg krijgt’): die worden ' +
        'alleen na een voorzetsel (‘over dit regeling’) of aan het begin van een zin als lidwoord opgevat.',
      en:
        'Every word exists, so a spelling check does not see it; yet the minister reads ‘binnen welk termijn’ as a careless ' +
        'question. The rule knows the gender of some 150 common nouns of policy text (de termijn, het effect, de motie, het ' +
        'kabinet) and flags ‘welk/welke’, ‘dit/deze’, ‘elk/elke’, ‘ieder/iedere’ and ‘het/de’ right before them when they do ' +
        'not fit. Singular only, and only nouns with one gender; a capitalised word (a name: ‘het Landbouw Collectief’), a ' +
        'plural with an apostrophe (‘welke risico’s’), a compound written apart (‘het politie netwerk’), the first part of a ' +
        'shortened compound (‘de land- en tuinbouw’), a title before a name, ‘stap voor stap’ and ‘Dit vraag ik u’ are left ' +
        'alone. ‘Het’, ‘dit’, ‘deze’ and ‘ieder’ may also be pronouns (‘heeft deze effect gehad?’, ‘of het zorg kan ' +
        'leveren’, ‘dat ieder zorg krijgt’): they are taken as determiners only after a preposition (‘over dit regeling’) or at ' +
        'the start of a sentence.',
    },
    bad: 'Bent u bereid dit op te lossen, en binnen welk termijn?',
    good: 'Bent u bereid dit op te lossen, en binnen welke termijn?',
    fixes: { nl: 'Vervangt het woord door het woord dat past (‘welk’ → ‘welke’).', en: 'Replaces the word with the one that fits (‘welk’ → ‘welke’).' },
  },
  check(ctx) {
    const { draft } = ctx;
    const text = draft.text;
    for (const part of proseParts(draft)) {
      const tokens = ownTokens(draft, part);
      for (let k = 0; k + 1 < tokens.length; k++) {
        const report = mismatch(text, tokens, k);
        if (report) ctx.report(report);
      }
    }
  },
};

const HYPHENS = '-‐–';
/** A present participle ("houdende", "voerende", "verrichtende"): the noun before it is part of its phrase. */
const PARTICIPLE_AFTER = /\p{L}{2}ende$/u;

/** Whether a determiner that may be a pronoun stands before its noun here: after a preposition or at a sentence start. */
function determinerHere(text: string, tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!before) return true;
  return PREPOSITIONS.has(before.lower) || SENTENCE_END.test(text.slice(before.end, tokens[k]!.start));
}

/** The determiner at `k` and the noun after it, when their genders differ (see the module comment). */
function mismatch(text: string, tokens: readonly Token[], k: number): Report | undefined {
  const det = tokens[k]!;
  const other = OTHER.get(det.lower);
  if (!other) return undefined;
  const noun = tokens[k + 1]!;
  if (noun.capital) return undefined;
  const wantsHet = HET.has(noun.lower);
  if (!wantsHet && !DE.has(noun.lower)) return undefined;
  // Fits (almost always): nothing read from the text.
  if (FOR_HET.has(det.lower) === wantsHet || !WORD_GAP.test(text.slice(det.end, noun.start))) return undefined;
  if (PRONOUNS.has(det.lower) && (MASS.has(noun.lower) || !determinerHere(text, tokens, k))) return undefined;
  // "welke risico's": a plural; "de land- en tuinbouw": the first part of a shortened compound.
  const next = text[noun.end];
  if (AFTER_NOUN.test(text.slice(noun.end, noun.end + 3)) || (next !== undefined && HYPHENS.includes(next))) return undefined;
  // "welke …, welke effect heeft": the old relative pronoun.
  if (det.lower === 'welke' && /,\s*$/.test(text.slice(Math.max(0, det.start - 8), det.start))) return undefined;
  const after = tokens[k + 2];
  if (after && WORD_GAP.test(text.slice(noun.end, after.start))) {
    // "het politie netwerk": the article belongs to the second noun of a compound written apart; "het minister Jansen":
    // a title before a name; "stap voor stap"; "Dit vraag ik u": a verb before its subject.
    if (HET.has(after.lower) || DE.has(after.lower) || after.capital) return undefined;
    // "de toezicht houdende instantie", "de beleid voerende partij": the noun is part of a participle before another noun.
    if (PARTICIPLE_AFTER.test(after.lower)) return undefined;
    if (tokens[k + 3]?.lower === noun.lower && /^(?:voor|na|op|aan|bij|om)$/.test(after.lower)) return undefined;
    if (PRONOUNS.has(det.lower) && SUBJECTS.has(after.lower)) return undefined;
  }
  const right = matchCase(text.slice(det.start, det.end), other);
  const written = text.slice(det.start, noun.end).replace(/\s+/g, ' ');
  const article = wantsHet ? 'het' : 'de';
  return {
    start: det.start,
    end: noun.end,
    message: {
      nl: `“${written}”: ‘${noun.lower}’ is een ${article}-woord, dus ‘${right} ${noun.lower}’.`,
      en: `“${written}”: ‘${noun.lower}’ takes ‘${article}’, so ‘${right} ${noun.lower}’.`,
    },
    fixes: [{ title: { nl: `Vervang door ‘${right}’`, en: `Replace with ‘${right}’` }, edits: [{ start: det.start, end: det.end, newText: right }], isPreferred: true }],
    data: { noun: noun.lower, article },
  };
}
