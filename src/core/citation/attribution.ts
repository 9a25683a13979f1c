import type { AgreementTimeline } from '../corpus/agreements';
import { DRAFT_KEY_PATTERN } from '../corpus/citationKey';
import { priorStart } from '../draft/prior';
import type { Draft, Part, Quote } from '../draft/types';
import { detached } from '../text/detach';
import { ObjectMemo } from '../text/objectMemo';
import { firstStartingAt } from '../text/positions';
import { onFirstUse } from '../text/lazy';
import type { Span } from '../types';
import { perUnitText } from './memo';

/**
 * Which quotations a draft attributes to an agreement. A quotation counts when the words just before it say so
 * ("het coalitieakkoord stelt:", "in het coalitieakkoord staat", "volgens het coalitieakkoord", "het kabinet
 * schrijft", "heeft afgesproken:") or when a citation key stands right after it. The agreement may be named:
 * "Aan de slag" / "coalitieakkoord 2026" → ca2026; "Omzien naar elkaar" / "coalitieakkoord 2021" → ca2021.
 */
export interface AttributedQuote {
  quote: Quote;
  /** The corpus the draft names for this quotation, when it names one. */
  named?: string;
  /** The words that attribute it ("het coalitieakkoord stelt"), for messages. */
  cue: Span;
  /** A citation key right after the quotation, if any. */
  citedKey?: string;
}

const CUE =
  /(?:(?:het|in\s+het|volgens\s+het|uit\s+het|dat\s+het)\s+(?:nieuwe\s+|huidige\s+|vorige\s+)?(?:coalitieakkoord|regeerakkoord|akkoord)(?:\s+[“"‘']?(?:aan\s+de\s+slag|omzien\s+naar\s+elkaar)[^\s,:]*[”"’']?)?(?:\s+(?:uit|van)\s+(?:20\d\d|januari\s+2026|december\s+2021))?(?:\s+(?:stelt|staat|schrijft|zegt|belooft|vermeldt|noemt|lezen\s+we|is\s+afgesproken|staat\s+letterlijk|heet\s+het))?|(?:het\s+kabinet|de\s+coalitie|de\s+coalitiepartijen|d66,\s+vvd\s+en\s+cda)\s+(?:schrijft|stelt|belooft|zegt)(?:\s+in\s+het\s+(?:coalitie|regeer)?akkoord)?|(?:in\s+het\s+(?:coalitie|regeer)akkoord\s+)?(?:heeft|hebben)\s+(?:het\s+kabinet|de\s+coalitie(?:partijen)?)\s+(?:afgesproken|opgeschreven|beloofd|toegezegd)|staat\s+(?:letterlijk\s+)?in\s+het\s+(?:coalitie|regeer)akkoord)/gi;

/** Attribution after the quotation: "‘…’ uit het coalitieakkoord", "‘…’, aldus het akkoord", "‘…’ (coalitieakkoord, p. 31)". */
const POST_CUE =
  /^[\s,;]*(?:\(\s*|uit\s+|in\s+|van\s+|aldus\s+|zo\s+(?:staat|stelt|schrijft|zegt|belooft)\s+(?:het\s+|in\s+het\s+)?|zoals\s+(?:het\s+|in\s+het\s+)?)(?:het\s+)?(?:nieuwe\s+|huidige\s+|vorige\s+)?(?:coalitieakkoord|regeerakkoord)(?:\s+[“"‘']?(?:aan\s+de\s+slag|omzien\s+naar\s+elkaar)[^\s,:)]*[”"’']?)?(?:\s+(?:van|uit)\s+20\d\d)?/i;

/** A citation key right after the quotation (after at most one mark): "‘…’ [@ca2026:…]". */
const KEY_AFTER_QUOTE = new RegExp(`^\\s*[.,;:]?\\s*\\[@(${DRAFT_KEY_PATTERN})`);

const MONTH = '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)';

/** The words of a name, as the patterns read them: its runs of letters and digits. */
function wordsIn(words: string): string[] {
  return words.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

function escapeWords(words: string): string {
  return wordsIn(words)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s,.;:-]+');
}

/** What names an agreement by its title: the title before a full stop (a long title before its comma). */
function titleName(title: string): string {
  const main = title.split('.')[0]!;
  const beforeComma = main.split(',')[0]!;
  return main.split(/\s+/).length > 4 && beforeComma.split(/\s+/).length >= 2 ? beforeComma : main;
}

/** How an agreement may be named: its patterns, each compiled the first time a text holds the words it needs. */
interface NamePatterns {
  id: string;
  /** The title's words a text must hold to name it (`required`; '' for a word not required, none: always look). */
  titleWords: readonly string[];
  /** Words of which a text must hold one (lower case) to name the agreement otherwise: its year, cabinet, parties (an empty one: always look). */
  otherWords: readonly string[];
  title(): RegExp;
  other(): RegExp;
}

const namePatterns = new WeakMap<AgreementTimeline, NamePatterns[]>();

/** The words of what `escapeWords` makes a pattern of, as a text must hold them (`required`). */
function requiredWords(words: string): string[] {
  return wordsIn(words).map((w) => required(w.toLowerCase()));
}

/**
 * A word a text must hold (in `prefilterText`'s lower case) when a pattern with it matches: a word of ASCII letters and
 * digits, whose case partners under the patterns' case-insensitive matching all lower-case to it (the long s as
 * `prefilterText` makes it); '' (no word required) for a word with other letters, which may have partners that
 * lower-case otherwise (a final sigma, µ, ſ in a title of the user's calendar).
 */
function required(word: string): string {
  return /^[a-z0-9]+$/.test(word) ? word : '';
}

/**
 * A text as the prefilter compares it: lower case, and the long s as s (the one letter the patterns' case-insensitive
 * matching folds to an ASCII letter that `toLowerCase` leaves alone), so a text the pattern matches holds every word
 * the pattern requires (`required`).
 */
function prefilterText(text: string): string {
  return text.toLowerCase().replace(/\u017f/g, 's');
}

/**
 * Per agreement: its title, and "akkoord" with its year, its cabinet, its parties. A title is a name only as a title:
 * quoted ("‘Aan de slag’") or capitalised ("in Aan de slag staat"), so "aan de slag te gaan" names nothing. The
 * case-insensitive Unicode patterns cost about a millisecond each to compile, so each waits for a text that holds a
 * word it needs (every alternative of `other` holds the year, "hoofdlijnenakkoord", the cabinet or the first party).
 */
function patternsOf(timeline: AgreementTimeline): NamePatterns[] {
  let list = namePatterns.get(timeline);
  if (list) return list;
  list = [];
  for (const p of timeline.periods) {
    const year = p.from.slice(0, 4);
    const named = titleName(p.title);
    const alts = [`(?:coalitie|regeer|hoofdlijnen)?akkoord\\s+(?:van\\s+|uit\\s+)?(?:${MONTH}\\s+)?${year}`];
    const otherWords = [year];
    if (p.kind === 'hoofdlijnenakkoord') alts.push('hoofdlijnenakkoord'), otherWords.push('hoofdlijnenakkoord');
    if (p.cabinet) {
      alts.push(/\s/.test(p.cabinet) ? `(?:kabinet[\\s-]*)?${escapeWords(p.cabinet)}` : `kabinet[\\s-]+${escapeWords(p.cabinet)}`);
      otherWords.push(requiredWords(p.cabinet)[0] ?? '');
    }
    if (p.parties.length >= 3) {
      alts.push(`${p.parties.slice(0, -1).map(escapeWords).join(',\\s*')}\\s+en\\s+${escapeWords(p.parties.at(-1)!)}`);
      otherWords.push(requiredWords(p.parties[0]!)[0] ?? '');
    }
    list.push({
      id: p.id,
      // Every word: the first of "Aan de slag" is in most sentences, its last in few.
      titleWords: requiredWords(named),
      otherWords,
      title: onFirstUse(() => new RegExp(`(?:[‘“"«']\\s*|(?<![\\p{L}\\p{N}]))(${escapeWords(named)})(?![\\p{L}\\p{N}])`, 'giu')),
      other: onFirstUse(() => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'iu')),
    });
  }
  namePatterns.set(timeline, list);
  return list;
}

/** The title written as a title: after a quotation mark, or with its first letter a capital. */
function namesTitle(text: string, re: RegExp): boolean {
  for (const m of text.matchAll(re)) {
    const quoted = /^[‘“"«']/.test(m[0]);
    const first = m[1]![0]!;
    if (quoted || first !== first.toLowerCase()) return true;
  }
  return false;
}

const CURRENT = /(?:nieuwe|huidige)\s+(?:coalitie|regeer)?akkoord/i;
const PREVIOUS = /vorige\s+(?:coalitie|regeer|hoofdlijnen)?akkoord/i;

/**
 * The agreement a stretch of text names, if any: by its title ("Omzien naar elkaar", "Aan de slag"), by "akkoord"
 * with the year it was presented, by its cabinet ("Rutte IV", "het kabinet-Schoof"), by its parties, or as the
 * new / previous one, relative to the one in force on `date`. A bare year is not a name: "sinds 2021 zijn
 * ICT-projecten mislukt" says nothing about which agreement is quoted.
 */
export function namedAgreement(text: string, timeline: AgreementTimeline, date: string): string | undefined {
  return namedOnce(timeline, text, date);
}

// Per text and date: the patterns run once per sentence or quotation context, not again on every keystroke elsewhere.
const namedOnce = perUnitText((timeline: AgreementTimeline, text: string, date: string) => findNamedAgreement(text, timeline, date));

/** `namedAgreement` unmemoised; `prefilter: false` runs every pattern (the tests compare both ways). */
export function findNamedAgreement(text: string, timeline: AgreementTimeline, date: string, prefilter = true): string | undefined {
  const folded = prefilterText(text);
  const holds = (word: string) => !prefilter || word === '' || folded.includes(word);
  for (const p of patternsOf(timeline)) {
    if ((p.titleWords.every(holds) && namesTitle(text, p.title())) || (p.otherWords.some(holds) && p.other().test(text))) return p.id;
  }
  const current = timeline.on(date);
  if (current && CURRENT.test(text)) return current.id;
  if (current && PREVIOUS.test(text)) {
    const i = timeline.periods.indexOf(current);
    return i > 0 ? timeline.periods[i - 1]!.id : undefined;
  }
  return undefined;
}

/** How far before and after a quotation its attribution is read (the window of `attributionOf`). */
const BEFORE = 240;
const AFTER = 120;

/**
 * A version's quotations and what was found for each (null: not attributed), in order, with the timeline and date
 * they were read under: the next version takes them for the quotations whose window the keystroke did not touch.
 */
interface AttributionsOfVersion {
  timeline: AgreementTimeline;
  date: string;
  quotes: readonly Quote[];
  found: readonly (AttributedQuote | null)[];
}

const attributionsByVersion = new ObjectMemo<readonly Part[], AttributionsOfVersion>();

/**
 * The quotations of the draft that it attributes to an agreement. A quotation whose window (`BEFORE` characters before
 * it, `AFTER` after it) lies where this version and the previous one agree keeps what was found for it, moved (a long
 * set of Kamervragen quotes a news item in most questions: each read on every keystroke cost a 500 kB draft 1 ms).
 */
export function attributedQuotes(draft: Draft, timeline: AgreementTimeline, date: string): AttributedQuote[] {
  const prior = draft.prior;
  const stored = prior && attributionsByVersion.get(prior.parts);
  const before = stored && stored.timeline === timeline && stored.date === date ? stored : undefined;
  const found: (AttributedQuote | null)[] = new Array(draft.quotes.length);
  const out: AttributedQuote[] = [];
  draft.quotes.forEach((quote, i) => {
    const from = quote.start - BEFORE;
    const to = quote.end + AFTER;
    // Where the window lies in the previous version, if it lies where the two versions agree.
    const at = before ? priorStart(draft, from, to) : undefined;
    const shift = at === undefined ? undefined : from - at;
    const kept = shift === undefined ? undefined : previousAttribution(before!, quote, shift);
    const attributed = kept !== undefined ? kept : attributionOf(draft, quote, timeline, date);
    found[i] = attributed;
    if (attributed) out.push(attributed);
  });
  attributionsByVersion.set(draft.parts, { timeline, date, quotes: draft.quotes, found });
  return out;
}

/**
 * What the previous version found for the quotation `shift` characters before this one (the same quotation, the same
 * words around it), moved to this one; undefined when it had none there.
 */
function previousAttribution(before: AttributionsOfVersion, quote: Quote, shift: number): AttributedQuote | null | undefined {
  const at = firstStartingAt(before.quotes, quoteStart, quote.start - shift);
  const old = before.quotes[at];
  if (!old || old.start !== quote.start - shift || old.end !== quote.end - shift) return undefined;
  const was = before.found[at];
  if (!was) return was;
  return { ...was, quote, cue: { start: was.cue.start + shift, end: was.cue.end + shift } };
}

const quoteStart = (q: Quote) => q.start;

/** Whether the words around a quotation attribute it to an agreement (see `AttributedQuote`); null when they do not. */
function attributionOf(draft: Draft, quote: Quote, timeline: AgreementTimeline, date: string): AttributedQuote | null {
  const masked = draft.lines.masked;
  const words = quote.text.trim().split(/\s+/).length;
  if (words < 3) return null; // a quoted term ("regie") is not a quotation of the agreement
  // The attribution stands earlier in the same sentence ("volgens het coalitieakkoord wordt … ‘…’"), or after it.
  const window = masked.slice(Math.max(0, quote.start - BEFORE), quote.start);
  const blank = [...window.matchAll(/\r?\n[ \t]*\r?\n/g)].at(-1);
  const paragraphFrom = blank ? blank.index + blank[0].length : 0;
  const inParagraph = window.slice(paragraphFrom);
  const sentenceFrom = Math.max(inParagraph.search(/[.!?;][^.!?;]*$/) + 1, 0);
  const before = inParagraph.slice(sentenceFrom);
  let cue: RegExpExecArray | null = null;
  for (const m of before.matchAll(CUE)) cue = m;
  const after = masked.slice(quote.end, quote.end + AFTER);
  const post = cue ? null : POST_CUE.exec(after);
  const keyAfter = KEY_AFTER_QUOTE.exec(after);
  if (!cue && !post && !keyAfter) return null;
  const beforeStart = quote.start - before.length;
  const cueSpan = cue
    ? { start: beforeStart + cue.index, end: beforeStart + cue.index + cue[0].trimEnd().length }
    : post
      ? { start: quote.end + post.index, end: quote.end + post[0].length }
      : { start: quote.start, end: quote.start };
  // Kept for the next versions: the names as copies, not views of this version's text (see `detached`).
  const named = namedAgreement(post ? `${before} ${post[0]}` : before, timeline, date) ?? (keyAfter ? detached(keyAfter[1]!.split(':')[0]!) : undefined);
  return { quote, cue: cueSpan, ...(named ? { named } : {}), ...(keyAfter ? { citedKey: detached(keyAfter[1]!) } : {}) };
}
