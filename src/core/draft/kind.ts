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
import { own } from '../text/own';
import { ObjectMemo } from '../text/objectMemo';


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
  return typeof v === 'string' ? own(FRONTMATTER_KINDS, v.trim().toLowerCase()) : undefined;
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
const U_WORD = /(?<![\p{L}\p{N}])(?:u|uw)(?![\p{L}\p{N}])/iu;

/**
 * "u" or "uw" before a question mark on the line. Asked as "a u-word before the last '?'" rather than by one pattern
 * `u[^?]*\?`, which tries every "u" to the end of the line: a long line of "u" without a question mark took seconds.
 */
function toU(line: string): boolean {
  const q = line.lastIndexOf('?');
  return q > 0 && U_WORD.test(line.slice(0, q));
}

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
export function kindFromContent(lines: Line[], prior?: PriorLines): DraftKind {
  return kindOf(lineSignals(lines, prior));
}

/** What `kindFromContent` reads of one line (with the next, for a header that wraps), as bits. */
const SIGNAL = {
  /** A motie's kop, aanhef, beraadslaging or slot at the start: +2. */
  MotieStrong: 1,
  /** A strong overweging or dictum: +1. */
  MotieWeak: 2,
  /** The slot at the end of the line: +2. */
  SlotAtEnd: 4,
  VragenHeader: 8,
  HeaderAddressee: 16,
  VraagLabel: 32,
  ToU: 64,
  Numbered: 128,
  AddresseeHeaderLike: 256,
} as const;

/** The previous version's lines and their signals, and where its masked text agrees with this version's. */
export interface PriorLines {
  lines: readonly Line[];
  signals: Uint16Array;
  agreement: { prefix: number; suffix: number };
  /** This version's length minus the previous one's. */
  delta: number;
  /** The length of this version's text. */
  textLength: number;
}

const signalsOf = new ObjectMemo<Line[], Uint16Array>();

/** The previous version's lines with their signals, when its kind was read from them. */
export function priorLines(lines: Line[], agreement: PriorLines['agreement'], delta: number, textLength: number): PriorLines | undefined {
  const signals = signalsOf.get(lines);
  return signals && { lines, signals, agreement, delta, textLength };
}

/**
 * Every line's signals. A line whose words, and the next line's, lie where the masked text did not change, with the
 * same marks as before (footnote, blockquote, heading, list number, block start), keeps its previous signals: after
 * a keystroke only the lines around it are matched against the patterns again.
 */
function lineSignals(lines: Line[], prior?: PriorLines): Uint16Array {
  let out = signalsOf.get(lines);
  if (out) return out;
  out = new Uint16Array(lines.length);
  const shift = prior ? lines.length - prior.lines.length : 0;
  for (let i = 0; i < lines.length; i++) {
    const old = prior && priorLine(lines, i, prior, shift);
    out[i] = old !== undefined ? prior!.signals[old]! : signalOf(lines, i);
  }
  signalsOf.set(lines, out);
  return out;
}

/** The index of line `i` in the previous version, when it and the line after it are unchanged. */
function priorLine(lines: Line[], i: number, prior: PriorLines, shift: number): number | undefined {
  const line = lines[i]!;
  const next = lines[i + 1];
  const end = (next ?? line).end;
  const { prefix, suffix } = prior.agreement;
  const [at, delta] = end <= prefix ? [i, 0] : line.start >= prior.textLength - suffix ? [i - shift, prior.delta] : [-1, 0];
  const old = prior.lines[at];
  const oldNext = prior.lines[at + 1];
  if (!old || !sameLine(old, line, delta) || !!next !== !!oldNext || (next && oldNext && !sameLine(oldNext, next, delta))) return undefined;
  return at;
}

function sameLine(old: Line, line: Line, delta: number): boolean {
  return (
    old.start + delta === line.start &&
    old.end + delta === line.end &&
    old.contentStart + delta === line.contentStart &&
    old.blockStart === line.blockStart &&
    !!old.blockquote === !!line.blockquote &&
    old.footnote === line.footnote &&
    old.heading === line.heading &&
    old.marker?.ordinal === line.marker?.ordinal
  );
}

function signalOf(lines: Line[], i: number): number {
  const line = lines[i]!;
  if (line.footnote !== undefined || line.blockquote) return 0;
  const t = line.content;
  let bits = 0;
  if (MOTIE_KOP.test(t) || AANHEF_LINE.test(t) || BERAADSLAGING.test(t) || SLOT_AT_START.test(t)) bits |= SIGNAL.MotieStrong;
  else if (STRONG_OVERWEGING.test(t) || STRONG_DICTUM.test(t)) bits |= SIGNAL.MotieWeak;
  if (SLOT_AT_LINE_END.test(t)) bits |= SIGNAL.SlotAtEnd; // the slot after the dictum on one line (a motie in one paragraph)
  if (VRAGEN_HEADER.test(t)) {
    bits |= SIGNAL.VragenHeader;
    // The header may wrap: look at the line and the next one.
    const next = lines[i + 1];
    if (ADRESSAAT.test(t) || (next && !next.blockStart && ADRESSAAT.test(`${t} ${next.content}`))) bits |= SIGNAL.HeaderAddressee;
  }
  if (VRAAG_NUMMER.test(t)) bits |= SIGNAL.VraagLabel;
  if (toU(t)) bits |= SIGNAL.ToU;
  if (!line.heading && (VRAAG_NUMMER.test(t) || (line.marker?.ordinal !== undefined && t.includes('?')))) bits |= SIGNAL.Numbered;
  else if (ADRESSAAT.test(t) && (line.heading !== undefined || HEADER_LIKE.test(t))) bits |= SIGNAL.AddresseeHeaderLike;
  return bits;
}

/** The kind the lines' signals add up to. */
function kindOf(signals: Uint16Array): DraftKind {
  let motie = 0;
  let vragenHeader = false;
  let headerAddressee = false;
  let addresseeBeforeQuestions = false;
  let numberedQuestions = 0;
  let vraagLabels = 0;
  let questionsToU = 0;
  for (const bits of signals) {
    if (bits === 0) continue;
    if (bits & SIGNAL.MotieStrong) motie += 2;
    else if (bits & SIGNAL.MotieWeak) motie += 1;
    if (bits & SIGNAL.SlotAtEnd) motie += 2;
    if (bits & SIGNAL.VragenHeader) vragenHeader = true;
    if (bits & SIGNAL.HeaderAddressee) headerAddressee = true;
    if (bits & SIGNAL.VraagLabel) vraagLabels++;
    if (bits & SIGNAL.ToU) questionsToU++;
    if (bits & SIGNAL.Numbered) numberedQuestions++;
    else if (numberedQuestions === 0 && bits & SIGNAL.AddresseeHeaderLike) addresseeBeforeQuestions = true;
  }
  if (motie >= 3) return 'motie';
  if (vragenHeader && (headerAddressee || numberedQuestions > 0)) return 'kamervragen';
  if (numberedQuestions >= 2 && addresseeBeforeQuestions) return 'kamervragen';
  // Copied without the header (a mirror that shows only the questions): "Vraag 1", "Vraag 2", each asking "u".
  if (vraagLabels >= 2 && questionsToU >= 2) return 'kamervragen';
  return 'other';
}
