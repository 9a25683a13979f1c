import { beforeAll, describe, expect, it } from 'vitest';
import {
  createBaseline,
  createEvalService,
  loadItems,
  ourQuoteVerdict,
  ourSuggestion,
  score,
  scoreQuotes,
  targetOf,
  tuneQuoteThreshold,
  tuneThreshold,
  type QuoteItem,
  type SuggestionItem,
} from './evaluate';

/*
 * Floors, not timings: the figures `npm run eval` reports must not regress. This is the synthetic set (sentences
 * written to match commitments). Since the real documents became the yardstick (test/eval/real/, real.test.ts), a
 * suggestion needs more than shared words: a constatering must refer to the government's plans, a commitment is
 * suggested once per document, an incomplete corpus needs a strong hit. That keeps precision at 1.00 here and costs
 * recall on these one-sentence drafts (0.86/0.88 before, 0.62/0.47 now; lunr 0.71/0.63): on real documents the same
 * change took precision from 0.38 to 0.78 (dev). The floors: precision ≥ 0.90 and clearly above lunr's; recall no
 * lower than now; every misquote found and no verbatim quotation flagged.
 */
describe('evaluation set', () => {
  let ev: ReturnType<typeof createEvalService>;
  let suggestions: SuggestionItem[];
  let quotes: QuoteItem[];
  let baseline: ReturnType<typeof createBaseline>;
  beforeAll(() => {
    ev = createEvalService();
    suggestions = loadItems<SuggestionItem>('suggestions.yaml');
    quotes = loadItems<QuoteItem>('quotes.yaml');
    baseline = createBaseline(ev.corpus);
  });

  it('is the set the issue asks for: ≥ 80 sentences, ≥ 30 "none", a held-out third', () => {
    expect(suggestions.length).toBeGreaterThanOrEqual(80);
    expect(suggestions.filter((i) => i.label === 'none').length).toBeGreaterThanOrEqual(30);
    const test = suggestions.filter((i) => i.split === 'test').length;
    expect(Math.abs(test - suggestions.length / 3)).toBeLessThanOrEqual(1);
    for (const i of suggestions) if (i.label !== 'none') expect(ev.corpus.get(i.label), i.id).toBeDefined();
  });

  const RECALL_FLOOR = { dev: 0.6, test: 0.45 };
  for (const split of ['dev', 'test'] as const) {
    it(`suggestions on ${split}: precision ≥ 0.90 and above the baseline's, recall ≥ ${RECALL_FLOOR[split]}`, () => {
      const items = suggestions.filter((i) => i.split === split);
      const ours = score(items, (i) => ourSuggestion(ev.service, i));
      expect(ours.precision, JSON.stringify(ours.misses)).toBeGreaterThanOrEqual(0.9);
      expect(ours.recall, JSON.stringify(ours.misses)).toBeGreaterThanOrEqual(RECALL_FLOOR[split]);
      const tau = tuneThreshold(suggestions.filter((i) => i.split === 'dev'), (t) => baseline.top(t));
      const base = score(items, (i) => {
        const hit = baseline.top(i.text);
        return hit && hit.score >= tau ? hit.key : undefined;
      });
      expect(ours.precision).toBeGreaterThan(base.precision + 0.1);
    });

    it(`quotes on ${split}: every misquote found, no verbatim quotation flagged, better than the baseline`, () => {
      const items = quotes.filter((i) => i.split === split);
      const ours = scoreQuotes(items, (i) => ourQuoteVerdict(ev.service, i));
      expect(ours.misquotesFound, JSON.stringify(ours.misses)).toBe(ours.misquotes);
      expect(ours.verbatimFlagged, JSON.stringify(ours.misses)).toBe(0);
      expect(ours.precision).toBeGreaterThanOrEqual(0.9);
      expect(ours.recall).toBeGreaterThanOrEqual(0.9);
      const qTau = tuneQuoteThreshold(quotes.filter((i) => i.split === 'dev'), baseline);
      const base = scoreQuotes(items, (i) => baseline.quote(i, qTau, targetOf(i)));
      expect(ours.precision + ours.recall).toBeGreaterThan(base.precision + base.recall + 0.1);
    });
  }
});
