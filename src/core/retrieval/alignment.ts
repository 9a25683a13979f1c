import type { Span } from '../types';
import { foldWord } from '../text/normalize';
import { tokenize } from '../text/tokenize';

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
function substitutionCost(quoteWord: Item, passageWord: Item, quoteStart: boolean): number {
  if (quoteWord.typo === passageWord.typo) return 0;
  if (quoteWord.typo.toLowerCase() === passageWord.typo.toLowerCase()) {
    const sameTail = quoteWord.typo.slice(1) === passageWord.typo.slice(1);
    return sameTail && (quoteStart || passageWord.sentenceStart || quoteWord.sentenceStart) ? 0 : 0.25;
  }
  if (quoteWord.fold === passageWord.fold) return 0.25;
  return 1;
}

/** One step of the alignment's path through the cost matrix. */
const enum Step {
  /** A quote word against a passage word (equal or replaced). */
  Match = 1,
  /** A quote word the passage does not have. */
  Insert = 2,
  /** A passage word the quote leaves out. */
  Delete = 3,
  /** A gap of the quote takes a passage word. */
  QuoteGap = 4,
  /** A gap of the passage takes a quote word. */
  PassageGap = 5,
  /** A gap of the passage passed over. */
  PassPassageGap = 6,
  /** A gap of the quote passed over. */
  PassQuoteGap = 7,
}

interface AlignmentPath {
  cost: number;
  /** Steps in order; `quoteIndex`/`passageIndex` are the items the step ends on; `cost` what it adds. */
  steps: { step: Step; quoteIndex: number; passageIndex: number; cost: number }[];
}

/** Fitting alignment of all of `quote` against a stretch of `passage`. */
function fit(quote: Item[], passage: Item[]): AlignmentPath {
  const rows = quote.length;
  const width = passage.length + 1;
  const { costs, moves } = fillCostMatrix(quote, passage);
  // Free end in the passage: the cheapest column; among equal ones, one that ends on an equal word, else on a replaced
  // one. "meer IT-talent in dienst van het Rijk nemen" against "… van het Rijk te nemen" costs one either way: ending
  // on "te" ("nemen" replaced by it) put back the quote without its last word, ending on "nemen" ("te" left out) is
  // what the quote means.
  const last = rows * width;
  const endRank = (j: number) => (moves[last + j] !== Step.Match ? 0 : substitutionCost(quote[rows - 1]!, passage[j - 1]!, rows === 1) < 1 ? 2 : 1);
  let endColumn = 0;
  for (let j = 1; j < width; j++) {
    const here = costs[last + j]!;
    const best = costs[last + endColumn]!;
    if (here < best - 1e-9 || (Math.abs(here - best) <= 1e-9 && endRank(j) > endRank(endColumn))) endColumn = j;
  }
  const steps: AlignmentPath['steps'] = [];
  let i = rows;
  let j = endColumn;
  while (i > 0) {
    const step = moves[i * width + j]! as Step;
    const cost = step === Step.Match ? substitutionCost(quote[i - 1]!, passage[j - 1]!, i === 1) : step === Step.Insert || step === Step.Delete ? 1 : 0;
    steps.push({ step, quoteIndex: i - 1, passageIndex: j - 1, cost });
    if (step === Step.Match) i--, j--;
    else if (step === Step.Insert || step === Step.PassQuoteGap || step === Step.PassageGap) i--;
    else j--;
  }
  steps.reverse();
  let cost = 0;
  for (const s of steps) cost += s.cost;
  return { cost, steps };
}

/** The dynamic-programming matrix of `fit`: cheapest cost to align the quote's first i items, ending at column j. */
function fillCostMatrix(quote: Item[], passage: Item[]): { costs: Float64Array; moves: Uint8Array } {
  const width = passage.length + 1;
  const costs = new Float64Array((quote.length + 1) * width);
  const moves = new Uint8Array((quote.length + 1) * width);
  for (let i = 1; i <= quote.length; i++) {
    const q = quote[i - 1]!;
    for (let j = 0; j < width; j++) {
      let best = Infinity;
      let move = 0;
      const at = i * width + j;
      // Ties go to the first option tried: a substitution before an insertion or deletion, so a changed word is
      // reported as replaced rather than as one added and one dropped.
      if (j > 0) {
        const p = passage[j - 1]!;
        if (p.kind === 'gap') {
          // A corpus gap absorbs this draft word (stay on the gap) or is passed over.
          const stay = costs[at - width]! + (q.kind === 'gap' ? EPS : GAP_WORD);
          if (stay < best) (best = stay), (move = Step.PassageGap);
          const pass = costs[at - 1]! + EPS;
          if (pass < best) (best = pass), (move = Step.PassPassageGap);
        } else if (q.kind === 'gap') {
          const absorb = costs[at - 1]! + GAP_WORD;
          if (absorb < best) (best = absorb), (move = Step.QuoteGap);
        } else {
          const match = costs[at - width - 1]! + substitutionCost(q, p, i === 1);
          if (match < best) (best = match), (move = Step.Match);
          const drop = costs[at - 1]! + 1;
          if (drop < best) (best = drop), (move = Step.Delete);
        }
      }
      // Draft word added (or a gap of the draft quote passed over).
      const add = costs[at - width]! + (q.kind === 'gap' ? EPS : 1);
      if (add < best) (best = add), (move = q.kind === 'gap' ? Step.PassQuoteGap : Step.Insert);
      costs[at] = best;
      moves[at] = move;
    }
  }
  return { costs, moves };
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

/** The texts the items point into: the quote, and the passages by their index. */
interface Sources {
  quote: string;
  passageTexts: readonly string[];
  passageIds: readonly string[];
}

/** Align the quote with one stretch of passage items and judge the result (see the module comment). */
function judge(quote: Item[], passage: Item[], sources: Sources, options: Required<QuoteOptions>): QuoteAlignment {
  const words = quote.filter((x) => x.kind === 'word').length;
  if (words === 0 || passage.length === 0) return NONE(words);
  const path = fit(quote, passage);
  let equalWords = 0;
  let unverified = 0;
  for (const s of path.steps) {
    if (s.step === Step.Match && s.cost < 1) equalWords++;
    if (s.step === Step.PassageGap && quote[s.quoteIndex]!.kind === 'word') unverified++;
  }
  const cost = Math.round(path.cost * 100) / 100;
  const verdict = verdictOf({ words, verified: words - unverified, equalWords, cost }, options);
  if (verdict === 'none') return NONE(words);
  // The verdict and the cost stay those of the fitting path; what is shown and put back is the path with words moved
  // across its ends taken in (see `withEdgeMoves`).
  const shown = withEdgeMoves(path, quote, passage);
  const { diff, corpusWords } = diffRuns(shown, quote, passage, sources);
  const { corpusSpans, corpusText } = corpusSpansOf(corpusWords, sources);
  return {
    verdict,
    passageIds: [...new Set(corpusSpans.map((s) => s.passageId))],
    corpusSpans,
    corpusText,
    suggestion: buildSuggestion(shown, quote, passage, sources),
    diff,
    cost,
    words,
    unverifiedWords: unverified,
  };
}

/** At most this many words moved across an end of the aligned stretch are taken in. */
const MAX_EDGE_MOVES = 3;

type PathSteps = AlignmentPath['steps'];

/**
 * A fitting alignment has free ends in the passage, so a quote that puts a word of the passage's edge elsewhere
 * ("… en doorzettingsmacht met." for "… en met doorzettingsmacht.", "Richten we …" for "We richten …") aligns without
 * that edge word: the moved word reads as added ("staat er niet", which is false) and the exact words put back lose
 * it. Here, at each end, the passage words just beyond it that equal a word the quote added (up to `MAX_EDGE_MOVES`,
 * in a row, each added word used once, never across the start of a sentence) are taken into the stretch, when they
 * make a transposition: the stretch from the moved word to that end then has as many words on both sides, at most
 * twice as many as were taken, and is shown as one replaced run ("“doorzettingsmacht met” moet “met
 * doorzettingsmacht” zijn"). Anything else (a word added far from the end that only happens to be spelt like the
 * passage's next word, "de", "een") stays an added word: a quotation may begin and end anywhere in a passage.
 */
function withEdgeMoves(path: AlignmentPath, quote: Item[], passage: Item[]): AlignmentPath {
  if (!path.steps.some((s) => s.step === Step.Insert)) return path;
  let steps = path.steps;
  steps = movedAcross(steps, quote, passage, 'end') ?? steps;
  steps = movedAcross(steps, quote, passage, 'start') ?? steps;
  return steps === path.steps ? path : { cost: path.cost, steps };
}

/** The steps with the words moved across one end of the stretch taken in (see `withEdgeMoves`); undefined for none. */
function movedAcross(steps: PathSteps, quote: Item[], passage: Item[], side: 'start' | 'end'): PathSteps | undefined {
  const aligned = steps.filter((s) => s.step === Step.Match || s.step === Step.Delete);
  if (aligned.length === 0) return undefined;
  const added = new Map<number, string>();
  for (const s of steps) if (s.step === Step.Insert && quote[s.quoteIndex]!.kind === 'word') added.set(s.quoteIndex, quote[s.quoteIndex]!.fold.toLowerCase());
  const taken: number[] = [];
  const moved: number[] = [];
  const step = side === 'end' ? 1 : -1;
  for (let j = (side === 'end' ? aligned.at(-1)! : aligned[0]!).passageIndex + step; taken.length < MAX_EDGE_MOVES; j += step) {
    const p = passage[j];
    // A word that opens a sentence starts another one: the stretch never grows across it.
    if (!p || p.kind !== 'word' || (side === 'end' ? p.sentenceStart : passage[j + 1]!.sentenceStart)) break;
    const word = p.fold.toLowerCase();
    const q = [...added].find(([, w]) => w === word)?.[0];
    if (q === undefined) break;
    added.delete(q);
    taken.push(j);
    moved.push(q);
  }
  if (taken.length === 0) return undefined;
  const take = (j: number) => ({ step: Step.Delete, quoteIndex: side === 'end' ? quote.length - 1 : -1, passageIndex: j, cost: 1 });
  const isMoved = (s: PathSteps[number]) => s.step === Step.Insert && moved.includes(s.quoteIndex);
  if (side === 'end') {
    const out = [...steps, ...taken.map(take)];
    return asReplaced(out, out.findIndex(isMoved), out.length - 1, quote, passage, 2 * taken.length);
  }
  const out = [...taken.reverse().map(take), ...steps];
  let last = -1;
  for (let k = 0; k < out.length; k++) if (isMoved(out[k]!)) last = k;
  return asReplaced(out, 0, last, quote, passage, 2 * taken.length);
}

/**
 * Steps `from`..`to` (inclusive) as positional matches, when they hold only words of both sides, as many of each and at
 * most `most`; otherwise undefined.
 */
function asReplaced(steps: PathSteps, from: number, to: number, quote: Item[], passage: Item[], most: number): PathSteps | undefined {
  if (from < 0 || to < from) return undefined;
  const region = steps.slice(from, to + 1);
  if (region.some((s) => s.step !== Step.Match && s.step !== Step.Insert && s.step !== Step.Delete)) return undefined;
  const quoteSide = region.filter((s) => s.step !== Step.Delete).map((s) => s.quoteIndex);
  const passageSide = region.filter((s) => s.step !== Step.Insert).map((s) => s.passageIndex);
  if (quoteSide.length !== passageSide.length || quoteSide.length > most) return undefined;
  const paired = quoteSide.map((quoteIndex, k) => {
    const passageIndex = passageSide[k]!;
    return { step: Step.Match, quoteIndex, passageIndex, cost: substitutionCost(quote[quoteIndex]!, passage[passageIndex]!, quoteIndex === 0) };
  });
  return [...steps.slice(0, from), ...paired, ...steps.slice(to + 1)];
}

/** `verbatim` when every known word is the corpus's; `close` within the allowances of `QuoteOptions`. */
function verdictOf(counts: { words: number; verified: number; equalWords: number; cost: number }, options: Required<QuoteOptions>): QuoteVerdict {
  const { words, verified, equalWords, cost } = counts;
  const minVerified = words <= 2 ? words : Math.max(3, Math.ceil(words / 2));
  if (equalWords >= minVerified && cost === 0) return 'verbatim';
  const closeEnough =
    verified >= options.minCloseWords &&
    cost <= Math.max(1, Math.floor(verified * options.maxCloseRate)) &&
    equalWords >= options.minEqualShare * verified &&
    equalWords >= minVerified;
  return closeEnough ? 'close' : 'none';
}

function diffOpOf(step: AlignmentPath['steps'][number]): QuoteDiffOp['op'] | undefined {
  switch (step.step) {
    case Step.Match:
      return step.cost === 0 ? 'equal' : 'replace';
    case Step.Insert:
      return 'insert';
    case Step.Delete:
      return 'delete';
    case Step.PassageGap:
    case Step.QuoteGap:
      return 'gap';
    default:
      return undefined;
  }
}

/** The exact text from the first to the last item, per passage (runs of two passages joined by " … "). */
function spanText(items: Item[], textOf: (it: Item) => string): string {
  if (items.length === 0) return '';
  const parts: string[] = [];
  let runStart = 0;
  for (let k = 1; k <= items.length; k++) {
    if (k === items.length || items[k]!.passage !== items[runStart]!.passage) {
      const first = items[runStart]!;
      const last = items[k - 1]!;
      parts.push(textOf(first).slice(first.start, last.end));
      runStart = k;
    }
  }
  return parts.join(' … ');
}

/** The word-level diff as runs of one kind, and the corpus words the quote aligned with (in order). */
function diffRuns(path: AlignmentPath, quote: Item[], passage: Item[], sources: Sources): { diff: QuoteDiffOp[]; corpusWords: Item[] } {
  const diff: QuoteDiffOp[] = [];
  const quoteText = () => sources.quote;
  const corpusText = (it: Item) => sources.passageTexts[it.passage]!;
  let run: { op: QuoteDiffOp['op']; draft: Item[]; corpus: Item[]; marker?: string } | undefined;
  const flush = () => {
    if (!run) return;
    diff.push({ op: run.op, draft: spanText(run.draft, quoteText), corpus: run.marker ?? spanText(run.corpus, corpusText) });
    run = undefined;
  };
  const corpusWords: Item[] = [];
  let gapMarker = '';
  for (const s of path.steps) {
    const op = diffOpOf(s);
    // Passing a gap ends a run: corpus words on both sides of a gap are not one stretch of text.
    if (!op) {
      flush();
      continue;
    }
    const draftItem = s.step === Step.Delete || s.step === Step.QuoteGap ? undefined : quote[s.quoteIndex];
    const corpusItem = s.step === Step.Insert ? undefined : passage[s.passageIndex];
    if (!run || run.op !== op || (s.step === Step.PassageGap && corpusItem!.typo !== gapMarker)) flush(), (run = { op, draft: [], corpus: [] });
    if (s.step === Step.PassageGap) gapMarker = corpusItem!.typo;
    if (draftItem && draftItem.kind === 'word') run.draft.push(draftItem);
    if (corpusItem && corpusItem.kind === 'word') run.corpus.push(corpusItem), corpusWords.push(corpusItem);
    if (s.step === Step.PassageGap && run.corpus.length === 0) run.marker = corpusItem!.typo;
  }
  flush();
  return { diff, corpusWords };
}

/** Where the aligned corpus words are, one span per passage, and their exact wording. */
function corpusSpansOf(corpusWords: readonly Item[], sources: Sources): { corpusSpans: QuoteAlignment['corpusSpans']; corpusText: string } {
  const corpusSpans: QuoteAlignment['corpusSpans'] = [];
  const spanPassage: number[] = [];
  for (const w of corpusWords) {
    const last = corpusSpans[corpusSpans.length - 1];
    if (last && spanPassage[spanPassage.length - 1] === w.passage) last.end = w.end;
    else corpusSpans.push({ passageId: sources.passageIds[w.passage]!, start: w.start, end: w.end }), spanPassage.push(w.passage);
  }
  const corpusText = corpusSpans.map((s, k) => sources.passageTexts[spanPassage[k]!]!.slice(s.start, s.end)).join(' … ');
  return { corpusSpans, corpusText };
}

/**
 * The quote as the corpus has it: maximal stretches of corpus text (with their own punctuation) for the aligned
 * words, the draft's words where a corpus gap stands, and nothing for words the draft added.
 */
function buildSuggestion(path: AlignmentPath, quote: Item[], passage: Item[], sources: Sources): string {
  const out: string[] = [];
  let corpusFirst: Item | undefined;
  let corpusLast: Item | undefined;
  let gapFirst: Item | undefined;
  let gapLast: Item | undefined;
  const flushCorpus = () => {
    if (corpusFirst && corpusLast) out.push(sources.passageTexts[corpusFirst.passage]!.slice(corpusFirst.start, corpusLast.end));
    corpusFirst = corpusLast = undefined;
  };
  const flushGap = () => {
    if (gapFirst && gapLast) out.push(sources.quote.slice(gapFirst.start, gapLast.end));
    gapFirst = gapLast = undefined;
  };
  for (const s of path.steps) {
    if (s.step === Step.PassageGap) {
      flushCorpus();
      const w = quote[s.quoteIndex]!;
      if (w.kind === 'word') (gapFirst ??= w), (gapLast = w);
      continue;
    }
    flushGap();
    if (s.step === Step.Match || s.step === Step.Delete) {
      const w = passage[s.passageIndex]!;
      if (corpusFirst && corpusFirst.passage !== w.passage) flushCorpus();
      corpusFirst ??= w;
      corpusLast = w;
    } else if (s.step !== Step.Insert) {
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
 * verdict. Linear in the passages: give it the few the prefilter found (see `quoteMatcher.ts`).
 */
export function alignQuote(quote: string, passages: readonly QuotePassage[], options?: QuoteOptions): QuoteAlignment {
  const judged = withDefaults(options);
  const quoteText = typeof quote === 'string' ? quote : '';
  const quoteItems = items(quoteText, 0, false);
  // Surrounding quotation marks and a trailing gap of the draft's own are not words; a leading/trailing gap item
  // in the quote would only absorb corpus words at no cost, which the fitting alignment does anyway.
  while (quoteItems.length > 0 && quoteItems[0]!.kind === 'gap') quoteItems.shift();
  while (quoteItems.length > 0 && quoteItems[quoteItems.length - 1]!.kind === 'gap') quoteItems.pop();
  let best = NONE(quoteItems.filter((x) => x.kind === 'word').length);
  const sources: Sources = {
    quote: quoteText,
    passageTexts: passages.map((p) => (typeof p.text === 'string' ? p.text : '')),
    passageIds: passages.map((p) => p.id),
  };
  const itemCache = new Map<number, Item[]>();
  const itemsOf = (i: number) => {
    let cached = itemCache.get(i);
    if (!cached) itemCache.set(i, (cached = items(sources.passageTexts[i]!, i, true)));
    return cached;
  };
  for (let i = 0; i < passages.length; i++) {
    const alone = judge(quoteItems, itemsOf(i), sources, judged);
    if (better(alone, best)) best = alone;
    const group = passages[i]!.group;
    if (group !== undefined && i + 1 < passages.length && passages[i + 1]!.group === group) {
      // Two known parts of one sentence: the quote may run from one into the next, across unknown words.
      const first = itemsOf(i);
      const second = itemsOf(i + 1);
      const joined = [...first.filter((x, k) => !(k === first.length - 1 && x.kind === 'gap')), gapAfter(first, i), ...second];
      const spanning = judge(quoteItems, joined, sources, judged);
      if (spanning.passageIds.length > 1 && better(spanning, best)) best = spanning;
    }
  }
  return best;
}

function gapAfter(a: Item[], passage: number): Item {
  const end = a.length > 0 ? a[a.length - 1]!.end : 0;
  return { kind: 'gap', typo: '', fold: '', start: end, end, passage, sentenceStart: false };
}
