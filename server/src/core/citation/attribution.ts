import type { Draft, Quote } from '../draft/types';
import type { Span } from '../types';

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

/**
 * An agreement is named by its title, by "akkoord" with its year, or as the new/previous one. A bare year is not a
 * name: "sinds 2021 zijn ICT-projecten mislukt" says nothing about which agreement is quoted.
 */
const NAMES: [RegExp, string][] = [
  [/aan\s+de\s+slag|akkoord\s+(?:van\s+|uit\s+)?(?:januari\s+)?2026|(?:nieuwe|huidige)\s+(?:coalitie|regeer)?akkoord|d66,\s+vvd\s+en\s+cda/i, 'ca2026'],
  [/omzien\s+naar\s+elkaar|akkoord\s+(?:van\s+|uit\s+)?(?:december\s+)?2021|vorige\s+(?:coalitie|regeer)?akkoord|rutte[\s-]*iv/i, 'ca2021'],
];

/** The agreement a stretch of text names, if any. */
export function namedAgreement(text: string): string | undefined {
  for (const [re, id] of NAMES) if (re.test(text)) return id;
  return undefined;
}

export function attributedQuotes(draft: Draft): AttributedQuote[] {
  const masked = draft.lines.masked;
  const out: AttributedQuote[] = [];
  for (const quote of draft.quotes) {
    const words = quote.text.trim().split(/\s+/).length;
    if (words < 3) continue; // a quoted term ("regie") is not a quotation of the agreement
    // The attribution stands earlier in the same sentence ("volgens het coalitieakkoord wordt … ‘…’"), or after it.
    const window = masked.slice(Math.max(0, quote.start - 240), quote.start);
    const blank = [...window.matchAll(/\r?\n[ \t]*\r?\n/g)].at(-1);
    const paragraphFrom = blank ? blank.index + blank[0].length : 0;
    const inParagraph = window.slice(paragraphFrom);
    const sentenceFrom = Math.max(inParagraph.search(/[.!?;][^.!?;]*$/) + 1, 0);
    const before = inParagraph.slice(sentenceFrom);
    let cue: RegExpExecArray | null = null;
    for (const m of before.matchAll(CUE)) cue = m;
    const after = masked.slice(quote.end, quote.end + 120);
    const post = cue ? null : POST_CUE.exec(after);
    const keyAfter = /^\s*[.,;:]?\s*\[@([^\]\s;,]+)/.exec(after);
    if (!cue && !post && !keyAfter) continue;
    const beforeStart = quote.start - before.length;
    const cueSpan = cue
      ? { start: beforeStart + cue.index, end: beforeStart + cue.index + cue[0].trimEnd().length }
      : post
        ? { start: quote.end + post.index, end: quote.end + post[0].length }
        : { start: quote.start, end: quote.start };
    const named = namedAgreement(post ? `${before} ${post[0]}` : before) ?? (keyAfter ? keyAfter[1]!.split(':')[0] : undefined);
    out.push({ quote, cue: cueSpan, ...(named ? { named } : {}), ...(keyAfter ? { citedKey: keyAfter[1]! } : {}) });
  }
  return out;
}
