import { readFileSync } from 'node:fs';
import {
  CompletionItemKind,
  MarkupKind,
  SymbolKind,
  type CompletionItem,
  type Connection,
  type Location,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { toRange } from '../convert';
import { findFiles, MARKDOWN_FILE } from '../../host/files';
import { positionAt } from '../../core/text/positions';
import type { Draft } from '../../core/draft/types';
import { FIRMNESS_LABELS } from '../../core/corpus/labels';
import { buildDraft } from '../../core/draft/model';
import { commitmentMarkdown, firstWords } from '../../core/features/commitments';
import type { Commitment, DraftService } from '../../core/service';
import { COMMITMENTS_REQUEST, SEARCH_REQUEST, type CommitmentItem, type SearchParams } from '../../shared/protocol';


function locationOf(service: DraftService, c: Commitment): Location | undefined {
  const file = service.corpus.fileOf(c.corpusId);
  if (!file) return undefined;
  const pos = { line: c.line, character: c.character };
  return { uri: file.uri, range: { start: pos, end: pos } };
}

function toItem(service: DraftService, c: Commitment): CommitmentItem {
  const corpus = service.corpus.corpus(c.corpusId);
  const taal = service.settings.taal;
  return {
    key: c.key,
    text: c.text,
    corpusId: c.corpusId,
    corpusTitle: corpus?.shortTitle ?? corpus?.title ?? c.corpusId,
    ...(c.chapter ? { chapter: c.chapter } : c.theme ? { chapter: c.theme } : {}),
    tags: c.tags,
    tagLabels: c.tags.map((t) => service.corpus.tags.get(t)?.[taal] ?? t),
    ...(c.firmness ? { firmness: c.firmness, firmnessLabel: FIRMNESS_LABELS[c.firmness].label[taal] } : {}),
    ministry: c.ministry,
    uri: service.corpus.fileOf(c.corpusId)?.uri ?? '',
    line: c.line,
    replaced: service.corpus.isReplaced(c.corpusId),
  };
}

/** Markdown files of the workspace (bounded), for "find references". Open buffers win over the disk. */
function workspaceDrafts(folders: string[]): string[] {
  return folders.flatMap((f) => findFiles(f, (name, size) => MARKDOWN_FILE.test(name) && size < 2_000_000, 8));
}

/** Citation features: hover lives in the hover feature; here completion, definition, references, symbols, search. */
export function registerCitationSupport(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  service: () => DraftService,
  folders: () => string[],
): void {
  connection.onCompletion((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const s = service();
    const completion = s.completeCitation({ uri: doc.uri, version: doc.version, text: doc.getText() }, doc.offsetAt(params.position));
    if (!completion) return null;
    const range = toRange(doc, completion.replace);
    const items: CompletionItem[] = completion.items.map((r, i) => ({
      label: r.commitment.key,
      kind: CompletionItemKind.Reference,
      detail: firstWords(r.commitment.text, 70),
      documentation: { kind: MarkupKind.Markdown, value: commitmentMarkdown(r.commitment, s.corpus, s.settings.taal) },
      textEdit: { range, newText: r.commitment.key },
      // The server ranks by the commitment's words, not only its key: keep the client from filtering them away.
      filterText: completion.typed,
      sortText: String(i).padStart(4, '0'),
    }));
    return { isIncomplete: true, items };
  });

  connection.onDefinition((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const s = service();
    const cited = s.citedAt({ uri: doc.uri, version: doc.version, text: doc.getText() }, doc.offsetAt(params.position));
    return cited?.commitment ? locationOf(s, cited.commitment) ?? null : null;
  });

  connection.onReferences((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const s = service();
    const cited = s.citedAt({ uri: doc.uri, version: doc.version, text: doc.getText() }, doc.offsetAt(params.position));
    if (!cited) return [];
    const out: Location[] = [];
    const seen = new Set<string>();
    // Open drafts come from the service's cache; files on disk are parsed once each, only when they hold the key.
    const scan = (uri: string, text: string, draft: () => Draft) => {
      seen.add(uri);
      if (!text.includes(cited.key)) return;
      const { citations, lines } = draft();
      const at = (o: number) => positionAt(lines.lineStarts, o);
      for (const ref of citations) if (ref.key === cited.key) out.push({ uri, range: { start: at(ref.start), end: at(ref.end) } });
    };
    for (const d of documents.all()) {
      const input = { uri: d.uri, version: d.version, text: d.getText() };
      scan(d.uri, input.text, () => s.analyze(input).draft);
    }
    for (const file of workspaceDrafts(folders())) {
      const uri = URI.file(file).toString();
      if (seen.has(uri)) continue;
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        continue; // unreadable files have no references
      }
      scan(uri, text, () => buildDraft({ uri, version: 0, text }));
    }
    if (params.context.includeDeclaration && cited.commitment) {
      const loc = locationOf(s, cited.commitment);
      if (loc) out.unshift(loc);
    }
    return out;
  });

  connection.onWorkspaceSymbol((params) => {
    const s = service();
    if (params.query.trim() === '') return [];
    return s.searchCommitments(params.query, 100).flatMap((r) => {
      const loc = locationOf(s, r.commitment);
      return loc ? [{ name: `${r.commitment.key} — ${firstWords(r.commitment.text, 60)}`, kind: SymbolKind.Key, location: loc, containerName: r.commitment.chapter ?? r.commitment.corpusId }] : [];
    });
  });

  connection.onRequest(SEARCH_REQUEST, (params: SearchParams): CommitmentItem[] => {
    const s = service();
    return s.searchCommitments(String(params?.query ?? ''), Math.min(Math.max(Number(params?.limit) || 50, 1), 500)).map((r) => toItem(s, r.commitment));
  });
  connection.onRequest(COMMITMENTS_REQUEST, (): CommitmentItem[] => {
    const s = service();
    return s.corpus.commitments.map((c) => toItem(s, c));
  });
}
