import type { DraftKind } from '../../types';

/** The formats an export can be written in; the core renders `txt` and `md`, the host writes `docx`. */
export type ExportFormat = 'docx' | 'txt' | 'md';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['docx', 'txt', 'md'];

/**
 * A piece of a paragraph: words, the marker of a numbered note, or a line break (before a question's sub-question; with
 * `paragraph`, before a paragraph of its own that belongs to the question or part, as a blank line).
 */
export type ExportRun = { text: string } | { note: number } | { lineBreak: true; paragraph?: true };

/**
 * What a paragraph of the exported document is, in the Kamer's terms: renderers style by it (the title bold, a
 * question numbered, the members each on a line of their own).
 */
export type ExportRole =
  | 'kop'
  | 'titel'
  | 'voorgesteld'
  | 'aanhef'
  | 'beraadslaging'
  | 'overweging'
  | 'dictum'
  | 'slot'
  | 'indiener'
  | 'header'
  | 'vraag'
  | 'alinea';

export interface ExportBlock {
  role: ExportRole;
  /** A question's number. */
  number?: number;
  runs: ExportRun[];
}

export interface ExportNote {
  number: number;
  text: string;
}

/** The Kamervragen header read into its parts (each as written; absent when the header does not say it). */
export interface VragenHeader {
  indieners?: string;
  adressaat?: string;
  onderwerp?: string;
  ingezonden?: string;
}

/** A draft laid out as the Kamer publishes it: paragraphs in order and the numbered notes. */
export interface ExportDocument {
  kind: Exclude<DraftKind, 'other'>;
  /** The document's title line (a motie's "Motie van het lid … over …", Kamervragen' header). */
  title: string;
  blocks: ExportBlock[];
  notes: ExportNote[];
  header?: VragenHeader;
}

/** A finding or an export problem as the export's report lists it. */
export interface ExportIssue {
  /** The rule id of a finding, or the export's own code (`citeersleutel-zonder-vermelding`, `geen-concept`). */
  code: string;
  severity: 'error' | 'warning';
  message: string;
  /** 0-based line of where it is. */
  line: number;
  /** The source text it is about (shortened). */
  text: string;
}

/** What an export did: whether it stopped, whether errors were overridden ("Toch exporteren"), what remains. */
export interface ExportReport {
  /** Errors remain and no override was given: nothing was produced. */
  blocked: boolean;
  /** Stopped by what no override can help (not a draft, read only in part): "Toch exporteren" is not offered. */
  final?: boolean;
  /** The user exported although errors remain (`--toch`, "Toch exporteren"). */
  overridden: boolean;
  errors: ExportIssue[];
  warnings: ExportIssue[];
}

export interface ExportResult {
  report: ExportReport;
  /** Absent when the export stopped (or the draft is neither a motie nor Kamervragen). */
  document?: ExportDocument;
}

export interface ExportOptions {
  /** Export even while errors remain; the report records it. */
  toch?: boolean;
}

