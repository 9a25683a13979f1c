/*
 * The evaluation of citation suggestions and quote verification (test/eval/data/*.yaml), through the real product
 * path: each item becomes a small draft of its kind and date, the service checks it with the built-in corpora, and
 * the findings are scored. The baseline is an off-the-shelf full-text search with default Dutch settings (lunr with
 * lunr-languages' Dutch stemmer and stop words), its threshold tuned on the development split of the same set.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import lunr from 'lunr';
import lunrStemmerSupport from 'lunr-languages/lunr.stemmer.support';
import lunrNl from 'lunr-languages/lunr.nl';
import { parse } from 'yaml';
import { CorpusStore } from '../../src/host/corpusStore';
import type { CorpusSet } from '../../src/core/corpus/registry';
import { createDraftService, RULES, type DraftService, type Finding } from '../../src/core/service';
import { loadBuiltinLexicon, loadBuiltinSynonyms, packageRoot } from '../../src/host/data';
import { failOnRuleError } from '../support/strict';
import { shippedWords } from '../support/words';

lunrStemmerSupport(lunr);
lunrNl(lunr);

export const ROOT = packageRoot();

export interface Context {
  date?: string;
  names?: string;
}
export interface SuggestionItem {
  id: string;
  split: 'dev' | 'test';
  kind: 'motie' | 'kamervragen';
  context?: Context;
  text: string;
  label: string;
  alternatives?: string[];
  type?: string;
  source?: string;
}
export interface QuoteItem {
  id: string;
  split: 'dev' | 'test';
  kind: 'motie' | 'kamervragen';
  context?: Context;
  text: string;
  expect: 'verbatim' | 'misquote' | 'other-agreement' | 'not-found';
  key?: string;
  foundIn?: string;
}

export function loadItems<T>(file: string): T[] {
  const doc = parse(readFileSync(path.join(ROOT, 'test/eval/data', file), 'utf8')) as { items: T[] };
  return doc.items;
}

/** Wrap an item's sentence in the draft it would stand in, with its date and named agreement. */
export function draftFor(item: { kind: string; context?: Context; text: string }): string {
  const date = item.context?.date ? String(item.context.date) : undefined;
  const fm = ['---', `soort: ${item.kind}`, ...(date ? [`datum: ${date}`] : []), ...(item.context?.names ? [`akkoord: ${item.context.names}`] : []), '---', ''];
  if (item.kind === 'kamervragen') {
    const ingezonden = date ? ` (ingezonden ${date})` : '';
    return [...fm, `Vragen van het lid Jansen (D66) aan de minister van Binnenlandse Zaken en Koninkrijksrelaties over het coalitieakkoord${ingezonden}`, '', `1. ${item.text}`, ''].join('\n');
  }
  return [...fm, 'De Kamer,', '', 'gehoord de beraadslaging,', '', item.text, '', 'en gaat over tot de orde van de dag.', '', 'Jansen', ''].join('\n');
}

/** The evaluation's "today": undated documents are measured on this day, so the figures do not change with the calendar. */
export const EVAL_TODAY = '2026-12-01';

/**
 * The product as shipped, on the built-in data and the evaluation's day. `everyRule`: the rules that are off by default
 * switched on too (the property tests hold every rule's findings and fixes to their invariants).
 */
export function createEvalService(options: { everyRule?: boolean; keepPartReports?: boolean } = {}): { service: DraftService; corpus: CorpusSet } {
  const store = new CorpusStore();
  const corpus = store.build({ folders: [], extraFiles: [], openText: () => undefined });
  const severities = options.everyRule ? Object.fromEntries(RULES.filter((r) => r.defaultSeverity === 'off').map((r) => [r.id, 'on' as const])) : {};
  const service = createDraftService({ vagueTerms: loadBuiltinLexicon().terms, corpus, synonyms: loadBuiltinSynonyms().lexicon, words: shippedWords(), settings: { severities }, onRuleError: failOnRuleError, today: () => EVAL_TODAY, ...(options.keepPartReports === false ? { keepPartReports: false } : {}) });
  return { service, corpus };
}

let version = 0;
function findingsFor(service: DraftService, item: { id: string; kind: string; context?: Context; text: string }): { text: string; findings: Finding[]; start: number } {
  const text = draftFor(item);
  const start = text.indexOf(item.text.slice(0, 20));
  return { text, findings: service.findings({ uri: `eval:${item.id}.md`, version: ++version, text }), start };
}

/** Our suggestion: the first commitment of the `citeer-toezegging` finding on the item's sentence. */
export function ourSuggestion(service: DraftService, item: SuggestionItem): string | undefined {
  const { findings, start } = findingsFor(service, item);
  const f = findings.find((x) => x.ruleId === 'citeer-toezegging' && x.end > start);
  return f?.commitments[0];
}

/** Our quote verdict, from the quote rules' findings on the item. */
export function ourQuoteVerdict(service: DraftService, item: QuoteItem): QuoteItem['expect'] {
  const { findings } = findingsFor(service, item);
  const ids = new Set(findings.map((f) => f.ruleId));
  if (ids.has('citaat-ander-akkoord')) return 'other-agreement';
  if (ids.has('citaat-onjuist')) return 'misquote';
  if (ids.has('citaat-onvindbaar')) return 'not-found';
  return 'verbatim';
}

export interface Scores {
  items: number;
  labelled: number;
  suggestions: number;
  correct: number;
  precision: number;
  recall: number;
  /** `none` items that correctly got no suggestion. */
  noneRight: number;
  none: number;
}

export function score(items: SuggestionItem[], suggest: (i: SuggestionItem) => string | undefined): Scores & { misses: { id: string; label: string; got?: string }[] } {
  let suggestions = 0;
  let correct = 0;
  let noneRight = 0;
  const misses: { id: string; label: string; got?: string }[] = [];
  for (const item of items) {
    const got = suggest(item);
    const ok = got !== undefined && (got === item.label || (item.alternatives ?? []).includes(got));
    if (got !== undefined) suggestions++;
    if (ok) correct++;
    if (item.label === 'none' && got === undefined) noneRight++;
    if (!ok && !(item.label === 'none' && got === undefined)) misses.push({ id: item.id, label: item.label, ...(got ? { got } : {}) });
  }
  const labelled = items.filter((i) => i.label !== 'none').length;
  return {
    items: items.length,
    labelled,
    suggestions,
    correct,
    precision: suggestions === 0 ? 1 : correct / suggestions,
    recall: labelled === 0 ? 1 : correct / labelled,
    noneRight,
    none: items.length - labelled,
    misses,
  };
}

export interface QuoteScores {
  items: number;
  /** Items that should be flagged (misquote, other agreement, not found) and were flagged as such. */
  flaggedRight: number;
  flagged: number;
  shouldFlag: number;
  precision: number;
  recall: number;
  misquotesFound: number;
  misquotes: number;
  verbatimFlagged: number;
  verbatim: number;
  misses: { id: string; expect: string; got: string }[];
}

export function scoreQuotes(items: QuoteItem[], verdict: (i: QuoteItem) => QuoteItem['expect']): QuoteScores {
  const s: QuoteScores = { items: items.length, flaggedRight: 0, flagged: 0, shouldFlag: 0, precision: 0, recall: 0, misquotesFound: 0, misquotes: 0, verbatimFlagged: 0, verbatim: 0, misses: [] };
  for (const item of items) {
    const got = verdict(item);
    if (got !== 'verbatim') s.flagged++;
    if (item.expect !== 'verbatim') s.shouldFlag++;
    if (item.expect !== 'verbatim' && got === item.expect) s.flaggedRight++;
    if (item.expect === 'misquote') {
      s.misquotes++;
      if (got === 'misquote') s.misquotesFound++;
    }
    if (item.expect === 'verbatim') {
      s.verbatim++;
      if (got !== 'verbatim') s.verbatimFlagged++;
    }
    if (got !== item.expect) s.misses.push({ id: item.id, expect: item.expect, got });
  }
  s.precision = s.flagged === 0 ? 1 : s.flaggedRight / s.flagged;
  s.recall = s.shouldFlag === 0 ? 1 : s.flaggedRight / s.shouldFlag;
  return s;
}

/** The baseline: lunr (default Dutch pipeline) over every commitment; the best hit above a threshold. */
export function createBaseline(corpus: CorpusSet) {
  const byRef = new Map(corpus.commitments.map((c) => [c.key, c] as const));
  const index = lunr(function () {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    (this as any).use((lunr as any).nl);
    this.ref('key');
    this.field('text');
    for (const c of corpus.commitments) this.add({ key: c.key, text: [c.text, ...c.fragments].join(' ') });
  });
  const search = (text: string) => {
    const tokens = text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((t) => t.length > 1);
    return index.query((q) => {
      for (const t of tokens) q.term(t, { presence: lunr.Query.presence.OPTIONAL });
    });
  };
  const norm = (s: string) => s.toLowerCase().replace(/[‘’“”"'`]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const texts = [...corpus.commitments.map((c) => ({ corpusId: c.corpusId, text: norm([c.text, ...c.fragments].join(' ')) })), ...corpus.passages.map((p) => ({ corpusId: p.corpusId, text: norm(p.text) }))];
  return {
    top(text: string): { key: string; score: number } | undefined {
      const r = search(text)[0];
      return r ? { key: r.ref, score: r.score } : undefined;
    },
    /** Plain quote check: normalised substring = verbatim; else a strong lunr hit = misquote; else not found. */
    quote(item: QuoteItem, threshold: number, target: string): QuoteItem['expect'] {
      const m = /[‘“"']([^‘’“”"]{10,})[’”"']/.exec(item.text);
      const q = m ? norm(m[1]!) : norm(item.text);
      const found = texts.find((t) => t.text.includes(q));
      if (found) return found.corpusId === target ? 'verbatim' : 'other-agreement';
      const hit = search(q)[0];
      return hit && hit.score >= threshold && byRef.get(hit.ref)?.corpusId === target ? 'misquote' : 'not-found';
    },
  };
}

/** The baseline threshold that maximises F1 on the given items (the development split). */
export function tuneThreshold(items: SuggestionItem[], top: (t: string) => { key: string; score: number } | undefined): number {
  const cached = items.map((i) => ({ item: i, hit: top(i.text) }));
  const candidates = [...new Set(cached.map((c) => c.hit?.score ?? 0))].sort((a, b) => a - b);
  let best = { t: Infinity, f1: -1 };
  for (const t of [0, ...candidates]) {
    const s = score(items, (i) => {
      const hit = cached.find((c) => c.item === i)!.hit;
      return hit && hit.score >= t ? hit.key : undefined;
    });
    const f1 = s.precision + s.recall === 0 ? 0 : (2 * s.precision * s.recall) / (s.precision + s.recall);
    if (f1 > best.f1) best = { t, f1 };
  }
  return best.t;
}

/** The baseline's quote threshold that maximises F1 of the flags on the given items (the development split). */
export function tuneQuoteThreshold(items: QuoteItem[], baseline: ReturnType<typeof createBaseline>): number {
  let best = { t: 0, f1: -1 };
  for (const t of [0, 0.5, 1, 1.5, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20]) {
    const s = scoreQuotes(items, (i) => baseline.quote(i, t, targetOf(i)));
    const f1 = s.precision + s.recall === 0 ? 0 : (2 * s.precision * s.recall) / (s.precision + s.recall);
    if (f1 > best.f1) best = { t, f1 };
  }
  return best.t;
}

export function targetOf(item: { context?: Context; text: string }): string {
  if (item.context?.names) return item.context.names;
  if (/aan de slag|2026/i.test(item.text)) return 'ca2026';
  if (/omzien naar elkaar|2021/i.test(item.text)) return 'ca2021';
  const year = item.context?.date ? Number(String(item.context.date).slice(0, 4)) : 2026;
  return year >= 2026 ? 'ca2026' : 'ca2021';
}
