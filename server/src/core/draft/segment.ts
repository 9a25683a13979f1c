import type { Line } from './lines';
import {
  AANHEF,
  ANTWOORD,
  BERAADSLAGING,
  DICTUM,
  OVERWEGING,
  SLOT,
  SLOT_AT_START,
  TOELICHTING,
  VRAAG_NUMMER,
  VRAGEN_HEADER,
} from './openers';
import type { Part, PartKind } from './types';

/** A piece of a line starting at `from` (used when one line holds two parts, e.g. the dictum and the slot). */
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

const TRAILING_REFS = /(?:\s*(?:\[\^[^\]\s]+\]|\[@[^\]]*\]|<sup>\s*\d+\s*<\/sup>|[¹²³⁴⁵⁶⁷⁸⁹⁰]+))+\s*$/;
const GLUED_NOTE = /([?.;,!:])\d{1,2}$/;

/** End of the words of a span: before trailing footnote references, citations and glued note numbers. */
export function wordsEnd(masked: string, start: number, end: number): number {
  let s = masked.slice(start, end).trimEnd();
  s = s.replace(TRAILING_REFS, '');
  const g = GLUED_NOTE.exec(s);
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

function finish(parts: Part[], masked: string): Part[] {
  for (const p of parts) p.wordsEnd = wordsEnd(masked, p.start, p.end);
  return parts;
}

/**
 * Split the prose lines of a motie into parts. Tolerant: openers in any case, after list markers, several parts on
 * one line ("De Kamer, gehoord de beraadslaging,"), continuation lines joined to the part they continue.
 */
export function segmentMotie(lines: Line[], masked: string): Part[] {
  const parts: Part[] = [];
  let current: Part | undefined;
  let phase: 'kop' | 'body' | 'slot' = 'kop';

  const open = (kind: PartKind, line: Line, openerLength: number) => {
    current = makePart(kind, line, { start: line.contentStart, end: line.contentStart + openerLength });
    parts.push(current);
  };

  for (const original of lines) {
    if (original.footnote !== undefined) continue;
    let line: Line | undefined = original;
    while (line) {
      const text = line.content;
      let rest: Line | undefined;
      let m: RegExpExecArray | null;
      if (phase === 'slot') {
        const slotAgain = SLOT_AT_START.exec(text);
        if (slotAgain) open('slot', line, slotAgain[0].length);
        else if (line.blockStart || current?.kind !== 'indiener') open('indiener', line, 0);
        else extend(current, line);
        break;
      }
      if ((m = AANHEF.exec(text)) && (phase === 'kop' || !parts.some((p) => p.kind === 'aanhef'))) {
        open('aanhef', line, m[0].length);
        phase = 'body';
        rest = restAfter(line, m[0].length);
      } else if ((m = BERAADSLAGING.exec(text))) {
        open('beraadslaging', line, m[0].length);
        phase = 'body';
        rest = restAfter(line, m[0].length);
      } else if ((m = SLOT_AT_START.exec(text))) {
        open('slot', line, m[0].length);
        phase = 'slot';
        rest = restAfter(line, m[0].length);
      } else if ((m = OVERWEGING.exec(text))) {
        open('overweging', line, m[0].length);
        phase = 'body';
      } else if ((m = DICTUM.exec(text))) {
        open('dictum', line, m[0].length);
        phase = 'body';
      } else if (phase === 'body' && current?.kind === 'dictum' && line.blockStart && looksLikeName(text) && /[,.;]$/.test(masked.slice(current.start, wordsEnd(masked, current.start, current.end)))) {
        // Names after a closed dictum: the indieners of a motie whose slot is missing.
        phase = 'slot';
        open('indiener', line, 0);
      } else if (phase === 'kop' || !current) {
        if (current?.kind === 'kop' && !line.blockStart && !line.heading) extend(current, line);
        else open('kop', line, 0);
      } else {
        extend(current, line);
      }
      // The slot often follows the dictum on the same line: "… te geven, en gaat over tot de orde van de dag."
      if (!rest && current && current.kind !== 'slot' && current.kind !== 'kop') {
        const inner = SLOT.exec(line.content);
        if (inner && inner.index > 0) {
          const at = line.contentStart + inner.index + (inner[0].length - inner[0].trimStart().length);
          const slotStart = masked.slice(at).search(/\S/) + at;
          current.end = wordsEnd(masked, current.start, slotStart);
          current.lines[current.lines.length - 1] = sliceLine(line, line.contentStart, current.end);
          rest = sliceLine(line, slotStart);
        }
      }
      line = rest;
    }
  }
  return finish(parts, masked);
}

/** "De Vries", "Van der Molen", "Verhoeven c.s.", "Kathmann (GL-PvdA)": a short line of capitalised name words. */
const NAME = /^(?:[\p{Lu}][\p{L}’'.-]*|van|de|der|den|het|ten|ter|in|’t|'t|el|c\.s\.|\([^)]{1,20}\))(?:\s+(?:[\p{Lu}][\p{L}’'.-]*|van|de|der|den|het|ten|ter|in|’t|'t|el|c\.s\.|\([^)]{1,20}\)))*$/u;
export function looksLikeName(text: string): boolean {
  const t = text.trim();
  return t.split(/\s+/).length <= 6 && NAME.test(t) && /^[\p{Lu}]/u.test(t);
}

function restAfter(line: Line, openerLength: number): Line | undefined {
  const after = line.content.slice(openerLength);
  const skip = after.length - after.trimStart().length;
  if (after.trim() === '') return undefined;
  const from = line.contentStart + openerLength + skip;
  const piece = sliceLine(line, from);
  // Only split off what is itself a part ("gehoord de beraadslaging," after "De Kamer,"); otherwise keep one part.
  if (BERAADSLAGING.test(piece.content) || OVERWEGING.test(piece.content) || DICTUM.test(piece.content)) return piece;
  return undefined;
}

/**
 * Split the prose lines of Kamervragen into the header, numbered questions, answers and trailing notes.
 * A question is numbered "1." (list marker) or "Vraag 1"; "Vraag 1" alone on a line takes the lines that follow.
 */
export function segmentVragen(lines: Line[], masked: string): Part[] {
  const parts: Part[] = [];
  let current: Part | undefined;
  for (const line of lines) {
    if (line.footnote !== undefined) continue;
    const text = line.content;
    let m: RegExpExecArray | null;
    if (!parts.some((p) => p.kind === 'vraag') && VRAGEN_HEADER.test(text)) {
      current = makePart('header', line);
      parts.push(current);
    } else if ((m = VRAAG_NUMMER.exec(text))) {
      const value = Number(m[1]);
      const numStart = line.contentStart + m[0].search(/\d/);
      current = makePart('vraag', line, { start: line.contentStart, end: line.contentStart + m[0].trimEnd().length });
      current.number = { value, span: { start: numStart, end: numStart + m[1]!.length } };
      parts.push(current);
    } else if (line.marker?.ordinal !== undefined && !line.heading) {
      current = makePart('vraag', line);
      current.opener = line.marker.span;
      current.start = line.marker.span.start;
      const digits = /\d+/.exec(masked.slice(line.marker.span.start, line.marker.span.end))!;
      const numStart = line.marker.span.start + digits.index;
      current.number = { value: line.marker.ordinal, span: { start: numStart, end: numStart + digits[0].length } };
      parts.push(current);
    } else if ((m = ANTWOORD.exec(text))) {
      current = makePart('antwoord', line, { start: line.contentStart, end: line.contentStart + m[0].length });
      parts.push(current);
    } else if (TOELICHTING.test(text) || line.heading) {
      current = makePart('toelichting', line);
      parts.push(current);
    } else if (current && (current.kind !== 'header' || !line.blockStart)) {
      extend(current, line);
    } else {
      current = makePart('toelichting', line);
      parts.push(current);
    }
  }
  return finish(parts, masked);
}
