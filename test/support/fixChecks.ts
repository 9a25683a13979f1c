import { parseBlocks } from '../../src/core/markdown/blocks';
import type { Finding, Fix } from '../../src/core/service';

/*
 * What a quick fix must leave behind, shared by the fix invariants on fixtures and published documents
 * (test/unit/fixInvariants.test.ts) and by the hostile drafts (test/unit/hostile.property.test.ts).
 */

/** The same finding: same rule, message and text (its place moves with the edit). */
export const sameFinding = (a: Finding, b: Finding): boolean => a.ruleId === b.ruleId && a.message === b.message && a.text === b.text;

/** The same fix: same title and the same new texts. */
export const sameFix = (a: Fix, b: Fix): boolean => a.title === b.title && a.edits.map((e) => e.newText).join('\u0000') === b.edits.map((e) => e.newText).join('\u0000');

/**
 * After `fix` of `finding` was applied (findings `before`, then `after`): the finding is gone (fewer of its kind), and
 * so the fix is not offered again. The problems found, in words.
 */
export function fixOutcomeProblems(finding: Finding, fix: Fix, before: readonly Finding[], after: readonly Finding[]): string[] {
  const countBefore = before.filter((f) => sameFinding(f, finding)).length;
  const left = after.filter((f) => sameFinding(f, finding));
  if (left.length < countBefore) return [];
  const again = left.flatMap((f) => f.fixes).some((f) => sameFix(f, fix));
  return again ? ['the finding is still there, and its fix is offered again'] : ['the finding is still there'];
}

/**
 * Whether the fixed document still parses as before outside the fix (`before` → `after` by `fix`): every top-level
 * Markdown block that ends before the first edit or starts after the last one is still there, with its type and its
 * text, shifted by what the edits add. A fix that merges a paragraph with the next, opens a code block or a list
 * that swallows what follows, or breaks the front matter shows here. The problems found, in words.
 */
export function parseProblems(before: string, fix: Fix, after: string): string[] {
  if (fix.edits.length === 0) return [];
  const from = Math.min(...fix.edits.map((e) => e.start));
  const to = Math.max(...fix.edits.map((e) => e.end));
  const shift = fix.edits.reduce((n, e) => n + e.newText.length - (e.end - e.start), 0);
  const endsInBreak = fix.edits.some((e) => e.end === to && /[\r\n]$/.test(e.newText));
  const blocks = (text: string) => new Set(parseBlocks(text).blocks.map((b) => `${b.type}@${b.start}-${b.end}`));
  const now = blocks(after);
  const problems: string[] = [];
  for (const b of parseBlocks(before).blocks) {
    // A block that starts where the edits end is held too when they end in a line break (text put before it must not
    // run into it); without one they write into it (a number before a question).
    const moved = b.end < from ? 0 : b.start > to || (b.start === to && endsInBreak) ? shift : undefined;
    if (moved === undefined) continue;
    if (!now.has(`${b.type}@${b.start + moved}-${b.end + moved}`)) problems.push(`the ${b.type} at ${b.start}-${b.end} no longer parses as before`);
  }
  return problems;
}
