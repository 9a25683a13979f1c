import type { BudgetExceeded } from './budget';
import type { DraftKind, Span } from '../types';
import type { DraftDate } from './date';
import type { Line, LineModel } from '../markdown/lines';
import type { PriorVersion } from './prior';
import type { BlankedText } from '../text/blanked';
import type { FrontmatterProblem } from './frontmatter';

export type MotiePartKind = 'kop' | 'aanhef' | 'beraadslaging' | 'overweging' | 'dictum' | 'slot' | 'indiener';
export type VragenPartKind = 'header' | 'vraag' | 'antwoord' | 'toelichting';
export type PartKind = MotiePartKind | VragenPartKind;

/** A part of a draft: an overweging, the dictum, one question, the header, … */
export interface Part extends Span {
  kind: PartKind;
  /** The fixed formula that opens the part ("constaterende dat", "verzoekt de regering", "Vraag 3"), if any. */
  opener?: Span;
  /** The lines (or line pieces) the part spans, in order. */
  lines: Line[];
  /** For questions: the number as written, and where it is written. */
  number?: { value: number; span: Span };
  /** End of the words, before trailing footnote references, citations and comments. */
  wordsEnd: number;
  /** Kamervragen: a note of the list of sources ("1 BNR, 20 mei 2025, …"), someone else's words. */
  note?: boolean;
  /**
   * A motie's slot or aanhef written with a slip the formula table does not know ("en gaat over to de orde van de
   * dag.", "De Kammer,"; `isSlotSlip`, `isAanhefSlip`): the part is that whole line, its opener the words as written.
   * `motie-slot` and `motie-aanhef` replace it with the formula.
   */
  slip?: boolean;
}

export interface Quote extends Span {
  /** Offsets of the quoted words (inside the marks). */
  inner: Span;
  text: string;
  open: string;
  close: string;
}

export interface CitationRef extends Span {
  /** The whole bracket `[@a; @b]` or the bare `@a`. */
  group: Span;
  key: string;
}

export interface Directive extends Span {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Rule ids; empty means all rules. */
  rules: string[];
}

export interface Draft {
  uri: string;
  version: number;
  text: string;
  kind: DraftKind;
  /** Why the kind was chosen, for the log and the outline. */
  kindReason: 'frontmatter' | 'filename' | 'content' | 'none';
  frontmatter: Record<string, unknown>;
  /** Why the front matter was not read (a YAML error, no mapping): `frontmatter` is then empty. */
  frontmatterProblem?: FrontmatterProblem;
  lines: LineModel;
  parts: Part[];
  quotes: Quote[];
  /**
   * The masked text with other people's words blanked as well (quotations and blockquote lines), same offsets:
   * what the member writes. Question marks, full stops and vague terms are judged on this. Read by ranges: the blanked
   * whole is never made on a keystroke (see `BlankedText`).
   */
  ownWords: BlankedText;
  citations: CitationRef[];
  directives: Directive[];
  /** Kamervragen: the addressee as written in the header ("de minister van Justitie en Veiligheid"). */
  adressaat?: { text: string; span: Span };
  /** The draft's own date (front matter, "Voorgesteld …", "(ingezonden …)"); undated drafts are today's. */
  date?: DraftDate;
  /** The day the draft is checked (`YYYY-MM-DD`), injected by the adapter so that checks are deterministic. */
  today: string;
  /** What this version shares with the previous version of the same document, when it was built from it. */
  prior?: PriorVersion;
  /**
   * Set when the document is over its work budget: then `text` and everything read from it is the part within the
   * budget (`withinBudget`: cut at the character budget, lines nested too deep and footnotes over it blanked, offsets
   * kept), and only the cheap checks run (`Rule.overBudget`).
   */
  budgetExceeded?: BudgetExceeded;
}
