// Checks the evaluation set's form only: it parses the YAML and never runs or imports any matcher.
// Usage: node test/eval/data/check.mjs [corpusDir]
//   corpusDir: folder with ca2021.akkoord.yaml and ca2026.akkoord.yaml (default: <repo>/corpus)
// Checks: ids unique and sequential, split rule (every third item is test), allowed values,
// every key exists in the corpus files, and prints the counts used in README.md.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const corpusDir = resolve(process.argv[2] ?? join(here, '..', '..', '..', 'corpus'));
const errors = [];
const err = (m) => errors.push(m);

const corpora = {};
for (const id of ['ca2021', 'ca2026']) {
  const file = join(corpusDir, `${id}.akkoord.yaml`);
  if (!existsSync(file)) { err(`corpus file missing: ${file}`); continue; }
  const doc = YAML.parse(readFileSync(file, 'utf8'));
  corpora[id] = new Set((doc.commitments ?? []).map((c) => c.id));
}
const keyExists = (key) => {
  const m = /^(ca2021|ca2026):([a-z0-9-]+)$/.exec(key ?? '');
  if (!m) return false;
  return corpora[m[1]] ? corpora[m[1]].has(m[2]) : true; // corpus missing: reported above
};

const load = (name) => YAML.parse(readFileSync(join(here, name), 'utf8'));
const count = (map, k) => map.set(k, (map.get(k) ?? 0) + 1);
const show = (title, map) =>
  console.log(`${title}: ` + [...map].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`).join(', '));

function checkCommon(items, prefix, where) {
  items.forEach((it, i) => {
    const want = `${prefix}${String(i + 1).padStart(3, '0')}`;
    if (it.id !== want) err(`${where}: item ${i + 1} has id ${it.id}, expected ${want}`);
    const split = (i + 1) % 3 === 0 ? 'test' : 'dev';
    if (it.split !== split) err(`${it.id}: split ${it.split}, expected ${split}`);
    if (!['motie', 'kamervragen'].includes(it.kind)) err(`${it.id}: kind ${it.kind}`);
    if (typeof it.text !== 'string' || it.text.trim() === '') err(`${it.id}: empty text`);
    const c = it.context ?? {};
    if (!c.date && !c.names) err(`${it.id}: context needs date and/or names`);
    if (c.date && !/^\d{4}-\d{2}-\d{2}$/.test(String(c.date instanceof Date ? c.date.toISOString().slice(0, 10) : c.date)))
      err(`${it.id}: bad date ${c.date}`);
    if (c.names && !['ca2021', 'ca2026'].includes(c.names)) err(`${it.id}: bad names ${c.names}`);
    for (const k of Object.keys(c)) if (!['date', 'names'].includes(k)) err(`${it.id}: unknown context field ${k}`);
  });
  const ids = new Set(items.map((it) => it.id));
  if (ids.size !== items.length) err(`${where}: duplicate ids`);
}

// ------------------------------------------------------------------ suggestions
const TYPES = ['paraphrase', 'inflection', 'compound', 'abbreviation', 'synonym', 'partial-quote', 'real', 'none-neighbour', 'none-far'];
const sug = load('suggestions.yaml');
if (sug.format !== 1) err('suggestions.yaml: format must be 1');
checkCommon(sug.items, 's', 'suggestions.yaml');
const byType = new Map(), byLabelCorpus = new Map(), bySplit = new Map(), distinct = { ca2021: new Set(), ca2026: new Set() };
let contextDecides = 0;
for (const it of sug.items) {
  if (!TYPES.includes(it.type)) err(`${it.id}: type ${it.type}`);
  if (!Array.isArray(it.alternatives)) err(`${it.id}: alternatives must be a list`);
  if (typeof it.source !== 'string' || !it.source) err(`${it.id}: source missing`);
  if (it.type === 'real' && !/\d/.test(it.source)) err(`${it.id}: real item without a Kamerstuk number`);
  if (it.label === 'none') {
    if (it.alternatives.length) err(`${it.id}: none with alternatives`);
  } else {
    if (!keyExists(it.label)) err(`${it.id}: unknown key ${it.label}`);
    distinct[it.label.split(':')[0]]?.add(it.label);
  }
  for (const a of it.alternatives ?? []) {
    if (!keyExists(a)) err(`${it.id}: unknown alternative ${a}`);
    if (a === it.label) err(`${it.id}: alternative equals label`);
  }
  if (String(it.note ?? '').startsWith('context beslist')) contextDecides++;
  count(byType, it.type);
  count(byLabelCorpus, it.label === 'none' ? 'none' : it.label.split(':')[0]);
  count(bySplit, `${it.split}/${it.label === 'none' ? 'none' : 'labelled'}`);
}
console.log(`suggestions: ${sug.items.length} items`);
show('  label corpus', byLabelCorpus);
show('  type', byType);
show('  split', bySplit);
console.log(`  distinct labels: ca2026=${distinct.ca2026.size}, ca2021=${distinct.ca2021.size}; context-decides items: ${contextDecides}`);
const none = byLabelCorpus.get('none') ?? 0;
if (sug.items.length < 90) err('suggestions: fewer than 90 items');
if (none < 35) err('suggestions: fewer than 35 none items');
if (distinct.ca2026.size < 25) err('suggestions: fewer than 25 distinct ca2026 labels');
if (distinct.ca2021.size < 15) err('suggestions: fewer than 15 distinct ca2021 labels');
if ((byType.get('real') ?? 0) < 8) err('suggestions: fewer than 8 real items');
if (contextDecides < 10) err('suggestions: fewer than 10 context-decides items');

// ------------------------------------------------------------------ quotes
const EXPECT = ['verbatim', 'misquote', 'other-agreement', 'not-found'];
const quo = load('quotes.yaml');
if (quo.format !== 1) err('quotes.yaml: format must be 1');
checkCommon(quo.items, 'q', 'quotes.yaml');
const byExpect = new Map(), byQSplit = new Map(), byKeyCorpus = new Map();
for (const it of quo.items) {
  if (!EXPECT.includes(it.expect)) err(`${it.id}: expect ${it.expect}`);
  if (it.key !== undefined && !keyExists(it.key)) err(`${it.id}: unknown key ${it.key}`);
  if ((it.expect === 'misquote' || it.expect === 'other-agreement') && !it.key) err(`${it.id}: ${it.expect} needs key`);
  if (it.expect === 'not-found' && it.key) err(`${it.id}: not-found with key`);
  if (it.expect === 'other-agreement') {
    if (!['ca2021', 'ca2026'].includes(it.foundIn)) err(`${it.id}: other-agreement needs foundIn`);
    else if (!it.key.startsWith(it.foundIn + ':')) err(`${it.id}: foundIn ${it.foundIn} differs from key ${it.key}`);
  } else if (it.foundIn) err(`${it.id}: foundIn only for other-agreement`);
  count(byExpect, it.expect);
  count(byQSplit, it.split);
  count(byKeyCorpus, it.key ? it.key.split(':')[0] : '(passage or none)');
}
console.log(`quotes: ${quo.items.length} items`);
show('  expect', byExpect);
show('  split', byQSplit);
show('  key corpus', byKeyCorpus);
const need = { verbatim: 12, misquote: 12, 'other-agreement': 6, 'not-found': 6 };
if (quo.items.length < 40) err('quotes: fewer than 40 items');
for (const [k, v] of Object.entries(need)) if ((byExpect.get(k) ?? 0) < v) err(`quotes: fewer than ${v} ${k}`);

if (errors.length) {
  console.error(`\n${errors.length} problem(s):\n` + errors.map((e) => '  - ' + e).join('\n'));
  process.exit(1);
}
console.log('\nOK');
