import type { Draft } from '../draft/types';
import { perVersion, priorAgreement } from '../draft/prior';
import { scanReferences, withoutOverlaps, type KamerReference, type ReferenceScan } from './recognise';

/** What the scan of a version found (by its parts, which the next version's prior names), and its views, made on first use. */
interface Scanned {
  scan: ReferenceScan;
  found: readonly KamerReference[];
  all?: KamerReference[];
  own?: KamerReference[];
}

/**
 * What one scan of the masked text of `draft` found, per version, for the rule and the links alike. A keystroke scans
 * again only the stretch around the edit (a 500 kB set of Kamervragen: 1.1 ms of a keystroke's 14 went to scanning all
 * of it with five patterns); the rest comes from the previous version's scan, moved (see `rescan`).
 */
const scanned = perVersion((draft, before: Scanned | undefined): Scanned =>
  scanReferences(draft.lines.masked, before && { scan: before.scan, agree: priorAgreement(draft.prior!) }),
);

/** Every reference of the masked text (comments and code blanked): one in a quotation opens its source too. */
export function allReferences(draft: Draft): readonly KamerReference[] {
  const s = scanned(draft);
  return (s.all ??= withoutOverlaps(s.found));
}

/**
 * The references in the member's own words: outside quotations and blockquote lines (the patterns match no quotation
 * mark, so none runs from the member's words into a quotation).
 */
export function ownReferences(draft: Draft): readonly KamerReference[] {
  const s = scanned(draft);
  return (s.own ??= withoutOverlaps(s.found, (start, end) => draft.ownWords.blanks(start, end)));
}
