import type { DraftKind } from '../types';
import type { Line } from './lines';
import { ADRESSAAT, AANHEF, BERAADSLAGING, DICTUM, MOTIE_KOP, OVERWEGING, SLOT_AT_START, VRAAG_NUMMER, VRAGEN_HEADER } from './openers';

const FRONTMATTER_KINDS: Record<string, DraftKind> = {
  motie: 'motie',
  kamervragen: 'kamervragen',
  vragen: 'kamervragen',
  'schriftelijke vragen': 'kamervragen',
  overig: 'other',
  other: 'other',
  geen: 'other',
};

/** `soort: motie` (also `type:`/`kind:`) in front matter. */
export function kindFromFrontmatter(fm: Record<string, unknown>): DraftKind | undefined {
  const v = fm['soort'] ?? fm['type'] ?? fm['kind'];
  return typeof v === 'string' ? FRONTMATTER_KINDS[v.trim().toLowerCase()] : undefined;
}

/** `x.motie.md`, `x.vragen.md`, `x.kamervragen.md` (also `.markdown`). */
export function kindFromUri(uri: string): DraftKind | undefined {
  const name = decodeURIComponent(uri.split(/[/\\]/).pop() ?? '').toLowerCase();
  if (/\.motie\.(md|markdown)$/.test(name)) return 'motie';
  if (/\.(kamer)?vragen\.(md|markdown)$/.test(name)) return 'kamervragen';
  return undefined;
}

/**
 * Recognise a draft by its content. A motie needs at least two of its fixed formulas (so one quoted "constaterende
 * dat" in a memo is not enough, and a motie that lacks its aanhef is still a motie that the rules can report on).
 * Kamervragen need the header "Vragen van het lid …", or at least two numbered questions plus an addressee
 * ("aan de minister van …"): numbered questions alone (a FAQ, a README) are not Kamervragen.
 */
export function kindFromContent(lines: Line[]): DraftKind {
  let motie = 0;
  let numberedQuestions = 0;
  let vragenHeader = false;
  let addressee = false;
  for (const line of lines) {
    if (line.footnote !== undefined) continue;
    const t = line.content;
    if (MOTIE_KOP.test(t)) motie += 2;
    else if (AANHEF.test(t)) motie += 2;
    else if (BERAADSLAGING.test(t)) motie += 2;
    else if (SLOT_AT_START.test(t) || /\ben\s+gaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag\b/i.test(t)) motie += 2;
    else if (OVERWEGING.test(t)) motie += 1;
    else if (DICTUM.test(t)) motie += 1;
    if (VRAGEN_HEADER.test(t)) vragenHeader = true;
    if ((line.marker?.ordinal !== undefined || VRAAG_NUMMER.test(t)) && !line.heading) numberedQuestions++;
    if (ADRESSAAT.test(t)) addressee = true;
  }
  if (motie >= 3) return 'motie';
  if (vragenHeader) return 'kamervragen';
  if (numberedQuestions >= 2 && addressee) return 'kamervragen';
  return 'other';
}
