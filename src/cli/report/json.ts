import { positionAt, type Commitment, type CorpusSet } from '../../core/service';
import type { CheckedFile } from './index';

/** `check --format json`, version 1: 0-based positions, the exact text of each finding, its fixes as edits. */
export function jsonReport(files: readonly CheckedFile[]): unknown {
  return {
    version: 1,
    files: files.map((f) => {
      const range = (start: number, end: number) => ({ start: positionAt(f.lineStarts, start), end: positionAt(f.lineStarts, end) });
      return {
        path: f.path,
        kind: f.kind,
        findings: f.findings.map((x) => ({
          ruleId: x.ruleId,
          severity: x.severity,
          message: x.message,
          range: range(x.start, x.end),
          text: x.text,
          commitments: x.commitments,
          fixes: x.fixes.map((fix) => ({ title: fix.title, edits: fix.edits.map((e) => ({ range: range(e.start, e.end), newText: e.newText })) })),
        })),
      };
    }),
  };
}

/** A commitment in `corpus list|search --format json`; optional fields only when set, `score` for search. */
export function commitmentJson(set: CorpusSet, c: Commitment, score?: number): Record<string, unknown> {
  const corpus = set.corpus(c.corpusId);
  return {
    key: c.key,
    corpus: c.corpusId,
    corpusTitle: corpus?.shortTitle ?? corpus?.title,
    text: c.text,
    ...(c.fragments.length ? { fragments: c.fragments } : {}),
    tags: c.tags,
    firmness: c.firmness ?? null,
    ministry: c.ministry,
    chapter: c.chapter ?? null,
    ...(c.section ? { section: c.section } : {}),
    ...(c.page ? { page: c.page } : {}),
    ...(c.theme ? { theme: c.theme } : {}),
    ...(c.deadline ? { deadline: c.deadline } : {}),
    ...(c.amount ? { amount: c.amount } : {}),
    source: c.source,
    replaced: set.isReplaced(c.corpusId),
    ...(score !== undefined ? { score: Math.round(score * 1000) / 1000 } : {}),
  };
}
