/*
 * `npm run eval`: the real-document evaluation (every finding on published moties and Kamervragen, judged), then the
 * synthetic set: precision and recall of citation suggestions and quote verification, ours next to the baseline.
 *
 *   --verbose          misses of the dev splits
 *   --unjudged         print the findings without a committed judgement as YAML entries to judge (verdict left empty)
 *   --citation-misses  the dev split's gold citations without a right suggestion, grouped by why (never the held split)
 *   --dev-only         the real documents' dev split only: the held split's figures are not computed or printed (to tune
 *                      without seeing them)
 */
import { stringify } from 'yaml';
import { allFindings, citationMisses, MISS_REASONS, docText, loadDocs, loadGold, loadJudgements, loadMisses, scoreReal, type KeyedFinding, type RealScores } from './real';
import { scoreConstructed } from './constructed';
import { RULES } from '../../src/core/service';
import { createBaseline, createEvalService, loadItems, ourQuoteVerdict, ourSuggestion, score, scoreQuotes, targetOf, tuneQuoteThreshold, tuneThreshold, type QuoteItem, type SuggestionItem } from './evaluate';

const pct = (x: number) => x.toFixed(2);
const verbose = process.argv.includes('--verbose');
const SPLITS = process.argv.includes('--dev-only') ? (['dev'] as const) : (['dev', 'held'] as const);
const { service, corpus } = createEvalService();

const docs = loadDocs();
const realFindings = allFindings(service, docs);
if (process.argv.includes('--unjudged')) {
  const scores = scoreReal(docs, realFindings, loadJudgements(), loadGold(), loadMisses());
  const byDoc = new Map(docs.map((d) => [d.id, docText(d).split(/\r\n|\r|\n/)] as const));
  const entries = scores.unjudged.map((f: KeyedFinding) => ({
    doc: f.doc,
    rule: f.rule,
    line: f.line,
    text: f.text,
    ...(f.commitments.length ? { commitment: f.commitments[0] } : {}),
    verdict: '',
    reason: '',
    // Context for the judge; not part of the judgement.
    message: f.message,
    ...(f.commitments.length ? { commitments: f.commitments } : {}),
    context: byDoc.get(f.doc)?.[f.line - 1] ?? '',
  }));
  process.stdout.write(stringify({ judgements: entries }, { lineWidth: 0 }));
  process.exit(0);
}

if (process.argv.includes('--citation-misses')) {
  // Tuning material: the dev split only. The held split is looked at in aggregate, never per document.
  const dev = docs.filter((d) => d.split === 'dev');
  const misses = citationMisses(service, dev, realFindings, loadGold());
  console.log(`Gemiste gouden citaten (dev): ${misses.length}`);
  for (const reason of MISS_REASONS) {
    const these = misses.filter((m) => m.reason === reason);
    console.log(`\n${reason}: ${these.length}`);
    for (const m of these) console.log(`  ${m.doc}:${m.line} ${m.keys.join(', ')}${m.best ? ` (beste treffer: ${m.best})` : ''}`);
  }
  process.exit(0);
}

const row = (name: string, f: { findings: number; useful: number; noise: number; wrong: number; unjudged: number }) =>
  `  ${name.padEnd(26)} ${String(f.findings).padStart(4)} ${String(f.useful).padStart(6)} ${String(f.noise).padStart(5)} ${String(f.wrong).padStart(5)}${f.unjudged ? `  (${f.unjudged} niet beoordeeld)` : ''}`;
const share = (n: number, d: number) => (d === 0 ? '—' : `${Math.round((100 * n) / d)} %`);
function printReal(title: string, s: RealScores): void {
  console.log(`${title}: ${s.docs} documenten`);
  console.log(`  ${'regel'.padEnd(26)} ${'aant'.padStart(4)} ${'nuttig'.padStart(6)} ${'ruis'.padStart(5)} ${'fout'.padStart(5)}`);
  for (const [rule, f] of [...s.perRule].sort(([a], [b]) => a.localeCompare(b))) console.log(row(rule, f));
  console.log(row('totaal', s.total));
  console.log(`  nuttig ${share(s.total.useful, s.total.findings)}, fout ${share(s.total.wrong, s.total.findings)}; vormmeldingen op correct gepubliceerde documenten: ${s.structure.length}`);
  console.log(`  citeersuggesties: ${s.citations.suggestions}, juist ${s.citations.correct}, precisie ${pct(s.citations.precision)}; recall ${pct(s.citations.recall)} (${s.citations.found}/${s.citations.gold} gouden citaten)`);
  console.log(`  gemiste punten opgevangen: ${s.misses.caught}/${s.misses.listed}; ‘akkoord niet geladen’: ${s.notLoaded.length}`);
  if (verbose) {
    const rows = [...s.misses.byRule].sort(([a], [b]) => a.localeCompare(b)).map(([rule, r]) => `${rule} ${r.caught}/${r.listed}`);
    console.log(`  gemiste punten opgevangen per regel: ${rows.join(', ')}`);
  }
  if (verbose && title.includes('dev')) {
    for (const f of s.unjudged) console.log(`      niet beoordeeld: ${f.doc}:${f.line} ${f.rule} "${f.text}"`);
    for (const f of s.citations.wrongOnes) console.log(`      suggestie fout: ${f.doc}:${f.line} ${f.commitments[0]}`);
    for (const f of s.structure) console.log(`      vormmelding: ${f.doc}:${f.line} ${f.rule} "${f.text}"`);
  }
}
{
  const judgements = loadJudgements();
  const gold = loadGold();
  const misses = loadMisses();
  console.log('Echte documenten (test/eval/real/): gepubliceerde moties en Kamervragen, elke melding beoordeeld\n');
  for (const split of SPLITS) {
    printReal(split === 'dev' ? 'dev' : 'apart gehouden (held)', scoreReal(docs.filter((d) => d.split === split), realFindings, judgements, gold, misses));
    console.log('');
  }
}
{
  // The rules that are off by default, switched on: what they would add (their judgements are kept like the rest).
  const offRules = RULES.filter((r) => r.defaultSeverity === 'off').map((r) => r.id);
  service.configure({ settings: { severities: Object.fromEntries(offRules.map((id) => [id, 'on' as const])) } });
  const switchedOn = allFindings(service, docs);
  service.configure({ settings: { severities: {} } });
  console.log(`Regels die standaard uit staan, aangezet (${offRules.join(', ')}): wat ze zouden toevoegen`);
  for (const split of SPLITS) {
    const these = docs.filter((d) => d.split === split);
    const on = scoreReal(these, switchedOn, loadJudgements(), loadGold(), loadMisses());
    const off = scoreReal(these, realFindings, loadJudgements(), loadGold(), loadMisses());
    console.log(`  ${split}:`);
    for (const id of offRules) if (on.perRule.has(id)) console.log(row(id, on.perRule.get(id)!));
    console.log(`    gemiste punten opgevangen ${on.misses.caught}/${on.misses.listed} (standaard: ${off.misses.caught}); niet beoordeeld telt als fout`);
  }
  console.log('');
}
{
  // al-toegezegd: the real documents give it little to find, so constructed cases (test/eval/real/constructed/) are
  // scored beside them, apart: they were written by the engineers and flatter the matcher.
  const { scores } = scoreConstructed();
  const rule = 'al-toegezegd';
  const real = realFindings.filter((f) => f.rule === rule);
  const c = scores.perRule.get(rule) ?? { findings: 0, useful: 0, noise: 0, wrong: 0, unjudged: 0 };
  console.log(`${rule}: echte documenten ${real.length} meldingen (dev ${real.filter((f) => docs.find((d) => d.id === f.doc)?.split === 'dev').length}); gemiste verzoeken opgevangen ${loadMisses().filter((m) => m.rule === rule && real.some((f) => f.doc === m.doc && f.line <= m.line && m.line <= f.endLine)).length}/${loadMisses().filter((m) => m.rule === rule).length}`);
  console.log(`  geconstrueerde gevallen (apart geteld): ${scores.docs} documenten`);
  console.log(row(rule, c));
  console.log(`  nuttig ${share(c.useful, c.findings)}, fout ${share(c.wrong, c.findings)}; gemiste verzoeken opgevangen ${scores.misses.caught}/${scores.misses.listed}\n`);
}
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
