import type { CitationEngine } from '../citation/engine';
import type { CorpusSet } from '../corpus/registry';
import type { Draft } from '../draft/types';
import type { VagueLexicon } from '../vague/terms';
import type { Speller } from '../text/spelling';
import type { DraftKind, Localized, RelatedInfo, Severity, SeverityLevel, Span, TextEdit } from '../types';

export interface FixSpec {
  title: Localized;
  edits: TextEdit[];
  isPreferred?: boolean;
}

/** What a rule reports; the runner localizes it, adds `text`, applies suppressions and severities. */
export interface Report extends Span {
  message: Localized;
  /** Defaults to the configured severity of the rule; rules lower it where the place matters less. */
  severity?: Severity;
  fixes?: FixSpec[];
  commitments?: string[];
  related?: (Omit<RelatedInfo, 'message'> & { message: Localized })[];
  data?: Record<string, unknown>;
}

/** Everything a rule may read. Rules never read files or settings directly. */
export interface RuleContext {
  draft: Draft;
  /** The configured severity of this rule for this document. */
  severity: Severity;
  lexicon: VagueLexicon;
  /** The loaded commitment corpora (empty when none). */
  corpus: CorpusSet;
  /** The searchable corpus (index, quote matcher); undefined when no corpus is loaded. */
  engine: CitationEngine | undefined;
  /** The Dutch spelling check; undefined until the adapter has loaded its word list (the rule is then silent). */
  speller: Speller | undefined;
  report(r: Report): void;
}

export interface RuleDoc {
  /** One line: what the rule checks. */
  summary: Localized;
  /** Why it matters (Markdown). */
  rationale: Localized;
  bad: string;
  good: string;
  /** What the quick fixes do (empty when the rule has none). */
  fixes: Localized;
}

export interface Rule {
  id: string;
  kinds: readonly DraftKind[];
  /** The severity when nothing is configured; `off` for rules a user switches on. */
  defaultSeverity: SeverityLevel;
  /** The severity when the rule is switched on (`aan`, `true`) without a level; defaults to `defaultSeverity`, or `warning`. */
  onSeverity?: Severity;
  title: Localized;
  docs: RuleDoc;
  /**
   * How far the rule's findings reach. `part`: every finding lies in one part and follows from that part alone (its
   * kind, lines, opener and text, and the text within 64 characters around it; no line numbers, no other part, no
   * document-wide state, no offsets in `data`), so the runner checks one part at a time and reuses the findings of
   * unchanged parts between versions; a service that keeps no part reports (the command line: `ServiceInit.keepPartReports`)
   * runs it over the whole draft at once, with the same findings. `document` (the default): the rule runs on the whole
   * draft of every version.
   */
  scope?: 'part' | 'document';
  /**
   * A cheap check, which also runs on a document over its work budget (on the part within it, `withinBudget`): it reads
   * the words of one part at a time, in work linear in them, and nothing of the document's form that the budget may
   * have cut off (the motie's closing, the question numbering, footnotes) or of the agreements.
   */
  overBudget?: boolean;
  /** The rule reads the Dutch word list (`RuleContext.speller`): an adapter loads the list only while such a rule is on. */
  readsWords?: boolean;
  check(ctx: RuleContext): void;
}

/** The severity a configured level gives for a rule (`off` when the rule does not run). */
export function effectiveSeverity(rule: Rule, configured: SeverityLevel | undefined): SeverityLevel {
  const level = configured ?? rule.defaultSeverity;
  if (level !== 'on') return level;
  return rule.onSeverity ?? (rule.defaultSeverity === 'off' || rule.defaultSeverity === 'on' ? 'warning' : rule.defaultSeverity);
}

/** Link to a rule's documentation page (used as `codeDescription.href` and in hovers). */
export function ruleDocUrl(id: string): string {
  return `https://github.com/akkoordwijzer/akkoordwijzer/blob/main/docs/rules/${id}.md`;
}
