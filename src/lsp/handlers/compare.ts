import type { Connection } from 'vscode-languageserver';
import { comparisonSummary, renderComparison, type DraftService } from '../../core/service';
import { COMPARE_REQUEST, type CompareParams, type CompareResult } from '../../shared/protocol';

/** Two versions the client read, compared by the service of the newer one's configuration, as Markdown. */
export function registerCompareSupport(connection: Connection, serviceFor: (uri?: string) => DraftService): void {
  connection.onRequest(COMPARE_REQUEST, (params: CompareParams): CompareResult | null => {
    const { before, after } = params ?? {};
    if (typeof before?.text !== 'string' || typeof after?.text !== 'string') return null;
    const service = serviceFor(after.uri);
    const comparison = service.compare({ uri: String(before.uri), version: 0, text: before.text }, { uri: String(after.uri), version: 0, text: after.text });
    const taal = service.settings.taal;
    return { markdown: renderComparison(comparison, taal, 'markdown', { before: String(before.name), after: String(after.name) }), summary: comparisonSummary(comparison, taal) };
  });
}
