import { buildDraft, type DraftInput } from './draft/model';
import type { Draft } from './draft/types';
import { quickFixes, type QuickFix } from './features/codeActions';
import { findingHover, type HoverResult } from './features/hover';
import { documentSymbols, type DraftSymbol } from './features/symbols';
import { createVagueLexicon, type VagueLexicon, type VagueTerm } from './lexicon/vague';
import { RULES } from './rules/index';
import { runRules } from './rules/runner';
import type { Rule } from './rules/types';
import { nullLogger, type Finding, type Logger, type SeverityLevel, type Span, type Taal } from './types';

export type { DraftInput } from './draft/model';
export type { Draft } from './draft/types';
export type { QuickFix } from './features/codeActions';
export type { HoverResult } from './features/hover';
export type { DraftSymbol } from './features/symbols';
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
  logger?: Logger;
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
  configure(change: { settings?: Partial<ServiceSettings>; vagueTerms?: VagueTerm[] }): void;
  /** Parse and check a document; cached per URI and version, so repeated calls for one version cost nothing. */
  analyze(doc: DraftInput): Analysis;
  /** The findings of a document (see `analyze`). */
  findings(doc: DraftInput): Finding[];
  /** Hover at `offset`: explanation of the findings under the cursor. */
  hover(doc: DraftInput, offset: number): HoverResult | undefined;
  /** Quick fixes for the findings that touch `range`. */
  codeActions(doc: DraftInput, range: Span): QuickFix[];
  /** Outline of a motie (overwegingen, dictum) or of Kamervragen (each question). */
  symbols(doc: DraftInput): DraftSymbol[];
  /** Forget a closed document. */
  forget(uri: string): void;
  readonly lexicon: VagueLexicon;
}

/** Create the draft service. Everything external (data, settings, logging) is injected. */
export function createDraftService(init: ServiceInit): DraftService {
  const logger = init.logger ?? nullLogger;
  const rules = init.rules ?? RULES;
  let settings: ServiceSettings = { taal: 'nl', severities: {}, ...init.settings };
  let lexicon = createVagueLexicon(init.vagueTerms);
  let generation = 0;
  const cache = new Map<string, { version: number; textLength: number; generation: number; analysis: Analysis }>();

  const analyze = (doc: DraftInput): Analysis => {
    const hit = cache.get(doc.uri);
    if (hit && hit.version === doc.version && hit.generation === generation && hit.textLength === doc.text.length) return hit.analysis;
    const draft = buildDraft(doc);
    const findings = runRules(draft, rules, { taal: settings.taal, severities: settings.severities, lexicon, logger });
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
    configure(change) {
      if (change.settings) settings = { ...settings, ...change.settings };
      if (change.vagueTerms) lexicon = createVagueLexicon(change.vagueTerms);
      generation++;
    },
    analyze,
    findings: (doc) => analyze(doc).findings,
    hover(doc, offset) {
      const { findings } = analyze(doc);
      return findingHover(findings, offset, lexicon, settings.taal);
    },
    codeActions: (doc, range) => quickFixes(analyze(doc).findings, range),
    symbols: (doc) => documentSymbols(analyze(doc).draft, settings.taal),
    forget: (uri) => void cache.delete(uri),
  };
}
