/**
 * The built-in corpus with the same id as an imported document (e.g. `ca2026`, the passages publications quoted)
 * against the document itself: which of its entries the document contains word for word, and where. A commitment
 * found keeps its key on the unit that states it; one not found (the press may have misquoted it) is carried over
 * as it was, still marked as quoted.
 */

import { createQuoteMatcher } from '../../retrieval/quoteMatcher';
import type { QuoteVerdict } from '../../retrieval/alignment';
import type { Span } from '../../types';
import type { Commitment, Corpus, Passage } from '../types';

export interface BuiltinFound {
  entry: Commitment | Passage;
  /** Index of the paragraph it was found in, and the span of its words in that paragraph's repaired text. */
  paragraph: number;
  span: Span;
}

export interface BuiltinMissing {
  entry: Commitment | Passage;
  /**
   * `close`: the document has a wording a few words apart (a misquote); `none`: nothing like it; `overlap`: found, but
   * in the sentences of another commitment that keeps its key there (`sharedWith`).
   */
  reason: Exclude<QuoteVerdict, 'verbatim'> | 'overlap';
  /** The document's wording of a close match. */
  nearest?: string;
  sharedWith?: string;
}

export interface BuiltinMatches {
  commitments: BuiltinFound[];
  passages: BuiltinFound[];
  missing: BuiltinMissing[];
}

/** A commitment (it has a citation key), not a passage. */
export function isCommitment(entry: Commitment | Passage): entry is Commitment {
  return 'key' in entry;
}

/** The found commitments that can keep their key: one per run of sentences (`overlaps` tells two apart). */
export function keepDisjoint(found: readonly BuiltinFound[], overlaps: (a: BuiltinFound, b: BuiltinFound) => boolean): { kept: BuiltinFound[]; shared: BuiltinMissing[] } {
  const kept: BuiltinFound[] = [];
  const shared: BuiltinMissing[] = [];
  for (const f of found) {
    const other = kept.find((k) => k.paragraph === f.paragraph && overlaps(k, f));
    if (other) shared.push({ entry: f.entry, reason: 'overlap', sharedWith: (other.entry as Commitment).id });
    else kept.push(f);
  }
  return { kept, shared };
}

/** The one paragraph that holds `text` verbatim (at a word boundary), or undefined when none or several do. */
function exactly(paragraphTexts: readonly string[], text: string): { paragraph: number; span: Span } | undefined {
  let hit: { paragraph: number; span: Span } | undefined;
  for (const [paragraph, p] of paragraphTexts.entries()) {
    const start = p.indexOf(text);
    if (start < 0) continue;
    const wordStart = start === 0 || !/[\p{L}\p{N}]/u.test(p[start - 1]!);
    if (hit || !wordStart || p.indexOf(text, start + 1) >= 0) return undefined;
    hit = { paragraph, span: { start, end: start + text.length } };
  }
  return hit;
}

/**
 * Look for every entry of `builtin` in the paragraphs (their repaired texts) with the quote aligner the quote checks
 * use, so a quoter's shortening marks (`(…)`, `[door]`) span the words they stand for. Only a verbatim match within
 * one paragraph counts as found.
 */
export function findBuiltinEntries(paragraphTexts: readonly string[], builtin: Corpus): BuiltinMatches {
  let matcher: ReturnType<typeof createQuoteMatcher> | undefined;
  const out: BuiltinMatches = { commitments: [], passages: [], missing: [] };
  const entries: (Commitment | Passage)[] = [...builtin.commitments, ...builtin.passages];
  for (const entry of entries) {
    // Most entries of a corpus built from the same text stand in it character for character: found without the
    // aligner (which costs a search per entry); quotes with shortening marks or other spacing go through it.
    const exact = exactly(paragraphTexts, entry.text);
    if (exact) {
      (isCommitment(entry) ? out.commitments : out.passages).push({ entry, ...exact });
      continue;
    }
    matcher ??= createQuoteMatcher(paragraphTexts.map((text, i) => ({ id: String(i), text })));
    const a = matcher.check(entry.text);
    const where = a.corpusSpans[0];
    if (a.verdict !== 'verbatim' || a.corpusSpans.length !== 1 || !where) {
      const missing: BuiltinMissing = { entry, reason: a.verdict === 'close' ? 'close' : 'none' };
      if (a.verdict === 'close') missing.nearest = a.corpusText;
      out.missing.push(missing);
      continue;
    }
    const found = { entry, paragraph: Number(where.passageId), span: { start: where.start, end: where.end } };
    (isCommitment(entry) ? out.commitments : out.passages).push(found);
  }
  return out;
}

/**
 * How many commitments of `corpus` the paragraphs state word for word (the fast, exact test only): tells a document
 * that is a built-in agreement imported under another id, so the user can be told to keep its keys.
 */
export function verbatimCommitments(paragraphTexts: readonly string[], corpus: Corpus): number {
  return corpus.commitments.filter((c) => exactly(paragraphTexts, c.text)).length;
}
