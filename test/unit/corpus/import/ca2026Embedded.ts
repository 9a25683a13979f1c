/**
 * The 52 commitments (and the context passages) publications quoted from the 2026 agreement, embedded among other
 * agreement text (paragraphs of the 2021 agreement, one before and one after each), under chapter headings named
 * after where the quoters place them; one passage deliberately altered. The text test reads it as a text file, the
 * PDF test typesets it.
 */

import { loadCorpus } from '../../../../src/core/corpus/load';
import type { ImportedUnit } from '../../../../src/core/corpus/import/assemble';
import type { Commitment, Passage } from '../../../../src/core/corpus/types';
import { ca2021Paragraphs, knownTags, read } from './fixtures';

export const ca2026 = loadCorpus(read('corpus/ca2026.akkoord.yaml'), 'ca2026.akkoord.yaml', { knownTags }).corpus!;
export const altered = ca2026.commitments.find((c) => c.id === 'salarispad-it-specialisten')!;
export const ALTERED_TEXT = altered.text.replace('versterken', 'vergroten');

function heading(e: Commitment | Passage): string {
  const label = e.chapter ?? (e.theme ?? 'Overig').split(/[:/]/)[0]!.trim();
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** The document's paragraphs in order, each with its chapter. */
export function embeddedParagraphs(): { chapter: string; text: string; table: false }[] {
  const filler = ca2021Paragraphs().filter((p) => !p.table && p.chapter !== 'Inleiding');
  const groups = new Map<string, string[]>();
  for (const e of [...ca2026.commitments, ...ca2026.passages.filter((p) => p.kind === 'context')]) {
    const text = e === altered ? ALTERED_TEXT : e.text;
    groups.set(heading(e), [...(groups.get(heading(e)) ?? []), text]);
  }
  let k = 0;
  return [...groups].flatMap(([chapter, texts]) => texts.flatMap((t) => [filler[k++]!.text, t, filler[k++]!.text]).map((text) => ({ chapter, text, table: false as const })));
}

/**
 * How many of the found built-in commitments the generic table classifies as their annotations do: firmness (a unit
 * the rules see no promise in keeps the built-in firmness, which counts as a miss) and every annotated ministry.
 */
export function classificationScores(found: readonly ImportedUnit[]): { firmness: number; ministry: number; annotated: number } {
  const annotated = found.filter((u) => u.builtin!.ministry.length > 0);
  return {
    firmness: found.filter((u) => !u.firmnessFromBuiltin && u.classification.firmness === u.builtin!.firmness).length,
    ministry: annotated.filter((u) => u.builtin!.ministry.every((m) => u.classification.ministry.includes(m))).length,
    annotated: annotated.length,
  };
}
