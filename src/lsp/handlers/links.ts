import type { Connection, DocumentLink, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toRange } from '../convert';
import type { DraftService } from '../../core/service';

/** References to Kamerstukken, Handelingen and the Kamer's numbers as links to their public source; nothing is fetched. */
export function registerDocumentLinkSupport(connection: Connection, documents: TextDocuments<TextDocument>, serviceFor: (uri?: string) => DraftService): void {
  connection.onDocumentLinks((params): DocumentLink[] => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    return serviceFor(doc.uri)
      .documentLinks({ uri: doc.uri, version: doc.version, text: doc.getText() })
      .map((l) => ({ range: toRange(doc, l), target: l.target, tooltip: l.tooltip }));
  });
}
