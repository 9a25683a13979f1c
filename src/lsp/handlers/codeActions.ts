import { pathToFileURL } from 'node:url';
import type { CodeAction, CodeActionParams, Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import { CodeActionKind } from '../protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { pick, type DraftService } from '../../core/service';
import { ruleDocFile } from '../../host/ruleDocs';
import { FIX_ALL_KIND, SHOW_RULE_DOC_COMMAND } from '../../shared/protocol';
import { SOURCE, toEdit, type DiagnosticData } from '../convert';
import { ACTIONS } from '../messages';

/**
 * Whether the client asks for actions of `kind`: `only` names kinds and their parents (`source` asks for
 * `source.fixAll.akkoordwijzer`); without `only` the client asks for what the light bulb shows.
 */
export function asksFor(only: readonly string[] | undefined, kind: string, withoutOnly: boolean): boolean {
  if (!only) return withoutOnly;
  return only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
}

/**
 * Code actions by the kind the client asks for (`context.only`): quick fixes (each finding's fixes, "zet deze
 * melding uit voor deze regel", "open de uitleg") when it asks for quick fixes or for nothing in particular, and the
 * one "fix all" action (`source.fixAll.akkoordwijzer`) when it asks for that kind or a parent of it, as on save.
 */
export function registerCodeActionSupport(connection: Connection, documents: TextDocuments<TextDocument>, serviceFor: (uri?: string) => DraftService): void {
  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const service = serviceFor(doc.uri);
    const actions: CodeAction[] = [];
    if (asksFor(params.context.only, CodeActionKind.QuickFix, true)) actions.push(...fixActions(doc, params, service), ...findingActions(doc, params, service));
    if (asksFor(params.context.only, FIX_ALL_KIND, false)) actions.push(...fixAllAction(doc, service));
    return actions;
  });
  connection.onExecuteCommand(async (params) => {
    if (params.command !== SHOW_RULE_DOC_COMMAND) return;
    const file = ruleDocFile(String(params.arguments?.[0] ?? ''));
    if (file) await connection.window.showDocument({ uri: pathToFileURL(file).href, takeFocus: true });
  });
}

/**
 * The findings' own fixes, made from the analysis of the document's current version (cached: the diagnostics came
 * from it), so an edit is never applied to text it was not made for. A diagnostic passed is the current one of a
 * finding when it was made for this version (`data.version`) or, from a client that drops `data`, when a finding of
 * its rule spans exactly its range. When every diagnostic of ours passed is current, the fixes are those of their
 * findings, each with its own diagnostic; else (none passed, or one of an older version) the fixes of the findings the
 * range touches, each with the diagnostic passed for the same finding or, failing that, one of its rule that overlaps
 * it, else none.
 */
function fixActions(doc: TextDocument, params: CodeActionParams, service: DraftService): CodeAction[] {
  const input = { uri: doc.uri, version: doc.version, text: doc.getText() };
  const ours = params.context.diagnostics.filter((d) => d.source === SOURCE).map((d) => ({ d, start: doc.offsetAt(d.range.start), end: doc.offsetAt(d.range.end) }));
  const findings = ours.length > 0 ? service.findings(input) : [];
  const current = ours.length > 0 && ours.every((o) => madeFor(o.d, doc.version) || (o.d.data === undefined && findings.some((f) => f.ruleId === o.d.code && f.start === o.start && f.end === o.end)));
  // The range, and every diagnostic passed: a client may pass one the range does not touch (a cursor elsewhere on its line).
  const spans = [{ start: doc.offsetAt(params.range.start), end: doc.offsetAt(params.range.end) }, ...(current ? ours : [])];
  const range = { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
  const actions: CodeAction[] = [];
  for (const fix of service.codeActions(input, range)) {
    const { start, end } = fix.finding;
    const own = ours.find((o) => o.d.code === fix.ruleId && o.start === start && o.end === end);
    if (current && !own) continue;
    const diagnostic = own ?? ours.find((o) => o.d.code === fix.ruleId && o.start <= end && start <= o.end);
    actions.push({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: diagnostic ? [diagnostic.d] : [],
      isPreferred: fix.isPreferred ?? false,
      edit: { changes: { [doc.uri]: fix.edits.map((e) => toEdit(doc, e)) } },
    });
  }
  return actions;
}

/** Whether a diagnostic of ours was made for `version` of its document. */
function madeFor(d: Diagnostic, version: number): boolean {
  return !!d.data && typeof d.data === 'object' && (d.data as Partial<DiagnosticData>).version === version;
}

/**
 * Per diagnostic the client passed, after the fixes: switch its rule off for its line (the comment the checker
 * reads), and open the rule's page. One of each per rule and line, computed on the current version (a diagnostic of
 * an older version whose finding is gone gets none).
 */
function findingActions(doc: TextDocument, params: CodeActionParams, service: DraftService): CodeAction[] {
  const input = { uri: doc.uri, version: doc.version, text: doc.getText() };
  const taal = service.settings.taal;
  const findings = service.findings(input);
  const disables: CodeAction[] = [];
  const explains: CodeAction[] = [];
  const seen = new Set<string>();
  for (const d of params.context.diagnostics) {
    const start = doc.offsetAt(d.range.start);
    const f = d.source === SOURCE ? findings.find((x) => x.ruleId === d.code && x.start === start) : undefined;
    if (!f) continue;
    const line = `${f.ruleId}@${d.range.start.line}`;
    const edit = seen.has(line) ? undefined : service.disableNextLine(input, f.ruleId, f.start);
    seen.add(line);
    if (edit) disables.push({ title: pick(ACTIONS.disableForLine(f.ruleId), taal), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [doc.uri]: [toEdit(doc, edit)] } } });
    if (seen.has(f.ruleId)) continue;
    seen.add(f.ruleId);
    const title = pick(ACTIONS.showRuleDoc(f.ruleId), taal);
    explains.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title, command: SHOW_RULE_DOC_COMMAND, arguments: [f.ruleId] } });
  }
  return [...disables, ...explains];
}

/** The one "fix all" action: every certain fix of the document as one edit (none when nothing is certain). */
function fixAllAction(doc: TextDocument, service: DraftService): CodeAction[] {
  const result = service.fixAll({ uri: doc.uri, version: doc.version, text: doc.getText() });
  if (result.edits.length === 0) return [];
  return [{ title: pick(ACTIONS.fixAll, service.settings.taal), kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: result.edits.map((e) => toEdit(doc, e)) } } }];
}
