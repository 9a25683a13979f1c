import { citationEngine, type CitationEngine } from './citation/engine';
import { emptyCorpusSet, type CorpusSet } from './corpus/registry';
import { emptyLexicon, type Lexicon } from './retrieval/synonyms';
import type { Commitment } from './corpus/types';
import { isoDay } from './draft/date';
import { buildDraft, type DraftInput } from './draft/model';
import { parseBlocksSteps, reparseBlocksSteps, type ParsedMarkdown } from './markdown/blocks';
import { runSteps, type Steps } from './steps';
import type { Draft } from './draft/types';
import { promiseForQuestion, withPromiseHover } from './features/kamerToezegging';
import { citationAt, commitmentMarkdown, completeCitationKey, type CitationCompletion, type RankedCommitment } from './features/commitments';
import { footnoteAt, type FootnoteAt } from './features/footnotes';
import { searchCorpus } from './features/search';
import { quickFixes, type QuickFix } from './features/codeActions';
import { fixAllText, type FixAllResult } from './features/fixAll';
import { disableNextLineEdit } from './features/suppress';
import { draftHover, type HoverResult } from './features/hover';
import { findKeyReferences, type KeyReference } from './features/references';
import { summarize, type CommitmentSummary } from './features/summary';
import { documentSymbols, type DraftSymbol } from './features/symbols';
import { documentLinks, type DocumentLinkInfo } from './features/documentLinks';
import { compareDrafts, type Comparison } from './features/compare';
import { answerTerm, DEFAULT_ANSWER_TERM, type AnswerTerm, type AnswerTermSettings } from './features/answerTerm';
import { documentKindOf, findDraftDocument, setKindEdit, type DocumentKindInfo } from './features/documentKind';
import { exportDraft, type ExportOptions, type ExportResult } from './features/export/index';
import type { Workspace } from './workspace/workspace';
import { createVagueLexicon, type VagueLexicon, type VagueTerm } from './vague/terms';
import { createSpeller, type Speller } from './text/spelling';
import type { WordList } from './text/words';
import { RULES } from './rules/index';
import { checkBudget, DEFAULT_BUDGET, unparsedDraft, withinBudget, type BudgetExceeded, type WorkBudget } from './draft/budget';
import { createPartReports, type PartReports } from './rules/partScope';
import { logOncePerRule, runRulesSteps, type RuleErrorHandler } from './rules/runner';
import { effectiveSeverity, type Rule } from './rules/types';
import { nullLogger, type DraftKind, type Finding, type Logger, type SeverityLevel, type Span, type Taal, type TextEdit } from './types';

// The facade: the one door into the core for the adapters (host, LSP, CLI). Everything they use is named here.

// The draft service and what it answers with.
export type { DraftInput } from './draft/model';
export type { RuleErrorHandler } from './rules/runner';
export { runSteps, type Steps } from './steps';
export { own } from './text/own';
export { distance } from './text/distance';
export type { Draft } from './draft/types';
export type { QuickFix } from './features/codeActions';
export { FIX_ALL_RULE_IDS, type FixAllResult } from './features/fixAll';
export { disableNextLineComment } from './features/suppress';
export type { HoverResult } from './features/hover';
export type { DraftSymbol } from './features/symbols';
export type { DocumentLinkInfo } from './features/documentLinks';
export type { ChangeKind, ComparedGroup, ComparedPiece, Comparison, PartChange, WordChange } from './features/compare';
export { comparisonSummary, describeChange, renderComparison, type ComparisonStyle } from './features/compareText';
export { DEFAULT_ANSWER_TERM, type AnswerTerm, type AnswerTermSettings } from './features/answerTerm';
export { recogniseReferences, type KamerReference } from './references/recognise';
export type { DocumentKindInfo } from './features/documentKind';
export { EXPORT_FORMATS, renderExportMarkdown, renderExportReport, renderExportText, type ExportBlock, type ExportDocument, type ExportFormat, type ExportIssue, type ExportNote, type ExportOptions, type ExportReport, type ExportResult, type ExportRole, type ExportRun } from './features/export/index';
export type { KeyReference } from './features/references';
export type { CommitmentSummary } from './features/summary';
export type { CitationCompletion, RankedCommitment } from './features/commitments';
export { searchCorpus } from './features/search';
export * from './types';

// The files around a draft, as the core asks for them.
export { configFilesFor, folderOf, markdownDocuments, parentOf, workspaceOf, CONFIG_FILE_NAME, CORPUS_FILE_PATTERN, MARKDOWN_FILE, type Workspace } from './workspace/workspace';
export { ConfigCascade, isWithin, type ConfigLayer, type ConfigReader, type ResolvedConfig } from './workspace/cascade';

// Data files: the host reads them from disk, the pure readers here turn text into values and positioned problems.
export { loadCorpus } from './corpus/load';
export { createCorpusSet, type CorpusSet, type CorpusSetOptions, type LoadedCorpus } from './corpus/registry';
// Snapshots: a loaded corpus and the analysed index as data, kept by the host between runs.
export { restoreCorpus, storedCorpus, CORPUS_MODEL_FORMAT } from './corpus/snapshot';
export type { IndexCodec, IndexState, IndexStore } from './retrieval/snapshot';
export { loadAgreementList, type AgreementDef } from './corpus/agreements';
export { loadTagList } from './corpus/tags';
export type { Commitment, Corpus, CorpusKind, TagDef } from './corpus/types';
export { CORPUS_KINDS, isCorpusKind, isSlug, kindInHead, MINISTRIES } from './corpus/types';
export { loadVagueTerms, type VagueTerm } from './vague/terms';
export { emptyLexicon, parseLexicon, type Lexicon } from './retrieval/synonyms';

// Importing a document (PDF, DOCX, HTML, text) as a corpus: the shape every reader produces, the pure layout reading
// of a PDF's positioned text, the other readers' pure parts and the pipeline.
export { emptyWordList, layoutDocument, parseWordList, type ImportedDocument, type ImportedHeading, type ImportedKind, type ImportedParagraph, type LayoutOptions, type PdfFont, type PositionedItem, type PositionedPage, type WordList } from './corpus/import/index';
export { documentFromBlocks, type DocumentBlock } from './corpus/import/blocks';
export { readPlainText } from './corpus/import/text';
export { nothingRemoved } from './corpus/import/documents';
export { importDocument, IMPORT_LOCK_MARKER, IMPORT_MARKER, type ImportOptions, type ImportResult } from './corpus/import/pipeline';
export type { DocumentIdentity } from './corpus/import/assemble';
export { MIN_COMMITMENTS } from './corpus/import/report';
export { verbatimCommitments } from './corpus/import/builtin';
export { repairText } from './corpus/build';
export { readRuleLayers, type RuleLayer } from './corpus/build';

// Configuration: one shape for the workspace file and the editor's settings.
export { emptyConfig, mergeConfigs, parseConfigFile, parseTaal, readConfigValue, type AkkoordwijzerConfig } from './config';

// Rules and positions, for reports (SARIF lists the rules; text output is 1-based).
export { RULES, RULE_IDS } from './rules/index';
export { ruleDocUrl } from './rules/types';
export { computeLineStarts } from './markdown/lines';
export { positionAt, type Position } from './text/positions';

export interface ServiceSettings {
  taal: Taal;
  /** Per-rule severity; missing ids use the rule's default. */
  severities: Record<string, SeverityLevel>;
  /** How much work one document may cost (characters, nesting, footnotes); above it only the part within it is checked, for word use. */
  budget: WorkBudget;
  /** The answer term of Kamervragen in days, without and with an uitstelbericht. */
  answerTerm: AnswerTermSettings;
}

export interface ServiceInit {
  /** Vague terms: the built-in lexicon plus the user's extra entries (already loaded from text by the adapter). */
  vagueTerms: VagueTerm[];
  settings?: Partial<ServiceSettings>;
  /** The loaded corpora (built-in and the user's); empty when omitted. */
  corpus?: CorpusSet;
  /** Domain synonyms and abbreviations for matching sentences to commitments (`lexicon/synonyms.yaml`). */
  synonyms?: Lexicon;
  /**
   * The Dutch word list of the spelling rule (`parseWordList` of the shipped `nl-words.txt`); without it the rule is
   * silent. An adapter may give it later through `configure`, so that loading it never delays the first diagnostics.
   */
  words?: WordList;
  logger?: Logger;
  /** The day of checking (`YYYY-MM-DD`); undated drafts are measured against the agreement in force that day. */
  today?: () => string;
  /** What to do when a rule throws; by default it is logged once per rule and the other rules go on. */
  onRuleError?: RuleErrorHandler;
  rules?: readonly Rule[];
  /** Where a rule's page is, for the hover's link (the adapters give the shipped file; by default the online page). */
  ruleDocHref?: (ruleId: string) => string;
  /**
   * Whether a check keeps the part-scoped rules' reports, part by part, for the next version of the same text
   * (`PartReports`). On by default (an editor checks a draft again on every keystroke). A host that checks each text
   * once (the command line) turns it off: the part-scoped rules then run over the whole draft at once, with the same
   * findings (`test/eval/checkOnce.test.ts`) and without the keys, copies and maps a next version would read. The
   * parse and the draft of a version are still what the next one starts from (`check --fix` checks the fixed text as
   * version 2 of its file).
   */
  keepPartReports?: boolean;
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
  configure(change: { settings?: Partial<ServiceSettings>; vagueTerms?: VagueTerm[]; corpus?: CorpusSet; synonyms?: Lexicon; words?: WordList }): void;
  /** The searchable corpus (built once per corpus version; undefined when no corpus is loaded). */
  engine(): CitationEngine | undefined;
  /** Whether a rule that reads the Dutch word list is on under the current settings (then give it through `configure`). */
  wantsWords(): boolean;
  /** The loaded corpora. */
  readonly corpus: CorpusSet;
  /** Parse and check a document; cached per URI and version, so repeated calls for one version cost nothing. */
  analyze(doc: DraftInput): Analysis;
  /**
   * `analyze` in slices, for an adapter that must stay responsive while a long document is checked: each step does a
   * bounded piece of the work (a piece of the parse, the draft model, one rule on the draft, a run of parts for a
   * part-scoped rule) and yields its size in characters; the return value is what `analyze` gives, and is cached the
   * same way. A settings or data change during the steps starts them over on the new configuration.
   */
  analysisSteps(doc: DraftInput): Steps<Analysis>;
  /** The findings of a document (see `analyze`). */
  findings(doc: DraftInput): Finding[];
  /** Hover at `offset`: the commitment behind a citation key, and the explanation of findings under the cursor. */
  hover(doc: DraftInput, offset: number): HoverResult | undefined;
  /** Quick fixes for the findings that touch `range`. */
  codeActions(doc: DraftInput, range: Span): QuickFix[];
  /**
   * Every certain fix of the document applied (the rules of `FIX_ALL_RULES`), checked again until nothing certain is
   * left: the text `check --fix` writes and the edits of `source.fixAll.akkoordwijzer`.
   */
  fixAll(doc: DraftInput): FixAllResult;
  /** The edit that puts `<!-- akkoordwijzer-disable-next-line RULE -->` where it silences `ruleId` on the line of `offset`. */
  disableNextLine(doc: DraftInput, ruleId: string, offset: number): TextEdit | undefined;
  /** Outline of a motie (overwegingen, dictum) or of Kamervragen (each question). */
  symbols(doc: DraftInput): DraftSymbol[];
  /** The references to parliamentary documents that open their public source (Kamerstukken, Handelingen, document and zaak numbers). */
  documentLinks(doc: DraftInput): DocumentLinkInfo[];
  /** The date the answers to sent Kamervragen are due, and whether it has passed (a code lens over the header). */
  answerTerm(doc: DraftInput): AnswerTerm | undefined;
  /**
   * Two versions of a motie or Kamervragen compared part by part (overwegingen, dictum, questions: changed, added,
   * removed, moved, word by word). Neither text is cached: an older version from git may share the open document's URI.
   */
  compare(before: DraftInput, after: DraftInput): Comparison;
  /** Completion of a citation key after `[@` (and in footnote definitions); undefined elsewhere. */
  completeCitation(doc: DraftInput, offset: number): CitationCompletion | undefined;
  /** The commitment cited at `offset`, with the span of its key. */
  citedAt(doc: DraftInput, offset: number): { commitment: Commitment | undefined; key: string; span: Span } | undefined;
  /** The footnote whose marker or definition is at `offset`: its definition and markers (go to, references, hover). */
  footnoteAt(doc: DraftInput, offset: number): FootnoteAt | undefined;
  /** Commitments matching typed words (quick pick, workspace symbols), best first; see `searchCorpus`. */
  searchCommitments(query: string, limit?: number): RankedCommitment[];
  /** A commitment as lists show it, in the service's language; undefined for an unknown key. */
  describeCommitment(key: string): CommitmentSummary | undefined;
  /** The Markdown that explains a commitment (text, where it stands, provenance), as the hover shows it. */
  commitmentDocs(key: string): string | undefined;
  /** Every place in the workspace that cites `key` (open documents from the cache, files parsed only when they hold it). */
  references(workspace: Workspace, key: string): KeyReference[];
  /** What the document counts as (motie, Kamervragen, other), why, and whether it is over its work budget. */
  documentKind(doc: DraftInput): DocumentKindInfo;
  /** The edit that makes the document the given kind (`soort:` in its front matter, which always wins). */
  setKindEdit(doc: DraftInput, kind: DraftKind): TextEdit;
  /** The first motie or Kamervragen in the workspace (open documents first), or undefined when it has none. */
  findDraft(workspace: Workspace): string | undefined;
  /**
   * The draft laid out as the Kamer publishes it (a motie, Kamervragen), with the report of what stands in the way:
   * while error findings remain the export stops (no document) unless `toch` overrides it, which the report records.
   * Render it with `renderExportText` / `renderExportMarkdown` (the host writes `.docx`).
   */
  exportDraft(doc: DraftInput, options?: ExportOptions): ExportResult;
  /** Forget a closed document. */
  forget(uri: string): void;
  readonly lexicon: VagueLexicon;
}

export { DEFAULT_BUDGET, NO_BUDGET, type WorkBudget } from './draft/budget';

/**
 * What is checked of a document: the document itself within its work budget; above it the part within it
 * (`withinBudget`: the text up to the character budget, lines nested too deep and footnotes over the budget made
 * inert, every offset kept), with what was exceeded, measured before anything is parsed. A document over its budget
 * whose opening shows no motie or Kamervragen is not parsed at all (`unparsed`): only the note runs on it.
 */
function withinWorkBudget(doc: DraftInput, budget: WorkBudget, today: string): { input: DraftInput; exceeded?: BudgetExceeded; unparsed?: Draft } {
  const exceeded = checkBudget(doc.text, budget);
  if (!exceeded) return { input: doc };
  const input = { ...doc, text: withinBudget(doc.text, budget) };
  if (buildDraft({ ...input, text: openingOf(input.text) }, today).kind === 'other') return { input, exceeded, unparsed: unparsedDraft(doc, today, exceeded) };
  return { input, exceeded };
}

/** A text's draft, built once and not kept (`withinWorkBudget`). */
function draftOnce(doc: DraftInput, budget: WorkBudget, today: string): Draft {
  const { input, exceeded, unparsed } = withinWorkBudget(doc, budget, today);
  if (unparsed) return unparsed;
  const draft = buildDraft(input, today);
  if (exceeded) draft.budgetExceeded = exceeded;
  return draft;
}

/**
 * A draft to compare part by part: over its work budget only part of it was read, and comparing that would report the
 * rest as left out; such a version counts as no draft (no parts), as the comparison says.
 */
function wholeDraft(doc: DraftInput, budget: WorkBudget, today: string): Draft {
  const draft = draftOnce(doc, budget, today);
  return draft.budgetExceeded ? { ...draft, kind: 'other', parts: [] } : draft;
}

/** How much of a document's start is read to tell whether it is a draft (`findDraft`): far more than any header. */
const KIND_PREFIX = 32_000;

/**
 * The kind of a workspace document for `findDraft`: an open document's from the cache when it was analysed; else the
 * draft of its opening (`KIND_PREFIX`) is built here and not kept: the kind needs no rules, its signs stand at the top
 * (the motie's kop and formulas, the Kamervragen's header and first questions), and a long draft's analysis belongs
 * to the diagnostics, which run it in steps (a 500 kB draft opened at the start was parsed here in full first: a
 * quarter second before its findings).
 */
function kindForFinding(hit: CacheEntry | undefined, doc: { uri: string; text: string; version: number | undefined }, budget: WorkBudget, today: string): DraftKind {
  if (hit && doc.version !== undefined && hit.version === doc.version && hit.textLength === doc.text.length) return hit.analysis.draft.kind;
  return draftOnce({ uri: doc.uri, version: doc.version ?? 0, text: openingOf(doc.text) }, budget, today).kind;
}

/** The start of a text up to `KIND_PREFIX` characters, cut at a line end. */
function openingOf(text: string): string {
  if (text.length <= KIND_PREFIX) return text;
  const end = text.lastIndexOf('\n', KIND_PREFIX);
  return text.slice(0, end > 0 ? end + 1 : KIND_PREFIX);
}

/**
 * One analysed version of a document, kept per URI: its analysis, and its parse and part reports for the next
 * (`parts`: undefined when the service keeps none, `ServiceInit.keepPartReports`).
 */
type CacheEntry = { version: number; textLength: number; generation: number; analysis: Analysis; parsed: ParsedMarkdown | undefined; parts: PartReports | undefined };

/** What a check reads of the service, taken when it starts. */
interface CheckEnv {
  generation: number;
  settings: ServiceSettings;
  lexicon: VagueLexicon;
  corpus: CorpusSet;
  engine: () => CitationEngine | undefined;
  speller: Speller | undefined;
  today: string;
  rules: readonly Rule[];
  onRuleError: RuleErrorHandler;
  keepPartReports: boolean;
}

/**
 * The part reports a check adds to: the previous version's while the settings and data stay the same (part-scoped rules
 * reuse their findings on unchanged parts), else new ones; none when the service keeps none.
 */
function partReportsFor(env: CheckEnv, previous: CacheEntry | undefined): PartReports | undefined {
  if (!env.keepPartReports) return undefined;
  return (previous?.generation === env.generation ? previous.parts : undefined) ?? createPartReports(env.generation);
}

/** Check a text in steps: `previous` (the cached entry of an earlier version of the same URI) lends its parse and part reports. */
function* checkText(doc: DraftInput, previous: CacheEntry | undefined, env: CheckEnv): Steps<CacheEntry> {
  const { generation, settings, lexicon, corpus, speller, onRuleError } = env;
  // Above the budget only the part within it is parsed, and only the cheap checks run on it (`Rule.overBudget`); a
  // document that is no draft is not parsed at all.
  const { input, exceeded, unparsed } = withinWorkBudget(doc, settings.budget, env.today);
  const rules = exceeded ? env.rules.filter((r) => r.overBudget) : env.rules;
  const options = { taal: settings.taal, severities: settings.severities, lexicon, corpus, engineOf: env.engine, speller, onRuleError };
  if (unparsed) {
    const parts = partReportsFor(env, undefined);
    const findings = yield* runRulesSteps(unparsed, rules, { ...options, parts });
    return { version: doc.version, textLength: doc.text.length, generation, analysis: { draft: unparsed, findings }, parsed: undefined, parts };
  }
  const parsed = previous?.parsed ? yield* reparseBlocksSteps(previous.parsed, input.text) : yield* parseBlocksSteps(input.text);
  // A version that was not parsed (`unparsed`) lends nothing: its draft has no lines to agree with.
  const draft = buildDraft(input, env.today, parsed, previous?.parsed ? previous.analysis.draft : undefined);
  if (exceeded) draft.budgetExceeded = exceeded;
  yield input.text.length;
  const parts = partReportsFor(env, previous);
  const found = yield* runRulesSteps(draft, rules, { ...options, parts });
  // Over the budget the draft's text has blanks where it was not read: a finding quotes the document as written (the
  // `werkbudget` finding's text was the blanks, "<?   ?>", a reviewer).
  const findings = exceeded ? found.map((f) => ({ ...f, text: doc.text.slice(f.start, f.end) })) : found;
  // The previous version served the check; kept, its parts' lines would keep the previous text alive as well.
  delete draft.prior;
  return { version: doc.version, textLength: doc.text.length, generation, analysis: { draft, findings }, parsed, parts };
}

/** Create the draft service. Everything external (data, settings, logging) is injected. */
export function createDraftService(init: ServiceInit): DraftService {
  const rules = init.rules ?? RULES;
  const onRuleError = init.onRuleError ?? logOncePerRule(init.logger ?? nullLogger);
  const today = init.today ?? (() => isoDay(new Date()));
  let settings: ServiceSettings = { taal: 'nl', severities: {}, budget: DEFAULT_BUDGET, answerTerm: DEFAULT_ANSWER_TERM, ...init.settings };
  let lexicon = createVagueLexicon(init.vagueTerms);
  let corpus = init.corpus ?? emptyCorpusSet;
  let synonyms = init.synonyms ?? emptyLexicon;
  let speller = init.words ? createSpeller(init.words) : undefined;
  const engine = () => (corpus.commitments.length > 0 ? citationEngine(corpus, synonyms) : undefined);
  let generation = 0;

  const cache = new Map<string, CacheEntry>();
  // Check a text: `previous` (the cached entry of an earlier version of the same URI) lends its parse and part reports.
  const keepPartReports = init.keepPartReports ?? true;
  const checkSteps = (doc: DraftInput, previous: CacheEntry | undefined) => checkText(doc, previous, { generation, settings, lexicon, corpus, engine, speller, today: today(), rules, onRuleError, keepPartReports });
  const check = (doc: DraftInput, previous: CacheEntry | undefined): CacheEntry => runSteps(checkSteps(doc, previous));

  // The parse of the previous version of the same URI is the base of the next one: a keystroke re-parses the blocks
  // around it (see `reparseBlocks`). A configuration change keeps the parse; it depends on the text alone.
  function* analysisSteps(doc: DraftInput): Steps<Analysis> {
    for (;;) {
      const hit = cache.get(doc.uri);
      if (hit && hit.version === doc.version && hit.generation === generation && hit.textLength === doc.text.length) return hit.analysis;
      const entry = yield* checkSteps(doc, hit);
      // Settings or data changed while the steps ran (only possible between steps): check again under the new ones.
      if (entry.generation !== generation) continue;
      // Another version of the same URI analysed in the meantime (a hover while these steps waited) keeps its place.
      if (cache.get(doc.uri) === hit) cache.set(doc.uri, entry);
      return entry.analysis;
    }
  }
  const analyze = (doc: DraftInput): Analysis => runSteps(analysisSteps(doc));

  const commitmentDocs = (key: string) => {
    const c = corpus.get(key);
    return c ? commitmentMarkdown(c, corpus, settings.taal, today()) : undefined;
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
      if (change.words) speller = createSpeller(change.words);
      generation++;
    },
    engine,
    wantsWords: () => rules.some((r) => r.readsWords && effectiveSeverity(r, settings.severities[r.id]) !== 'off'),
    analyze,
    analysisSteps,
    findings: (doc) => analyze(doc).findings,
    hover(doc, offset) {
      const { draft, findings } = analyze(doc);
      const hover = draftHover(draft, findings, offset, lexicon, settings.taal, commitmentDocs, init.ruleDocHref);
      return citationAt(draft, offset) ? hover : withPromiseHover(hover, promiseForQuestion(draft, offset, corpus, engine), commitmentDocs, settings.taal);
    },
    completeCitation: (doc, offset) => completeCitationKey(analyze(doc).draft, offset, corpus, engine()),
    citedAt(doc, offset) {
      const ref = citationAt(analyze(doc).draft, offset);
      return ref ? { commitment: corpus.get(ref.key), key: ref.key, span: { start: ref.start, end: ref.end } } : undefined;
    },
    footnoteAt: (doc, offset) => footnoteAt(analyze(doc).draft, offset),
    searchCommitments: (query, limit = 50) => searchCorpus(corpus, query, { synonyms, limit }),
    describeCommitment(key) {
      const c = corpus.get(key);
      return c ? summarize(c, corpus, settings.taal, today()) : undefined;
    },
    commitmentDocs,
    references: (workspace, key) =>
      findKeyReferences(workspace, key, (uri, text, version) => (version === undefined ? undefined : analyze({ uri, version, text }).draft), today()),
    codeActions: (doc, range) => quickFixes(analyze(doc).findings, range),
    // Later rounds check texts no editor holds: uncached, so the document's own cached analysis stays its own.
    fixAll: (doc) => fixAllText(doc.text, (text) => (text === doc.text ? analyze(doc) : check({ ...doc, text }, undefined).analysis).findings),
    disableNextLine: (doc, ruleId, offset) => disableNextLineEdit(analyze(doc).draft, ruleId, offset),
    symbols: (doc) => documentSymbols(analyze(doc).draft, settings.taal),
    documentLinks: (doc) => documentLinks(analyze(doc).draft, settings.taal),
    compare: (before, after) => compareDrafts(wholeDraft(before, settings.budget, today()), wholeDraft(after, settings.budget, today())),
    answerTerm: (doc) => answerTerm(analyze(doc).draft, settings.answerTerm, settings.taal),
    documentKind: (doc) => documentKindOf(analyze(doc).draft, corpus),
    setKindEdit: (doc, kind) => setKindEdit(analyze(doc).draft, kind),
    findDraft: (workspace) => findDraftDocument(workspace, (uri, text, version) => kindForFinding(cache.get(uri), { uri, text, version }, settings.budget, today())),
    exportDraft: (doc, options) => exportDraft(analyze(doc), corpus, settings.taal, options),
    forget: (uri) => void cache.delete(uri),
  };
}
export {
  isKamerToezeggingDone,
  isKamerToezeggingOverdue,
  kamerToezeggingenCorpusText,
  ministryCode,
  type KamerToezeggingEntry,
  type KamerToezeggingenFile,
} from './corpus/kamerToezeggingen';
