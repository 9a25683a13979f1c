/** How firm a unit's promise is, by the firmness rules of the table. */

import type { Firmness } from '../types';
import { firstIndex, fold } from './match';
import type { FirmnessRules } from './rules';

/**
 * Firmness from the first sentence that matches any rule: the first-listed specific rule that matches, else the
 * generic rule whose match comes first in the sentence (ties: the first listed). `lead` is that sentence (or the
 * first sentence when none matches: the unit promises nothing).
 */
export function firmnessOf(sentences: readonly string[], rules: FirmnessRules): { firmness?: Firmness; lead: string } {
  for (const s of sentences) {
    let specific: { rank: number; firmness: Firmness } | undefined;
    let generic: { at: number; rank: number; firmness: Firmness } | undefined;
    const folded = fold(s);
    const lower = folded.toLowerCase();
    const main = mainPart(folded);
    for (const r of rules.firmness) {
      // A specific word in a trailing purpose clause ("…, zodat wetgeving ook effectief wordt gehandhaafd") says what
      // the promise is for, not what is promised.
      const at = r.specific ? firstIndex(r.regexes, main, main.toLowerCase()) : firstIndex(r.regexes, folded, lower);
      if (at < 0) continue;
      if (r.specific) {
        if (!specific || r.rank < specific.rank) specific = { rank: r.rank, firmness: r.firmness };
      } else if (!generic || at < generic.at || (at === generic.at && r.rank < generic.rank)) {
        generic = { at, rank: r.rank, firmness: r.firmness };
      }
    }
    const best = specific ?? generic;
    if (best) return { firmness: best.firmness, lead: s };
  }
  return { lead: sentences[0] ?? '' };
}

/**
 * The sentence without a trailing purpose clause ("zodat …", "opdat …") in which the coalition does nothing itself:
 * one with "we" in it may go on with a promise of its own ("…, zodat … en ook … schrappen we de strafbaarstelling").
 */
function mainPart(folded: string): string {
  const m = /,?\s+\b(zodat|opdat)\b/iu.exec(folded);
  if (!m || m.index === 0 || /\b(we|wij)\b/iu.test(folded.slice(m.index))) return folded;
  return folded.slice(0, m.index);
}
