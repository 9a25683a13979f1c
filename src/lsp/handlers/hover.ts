import type { Connection, TextDocuments } from 'vscode-languageserver';
import { MarkupKind } from '../protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toRange } from '../convert';
import type { DraftService } from '../../core/service';

export function registerHoverSupport(connection: Connection, documents: TextDocuments<TextDocument>, serviceFor: (uri?: string) => DraftService): void {
  connection.onHover((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const h = serviceFor(doc.uri).hover({ uri: doc.uri, version: doc.version, text: doc.getText() }, doc.offsetAt(params.position));
    if (!h) return null;
    return { contents: { kind: MarkupKind.Markdown, value: h.contents }, range: toRange(doc, h) };
  });
}
