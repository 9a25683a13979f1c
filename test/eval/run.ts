/* `npm run eval`: precision and recall of citation suggestions and quote verification, ours next to the baseline. */
import { createBaseline, createEvalService, loadItems, ourQuoteVerdict, ourSuggestion, score, scoreQuotes, targetOf, tuneQuoteThreshold, tuneThreshold, type QuoteItem, type SuggestionItem } from './evaluate';

const pct = (x: number) => x.toFixed(2);
const verbose = process.argv.includes('--verbose');
const { service, corpus } = createEvalService();
const suggestions = loadItems<SuggestionItem>('suggestions.yaml');
const quotes = loadItems<QuoteItem>('quotes.yaml');
const baseline = createBaseline(corpus);
const tau = tuneThreshold(suggestions.filter((i) => i.split === 'dev'), (t) => baseline.top(t));

console.log(`Akkoordwijzer evaluatie — ${suggestions.length} zinnen, ${quotes.length} citaten; baseline lunr (nl), drempel ${tau.toFixed(3)} (afgestemd op dev)\n`);
console.log('Suggesties            split  n    precisie  recall  (gesuggereerd/juist/gelabeld; none goed)');
for (const split of ['dev', 'test'] as const) {
  const items = suggestions.filter((i) => i.split === split);
  const ours = score(items, (i) => ourSuggestion(service, i));
  const base = score(items, (i) => {
    const hit = baseline.top(i.text);
    return hit && hit.score >= tau ? hit.key : undefined;
  });
  for (const [name, s] of [['Akkoordwijzer', ours], ['baseline (lunr)', base]] as const) {
    console.log(`  ${name.padEnd(19)} ${split.padEnd(6)} ${String(s.items).padEnd(4)} ${pct(s.precision).padEnd(9)} ${pct(s.recall).padEnd(7)} (${s.suggestions}/${s.correct}/${s.labelled}; ${s.noneRight}/${s.none})`);
  }
  if (verbose && split === 'dev') for (const m of ours.misses) console.log(`      mis ${m.id}: label ${m.label}, kreeg ${m.got ?? '—'}`);
}

const qTau = tuneQuoteThreshold(quotes.filter((i) => i.split === 'dev'), baseline);
console.log(`\n(baseline citaten: drempel ${qTau}, afgestemd op dev)`);
console.log('Citaten               split  n    precisie  recall  onjuist gevonden  letterlijk ten onrechte gemeld');
for (const split of ['dev', 'test'] as const) {
  const items = quotes.filter((i) => i.split === split);
  const ours = scoreQuotes(items, (i) => ourQuoteVerdict(service, i));
  const base = scoreQuotes(items, (i) => baseline.quote(i, qTau, targetOf(i)));
  for (const [name, s] of [['Akkoordwijzer', ours], ['baseline (lunr)', base]] as const) {
    console.log(`  ${name.padEnd(19)} ${split.padEnd(6)} ${String(s.items).padEnd(4)} ${pct(s.precision).padEnd(9)} ${pct(s.recall).padEnd(7)} ${`${s.misquotesFound}/${s.misquotes}`.padEnd(17)} ${s.verbatimFlagged}/${s.verbatim}`);
  }
  if (verbose && split === 'dev') for (const m of ours.misses) console.log(`      mis ${m.id}: verwacht ${m.expect}, kreeg ${m.got}`);
}
