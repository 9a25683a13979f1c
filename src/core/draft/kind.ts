import type { DraftKind } from '../types';
import type { Line } from '../markdown/lines';
import {
  ADRESSAAT,
  AANHEF_LINE,
  BERAADSLAGING,
  HEADER_LIKE,
  MOTIE_KOP,
  SLOT_AT_LINE_END,
  SLOT_AT_START,
  STRONG_DICTUM,
  STRONG_OVERWEGING,
  VRAAG_NUMMER,
  VRAGEN_HEADER,
} from './formulas';


const FRONTMATTER_KINDS: Record<string, DraftKind> = {
  motie: 'motie',
  kamervragen: 'kamervragen',
  kamervraag: 'kamervragen',
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
  let name = uri.split(/[/\\]/).pop() ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // a stray '%' in a file name: use it as written
  }
  name = name.toLowerCase();
  if (/\.motie\.(md|markdown)$/.test(name)) return 'motie';
  if (/\.(kamer)?vragen\.(md|markdown)$/.test(name)) return 'kamervragen';
  return undefined;
}

/** A question put to the minister: Kamervragen address the minister as "u" ("Bent u bekend …?", "Wat is uw …?"). */
const TO_U = /(?<![\p{L}\p{N}])(?:u|uw)(?![\p{L}\p{N}])[^?]*\?/iu;

/**
 * Recognise a draft by its content. Lines in a blockquote and in footnotes are someone else's words and never count.
 *
 * A motie needs a score of 3 from its fixed formulas, each on a line of its own: the aanhef, "gehoord de
 * beraadslaging", the slot and a "Motie van het lid …" heading count 2; an unmistakable overweging ("constaterende
 * dat") or dictum ("verzoekt", "spreekt uit") counts 1. So a memo that quotes one "constaterende dat" is no motie,
 * and a motie that lacks its aanhef still is one, so that the rules can report what is missing.
 *
 * Kamervragen need the header "Vragen van het lid …" followed by an addressee or a numbered question, or at least
 * two numbered questions ("1. …?", "Vraag 1") after a heading or a line starting with "Vragen" that addresses a
 * minister or staatssecretaris ("Vragen aan de minister van …"), or at least two "Vraag N" labels with questions that
 * address the minister as "u" (the questions copied without their header). Numbered questions alone (a FAQ, a
 * README) are not Kamervragen.
 */
export function kindFromContent(lines: Line[]): DraftKind {
  let motie = 0;
  let vragenHeader = false;
  let headerAddressee = false;
  let addresseeBeforeQuestions = false;
  let numberedQuestions = 0;
  let vraagLabels = 0;
  let questionsToU = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.footnote !== undefined || line.blockquote) continue;
    const t = line.content;
    if (MOTIE_KOP.test(t) || AANHEF_LINE.test(t) || BERAADSLAGING.test(t) || SLOT_AT_START.test(t)) motie += 2;
    else if (STRONG_OVERWEGING.test(t) || STRONG_DICTUM.test(t)) motie += 1;
    if (SLOT_AT_LINE_END.test(t)) motie += 2; // the slot after the dictum on one line (a motie in one paragraph)

    if (VRAGEN_HEADER.test(t)) {
      vragenHeader = true;
      // The header may wrap: look at the line and the next one.
      const next = lines[i + 1];
      if (ADRESSAAT.test(t) || (next && !next.blockStart && ADRESSAAT.test(`${t} ${next.content}`))) headerAddressee = true;
    }
    if (VRAAG_NUMMER.test(t)) vraagLabels++;
    if (TO_U.test(t)) questionsToU++;
    const numbered = !line.heading && (VRAAG_NUMMER.test(t) || (line.marker?.ordinal !== undefined && t.includes('?')));
    if (numbered) numberedQuestions++;
    else if (numberedQuestions === 0 && ADRESSAAT.test(t) && (line.heading !== undefined || HEADER_LIKE.test(t))) addresseeBeforeQuestions = true;
  }
  if (motie >= 3) return 'motie';
  if (vragenHeader && (headerAddressee || numberedQuestions > 0)) return 'kamervragen';
  if (numberedQuestions >= 2 && addresseeBeforeQuestions) return 'kamervragen';
  // Copied without the header (a mirror that shows only the questions): "Vraag 1", "Vraag 2", each asking "u".
  if (vraagLabels >= 2 && questionsToU >= 2) return 'kamervragen';
  return 'other';
}
