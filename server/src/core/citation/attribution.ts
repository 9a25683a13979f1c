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
  /(?:(?:het|in\s+het|volgens\s+het|uit\s+het|dat\s+het)\s+(?:nieuwe\s+|huidige\s+|vorige\s+)?(?:coalitieakkoord|regeerakkoord|akkoord)(?:\s+[“"‘']?(?:aan\s+de\s+slag|omzien\s+naar\s+elkaar)[^\s,:]*[”"’']?)?(?:\s+(?:uit|van)\s+(?:20\d\d|januari\s+2026|december\s+2021))?(?:\s+(?:stelt|staat|schrijft|zegt|belooft|vermeldt|noemt|lezen\s+we|is\s+afgesproken|staat\s+letterlijk|heet\s+het))?|(?:het\s+kabinet|de\s+coalitie|de\s+coalitiepartijen|d66,\s+vvd\s+en\s+cda)\s+(?:schrijft|stelt|belooft|zegt)(?:\s+in\s+het\s+(?:coalitie|regeer)?akkoord)?|(?:in\s+het\s+(?:coalitie|regeer)akkoord\s+)?(?:heeft|hebben)\s+(?:het\s+kabinet|de\s+coalitie(?:partijen)?)\s+(?:afgesproken|opgeschreven|beloofd|toegezegd)|(?:heeft|hebben)\s+(?:afgesproken|opgeschreven|beloofd|toegezegd)|staat\s+(?:letterlijk\s+)?in\s+het\s+(?:coalitie|regeer)akkoord)\s*(?:dat\s*)?[:,]?\s*$/i;

const NAMES: [RegExp, string][] = [
  [/aan\s+de\s+slag|2026|nieuwe\s+coalitieakkoord|huidige\s+coalitieakkoord|d66,\s+vvd\s+en\s+cda/i, 'ca2026'],
  [/omzien\s+naar\s+elkaar|2021|vorige\s+coalitieakkoord|rutte\s*iv/i, 'ca2021'],
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
    const lineStart = Math.max(masked.lastIndexOf('\n\n', quote.start), 0);
    const before = masked.slice(Math.max(lineStart, quote.start - 200), quote.start);
    const cue = CUE.exec(before);
    const after = masked.slice(quote.end, quote.end + 80);
    const keyAfter = /^\s*[.,;:]?\s*\[@([^\]\s;,]+)/.exec(after);
    if (!cue && !keyAfter) continue;
    const cueStart = cue ? quote.start - before.length + cue.index : quote.start;
    const cueSpan = cue ? { start: cueStart, end: cueStart + cue[0].trimEnd().length } : { start: quote.start, end: quote.start };
    const context = masked.slice(Math.max(0, quote.start - 300), quote.start);
    const named = namedAgreement(cue ? cue[0] : '') ?? namedAgreement(context.slice(-160)) ?? (keyAfter ? keyAfter[1]!.split(':')[0] : undefined);
    out.push({ quote, cue: cueSpan, ...(named ? { named } : {}), ...(keyAfter ? { citedKey: keyAfter[1]! } : {}) });
  }
  return out;
}
