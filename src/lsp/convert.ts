import type { Diagnostic, DiagnosticRelatedInformation, Range, TextEdit } from 'vscode-languageserver';
import { DiagnosticSeverity } from './protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleDocHref } from '../host/ruleDocs';
import { problemMessage, type DataProblem, type Finding, type Severity, type Span, type Taal } from '../core/service';

export const SOURCE = 'akkoordwijzer';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

export function toEdit(doc: TextDocument, e: { start: number; end: number; newText: string }): TextEdit {
  return { range: toRange(doc, e), newText: e.newText };
}

/**
 * What a diagnostic carries in `data`: the version it was made for, and the suggested keys (for tools). Its fixes are
 * made when the client asks for code actions, from the analysis of the version it holds then: they were carried here
 * once, half of every notification's bytes, encoded by the server and parsed by the client on every keystroke.
 */
export interface DiagnosticData {
  version: number;
  commitments: string[];
}

export function toDiagnostic(doc: TextDocument, f: Finding): Diagnostic {
  const related: DiagnosticRelatedInformation[] = f.related.flatMap((r) => {
    if (r.uri === undefined && r.span) return [{ location: { uri: doc.uri, range: toRange(doc, r.span) }, message: r.message }];
    if (r.uri !== undefined && r.line !== undefined) {
      const pos = { line: r.line, character: r.character ?? 0 };
      return [{ location: { uri: r.uri, range: { start: pos, end: pos } }, message: r.message }];
    }
    return [];
  });
  const data: DiagnosticData = { version: doc.version, commitments: f.commitments };
  return {
    range: toRange(doc, f),
    severity: SEVERITIES[f.severity],
    code: f.ruleId,
    codeDescription: { href: ruleDocHref(f.ruleId) },
    source: SOURCE,
    message: f.message,
    ...(related.length > 0 ? { relatedInformation: related } : {}),
    data,
  };
}

export function problemToDiagnostic(p: DataProblem, taal: Taal): Diagnostic {
  return {
    range: { start: { line: p.line, character: p.character }, end: { line: p.endLine, character: p.endCharacter } },
    severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: p.code,
    source: SOURCE,
    message: problemMessage(p, taal),
  };
}
