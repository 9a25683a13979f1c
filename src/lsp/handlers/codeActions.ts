import { CodeActionKind, type CodeAction, type Connection, type Diagnostic, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SOURCE, toEdit, type DiagnosticData } from '../convert';
import type { DraftService } from '../../core/service';

function isOurs(d: Diagnostic): d is Diagnostic & { data: DiagnosticData } {
  return d.source === SOURCE && !!d.data && typeof d.data === 'object' && Array.isArray((d.data as DiagnosticData).fixes);
}

/**
 * Quick fixes are stateless: each diagnostic carries its fixes in `data` (found by `code`). When the diagnostic was
 * made for an older version of the document, or a client drops `data`, the fixes are recomputed for the current
 * version, so an edit is never applied to text it was not made for.
 */
export function registerCodeActionSupport(connection: Connection, documents: TextDocuments<TextDocument>, serviceFor: (uri?: string) => DraftService): void {
  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const actions: CodeAction[] = [];
    const ours = params.context.diagnostics.filter((d) => d.source === SOURCE);
    const fresh = ours.filter(isOurs).filter((d) => d.data.version === doc.version);
    if (fresh.length === ours.length && ours.length > 0) {
      for (const d of fresh) {
        for (const fix of d.data.fixes) {
          actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: fix.isPreferred ?? false, edit: { changes: { [doc.uri]: fix.edits } } });
        }
      }
      return actions;
    }
    const input = { uri: doc.uri, version: doc.version, text: doc.getText() };
    const range = { start: doc.offsetAt(params.range.start), end: doc.offsetAt(params.range.end) };
    for (const fix of serviceFor(doc.uri).codeActions(input, range)) {
      const diagnostic = ours.find((d) => d.code === fix.ruleId);
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        ...(diagnostic ? { diagnostics: [diagnostic] } : { diagnostics: [] }),
        isPreferred: fix.isPreferred ?? false,
        edit: { changes: { [doc.uri]: fix.edits.map((e) => toEdit(doc, e)) } },
      });
    }
    return actions;
  });
}
