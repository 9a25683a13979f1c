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
