/**
 * Repairing text extracted from a PDF before it is split into units: ligatures and invisible characters the
 * extraction left, words the PDF broke at a hyphen at the end of a line, odd spacing.
 */

import { joinBrokenHyphens, normaliseSpaces } from '../text';

/** Typographic ligatures (U+FB00–FB06) that PDF fonts use and extraction copies as one character. */
const LIGATURES = /[\ufb00-\ufb06]/g;
/** Spaces of other widths (en, em, thin, narrow no-break …) that extraction keeps. */
const ODD_SPACES = /[\u2000-\u200a\u202f\u205f\u3000]/g;
/** Characters that show nothing: soft hyphens, zero-width spaces and joiners, byte order marks. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * The text of a paragraph as it goes into a corpus: ligatures spelt out (ﬁ → fi), invisible characters dropped,
 * words broken at a line end joined (`media- aanbod` → `media-aanbod`, keeping real ellipses such as
 * `binnen- als buitenstedelijk`), whitespace normalised and no space before punctuation. Never throws.
 */
export function repairText(text: string): string {
  const visible = text
    .replace(LIGATURES, (ch) => ch.normalize('NFKC'))
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ');
  return normaliseSpaces(joinBrokenHyphens(visible));
}

/** True when `repairText` changes more than the whitespace of `text` (for reports of what was repaired). */
export function needsRepair(text: string): boolean {
  return repairText(text) !== text.replace(/\s+/g, ' ').trim();
}
