import { dictumAct, isConstatering, openerText, type DictumAct } from './formulas';
import type { Draft, Part } from './types';

/*
 * A motie's parts named by what they are, as the Kamer speaks of them: a constatering or an overweging; a verzoek, an
 * uitspraak, or a dictum that is neither ("besluit", "wenst"); each numbered among the parts that are the same. One
 * naming for the comparison ("verzoek 2 toegevoegd") and the outline ("Verzoek 2").
 */

/** What a part of the dictum does: `dictumAct`, or 'dictum' for a part that opens with neither kind of formula. */
export type DictumKind = DictumAct | 'dictum';

/** What an overweging or a part of the dictum is. */
export type PartAct = 'constatering' | 'overweging' | DictumKind;

/** A part of the dictum by the formula its words (from the formula on) open with. */
export function dictumKind(text: string): DictumKind {
  return dictumAct(text.trimStart()) ?? 'dictum';
}

/** What an overweging or a part of the dictum is; undefined for any other part. */
export function partAct(draft: Draft, part: Part): PartAct | undefined {
  if (part.kind === 'overweging') return isConstatering(openerText(draft, part)) ? 'constatering' : 'overweging';
  if (part.kind === 'dictum') return dictumKind(draft.lines.masked.slice(part.start, part.wordsEnd));
  return undefined;
}

/**
 * Each one's number among those of the same kind (1-based), in order: an uitspraak before the only verzoek leaves it
 * verzoek 1 ("verzoek 2 (was 1)" was said once a "spreekt uit" came before it; a staffer's trial).
 */
export function numberedByKind<K>(kinds: readonly K[]): number[] {
  const counts = new Map<K, number>();
  return kinds.map((kind) => {
    const n = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, n);
    return n;
  });
}
