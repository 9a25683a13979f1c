/*
 * Custom messages between the client and the server, typed once and shared (the client imports these types only).
 * Names are part of the contract with the VS Code client; other clients may ignore them.
 */

import type { KamerToezeggingRecord } from './kamerToezeggingen';
import type { CorpusKind } from './corpusKinds';
import type { CommitmentSummary, CorpusFileSummary } from './summaries';

/** Server → client, after start and after every corpus or settings change. */
export const STATUS_NOTIFICATION = 'akkoordwijzer/status';
export interface StatusParams {
  corpora: CorpusStatus[];
  /** Total commitments loaded. */
  commitments: number;
  /** Files that were skipped entirely (no usable corpus). */
  skippedFiles: number;
  /** The language the server speaks (settings, else `.akkoordwijzer.yaml`, else Dutch); the client follows it. */
  taal: 'nl' | 'en';
  /**
   * The workspace holds a motie or Kamervragen, or a corpus file of the user's: only then does the editor show the
   * agreement view, and workspace symbols list commitments.
   */
  draftsOrCorpora: boolean;
}

/** One corpus file as the status bar and the tree show it. */
export type CorpusStatus = CorpusFileSummary;

/**
 * Client → server, when the user trusts the workspace (VS Code's Restricted Mode ends): the server then also reads
 * the corpus files that settings or config files name outside the workspace. The client says whether it trusts the
 * workspace at start in `initializationOptions.trusted`.
 */
export const TRUST_NOTIFICATION = 'akkoordwijzer/vertrouwd';

/** Client → server: search commitments by words (the quick pick). */
export const SEARCH_REQUEST = 'akkoordwijzer/zoek';
export interface SearchParams {
  query: string;
  limit?: number;
}
/** A commitment as the quick pick and the tree show it. */
export type CommitmentItem = CommitmentSummary;

/** Client → server: every loaded commitment (the tree view). */
export const COMMITMENTS_REQUEST = 'akkoordwijzer/toezeggingen';

/** Client → server: one commitment by its key, with the Markdown that explains it (hover text; for previews). */
export const COMMITMENT_REQUEST = 'akkoordwijzer/toezegging';
export interface CommitmentParams {
  key: string;
}
/** `null` when no loaded corpus has the key. */
export type CommitmentResult = (CommitmentItem & { markdown: string }) | null;

/**
 * Client → server: read a document (PDF, DOCX, HTML or plain text) and write it as a corpus file in the workspace
 * (the editor's "Importeer een akkoord of programma", and the second step of "Haal het coalitieakkoord op"). The
 * server does the work because it holds the corpus pipeline; the client only picks files and shows progress.
 */
export const IMPORT_REQUEST = 'akkoordwijzer/importeer';
export interface ImportParams {
  /** The document to read: a `file:` URI. */
  source: string;
  /** Where to write the corpus file: a `file:` URI ending in `.akkoord.yaml`. */
  out: string;
  /** The corpus id (e.g. `ca2026`); without it, from the output file's name. */
  id?: string;
  /**
   * What the document is (the corpus file's `kind:`, as the CLI's `--kind`): `coalitieakkoord`, `verkiezingsprogramma`,
   * `toezeggingen` or `overig`. Without it, an earlier import's kind, else an agreement; under a built-in corpus's id
   * always that corpus's kind.
   */
  kind?: CorpusKind;
  /** Progress notifications (IMPORT_PROGRESS) carry this token. */
  progressToken?: string;
  /**
   * Overwrite an earlier import that was edited by hand since (its stamp says so). Without it the request fails with
   * IMPORT_EDITED and writes nothing: the editor asks first (the corrections were lost without a word; a reviewer).
   */
  replaceEdited?: boolean;
}
/**
 * The error code of an import refused because the file it would overwrite was edited by hand since its import: outside
 * the ranges JSON-RPC and LSP reserve (-32002 is JSON-RPC's ServerNotInitialized, which the client then took for this;
 * a reviewer).
 */
export const IMPORT_EDITED = -31_002;
export interface ImportResult {
  /** The corpus file written. */
  out: string;
  corpusId: string;
  commitments: number;
  /** Passages (every unit, also those that are not commitments). */
  units: number;
  /** The import report as Markdown, in the server's language. */
  report: string;
}

/**
 * Client → server: export a draft for submission in the Kamer's layout ("Exporteer voor indiening"). The client picks
 * the format and the file; the server checks the draft as it stands in the editor, writes the file, and answers with
 * the report. While errors remain nothing is written (`blocked`) unless `toch` ("Toch exporteren") overrides it.
 */
export const EXPORT_REQUEST = 'akkoordwijzer/exporteer';
export type ExportFormatName = 'docx' | 'txt' | 'md';
export const EXPORT_FORMAT_NAMES: readonly ExportFormatName[] = ['docx', 'txt', 'md'];
/**
 * The export's name beside its draft: the draft's whole name before its extension, with the format's ("motie.md" →
 * "motie.docx", "x.motie.md" → "x.motie.txt"; Markdown "motie.export.md"). The whole name, so that "x.motie.md" and
 * "x.vragen.md" in one folder never write the same file.
 */
export function exportBesideName(draftPath: string, format: ExportFormatName): string {
  return `${draftPath.replace(/\.(?:md|markdown|txt)$/i, '')}${format === 'md' ? '.export' : ''}.${format}`;
}
export interface ExportParams {
  /** The draft: a `file:` URI (its text in the editor when open, else on disk). */
  uri: string;
  format: ExportFormatName;
  /** Where to write: a `file:` URI. */
  out: string;
  toch?: boolean;
}
export interface ExportIssueItem {
  /** 0-based line. */
  line: number;
  code: string;
  message: string;
}
export interface ExportResponse {
  /** The file written (a `file:` URI); absent when the export stopped. */
  written?: string;
  blocked: boolean;
  /** Stopped by what no override can help (not a draft, read only in part): no "Toch exporteren". */
  final?: boolean;
  /** Written although errors remain: the user chose "Toch exporteren". */
  overridden: boolean;
  errors: ExportIssueItem[];
  warnings: ExportIssueItem[];
  /** The report as lines of text, in the server's language. */
  report: string;
}

/**
 * Client → server, before "Haal toezeggingen op" goes online: is `out` already a register of toezeggingen (then only
 * what changed after `changedSince` is fetched), or a file that must not be overwritten (`problem`)?
 */
export const REGISTER_STATE_REQUEST = 'akkoordwijzer/toezeggingenRegister';
export interface RegisterStateParams {
  /** The corpus file: a `file:` URI. */
  out: string;
}
export interface RegisterStateResult {
  exists: boolean;
  changedSince?: string;
  /** Why the file cannot be written, in the server's language. */
  problem?: string;
}

/**
 * Client → server after the client fetched the Kamer's register (with VS Code's own fetch): write it as a corpus file
 * (`kind: toezeggingen`), or merge a refresh into the existing one. The records are the shared client's
 * (`src/shared/kamerToezeggingen.ts`); the ministry and committee filters are applied by the server.
 */
export const REGISTER_WRITE_REQUEST = 'akkoordwijzer/toezeggingenSchrijven';
export interface RegisterWriteParams {
  out: string;
  records: KamerToezeggingRecord[];
  /** GUIDs the register says are deleted (a refresh). */
  deleted: string[];
  ministerie?: string;
  commissie?: string;
  sinds?: string;
  /** The service the records came from. */
  url: string;
}
export interface RegisterWriteResult {
  out: string;
  count: number;
  added: number;
  changed: number;
  removed: number;
}

/** Server → client while an import runs: what it is doing (a PDF page count, a step). */
export const IMPORT_PROGRESS = 'akkoordwijzer/importVoortgang';
export interface ImportProgressParams {
  token: string;
  message: string;
  /** 0–100 when known. */
  percent?: number;
}

/**
 * Client → server: what a Markdown document counts as, for the language status item ("Motie", "Kamervragen", "Geen
 * concept — niet gecontroleerd"), with why and the corpora it is checked against. Asked when the editor changes and
 * after edits; the server answers from the analysis it already cached for that version.
 */
export const DOCUMENT_STATUS_REQUEST = 'akkoordwijzer/documentStatus';
export interface DocumentStatusParams {
  uri: string;
}
export interface DocumentStatus {
  kind: 'motie' | 'kamervragen' | 'other';
  /** How the kind was found: `soort:` in the front matter, the file name, the fixed formulas, or nothing. */
  reason: 'frontmatter' | 'filename' | 'content' | 'none';
  /** Over its work budget: a draft checked in part (word use, within the budget), another document not at all. */
  overBudget: boolean;
  /** Ids of the corpora in use for this document, and their commitments together. */
  corpora: string[];
  commitments: number;
  /** The agreement a draft is measured against (in force on its date, or named), loaded or not, and that date (`YYYY-MM-DD`; `dated` false: today). */
  agreement?: { id: string; title: string; loaded: boolean; date: string; dated: boolean };
}
/** `null` when the server does not have the document open. */
export type DocumentStatusResult = DocumentStatus | null;

/**
 * Client → server: the edit that makes a document a motie, Kamervragen or no draft (`soort:` in its front matter,
 * which wins over the name and the content). The client applies it; the server knows where the front matter is.
 */
export const SET_KIND_REQUEST = 'akkoordwijzer/soortInstellen';
export interface SetKindParams {
  uri: string;
  kind: DocumentStatus['kind'];
}
/** One edit in 0-based LSP positions, or `null` when the document is not open. */
export type SetKindResult = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string } | null;

/** The code-action kind of "fix all" (VS Code: `"editor.codeActionsOnSave": {"source.fixAll.akkoordwijzer": "explicit"}`). */
export const FIX_ALL_KIND = 'source.fixAll.akkoordwijzer';

/**
 * The server's command behind "Open de uitleg van RULE" (`workspace/executeCommand`, argument: the rule id): it asks the
 * client to show the rule's page shipped in the package (`window/showDocument`), offline.
 */
export const SHOW_RULE_DOC_COMMAND = 'akkoordwijzer.toonUitleg';

/**
 * Client → server: two versions of a motie or Kamervragen compared part by part (the command "Vergelijk met …"). The
 * client reads both texts (a file, or a git revision through VS Code's git extension); nothing is read by the server.
 */
export const COMPARE_REQUEST = 'akkoordwijzer/vergelijk';
export interface CompareVersion {
  /** The document's URI (an older version from git has the URI of the file it is a version of). */
  uri: string;
  text: string;
  /** How the report names it: a file name, or `abc1234:motie.md` for a git revision. */
  name: string;
}
export interface CompareParams {
  /** The older version (the other file or the git revision). */
  before: CompareVersion;
  /** The newer version (the open document). */
  after: CompareVersion;
}
export interface CompareResult {
  /** The comparison as Markdown, in the server's language: a summary, then each changed part word by word. */
  markdown: string;
  /** One line: "Gewijzigde motie: overweging 2 gewijzigd, verzoek toegevoegd." */
  summary: string;
}
