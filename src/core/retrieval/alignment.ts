import type { Span } from '../types';
import { foldWord } from '../text/normalize';
import { tokenize } from '../text/tokenize';
import type { Lexicon } from './synonyms';
import { buildIndex, type CommitmentIndex } from './search';

/**
 * Is a quotation in a draft the agreement's wording? A word-level fitting alignment (Needleman–Wunsch over the whole
 * quote, free start and end in the passage) of the quote's words against a passage's words, after typographic
 * normalisation: curly and straight quotes, the ĳ ligature, hyphen variants and all punctuation (trailing or not)
 * never count, nor does the case of a first letter at the start of the quote or of a sentence.
 *
 * Passages are often shortened by whoever quoted them: `(…)`, `(..)`, `[…]`, `[...]` and a bare `…` are gaps of
 * unknown words, and `[door]`, `[vormt een]` are words the quoter supplied. Both become gaps that match any run of
 * the quote's words at no cost, so a shortened passage never proves a longer quotation wrong; a passage that stops
 * without a full stop (or starts in lower case) is open at that end for the same reason. A draft may shorten a
 * quote the same way. Words of the quote that fall in a gap are "unverified": the verdict speaks only for the rest.
 *
 * Verdicts: `verbatim` when the known words align without a change; `close` when a few words changed, were dropped
 * or added (at most one in five, and at least 70 % of the quote's words equal, for quotes of five words or more);
 * otherwise `none`.
 */

export type QuoteVerdict = 'verbatim' | 'close' | 'none';

/**
 * One step of the word-level diff. `draft` and `corpus` are the exact texts (from the first to the last word of
 * the run). `gap`: draft words that fill a gap of the corpus passage (or corpus words skipped by a gap in the
 * draft); they are neither confirmed nor wrong.
 */
export interface QuoteDiffOp {
  op: 'equal' | 'insert' | 'delete' | 'replace' | 'gap';
  draft: string;
  corpus: string;
}

export interface QuotePassage {
  id: string;
  text: string;
  /** Passages with the same group (one commitment's fragments, in document order) may be spanned by one quote. */
  group?: string;
}

export interface QuoteAlignment {
  verdict: QuoteVerdict;
  /** Passages the quote aligned with (two when it spans adjacent fragments); empty for `none`. */
  passageIds: string[];
  /** Where in each passage's text the aligned words are. */
  corpusSpans: (Span & { passageId: string })[];
  /** The exact corpus wording of the aligned span (spans of two passages joined by " … "). */
  corpusText: string;
  /** The quote as it should read: the corpus words, with the draft's own words where the corpus has a gap. */
  suggestion: string;
  diff: QuoteDiffOp[];
  /** Edit cost: 1 per changed, dropped or added word, less for a case or diacritic difference; -1 for `none`. */
  cost: number;
  /** Words in the quote, and how many of them fall in gaps (unverified). */
  words: number;
  unverifiedWords: number;
}

export interface QuoteOptions {
  /** Minimum quote length in words for `close` (default 5). */
  minCloseWords?: number;
  /** Maximum cost per quote word for `close` (default 0.2, with a minimum allowance of 1). */
  maxCloseRate?: number;
  /** Minimum share of equal words for `close` (default 0.7). */
  minEqualShare?: number;
}

interface Item {
  kind: 'word' | 'gap';
  /** Typographic form for comparison; folded form for the diacritic-insensitive check. */
  typo: string;
  fold: string;
  start: number;
  end: number;
  passage: number;
  /** The word opens a sentence (case of its first letter is free). */
  sentenceStart: boolean;
}

const MARKER = /\((?:…|\.{2,3})\)|\([^()\n]{1,80},\s*red\.\)|\[(?:…|\.{2,3})\]|\[[^\]\n]{1,60}\]|…|\.{3}/g;
/**
 * What the alignment pays to let a gap take a quote word (or a draft gap skip a corpus word). Not zero: a known
 * word of the passage must be matched where it can be, rather than disappear behind a gap next to it. Not part
 * of the reported cost: a quote that fills a gap is not a misquote.
 */
const GAP_WORD = 0.3;
const EPS = 1e-9;

function items(raw: string, passage: number, open: boolean): Item[] {
  // An en or em dash between letters is a typed hyphen (IT–specialisten); same length, so offsets hold.
  const text = raw.replace(/(?<=[\p{L}\p{N}])[\u2013\u2014](?=[\p{L}\p{N}])/gu, '-');
  const out: Item[] = [];
  const push = (from: number, to: number) => {
    for (const t of tokenize(text.slice(from, to))) {
      const prev = out[out.length - 1];
      const before = text.slice(prev ? prev.end : 0, from + t.start);
      out.push({
        kind: 'word',
        typo: foldWord(t.text, 'typography'),
        fold: foldWord(t.text),
        start: from + t.start,
        end: from + t.end,
        passage,
        sentenceStart: !prev || /[.!?:]\s*["'“”‘’]?\s*$/.test(before) || prev.kind === 'gap',
      });
    }
  };
  let last = 0;
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m !== null; m = MARKER.exec(text)) {
    push(last, m.index);
    out.push({ kind: 'gap', typo: m[0], fold: '', start: m.index, end: m.index + m[0].length, passage, sentenceStart: false });
    last = m.index + m[0].length;
  }
  push(last, text.length);
  if (open) {
    // A passage cut mid-sentence is open at that end: cut at the start when it begins in lower case, at the end
    // when it stops without a full stop.
    const first = out[0];
    if (first && first.kind === 'word' && /^[a-zà-ÿ]/u.test(text.slice(first.start, first.start + 1)))
      out.unshift({ kind: 'gap', typo: '', fold: '', start: first.start, end: first.start, passage, sentenceStart: false });
    const lastItem = out[out.length - 1];
    if (lastItem && lastItem.kind === 'word' && !/[.!?]["'”’)]*\s*$/u.test(text))
      out.push({ kind: 'gap', typo: '', fold: '', start: lastItem.end, end: lastItem.end, passage, sentenceStart: false });
  }
  return out;
}

/** Substitution cost of two words: 0 equal, small for case or diacritics only, 1 otherwise. */
function sub(q: Item, p: Item, quoteStart: boolean): number {
  if (q.typo === p.typo) return 0;
  if (q.typo.toLowerCase() === p.typo.toLowerCase()) {
    const sameTail = q.typo.slice(1) === p.typo.slice(1);
    return sameTail && (quoteStart || p.sentenceStart || q.sentenceStart) ? 0 : 0.25;
  }
  if (q.fold === p.fold) return 0.25;
  return 1;
}

const enum Step {
  Diag = 1,
  Ins = 2,
  Del = 3,
  QGap = 4,
  PGap = 5,
  GapSkipP = 6,
  GapSkipQ = 7,
}

interface Raw {
  cost: number;
  ops: { step: Step; qi: number; pj: number; c: number }[];
}

/** Fitting alignment of all of `q` against a stretch of `p`. */
function fit(q: Item[], p: Item[]): Raw {
  const m = q.length;
  const n = p.length;
  const W = n + 1;
  const D = new Float64Array((m + 1) * W);
  const B = new Uint8Array((m + 1) * W);
  for (let i = 1; i <= m; i++) {
    const qi = q[i - 1]!;
    for (let j = 0; j <= n; j++) {
      let best = Infinity;
      let step = 0;
      const at = i * W + j;
      // Ties go to the first option tried: a substitution before an insertion or deletion, so a changed word is
      // reported as replaced rather than as one added and one dropped.
      if (j > 0) {
        const pj = p[j - 1]!;
        if (pj.kind === 'gap') {
          // A corpus gap absorbs this draft word (stay on the gap) or is passed over.
          const stay = D[at - W]! + (qi.kind === 'gap' ? EPS : GAP_WORD);
          if (stay < best) (best = stay), (step = Step.PGap);
          const pass = D[at - 1]! + EPS;
          if (pass < best) (best = pass), (step = Step.GapSkipP);
        } else if (qi.kind === 'gap') {
          const absorb = D[at - 1]! + GAP_WORD;
          if (absorb < best) (best = absorb), (step = Step.QGap);
        } else {
          const diag = D[at - W - 1]! + sub(qi, pj, i === 1);
          if (diag < best) (best = diag), (step = Step.Diag);
          const left = D[at - 1]! + 1;
          if (left < best) (best = left), (step = Step.Del);
        }
      }
      // Draft word added (or a gap of the draft quote passed over).
      const up = D[at - W]! + (qi.kind === 'gap' ? EPS : 1);
      if (up < best) (best = up), (step = qi.kind === 'gap' ? Step.GapSkipQ : Step.Ins);
      D[at] = best;
      B[at] = step;
    }
  }
  // Free end in the passage: the cheapest column; among equal ones, one that ends on a matched word.
  let bj = 0;
  for (let j = 1; j <= n; j++) {
    const d = D[m * W + j]!;
    const b = D[m * W + bj]!;
    if (d < b - 1e-9 || (Math.abs(d - b) <= 1e-9 && B[m * W + j] === Step.Diag && B[m * W + bj] !== Step.Diag)) bj = j;
  }
  const ops: Raw['ops'] = [];
  let i = m;
  let j = bj;
  while (i > 0) {
    const step = B[i * W + j]! as Step;
    const c = step === Step.Diag ? sub(q[i - 1]!, p[j - 1]!, i === 1) : step === Step.Ins || step === Step.Del ? 1 : 0;
    ops.push({ step, qi: i - 1, pj: j - 1, c });
    if (step === Step.Diag) i--, j--;
    else if (step === Step.Ins || step === Step.GapSkipQ || step === Step.PGap) i--;
    else j--;
  }
  ops.reverse();
  let cost = 0;
  for (const o of ops) cost += o.c;
  return { cost, ops };
}

const NONE = (words: number): QuoteAlignment => ({
  verdict: 'none',
  passageIds: [],
  corpusSpans: [],
  corpusText: '',
  suggestion: '',
  diff: [],
  cost: -1,
  words,
  unverifiedWords: 0,
});

function judge(
  quote: string,
  q: Item[],
  p: Item[],
  texts: readonly string[],
  ids: readonly string[],
  o: Required<QuoteOptions>,
): QuoteAlignment {
  const words = q.filter((x) => x.kind === 'word').length;
  if (words === 0 || p.length === 0) return NONE(words);
  const raw = fit(q, p);
  let equal = 0;
  let unverified = 0;
  for (const op of raw.ops) {
    if (op.step === Step.Diag && op.c < 1) equal++;
    if (op.step === Step.PGap && q[op.qi]!.kind === 'word') unverified++;
  }
  const verified = words - unverified;
  let verdict: QuoteVerdict = 'none';
  const cost = Math.round(raw.cost * 100) / 100;
  const minVerified = words <= 2 ? words : Math.max(3, Math.ceil(words / 2));
  if (equal >= minVerified && cost === 0) verdict = 'verbatim';
  else if (
    verified >= o.minCloseWords &&
    cost <= Math.max(1, Math.floor(verified * o.maxCloseRate)) &&
    equal >= o.minEqualShare * verified &&
    equal >= minVerified
  )
    verdict = 'close';
  if (verdict === 'none') return NONE(words);

  // Diff runs and the corpus spans.
  const diff: QuoteDiffOp[] = [];
  const kindOf = (op: Raw['ops'][number]): QuoteDiffOp['op'] | undefined => {
    switch (op.step) {
      case Step.Diag:
        return op.c === 0 ? 'equal' : 'replace';
      case Step.Ins:
        return 'insert';
      case Step.Del:
        return 'delete';
      case Step.PGap:
      case Step.QGap:
        return 'gap';
      default:
        return undefined;
    }
  };
  const spanText = (its: Item[], src: (it: Item) => string): string => {
    if (its.length === 0) return '';
    const parts: string[] = [];
    let runStart = 0;
    for (let k = 1; k <= its.length; k++) {
      if (k === its.length || its[k]!.passage !== its[runStart]!.passage) {
        const a = its[runStart]!;
        const b = its[k - 1]!;
        parts.push(src(a).slice(a.start, b.end));
        runStart = k;
      }
    }
    return parts.join(' … ');
  };
  const quoteSrc = () => quote;
  const corpusSrc = (it: Item) => texts[it.passage]!;
  let cur: { op: QuoteDiffOp['op']; d: Item[]; c: Item[]; marker?: string } | undefined;
  const flush = () => {
    if (!cur) return;
    diff.push({ op: cur.op, draft: spanText(cur.d, quoteSrc), corpus: cur.marker ?? spanText(cur.c, corpusSrc) });
    cur = undefined;
  };
  const corpusWords: Item[] = [];
  let gapMarker = '';
  for (const op of raw.ops) {
    const k = kindOf(op);
    // Passing a gap ends a run: corpus words on both sides of a gap are not one stretch of text.
    if (!k) {
      flush();
      continue;
    }
    const qi = op.step === Step.Del || op.step === Step.QGap ? undefined : q[op.qi];
    const pj = op.step === Step.Ins ? undefined : p[op.pj];
    if (!cur || cur.op !== k || (op.step === Step.PGap && pj!.typo !== gapMarker)) flush(), (cur = { op: k, d: [], c: [] });
    if (op.step === Step.PGap) gapMarker = pj!.typo;
    if (qi && qi.kind === 'word') cur.d.push(qi);
    if (pj && pj.kind === 'word') cur.c.push(pj), corpusWords.push(pj);
    if (op.step === Step.PGap && cur.c.length === 0) cur.marker = pj!.typo;
  }
  flush();

  const corpusSpans: QuoteAlignment['corpusSpans'] = [];
  const spanPassage: number[] = [];
  for (const w of corpusWords) {
    const last = corpusSpans[corpusSpans.length - 1];
    if (last && spanPassage[spanPassage.length - 1] === w.passage) last.end = w.end;
    else corpusSpans.push({ passageId: ids[w.passage]!, start: w.start, end: w.end }), spanPassage.push(w.passage);
  }
  const corpusText = corpusSpans.map((s, k) => texts[spanPassage[k]!]!.slice(s.start, s.end)).join(' … ');
  const suggestion = buildSuggestion(raw, q, p, quote, texts);
  return {
    verdict,
    passageIds: [...new Set(corpusSpans.map((s) => s.passageId))],
    corpusSpans,
    corpusText,
    suggestion,
    diff,
    cost,
    words,
    unverifiedWords: unverified,
  };
}

/**
 * The quote as the corpus has it: maximal stretches of corpus text (with their own punctuation) for the aligned
 * words, the draft's words where a corpus gap stands, and nothing for words the draft added.
 */
function buildSuggestion(raw: Raw, q: Item[], p: Item[], quote: string, texts: readonly string[]): string {
  const out: string[] = [];
  let first: Item | undefined;
  let last: Item | undefined;
  let gapFirst: Item | undefined;
  let gapLast: Item | undefined;
  const flushCorpus = () => {
    if (first && last) out.push(texts[first.passage]!.slice(first.start, last.end));
    first = last = undefined;
  };
  const flushGap = () => {
    if (gapFirst && gapLast) out.push(quote.slice(gapFirst.start, gapLast.end));
    gapFirst = gapLast = undefined;
  };
  for (const op of raw.ops) {
    if (op.step === Step.PGap) {
      flushCorpus();
      const w = q[op.qi]!;
      if (w.kind === 'word') (gapFirst ??= w), (gapLast = w);
      continue;
    }
    flushGap();
    if (op.step === Step.Diag || op.step === Step.Del) {
      const w = p[op.pj]!;
      if (first && first.passage !== w.passage) flushCorpus();
      first ??= w;
      last = w;
    } else if (op.step !== Step.Ins) {
      flushCorpus();
    }
  }
  flushCorpus();
  flushGap();
  return out.join(' ');
}

const RANK: Record<QuoteVerdict, number> = { verbatim: 0, close: 1, none: 2 };

function better(a: QuoteAlignment, b: QuoteAlignment): boolean {
  if (RANK[a.verdict] !== RANK[b.verdict]) return RANK[a.verdict] < RANK[b.verdict];
  if (a.verdict === 'none') return false;
  if (a.cost !== b.cost) return a.cost < b.cost;
  return a.unverifiedWords < b.unverifiedWords;
}

function withDefaults(o: QuoteOptions = {}): Required<QuoteOptions> {
  return { minCloseWords: o.minCloseWords ?? 5, maxCloseRate: o.maxCloseRate ?? 0.2, minEqualShare: o.minEqualShare ?? 0.7 };
}

/**
 * Align `quote` with each passage, and with each pair of adjacent passages of one group, and return the best
 * verdict. Linear in the passages: give it the few the prefilter found (see `createQuoteMatcher`).
 */
export function alignQuote(quote: string, passages: readonly QuotePassage[], options?: QuoteOptions): QuoteAlignment {
  const o = withDefaults(options);
  const q = items(typeof quote === 'string' ? quote : '', 0, false);
  // Surrounding quotation marks and a trailing gap of the draft's own are not words; a leading/trailing gap item
  // in the quote would only absorb corpus words at no cost, which the fitting alignment does anyway.
  while (q.length > 0 && q[0]!.kind === 'gap') q.shift();
  while (q.length > 0 && q[q.length - 1]!.kind === 'gap') q.pop();
  let best = NONE(q.filter((x) => x.kind === 'word').length);
  const texts = passages.map((p) => (typeof p.text === 'string' ? p.text : ''));
  const ids = passages.map((p) => p.id);
  const itemCache = new Map<number, Item[]>();
  const itemsOf = (i: number) => {
    let it = itemCache.get(i);
    if (!it) itemCache.set(i, (it = items(texts[i]!, i, true)));
    return it;
  };
  for (let i = 0; i < passages.length; i++) {
    const r = judge(quote, q, itemsOf(i), texts, ids, o);
    if (better(r, best)) best = r;
    const g = passages[i]!.group;
    if (g !== undefined && i + 1 < passages.length && passages[i + 1]!.group === g) {
      // Two known parts of one sentence: the quote may run from one into the next, across unknown words.
      const a = itemsOf(i);
      const b = itemsOf(i + 1);
      const joined = [...a.filter((x, k) => !(k === a.length - 1 && x.kind === 'gap')), gapAfter(a, i), ...b];
      const r2 = judge(quote, q, joined, texts, ids, o);
      if (r2.passageIds.length > 1 && better(r2, best)) best = r2;
    }
  }
  return best;
}

function gapAfter(a: Item[], passage: number): Item {
  const end = a.length > 0 ? a[a.length - 1]!.end : 0;
  return { kind: 'gap', typo: '', fold: '', start: end, end, passage, sentenceStart: false };
}

export interface QuoteMatcher {
  /** The passages worth aligning with, best first (an index lookup; cheap). */
  candidates(quote: string, limit?: number): QuotePassage[];
  /**
   * Prefilter, then align with the candidates and their group neighbours. `where` limits the passages considered
   * (e.g. to one agreement), so a quotation is judged against the document it is attributed to first.
   */
  check(quote: string, options?: QuoteOptions, where?: (p: QuotePassage) => boolean): QuoteAlignment;
}

/**
 * A matcher over a fixed set of passages (all commitment texts and fragments of a corpus version), built once.
 * The prefilter is the BM25 index over the passages with the same analyzer as retrieval, so a misquote with a
 * changed inflection or synonym still finds its passage; only the top candidates are aligned word by word.
 */
export function createQuoteMatcher(passages: readonly QuotePassage[], lexicon?: Lexicon, candidateLimit = 6): QuoteMatcher {
  const index: CommitmentIndex = buildIndex(
    passages.map((p, i) => ({ key: String(i), corpusId: 'passages', text: p.text })),
    lexicon,
  );
  const candidates = (quote: string, limit = candidateLimit) =>
    index.search(quote, { limit, minMatchedTerms: 1 }).map((h) => passages[Number(h.key)]!);
  return {
    candidates,
    check(quote, options, where) {
      const found = index.search(quote, { limit: where ? candidateLimit * 8 : candidateLimit, minMatchedTerms: 1 });
      const hits = (where ? found.filter((h) => where(passages[Number(h.key)]!)) : found).slice(0, candidateLimit);
      const chosen = new Set<number>();
      for (const h of hits) {
        const i = Number(h.key);
        chosen.add(i);
        const g = passages[i]!.group;
        if (g === undefined) continue;
        if (i > 0 && passages[i - 1]!.group === g) chosen.add(i - 1);
        if (i + 1 < passages.length && passages[i + 1]!.group === g) chosen.add(i + 1);
      }
      const order = [...chosen].sort((a, b) => a - b);
      const subset = order.map((i) => passages[i]!);
      return alignQuote(quote, subset, options);
    },
  };
}
