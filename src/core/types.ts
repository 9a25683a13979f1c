/**
 * Shared value types of the pure core. Everything here is plain data: offsets are UTF-16 code unit
 * offsets into the document text (as mdast gives them); the adapters convert to LSP positions.
 */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
/** A configured severity: a finding level or `off`. */
/** A configured level: a severity, `off`, or `on` (switched on at the rule's own severity, for rules that are off by default). */
export type SeverityLevel = Severity | 'off' | 'on';

export const SEVERITY_ORDER: readonly Severity[] = ['hint', 'info', 'warning', 'error'];

/** Lower a severity by `steps` (never below `hint`). */
export function lowerSeverity(s: Severity, steps = 1): Severity {
  const i = SEVERITY_ORDER.indexOf(s);
  return SEVERITY_ORDER[Math.max(0, i - steps)]!;
}

export type Taal = 'nl' | 'en';

/** User-facing text in both languages; the runner picks one. Dutch is the default. */
export interface Localized {
  nl: string;
  en: string;
}

export function pick(text: Localized, taal: Taal): string {
  return taal === 'en' ? text.en : text.nl;
}

export type DraftKind = 'motie' | 'kamervragen' | 'other';

/** A half-open span [start, end) in the document text. */
export interface Span {
  start: number;
  end: number;
}

export interface TextEdit extends Span {
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The preferred fix is applied by "fix all" and by `--fix`-style tooling. */
  isPreferred?: boolean;
}

export interface RelatedInfo {
  /** `undefined` means: in the same document. Otherwise a URI (e.g. the corpus file). */
  uri?: string;
  span?: Span;
  /** For locations in other files (corpus entries) the 0-based line/character when known. */
  line?: number;
  character?: number;
  message: string;
}

/** One finding of a rule, already localized. */
export interface Finding extends Span {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Exact source text of the span. */
  text: string;
  /** Citation keys the finding is about, best first (empty for most rules). */
  commitments: string[];
  fixes: Fix[];
  related: RelatedInfo[];
  /** Extra payload for hovers and code actions (rule specific, JSON-serialisable). */
  data?: Record<string, unknown>;
}

/** A problem in a data file (corpus, lexicon, configuration): always with a position. */
export interface DataProblem {
  /** 0-based line and character of the start, as the `yaml` package's linePos gives (converted). */
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  severity: 'error' | 'warning';
  message: string;
  /** The same message in English (data-file problems are localizable: `message` is Dutch). */
  messageEn?: string;
  /** Stable machine code, e.g. `yaml-syntax`, `duplicate-id`, `unknown-field`. */
  code: string;
}

/** A data problem's message in the user's language (Dutch when no English text was given). */
export function problemMessage(p: DataProblem, taal: Taal): string {
  return pick({ nl: p.message, en: p.messageEn ?? p.message }, taal);
}

/** Minimal logger injected into the core (never console directly). */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const nullLogger: Logger = { info() {}, warn() {}, error() {} };

/** Cooperative cancellation, compatible with LSP's CancellationToken shape. */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

export const neverCancelled: Cancellation = { isCancellationRequested: false };
