/*
 * What the lists of the editor and the command line show of a commitment and of a corpus file: made by the core,
 * sent over the wire as they are (src/shared/protocol.ts names them for the client), so one description serves both.
 */

/** A commitment as lists show it (the quick pick, the tree, `corpus search`), in the service's language. */
export interface CommitmentSummary {
  key: string;
  text: string;
  /** Its first words, for a one-line label. */
  short: string;
  corpusId: string;
  corpusTitle: string;
  /** The agreement's full title, as a reader of a note sees the source (`corpusTitle` is the short label). */
  agreementTitle: string;
  chapter?: string;
  /** `chapter` is a quoter's topic label, not a chapter of the document (the corpus does not know the chapter). */
  chapterIsTheme?: boolean;
  /** The section within the chapter, when the corpus has them (the tree groups by it under the chapter). */
  section?: string;
  /** The page in the source document, when the corpus has it. */
  page?: number;
  tags: string[];
  /** The tags and the firmness in words of the service's language (the quick pick, the tree). */
  tagLabels: string[];
  firmness?: string;
  firmnessLabel?: string;
  ministry: string[];
  /** Where the entry stands: the corpus file (URI) and 0-based line and character. */
  uri: string;
  line: number;
  character: number;
  /** A later agreement replaces this one. */
  replaced: boolean;
  /** A promise from the Kamer's register: "Openstaand — termijn 1 juli 2026 — verlopen". */
  status?: string;
  /** A promise from the Kamer's register: its status as the register says it, whether it is overdue, the ministry's name. */
  register?: { status?: string; overdue: boolean; ministryName?: string };
}

/** One corpus file as the status shows it: what loaded, how whole it is, and what it took over or lost to. */
export interface CorpusFileSummary {
  uri: string;
  id?: string;
  title?: string;
  /** Commitments in use from this file (0 when it was skipped or taken over). */
  commitments: number;
  errors: number;
  warnings: number;
  builtin: boolean;
  /** Whether the file's corpus is in use (false: unreadable, a duplicate id, or a built-in one taken over). */
  loaded: boolean;
  /** The corpus's `complete`: the file holds the whole document. Undefined without a usable corpus. */
  complete?: boolean;
  /** For a user file that took over a built-in corpus (same id, `complete: true`): the built-in file's URI. */
  overrides?: string;
  /** For a built-in file taken over by a user's complete corpus: that file's URI. */
  overriddenBy?: string;
}
