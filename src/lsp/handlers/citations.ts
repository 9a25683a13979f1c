import type { CompletionItem, Connection, Location, TextDocumentPositionParams, TextDocuments } from 'vscode-languageserver';
import { CompletionItemKind, MarkupKind, SymbolKind } from '../protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toRange } from '../convert';
import type { CommitmentSummary, DraftService, Workspace } from '../../core/service';
import {
  COMMITMENT_REQUEST,
  COMMITMENTS_REQUEST,
  SEARCH_REQUEST,
  type CommitmentItem,
  type CommitmentParams,
  type CommitmentResult,
  type SearchParams,
} from '../../shared/protocol';

/** Where a commitment stands in its corpus file; undefined for a commitment without a file. */
function locationOf(summary: CommitmentSummary): Location | undefined {
  if (!summary.uri) return undefined;
  const pos = { line: summary.line, character: summary.character };
  return { uri: summary.uri, range: { start: pos, end: pos } };
}

/** The protocol's item is the core's summary as it stands: the type check here keeps the two in step. */
const toItem = (summary: CommitmentSummary): CommitmentItem => summary;

/** A completion item's one line: a register promise's status and deadline before its first words. */
function detailOf(summary: { short: string; status?: string } | undefined): string | undefined {
  return summary && (summary.status ? `${summary.status} · ${summary.short}` : summary.short);
}

const inputOf = (doc: TextDocument) => ({ uri: doc.uri, version: doc.version, text: doc.getText() });

/** What a completion item carries to its resolve: the draft (for its folder's corpora) and the key. */
interface CompletionData {
  uri: string;
  key: string;
}

/** Citation features: hover lives in the hover feature; here completion, definition, references, symbols, search. */
export function registerCitationSupport(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  serviceFor: (uri?: string) => DraftService,
  workspace: () => Workspace,
  /** Whether the workspace holds drafts or the user's corpora (workspace symbols list commitments only then). */
  draftsOrCorpora: () => boolean = () => true,
  /** Whether the client takes a completion's insert and replace ranges both (`insertReplaceSupport`). */
  insertReplace: () => boolean = () => false,
): void {
  const summaries = (s: DraftService, keys: Iterable<string>) => [...keys].flatMap((key) => s.describeCommitment(key) ?? []);

  registerCompletion(connection, documents, serviceFor, insertReplace);

  /** What stands under the cursor: a cited commitment, else a footnote (the text read once per request). */
  const atCursor = (params: TextDocumentPositionParams) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return undefined;
    const s = serviceFor(doc.uri);
    const [input, offset] = [inputOf(doc), doc.offsetAt(params.position)];
    const cited = s.citedAt(input, offset);
    return { doc, s, cited, note: cited ? undefined : s.footnoteAt(input, offset) };
  };

  connection.onDefinition((params) => {
    const at = atCursor(params);
    if (!at) return null;
    const { doc, s, cited, note } = at;
    // A footnote marker goes to its footnote (F12 on "[^1]": nothing happened; a trial of the language server).
    if (!cited) return note?.definition ? { uri: doc.uri, range: toRange(doc, note.definition.span) } : null;
    const summary = cited.commitment ? s.describeCommitment(cited.commitment.key) : undefined;
    return (summary && locationOf(summary)) ?? null;
  });

  connection.onReferences((params) => {
    const at = atCursor(params);
    if (!at) return [];
    const { doc, s, cited, note } = at;
    if (!cited) {
      // A footnote's markers, in this document (a footnote is the document's own).
      if (!note) return [];
      const spans = [...(params.context.includeDeclaration && note.definition ? [note.definition.span] : []), ...note.references];
      return spans.map((span) => ({ uri: doc.uri, range: toRange(doc, span) }));
    }
    const out: Location[] = s.references(workspace(), cited.key);
    const declaration = params.context.includeDeclaration && cited.commitment ? s.describeCommitment(cited.commitment.key) : undefined;
    const loc = declaration && locationOf(declaration);
    if (loc) out.unshift(loc);
    return out;
  });

  // Commitments are offered only where someone writes drafts or keeps corpora, not in every workspace with Markdown.
  connection.onWorkspaceSymbol((params) => {
    const s = serviceFor();
    if (params.query.trim() === '' || !draftsOrCorpora()) return [];
    return summaries(s, s.searchCommitments(params.query, 100).map((r) => r.commitment.key)).flatMap((c) => {
      const location = locationOf(c);
      return location ? [{ name: `${c.key} — ${c.short}`, kind: SymbolKind.Key, location, containerName: c.chapter ?? c.corpusId }] : [];
    });
  });

  connection.onRequest(SEARCH_REQUEST, (params: SearchParams): CommitmentItem[] => {
    const s = serviceFor();
    // 50 when no limit is given; a limit of 0 asks for nothing (it gave 50: "|| 50" took 0 for absent).
    const asked = params?.limit === undefined ? 50 : Number(params.limit);
    const limit = Number.isFinite(asked) ? Math.min(Math.max(Math.floor(asked), 0), 500) : 50;
    if (limit === 0) return [];
    return summaries(s, s.searchCommitments(String(params?.query ?? ''), limit).map((r) => r.commitment.key)).map(toItem);
  });
  connection.onRequest(COMMITMENTS_REQUEST, (): CommitmentItem[] => {
    const s = serviceFor();
    return summaries(s, s.corpus.commitments.map((c) => c.key)).map(toItem);
  });
  connection.onRequest(COMMITMENT_REQUEST, (params: CommitmentParams): CommitmentResult => {
    const s = serviceFor();
    const key = String(params?.key ?? '');
    const summary = s.describeCommitment(key);
    return summary ? { ...toItem(summary), markdown: s.commitmentDocs(key) ?? '' } : null;
  });
}

/** Completion of a citation key after "[@": the list by the commitments' words, the documentation on resolve. */
function registerCompletion(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  serviceFor: (uri?: string) => DraftService,
  insertReplace: () => boolean,
): void {
  connection.onCompletion((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const s = serviceFor(doc.uri);
    const completion = s.completeCitation(inputOf(doc), doc.offsetAt(params.position));
    if (!completion) return null;
    // The client chooses between inserting the key (what follows the cursor stays: "[@|daarvan" kept its word only so)
    // and replacing the whole key under the cursor ("…-die|snt"), by its user's setting; a client that cannot choose
    // replaces the key being edited and inserts right after "@".
    const [insert, replace] = [toRange(doc, completion.insert), toRange(doc, completion.replace)];
    const edit = (newText: string) =>
      insertReplace() ? { newText, insert, replace } : { newText, range: completion.typed === '' ? insert : replace };
    const items: CompletionItem[] = completion.items.map((r, i) => ({
      label: r.commitment.key,
      kind: CompletionItemKind.Reference,
      detail: detailOf(s.describeCommitment(r.commitment.key)),
      // The documentation (a commitment's full text and table, about 1 KB each) comes on resolve, for the item shown.
      data: { uri: doc.uri, key: r.commitment.key } satisfies CompletionData,
      textEdit: edit(`${r.commitment.key}${completion.close}`),
      // The server ranks by the commitment's words, not only its key: keep the client from filtering them away.
      filterText: completion.typed,
      sortText: String(i).padStart(4, '0'),
    }));
    // Never complete: the ranking is by the commitment's words (prefixes, lemmas, tags), which the client's filter on
    // the label cannot reproduce, so every keystroke asks again (the lookup is an in-memory word index).
    return { isIncomplete: true, items };
  });

  connection.onCompletionResolve((item) => {
    const data = item.data as CompletionData | undefined;
    if (!data || item.documentation) return item;
    const value = serviceFor(data.uri).commitmentDocs(data.key);
    return value ? { ...item, documentation: { kind: MarkupKind.Markdown, value } } : item;
  });
}
