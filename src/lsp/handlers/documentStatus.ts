import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toEdit } from '../convert';
import type { DraftService } from '../../core/service';
import {
  DOCUMENT_STATUS_REQUEST,
  SET_KIND_REQUEST,
  type DocumentStatusParams,
  type DocumentStatusResult,
  type SetKindParams,
  type SetKindResult,
} from '../../shared/protocol';

const KINDS = new Set(['motie', 'kamervragen', 'other']);

/** What a document counts as and against which corpora (the language status item), and the edit that changes it. */
export function registerDocumentStatusSupport(connection: Connection, documents: TextDocuments<TextDocument>, serviceFor: (uri?: string) => DraftService): void {
  connection.onRequest(DOCUMENT_STATUS_REQUEST, (params: DocumentStatusParams): DocumentStatusResult => {
    const doc = documents.get(String(params?.uri));
    if (!doc) return null;
    const s = serviceFor(doc.uri);
    const loaded = s.corpus.summary().filter((c) => c.loaded && c.id !== undefined);
    return {
      ...s.documentKind({ uri: doc.uri, version: doc.version, text: doc.getText() }),
      corpora: loaded.map((c) => c.id!),
      commitments: s.corpus.commitments.length,
    };
  });
  connection.onRequest(SET_KIND_REQUEST, (params: SetKindParams): SetKindResult => {
    const doc = documents.get(String(params?.uri));
    if (!doc || !KINDS.has(params.kind)) return null;
    return toEdit(doc, serviceFor(doc.uri).setKindEdit({ uri: doc.uri, version: doc.version, text: doc.getText() }, params.kind));
  });
}
