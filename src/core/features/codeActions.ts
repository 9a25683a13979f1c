import type { Finding, Fix, Span } from '../types';

export interface QuickFix extends Fix {
  ruleId: string;
  /** The finding this fix repairs (its span), so the adapter can attach the diagnostic. */
  finding: Span;
}

/** Quick fixes of the findings that touch `range`. Pure: findings carry their fixes. */
export function quickFixes(findings: readonly Finding[], range: Span): QuickFix[] {
  const out: QuickFix[] = [];
  for (const f of findings) {
    if (f.end < range.start || f.start > range.end) continue;
    for (const fix of f.fixes) out.push({ ...fix, ruleId: f.ruleId, finding: { start: f.start, end: f.end } });
  }
  return out;
}

/**
 * Apply edits to a text. Edits are applied back to front; overlapping edits are skipped (never corrupt the text).
 * Inserts at one position come out in the order of the array, as LSP defines it: the later one is applied first, so
 * the earlier one ends up before it. Returns the new text and how many edits were skipped.
 */
export function applyEdits(text: string, edits: readonly { start: number; end: number; newText: string }[]): { text: string; skipped: number } {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.start - a.e.start || b.e.end - a.e.end || b.i - a.i);
  let out = text;
  let skipped = 0;
  let floor = Infinity;
  for (const { e } of sorted) {
    if (e.end > floor || e.start > e.end || e.end > text.length) {
      skipped++;
      continue;
    }
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    floor = e.start;
  }
  return { text: out, skipped };
}

/** All preferred fixes of all findings, without overlaps (the first finding's fix wins). */
export function preferredEdits(findings: readonly Finding[]): { start: number; end: number; newText: string }[] {
  const chosen: { start: number; end: number; newText: string }[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.isPreferred);
    if (!fix) continue;
    const overlaps = fix.edits.some((e) => chosen.some((c) => e.start < c.end && c.start < e.end || (e.start === c.start && e.end === c.end)));
    if (!overlaps) chosen.push(...fix.edits);
  }
  return chosen;
}
