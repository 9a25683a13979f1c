import { citationEngine, type CitationEngine } from './citation/engine';
import { emptyCorpusSet, type CorpusSet } from './corpus/registry';
import { emptyLexicon, type Lexicon } from './retrieval/synonyms';
import type { Commitment } from './corpus/types';
import { isoDay } from './draft/date';
import { buildDraft, type DraftInput } from './draft/model';
import type { Draft } from './draft/types';
import { rankForQuery } from './citation/lookup';
import { preferenceFor, suggestCitations } from './citation/suggest';
import { citationAt, citationCompletion, commitmentMarkdown, type CitationCompletion, type RankedCommitment } from './features/commitments';
import { quickFixes, type QuickFix } from './features/codeActions';
import { findingHover, type HoverResult } from './features/hover';
import { documentSymbols, type DraftSymbol } from './features/symbols';
import { createVagueLexicon, type VagueLexicon, type VagueTerm } from './vague/terms';
import { RULES } from './rules/index';
import { logOncePerRule, runRules, type RuleErrorHandler } from './rules/runner';
import type { Rule } from './rules/types';
import { nullLogger, type Finding, type Logger, type SeverityLevel, type Span, type Taal } from './types';

export type { DraftInput } from './draft/model';
export type { RuleErrorHandler } from './rules/runner';
export type { Draft } from './draft/types';
export type { QuickFix } from './features/codeActions';
export type { HoverResult } from './features/hover';
export type { DraftSymbol } from './features/symbols';
export type { CitationCompletion, RankedCommitment } from './features/commitments';
export type { CorpusSet, LoadedCorpus } from './corpus/registry';
export type { Commitment, Corpus } from './corpus/types';
export * from './types';

export interface ServiceSettings {
  taal: Taal;
  /** Per-rule severity; missing ids use the rule's default. */
  severities: Record<string, SeverityLevel>;
}

export interface ServiceInit {
  /** Vague terms: the built-in lexicon plus the user's extra entries (already loaded from text by the adapter). */
  vagueTerms: VagueTerm[];
  settings?: Partial<ServiceSettings>;
  /** The loaded corpora (built-in and the user's); empty when omitted. */
  corpus?: CorpusSet;
  /** Domain synonyms and abbreviations for matching sentences to commitments (`lexicon/synonyms.yaml`). */
  synonyms?: Lexicon;
  logger?: Logger;
  /** The day of checking (`YYYY-MM-DD`); undated drafts are measured against the agreement in force that day. */
  today?: () => string;
  /** What to do when a rule throws; by default it is logged once per rule and the other rules go on. */
  onRuleError?: RuleErrorHandler;
  rules?: readonly Rule[];
}

export interface Analysis {
  draft: Draft;
  findings: Finding[];
}

/** The draft service: one facade over parsing, the draft model, rules and editor features. Pure; no I/O. */
export interface DraftService {
  /** Current settings. */
  readonly settings: ServiceSettings;
  /** Change settings and/or vague terms; every cached analysis is invalidated. */
  configure(change: { settings?: Partial<ServiceSettings>; vagueTerms?: VagueTerm[]; corpus?: CorpusSet; synonyms?: Lexicon }): void;
  /** The searchable corpus (built once per corpus version; undefined when no corpus is loaded). */
  engine(): CitationEngine | undefined;
  /** The loaded corpora. */
  readonly corpus: CorpusSet;
  /** Parse and check a document; cached per URI and version, so repeated calls for one version cost nothing. */
  analyze(doc: DraftInput): Analysis;
  /** The findings of a document (see `analyze`). */
  findings(doc: DraftInput): Finding[];
  /** Hover at `offset`: the commitment behind a citation key, and the explanation of findings under the cursor. */
  hover(doc: DraftInput, offset: number): HoverResult | undefined;
  /** Quick fixes for the findings that touch `range`. */
  codeActions(doc: DraftInput, range: Span): QuickFix[];
  /** Outline of a motie (overwegingen, dictum) or of Kamervragen (each question). */
  symbols(doc: DraftInput): DraftSymbol[];
  /** Completion of a citation key after `[@` (and in footnote definitions); undefined elsewhere. */
  completeCitation(doc: DraftInput, offset: number): CitationCompletion | undefined;
  /** The commitment cited at `offset`, with the span of its key. */
  citedAt(doc: DraftInput, offset: number): { commitment: Commitment | undefined; key: string; span: Span } | undefined;
  /** Commitments matching typed words (quick pick, workspace symbols, `corpus search`), best first. */
  searchCommitments(query: string, limit?: number): RankedCommitment[];
  /** Forget a closed document. */
  forget(uri: string): void;
  readonly lexicon: VagueLexicon;
}

/** Create the draft service. Everything external (data, settings, logging) is injected. */
export function createDraftService(init: ServiceInit): DraftService {
  const logger = init.logger ?? nullLogger;
  const rules = init.rules ?? RULES;
  const onRuleError = init.onRuleError ?? logOncePerRule(logger);
  const today = init.today ?? (() => isoDay(new Date()));
  let settings: ServiceSettings = { taal: 'nl', severities: {}, ...init.settings };
  let lexicon = createVagueLexicon(init.vagueTerms);
  let corpus = init.corpus ?? emptyCorpusSet;
  let synonyms = init.synonyms ?? emptyLexicon;
  const engine = () => (corpus.commitments.length > 0 ? citationEngine(corpus, synonyms) : undefined);
  let generation = 0;
  const cache = new Map<string, { version: number; textLength: number; generation: number; analysis: Analysis }>();

  const analyze = (doc: DraftInput): Analysis => {
    const hit = cache.get(doc.uri);
    if (hit && hit.version === doc.version && hit.generation === generation && hit.textLength === doc.text.length) return hit.analysis;
    const draft = buildDraft(doc, today());
    const findings = runRules(draft, rules, { taal: settings.taal, severities: settings.severities, lexicon, corpus, engine: engine(), onRuleError });
    const analysis = { draft, findings };
    cache.set(doc.uri, { version: doc.version, textLength: doc.text.length, generation, analysis });
    return analysis;
  };

  return {
    get settings() {
      return settings;
    },
    get lexicon() {
      return lexicon;
    },
    get corpus() {
      return corpus;
    },
    configure(change) {
      if (change.settings) settings = { ...settings, ...change.settings };
      if (change.vagueTerms) lexicon = createVagueLexicon(change.vagueTerms);
      if (change.corpus) corpus = change.corpus;
      if (change.synonyms) synonyms = change.synonyms;
      generation++;
    },
    engine,
    analyze,
    findings: (doc) => analyze(doc).findings,
    hover(doc, offset) {
      const { draft, findings } = analyze(doc);
      const ref = citationAt(draft, offset);
      const commitment = ref ? corpus.get(ref.key) : undefined;
      const describe = (key: string) => {
        const c = corpus.get(key);
        return c ? commitmentMarkdown(c, corpus, settings.taal) : undefined;
      };
      const onFinding = findingHover(findings, offset, lexicon, settings.taal, describe);
      if (!ref || !commitment) return onFinding;
      const contents = commitmentMarkdown(commitment, corpus, settings.taal);
      return { start: ref.start, end: ref.end, contents: onFinding ? `${contents}\n\n---\n\n${onFinding.contents}` : contents };
    },
    completeCitation(doc, offset) {
      const { draft } = analyze(doc);
      // Ties go to the agreement this draft should cite (a 2023 draft: the 2021 agreement).
      const e = engine();
      const completion = citationCompletion(draft, offset, e?.lookup, corpus.corpora.length > 0 ? preferenceFor(draft, corpus).order[0] : undefined);
      if (!completion || completion.typed !== '' || !e) return completion;
      // Nothing typed after "[@" yet: the commitment the sentence is about (the one its citation hint names) first.
      const about = suggestCitations(draft, e).find((s) => s.unit.start <= offset && offset <= s.unit.end)?.commitments ?? [];
      if (about.length === 0) return completion;
      const keys = new Set(about.map((c) => c.key));
      const top = (completion.items[0]?.score ?? 0) + 1;
      const items = [...about.map((commitment) => ({ commitment, score: top })), ...completion.items.filter((r) => !keys.has(r.commitment.key))];
      return { ...completion, items: items.slice(0, Math.max(completion.items.length, about.length)) };
    },
    citedAt(doc, offset) {
      const ref = citationAt(analyze(doc).draft, offset);
      return ref ? { commitment: corpus.get(ref.key), key: ref.key, span: { start: ref.start, end: ref.end } } : undefined;
    },
    searchCommitments(query, limit = 50) {
      // Words as typed first (every word a prefix of the key, tags or text); then what the Dutch-aware index finds
      // for other inflections, compounds and synonyms ("afhankelijkheden afbouwen" → "bouwen … af").
      const e = engine();
      const typed = rankForQuery(e?.lookup, query, limit);
      if (typed.length >= limit || !e || query.trim() === '') return typed;
      const seen = new Set(typed.map((r) => r.commitment.key));
      const more = e.index
        .search(query, { limit, minMatchedTerms: 1 })
        .filter((h) => !seen.has(h.key))
        .flatMap((h) => {
          const c = corpus.get(h.key);
          return c ? [{ commitment: c, score: 0 }] : [];
        });
      return [...typed, ...more].slice(0, limit);
    },
    codeActions: (doc, range) => quickFixes(analyze(doc).findings, range),
    symbols: (doc) => documentSymbols(analyze(doc).draft, settings.taal),
    forget: (uri) => void cache.delete(uri),
  };
}
