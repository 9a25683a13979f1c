import type { Commitment } from '../corpus/types';
import type { Draft } from '../draft/types';
import type { Span } from '../types';
import { alignQuote, type QuoteAlignment, type QuotePassage } from '../retrieval/alignment';
import { attributedQuotes, type AttributedQuote } from './attribution';
import { commitmentPassages, type CitationEngine } from './engine';
import { perDraft } from './memo';
import { agreementContext } from './agreement';
import { citationUnits, type CitationUnit } from './suggest';

/**
 * The verdict on one quotation attributed to an agreement:
 * - `verbatim`: the agreement's words (in the agreement the draft names, or any when it names none);
 * - `misquote`: close to a known passage of that agreement, with a word changed, dropped or added;
 * - `other-agreement`: the words (or nearly) are in another loaded agreement than the one named;
 * - `unknown`: not found in any known passage.
 */
export interface QuoteCheck {
  attributed: AttributedQuote;
  verdict: 'verbatim' | 'misquote' | 'other-agreement' | 'unknown';
  alignment: QuoteAlignment;
  /** The corpus the draft attributes the quotation to (named, or the one in force). */
  target: string | undefined;
  /** Where the words were found. */
  foundIn?: string;
  /** The commitment the words belong to, when they belong to one. */
  key?: string;
  /** The sentence that holds the quotation (for citation offers). */
  unit?: CitationUnit;
  /** For `unknown`: the nearest commitments by content. */
  nearest: Commitment[];
}

export const verifyQuotes = perDraft((draft: Draft, engine: CitationEngine): QuoteCheck[] => {
  const units = citationUnits(draft);
  const out: QuoteCheck[] = [];
  const ctx = agreementContext(draft, engine.corpus);
  for (const attributed of attributedQuotes(draft, engine.corpus.timeline, ctx.date)) {
    const { quote } = attributed;
    // The agreement the quotation is attributed to: the one it names, else the draft's (named or in force). When that
    // one is not loaded, the quotation cannot be checked: no verdict, rather than one against another agreement.
    const target = attributed.named !== undefined ? (engine.corpus.corpus(attributed.named) ? attributed.named : undefined) : ctx.target;
    if (target === undefined) continue;
    const unit = unitHolding(units, quote);
    const base = { attributed, target, ...(unit ? { unit } : {}) };
    const { alignment, elsewhere } = engine.memo(`quote\u0000${target ?? ''}\u0000${attributed.citedKey ?? ''}\u0000${quote.text}`, () =>
      judgeQuote(engine, quote.text, target, attributed.citedKey),
    );
    const origin = alignment.passageIds[0] ? engine.origin(alignment.passageIds[0]) : undefined;
    if (alignment.verdict === 'none' || !origin) {
      const nearest = engine
        .rank(quote.text, target ? [target] : [])
        .filter((h) => !target || h.corpusId === target)
        .slice(0, 3)
        .map((h) => engine.corpus.get(h.key))
        .filter((c): c is Commitment => !!c);
      out.push({ ...base, alignment, verdict: 'unknown', nearest });
      continue;
    }
    const found = { alignment, foundIn: origin.corpusId, ...(origin.key ? { key: origin.key } : {}), nearest: [] };
    if (elsewhere) out.push({ ...base, ...found, verdict: 'other-agreement' });
    else out.push({ ...base, ...found, verdict: alignment.verdict === 'verbatim' ? 'verbatim' : 'misquote' });
  }
  return out;
});

/**
 * The sentence that holds a quotation. Units are in document order and do not overlap, so the only candidate is the
 * last one starting at or before the quotation (a binary search: a long draft has thousands of both).
 */
function unitHolding(units: readonly CitationUnit[], quote: Span): CitationUnit | undefined {
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid]!.start <= quote.start) lo = mid + 1;
    else hi = mid;
  }
  const unit = units[lo - 1];
  return unit && quote.end <= unit.end + 1 ? unit : undefined;
}

/**
 * Compare a quotation with the corpus: next to its citation key with that commitment first (also short ones), then
 * with the agreement it is attributed to, and only then with the others.
 */
function judgeQuote(engine: CitationEngine, text: string, target: string | undefined, citedKey: string | undefined): { alignment: QuoteAlignment; elsewhere: boolean } {
  const inTarget = (p: QuotePassage) => engine.origin(p.id)?.corpusId === target;
  const cited = citedKey ? engine.corpus.get(citedKey) : undefined;
  let alignment = cited ? alignQuote(text, commitmentPassages(cited), { minCloseWords: 3 }) : undefined;
  if (!alignment || alignment.verdict === 'none') alignment = engine.quotes.check(text, undefined, target ? inTarget : undefined);
  if (alignment.verdict === 'none' && target) {
    const other = engine.quotes.check(text, undefined, (p) => !inTarget(p));
    // Near wording elsewhere is evidence only when the quotation is long enough not to match by chance.
    if (other.verdict === 'verbatim' || (other.verdict === 'close' && other.words >= 6)) return { alignment: other, elsewhere: true };
  }
  return { alignment, elsewhere: false };
}
