import type { CodeLens, Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toRange } from '../convert';
import type { DraftService } from '../../core/service';

/**
 * The answer term of sent Kamervragen as a code lens over their header. The lens only shows a date: its command has no
 * id, so an editor draws it as text (nothing to run).
 */
export function registerAnswerTermSupport(connection: Connection, documents: TextDocuments<TextDocument>, serviceFor: (uri?: string) => DraftService): void {
  connection.onCodeLens((params): CodeLens[] => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const term = serviceFor(doc.uri).answerTerm({ uri: doc.uri, version: doc.version, text: doc.getText() });
    if (!term) return [];
    return [{ range: toRange(doc, term.span), command: { title: term.title, command: '' }, data: { due: term.due, overdue: term.overdue } }];
  });
}
