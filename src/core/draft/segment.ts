import { lineStartOf } from '../text/positions';
import { FOOTNOTE_REFERENCE, type Line } from '../markdown/lines';
import {
  AANHEF,
  ADRESSAAT,
  ANTWOORD,
  BERAADSLAGING,
  DICTUM,
  HEADER_LIKE,
  INLINE_DICTUM,
  isAanhefSlip,
  isSlotSlip,
  NOTE_LINE,
  NOTES_HEADING,
  OVERWEGING,
  SLOT_AT_START,
  SLOT_BARE_LINE,
  SLOT_INSIDE,
  STRONG_DICTUM,
  STRONG_OVERWEGING,
  TOELICHTING,
  VRAAG_NUMMER,
  VRAGEN_HEADER,
  QUESTION_START,
} from './formulas';
import type { Part, PartKind } from './types';
import { TextMemo } from '../text/textMemo';

/** A piece of a line from `from` to `to` (used when one line holds two parts, e.g. the dictum and the slot). */
export function sliceLine(line: Line, from: number, to = line.end): Line {
  if (from <= line.contentStart && to === line.end) return line;
  const start = Math.max(from, line.contentStart);
  const { marker: _marker, ...rest } = line;
  return {
    ...rest,
    start,
    contentStart: start,
    end: to,
    content: line.content.slice(start - line.contentStart, to - line.contentStart),
    blockStart: false,
  };
}

/** A footnote reference or a citation group, from its '[' to the end (neither holds another '['). */
const REF_TO_END = new RegExp(`^(?:${FOOTNOTE_REFERENCE}|\\[@[^\\][]*\\])$`);
/** A `<sup>` note, from its tag to the end. */
const SUP_TO_END = /^<sup>\s*\d+\s*<\/sup>$/;
const SUPERSCRIPT = /[¹²³⁴⁵⁶⁷⁸⁹⁰]/;

/**
 * `s` without the footnote references, citations, `<sup>` notes and superscript digits that end it, and the spaces
 * between and after them; `s` itself when none ends it. Read from the end, one at a time (each is found from its last
 * character): a pattern for the whole run, tried from each of its items to the end, took time squared in their number,
 * and one that could split a run of superscripts exponential time (thirty and a stray bracket after an overweging:
 * 34 s, each one more doubling it).
 */
function withoutTrailingRefs(s: string): string {
  let kept = s;
  for (let removed = false; ; removed = true) {
    const t = kept.trimEnd();
    const from = lastRefStart(t);
    if (from < 0) return removed ? t : s;
    kept = t.slice(0, from);
  }
}

/** Where the reference, citation, `<sup>` note or run of superscripts that ends `t` begins; -1 when none ends it. */
function lastRefStart(t: string): number {
  const last = t[t.length - 1];
  if (last === undefined) return -1;
  if (SUPERSCRIPT.test(last)) {
    let from = t.length - 1;
    while (from > 0 && SUPERSCRIPT.test(t[from - 1]!)) from--;
    return from;
  }
  const open = last === ']' ? '[' : last === '>' ? '<sup>' : undefined;
  if (open === undefined) return -1;
  const from = t.lastIndexOf(open);
  return from >= 0 && (open === '[' ? REF_TO_END : SUP_TO_END).test(t.slice(from)) ? from : -1;
}

/** The last character of what `withoutTrailingRefs` or `TRAILING_EMPHASIS` removes. */
const TRAILING_MARK = /^[\]>¹²³⁴⁵⁶⁷⁸⁹⁰*_]$/;
/** Closing emphasis around a whole part: "**verzoekt de regering …,**". */
const TRAILING_EMPHASIS = /(?<=\S)(?:\*{1,3}|_{1,3})$/;
/** A note number glued to the mark: "bericht?1", "Kamer»1", "hebben.3" (not a decimal: "€ 2,5"). */
const GLUED_NOTE = /(?:[?;!:»”"’)]|(?<!\d)[.,])\d{1,2}$/;

/** End of the words of a span: before trailing footnote references, citations, closing emphasis and glued note numbers. */
export function wordsEnd(masked: string, start: number, end: number): number {
  let s = masked.slice(start, end).trimEnd();
  for (let guard = 0; guard < 8; guard++) {
    // Only a span ending in a bracket, a tag, a superscript or emphasis can lose anything.
    if (!TRAILING_MARK.test(s.slice(-1))) break;
    const next = withoutTrailingRefs(s).replace(TRAILING_EMPHASIS, '').trimEnd();
    if (next === s) break;
    s = next;
  }
  // A glued note ends in a digit: only then is its pattern tried (it too would read the whole span).
  const g = /\d$/.test(s.slice(-1)) ? GLUED_NOTE.exec(s) : null;
  if (g) s = s.slice(0, s.length - g[0].length + 1);
  return start + s.trimEnd().length;
}

function makePart(kind: PartKind, line: Line, opener?: { start: number; end: number }): Part {
  const part: Part = { kind, start: line.contentStart, end: line.end, lines: [line], wordsEnd: line.end };
  if (opener) part.opener = opener;
  return part;
}

function extend(part: Part, line: Line): void {
  part.lines.push(line);
  part.end = line.end;
}

/** End `part` at `end` inside its last line (the rest of the line starts another part). */
function cut(part: Part, end: number): void {
  const last = part.lines[part.lines.length - 1]!;
  part.lines[part.lines.length - 1] = sliceLine(last, last.contentStart, Math.max(end, last.contentStart));
  part.end = end;
}

function finish(parts: Part[], masked: string): Part[] {
  for (const p of parts) p.wordsEnd = Math.max(p.start, wordsEnd(masked, p.start, p.end));
  return parts;
}

/** The opener of an overweging; on a wrapped line only an unmistakable one ("constaterende dat", not "gezien"). */
function overwegingOpener(text: string, strongOnly: boolean): number | undefined {
  const strong = STRONG_OVERWEGING.exec(text);
  if (strongOnly && !strong) return undefined;
  const m = OVERWEGING.exec(text) ?? strong;
  return m ? m[0].length : undefined;
}

function dictumOpener(text: string, strongOnly: boolean): number | undefined {
  if (strongOnly && !STRONG_DICTUM.test(text)) return undefined;
  const m = DICTUM.exec(text);
  return m ? m[0].length : undefined;
}

/**
 * Where the part that runs on `line` (from `from`) ends inside the line: before "; verzoekt …" / "; overwegende dat …"
 * or before ", en gaat over tot de orde van de dag". A motie written as one paragraph splits here.
 */
function boundary(masked: string, line: Line, from: number, kind: PartKind): { end: number; next: number } | undefined {
  const text = masked.slice(from, line.end);
  // A function of the line's words and the part's kind alone, asked for every line of a motie on every keystroke:
  // the lines a keystroke did not touch are found here instead of running the patterns over them again.
  let byText = boundaries.get(kind);
  if (!byText) boundaries.set(kind, (byText = new TextMemo(2_000_000)));
  // `null`: no boundary in these words (remembered too, so not `??`).
  const hit = byText.get(text);
  const found = hit !== undefined ? hit : byText.set(text, boundaryIn(text, kind) ?? null);
  return found ? { end: from + found.end, next: from + found.next } : undefined;
}

/** `boundaryIn` of the lines seen, by part kind and words (each kind's memo let go once it holds 2,000,000 characters). */
const boundaries = new Map<PartKind, TextMemo<{ end: number; next: number } | null>>();

/** `boundary` within `text` (a line's masked words from where the part runs on), offsets relative to its start. */
function boundaryIn(text: string, kind: PartKind): { end: number; next: number } | undefined {
  let best: { end: number; next: number } | undefined;
  if (kind === 'overweging') {
    // "… overwegende dat Y verzoekt de regering …": the ';' is missing, but the dictum starts here all the same.
    const dictum = INLINE_DICTUM.exec(text);
    if (dictum) best = { end: wordsEnd(text, 0, dictum.index), next: dictum.index + dictum[0].length - dictum[0].trimStart().length };
  }
  // Each ';' with the blanks after it (most lines of a motie end in one: nothing after it to try).
  for (let semi = text.indexOf(';'); semi >= 0; semi = text.indexOf(';', semi + 1)) {
    let rest = semi + 1;
    while (text[rest] === ' ' || text[rest] === '\t') rest++;
    if (rest === text.length) continue;
    const after = text.slice(rest);
    if (OVERWEGING.test(after) || STRONG_OVERWEGING.test(after) || DICTUM.test(after)) {
      if (!best || semi < best.end) best = { end: semi + 1, next: rest };
      break;
    }
  }
  const slot = SLOT_INSIDE.exec(text);
  if (slot && slot.index > 0 && (!best || slot.index < best.next)) best = { end: wordsEnd(text, 0, slot.index), next: slot.index };
  return best;
}

type MotiePhase = 'kop' | 'body' | 'slot';

/** What decides whether a line's words open a part: where the motie is, and whether the line may only take a strong opener. */
interface OpenerContext {
  phase: MotiePhase;
  /** A wrapped line (no blank line before, the previous line not closed): only an unmistakable opener counts. */
  strongOnly: boolean;
  hasAanhef: boolean;
}

/**
 * The openers of a motie's parts, tried in this order. `splitsRest`: the rest of the line may be a part of its own
 * ("De Kamer, gehoord de beraadslaging, …"); otherwise the part runs on and is cut where a boundary says.
 */
const MOTIE_OPENERS: readonly { kind: PartKind; phase: MotiePhase; splitsRest: boolean; length(text: string, ctx: OpenerContext): number | undefined }[] = [
  { kind: 'aanhef', phase: 'body', splitsRest: true, length: (t, c) => (c.phase === 'kop' || (!c.strongOnly && !c.hasAanhef) ? AANHEF.exec(t)?.[0].length : undefined) },
  { kind: 'beraadslaging', phase: 'body', splitsRest: true, length: (t) => BERAADSLAGING.exec(t)?.[0].length },
  { kind: 'slot', phase: 'slot', splitsRest: true, length: (t, c) => SLOT_AT_START.exec(t)?.[0].length ?? (c.strongOnly ? undefined : SLOT_BARE_LINE.exec(t)?.[0].length) },
  { kind: 'overweging', phase: 'body', splitsRest: false, length: (t, c) => overwegingOpener(t, c.strongOnly) },
  { kind: 'dictum', phase: 'body', splitsRest: false, length: (t, c) => dictumOpener(t, c.strongOnly) },
];

/**
 * Split the prose lines of a motie into parts. Tolerant: openers in any case, after list markers, several parts on
 * one line ("De Kamer, gehoord de beraadslaging,", a motie in one paragraph), continuation lines joined to the part
 * they continue. A wrapped line (no blank line before, the previous line not closed with a mark) only starts a new
 * part with an unmistakable opener, so "gezien" or "besluit" inside a sentence does not cut it in two.
 */
export function segmentMotie(lines: Line[], masked: string): Part[] {
  const segmenter = new MotieSegmenter(lines, masked);
  let previousClosed = true;
  lines.forEach((line, index) => {
    if (line.footnote !== undefined) return;
    segmenter.line(line, index, line.blockStart || previousClosed || line.heading !== undefined);
    const words = masked.slice(line.contentStart, wordsEnd(masked, line.contentStart, line.end));
    previousClosed = /[;,.:]$/.test(words);
  });
  return finish(segmenter.parts, masked);
}

/** The state of one pass over a motie: the parts so far, the part that runs on, and where in the motie we are. */
class MotieSegmenter {
  readonly parts: Part[] = [];
  private current: Part | undefined;
  private phase: MotiePhase = 'kop';
  /** Whether a part so far is the aanhef (asked on every line: kept, not searched for). */
  private hasAanhef = false;
  /** `trailingNamesFrom` of the lines, once asked. */
  private trailingNames: number | undefined;

  constructor(
    private readonly lines: readonly Line[],
    private readonly masked: string,
  ) {}

  /** One prose line; it may hold several parts, so it is taken piece by piece. */
  line(original: Line, index: number, fresh: boolean): void {
    let piece: Line | undefined = original;
    for (let first = true; piece; first = false) {
      if (original.blockquote) {
        // Someone else's words quoted inside a part: they never open one.
        this.continueWith(piece);
        return;
      }
      if (this.phase === 'slot') {
        this.slotLine(piece);
        return;
      }
      piece = this.piece(piece, index, first && !fresh);
    }
  }

  /** Take one piece of a line; returns the rest of the line when it holds another part. */
  private piece(line: Line, index: number, strongOnly: boolean): Line | undefined {
    if (strongOnly && this.slotWrappedAfterEn(line, index)) return undefined;
    const text = line.content;
    const ctx: OpenerContext = { phase: this.phase, strongOnly, hasAanhef: this.hasAanhef };
    for (const opener of MOTIE_OPENERS) {
      const length = opener.length(text, ctx);
      if (length === undefined) continue;
      if (this.phase === 'kop' && opener.phase === 'body' && opener.kind !== 'aanhef') this.aanhefSlip();
      this.open(opener.kind, line, length);
      this.phase = opener.phase;
      if (!opener.splitsRest) return this.cutAtBoundary(line, line.contentStart + length);
      const rest = restAfter(line, length);
      if (!rest) return this.cutAtBoundary(line, line.contentStart);
      // "De Kamer, gehoord de beraadslaging, …" on one line: the aanhef ends where the next part starts.
      cut(this.current!, wordsEnd(this.masked, this.current!.start, rest.start));
      return rest;
    }
    if (this.slotSlip(line)) return undefined;
    if (this.startsIndieners(line, index)) {
      // Names after the dictum: the indieners of a motie whose slot is missing.
      this.phase = 'slot';
      this.open('indiener', line, 0);
      return undefined;
    }
    if (this.phase === 'kop' || !this.current) {
      if (this.current?.kind === 'kop' && !line.blockStart && !line.heading) extend(this.current, line);
      else this.open('kop', line, 0);
      return undefined;
    }
    extend(this.current, line);
    return this.cutAtBoundary(line, line.contentStart);
  }

  /**
   * A line of names right after the dictum. After a dictum that is not closed, only when nothing but names follows
   * (a short capitalised line inside a dictum stays part of it). After an overweging (a motie without its dictum and
   * slot, still being written) only when nothing but names follows: else "De Vries" was read as the overweging's last
   * line, and its fix asked for "De Vries;" (a reviewer). A list item is never a name ("- De Belastingdienst" after
   * "… bij:"); a name typed with its tussenvoegsel in lower case ("van der Plas") only after a closed dictum.
   */
  private startsIndieners(line: Line, index: number): boolean {
    const current = this.current;
    if (this.phase !== 'body' || (current?.kind !== 'dictum' && current?.kind !== 'overweging') || !line.blockStart || line.marker) return false;
    const closed = current.kind === 'dictum' && /[,.;]$/.test(this.masked.slice(current.start, wordsEnd(this.masked, current.start, current.end)));
    if (!looksLikeName(line.content, closed)) return false;
    return closed || index >= this.namesFrom();
  }

  /**
   * "… een brief te sturen, en⏎gaat over tot de orde van de dag.": the slot wrapped after its "en" (this line the rest
   * of it and nothing else) starts at that "en", which the part before ends with. Read as the dictum's last line, the
   * slot was missing, and --fix gave the line a comma and wrote a second slot under it (the session's reviewer).
   */
  private slotWrappedAfterEn(line: Line, index: number): boolean {
    const current = this.current;
    // Asked of every wrapped line of a motie on every keystroke: a line that does not start with "gaat" leaves at once.
    if (this.phase !== 'body' || (current?.kind !== 'dictum' && current?.kind !== 'overweging') || !GAAT.test(line.content)) return false;
    // The line with the "en" before it is a whole slot formula (any the Kamer's or a misspelt one: "… van de nacht",
    // "gaat over naar …"), closed by its full stop or by the end of its block; else it runs on in the part ("… en⏎gaat
    // over tot de orde van de dag⏎zonder de Kamer te informeren,", the session's second reviewer).
    const content = line.content.trimEnd();
    const slot = SLOT_AT_START.exec(`en ${content}`);
    const next = this.lines[index + 1];
    if (!slot || slot[0].length !== content.length + 3 || !(content.endsWith('.') || !next || next.blockStart)) return false;
    const last = current.lines[current.lines.length - 1]!;
    const words = this.masked.slice(last.contentStart, wordsEnd(this.masked, last.contentStart, last.end));
    if (!WRAPPED_EN.test(words)) return false;
    const enAt = last.contentStart + words.length - 2;
    if (enAt > last.contentStart) cut(current, wordsEnd(this.masked, last.contentStart, enAt));
    else {
      // "en" alone on its line: the line goes to the slot whole.
      current.lines.pop();
      current.end = current.lines[current.lines.length - 1]?.end ?? current.start;
    }
    this.current = makePart('slot', sliceLine(last, enAt), { start: enAt, end: line.contentStart + content.length });
    extend(this.current, line);
    this.parts.push(this.current);
    this.phase = 'slot';
    return true;
  }

  /**
   * The kop's last line, before the motie's first part, when it is "De Kammer," (`isAanhefSlip`): the aanhef, misspelt.
   */
  private aanhefSlip(): void {
    const kop = this.current;
    const line = kop?.lines.at(-1);
    if (kop?.kind !== 'kop' || !line || !isAanhefSlip(line.content)) return;
    if (kop.lines.length === 1) this.parts.pop();
    else {
      kop.lines.pop();
      kop.end = kop.lines.at(-1)!.end;
    }
    this.open('aanhef', line, line.content.length);
    this.current!.slip = true;
  }

  /**
   * A paragraph of the dictum (after a blank line) that is the slot misspelt (`isSlotSlip`): the slot, as the formula
   * it means. Only after the dictum, as a line of its own, as the slot is written.
   */
  private slotSlip(line: Line): boolean {
    const current = this.current;
    if (this.phase !== 'body' || current?.kind !== 'dictum' || line.line === current.lines.at(-1)!.line + 1 || !isSlotSlip(line.content)) return false;
    this.open('slot', line, line.content.length);
    this.current!.slip = true;
    this.phase = 'slot';
    return true;
  }

  private namesFrom(): number {
    return (this.trailingNames ??= trailingNamesFrom(this.lines));
  }

  /** After the slot: another slot formula, or the indieners (one part per block of names). */
  private slotLine(line: Line): void {
    const slotAgain = SLOT_AT_START.exec(line.content);
    if (slotAgain) this.open('slot', line, slotAgain[0].length);
    else if (line.blockStart || this.current?.kind !== 'indiener') this.open('indiener', line, 0);
    else extend(this.current, line);
  }

  /** End the running part inside `line` where another part starts in it; returns the rest of the line. */
  private cutAtBoundary(line: Line, from: number): Line | undefined {
    const current = this.current;
    if (!current || current.kind === 'kop' || current.kind === 'slot') return undefined;
    const b = boundary(this.masked, line, from, current.kind);
    if (!b) return undefined;
    cut(current, b.end);
    return sliceLine(line, b.next);
  }

  private continueWith(line: Line): void {
    if (this.current) extend(this.current, line);
    else this.open('kop', line, 0);
  }

  private open(kind: PartKind, line: Line, openerLength: number): void {
    this.current = makePart(kind, line, { start: line.contentStart, end: line.contentStart + openerLength });
    this.parts.push(this.current);
    if (kind === 'aanhef') this.hasAanhef = true;
  }
}

/** "De Vries", "Van der Molen", "Verhoeven c.s.", "Kathmann (GL-PvdA)": a short line of capitalised name words. */
const NAME = /^(?:[\p{Lu}][\p{L}’'.-]*|van|de|der|den|het|ten|ter|in|’t|'t|el|c\.s\.|\([^)]{1,20}\))(?:\s+(?:[\p{Lu}][\p{L}’'.-]*|van|de|der|den|het|ten|ter|in|’t|'t|el|c\.s\.|\([^)]{1,20}\)))*$/u;
export function looksLikeName(text: string, lowerStart = false): boolean {
  const t = text.trim();
  return t.split(/\s+/).length <= 6 && NAME.test(t) && (/^[\p{Lu}]/u.test(t) || (lowerStart && LOWER_START.test(t)));
}

/**
 * A name that starts with its tussenvoegsel in lower case, as a staffer types a signature ("van der Plas", "de
 * Vries"): a name only where a closed dictum ends (taken for the dictum's last line, the slot's fix put "van der
 * Plas," in the dictum; a trial of the language server). Elsewhere "van de Rijksoverheid", "de Tweede Kamer" after a
 * blank line inside an unfinished sentence are its words (a reviewer).
 */
const LOWER_START = /^(?:van|de|der|den|ten|ter|in|’t|'t)\s+(?:(?:van|de|der|den|het|ten|ter|in|’t|'t)\s+)*[\p{Lu}]/u;

/** A line that may be the rest of a slot wrapped after its "en". */
const GAAT = /^gaat\s/i;

/** "en" as the last word of a line. */
const WRAPPED_EN = /(?<![\p{L}\p{N}])en$/iu;

/**
 * The first index from which every prose line to the end (footnotes aside) is a name; `lines.length` when the last is
 * not. Read from the end once per pass (asked at every block of names: from each to the end, thousands of them took
 * seconds, the session's reviewer).
 */
function trailingNamesFrom(lines: readonly Line[]): number {
  let from = lines.length;
  while (from > 0 && (lines[from - 1]!.footnote !== undefined || (!lines[from - 1]!.marker && looksLikeName(lines[from - 1]!.content)))) from--;
  return from;
}

function restAfter(line: Line, openerLength: number): Line | undefined {
  const after = line.content.slice(openerLength);
  const skip = after.length - after.trimStart().length;
  if (after.trim() === '') return undefined;
  const from = line.contentStart + openerLength + skip;
  const piece = sliceLine(line, from);
  // Only split off what is itself a part ("gehoord de beraadslaging," after "De Kamer,"); otherwise keep one part.
  if (BERAADSLAGING.test(piece.content) || OVERWEGING.test(piece.content) || STRONG_OVERWEGING.test(piece.content) || DICTUM.test(piece.content)) return piece;
  return undefined;
}

const SOURCE_LIKE =
  /https?:\/\/|\bwww\.|\b\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+\d{4}\b|\bkamerstuk|\baanhangsel|\bnr\.\s*\d/i;

/** A line that cites a source: a link, a date, a Kamerstuk. */
function looksLikeSource(text: string): boolean {
  return SOURCE_LIKE.test(text);
}

/** Spaces before the line's first character: a nested list item is indented. */
function indentOf(masked: string, line: Line): number {
  const bol = lineStartOf(masked, line.start);
  return line.start - bol;
}

/**
 * Split the prose lines of Kamervragen into the header, numbered questions, answers, explanations and notes.
 * A question is numbered "1." (list marker) or "Vraag 1"; "Vraag 1" alone on a line takes the lines that follow.
 * Notes are the list of sources: after a "Noten" heading, published-style lines "1 BNR, …" after the questions,
 * a numbered list that starts again at 1 after the questions, or (when questions are written "Vraag 1") any
 * numbered list before the first question.
 */
export function segmentVragen(lines: Line[], masked: string): Part[] {
  const parts: Part[] = [];
  let current: Part | undefined;
  let notes = false;
  let hasVraag = false;
  // A bare number as the last line labels nothing yet: it is the next question's number being typed ("3. Wanneer?⏎⏎4").
  // Taken for a label, it made the list's questions 1 to 3 part of the header, and vragen-nummering's fix turned the
  // "4" into "1" (a staffer's trial).
  const prose = lines.filter((l) => l.footnote === undefined && !l.blockquote);
  const labels = prose.flatMap((l, i) => {
    const m = VRAAG_NUMMER.exec(l.content);
    return m && (m[1] !== undefined || i < prose.length - 1) ? [m] : [];
  });
  const vraagStyle = labels.length > 0;
  // "Vraag 3" labels: a bare number on its own line is then a note of the sources list, never a question.
  const worded = labels.some((m) => m[1] !== undefined);
  let lastNumber = 0;
  const loose = new Set<Part>();
  const push = (part: Part): Part => {
    parts.push(part);
    current = part;
    return part;
  };
  const note = (line: Line): void => {
    push(makePart('toelichting', line)).note = true;
  };
  for (const line of lines) {
    if (line.footnote !== undefined) continue;
    const text = line.content;
    hasVraag ||= current?.kind === 'vraag';
    let m: RegExpExecArray | null;
    if (line.blockquote && current) {
      extend(current, line);
    } else if ((m = VRAAG_NUMMER.exec(text)) && !(m[2] !== undefined && (worded || (hasVraag && Number(m[2]) <= lastNumber)))) {
      notes = false;
      const digits = m[1] ?? m[2]!;
      lastNumber = Number(digits);
      const numStart = line.contentStart + m[0].search(/\d/);
      const part = push(makePart('vraag', line, { start: line.contentStart, end: line.contentStart + m[0].trimEnd().length }));
      part.number = { value: Number(digits), span: { start: numStart, end: numStart + digits.length } };
    } else if (m && m[2] !== undefined) {
      // A bare number that is not a question label: the start of a note ("1" on its line, the note's text after it).
      notes = true;
      note(line);
    } else if (notes) {
      if (current?.note && !NOTE_LINE.test(text) && line.marker?.ordinal === undefined) extend(current, line);
      else note(line);
    } else if (!hasVraag && (VRAGEN_HEADER.test(text) || (HEADER_LIKE.test(text) && ADRESSAAT.test(text)))) {
      push(makePart('header', line));
    } else if (NOTES_HEADING.test(text)) {
      notes = true;
      note(line);
    } else if (line.marker?.ordinal !== undefined && !line.heading) {
      const nested = current?.kind === 'vraag' && indentOf(masked, line) >= 2;
      if (nested) {
        extend(current!, line);
      } else if (hasVraag && line.marker.ordinal === 1 && !text.includes('?') && looksLikeSource(text)) {
        notes = true;
        note(line);
      } else if (vraagStyle && !hasVraag && !text.includes('?')) {
        note(line);
      } else if (vraagStyle) {
        if (current) extend(current, line);
        else push(makePart('toelichting', line));
      } else {
        const part = push(makePart('vraag', line));
        part.opener = line.marker.span;
        part.start = line.marker.span.start;
        const digits = /\d+/.exec(masked.slice(line.marker.span.start, line.marker.span.end))!;
        const numStart = line.marker.span.start + digits.index;
        part.number = { value: line.marker.ordinal, span: { start: numStart, end: numStart + digits[0].length } };
      }
    } else if (hasVraag && line.blockStart && NOTE_LINE.test(text) && !text.includes('?')) {
      notes = true;
      note(line);
    } else if ((m = ANTWOORD.exec(text))) {
      push(makePart('antwoord', line, { start: line.contentStart, end: line.contentStart + m[0].length }));
    } else if (TOELICHTING.test(text) || line.heading) {
      push(makePart('toelichting', line));
    } else if (current && (current.kind !== 'header' || !line.blockStart) && !(line.blockStart && loose.has(current))) {
      extend(current, line);
    } else {
      // A paragraph of its own after the header (unnumbered questions, or text between them): one part each.
      loose.add(push(makePart('toelichting', line)));
    }
  }
  return finish(unnumberedQuestions(parts, masked), masked);
}

/**
 * A paragraph that asks: a "?" in it, or a question's opening ("Hoeveel ministeries slaan … op", "Bent u bereid …." —
 * written in a hurry without its mark, it was no question: not numbered, and the export joined it to the one before; a
 * staffer's trial).
 */
const asks = (text: string) => text.includes('?') || (QUESTION_START.test(text.trimStart()) && !CLAUSE_FIRST.test(text.trimStart()));

/**
 * A sentence that opens with a clause ("Wanneer de gemeente niet betaalt, sluit de opvang."): an interrogative word that
 * starts a subordinate clause, not a question (a reviewer: such context became "vraag 2", told to end in "?").
 */
const CLAUSE_FIRST = /^(?:wanneer|waar|hoe|als)\b[^,?\n]{0,200},/i;

/**
 * Kamervragen written without numbers: when no question is numbered, every paragraph after the header that asks
 * something (a '?' in its words) is a question, so the checks still run and `vragen-nummering` can number them. A
 * first draft is often a bare list of questions, without header and numbers: then every such paragraph is (it had only
 * `vragen-adressaat`'s finding, and no question was checked; a staffer's trial).
 */
function unnumberedQuestions(parts: Part[], masked: string): Part[] {
  if (parts.some((p) => p.kind === 'vraag')) return parts;
  let afterHeader = !parts.some((p) => p.kind === 'header');
  for (const p of parts) {
    if (p.kind === 'header') afterHeader = true;
    else if (afterHeader && p.kind === 'toelichting' && !p.note && p.lines[0]?.heading === undefined && !p.lines[0]?.blockquote && asks(masked.slice(p.start, p.end))) p.kind = 'vraag';
  }
  return parts;
}
