import {
  DocumentDiagnosticReportKind,
  type Connection,
  type DocumentDiagnosticReport,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostic } from '../convert';
import type { DraftService } from '../../core/service';

export interface DiagnosticsSupport {
  /** Re-check every open draft (after settings or data changed). */
  refreshAll(): void;
}

/**
 * Pull diagnostics when the client supports them (VS Code), push (`publishDiagnostics`) otherwise (Neovim 0.7 and
 * many other clients). The analysis is cached per document version, so a pull after a push costs nothing.
 */
export function registerDiagnosticsSupport(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  serviceFor: (uri?: string) => DraftService,
  pull: boolean,
  isDraft: (uri: string) => boolean,
  gate: { readonly ready: boolean; readonly loaded: Promise<void> },
): DiagnosticsSupport {
  // Nothing is reported before settings and corpora are loaded: no flash of findings that the configuration
  // switches off, and no citation finding missing only because the corpus was still loading.
  // Data files (corpora, the config file) get their problems pushed by the data layer, never pulled here.
  const diagnose = (doc: TextDocument) =>
    !isDraft(doc.uri)
      ? []
      : serviceFor(doc.uri)
      .findings({ uri: doc.uri, version: doc.version, text: doc.getText() })
      .map((f) => toDiagnostic(doc, f));

  if (pull) {
    connection.languages.diagnostics.on(async (params): Promise<DocumentDiagnosticReport> => {
      await gate.loaded;
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      return { kind: DocumentDiagnosticReportKind.Full, items: diagnose(doc) };
    });
    return { refreshAll: () => void connection.languages.diagnostics.refresh() };
  }

  const publish = (doc: TextDocument) =>
    gate.ready && isDraft(doc.uri) && documents.get(doc.uri) === doc && void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: diagnose(doc) });
  documents.onDidChangeContent((e) => publish(e.document));
  documents.onDidClose((e) => isDraft(e.document.uri) && void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }));
  return { refreshAll: () => documents.all().forEach(publish) };
}
