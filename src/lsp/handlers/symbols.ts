import type { Connection, DocumentSymbol, TextDocuments } from 'vscode-languageserver';
import { SymbolKind } from '../protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toRange } from '../convert';
import type { DraftService, DraftSymbol } from '../../core/service';

const KINDS: Record<DraftSymbol['kind'], SymbolKind> = {
  document: SymbolKind.File,
  section: SymbolKind.String,
  item: SymbolKind.Field,
  question: SymbolKind.Event,
};

export function registerSymbolSupport(connection: Connection, documents: TextDocuments<TextDocument>, serviceFor: (uri?: string) => DraftService): void {
  const convert = (doc: TextDocument, s: DraftSymbol): DocumentSymbol => ({
    name: s.name || '—',
    detail: s.detail,
    kind: KINDS[s.kind],
    range: toRange(doc, s),
    selectionRange: toRange(doc, { start: Math.max(s.start, s.selection.start), end: Math.min(s.end, s.selection.end) }),
    children: s.children.map((c) => convert(doc, c)),
  });
  connection.onDocumentSymbol((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    return serviceFor(doc.uri)
      .symbols({ uri: doc.uri, version: doc.version, text: doc.getText() })
      .map((s) => convert(doc, s));
  });
}
