import type { Draft } from '../../draft/types';
import type { Span } from '../../types';
import type { ExportRun } from './types';
import { ObjectMemo } from '../../text/objectMemo';
import { FOOTNOTE_REFERENCE } from '../../markdown/lines';

/** What a citation key or a footnote marker becomes in the exported text: a note's number, or nothing (dropped). */
export interface NoteResolver {
  /** The keys of one citation group `[@a; @b]`, in order; the numbers of their notes, or [] to drop the group. */
  citation(keys: string[]): number[];
  /** A Markdown footnote marker `[^label]`. */
  footnote(label: string): number | undefined;
  /** The number in the export of note `n` of a published-style list (numbered in reading order with the others). */
  listed?(n: number): number;
}

type Marker = Span & { kind: 'citation'; keys: string[] } | Span & { kind: 'footnote'; label: string };

/** Citation groups and footnote markers of the draft, in document order (one entry per group). */
function markers(draft: Draft): Marker[] {
  const groups = new Map<number, Marker & { kind: 'citation' }>();
  for (const c of draft.citations) {
    const g = groups.get(c.group.start) ?? { kind: 'citation' as const, start: c.group.start, end: c.group.end, keys: [] };
    g.keys.push(c.key);
    groups.set(c.group.start, g);
  }
  const notes = draft.lines.footnoteReferences.map((r) => ({ kind: 'footnote' as const, start: r.span.start, end: r.span.end, label: r.label }));
  return [...groups.values(), ...notes].sort((a, b) => a.start - b.start);
}

// Once per draft: every part asks.
const markerCache = new ObjectMemo<Draft, Marker[]>();

/**
 * The runs of the given pieces of the draft (line pieces of one part, or a footnote's content): the words as written
 * with Markdown's inline syntax removed, comments and code left out (the masked text), citation groups and footnote
 * markers turned into note markers or dropped, whitespace (line wraps) folded to single spaces.
 */
export function runsOf(draft: Draft, pieces: readonly Span[], resolve: NoteResolver): ExportRun[] {
  let all = markerCache.get(draft);
  if (!all) markerCache.set(draft, (all = markers(draft)));
  const runs: ExportRun[] = [];
  const words = (text: string) => runs.push({ text });
  for (const piece of pieces) {
    let at = piece.start;
    for (const m of all) {
      if (m.start < piece.start || m.end > piece.end) continue;
      words(draft.lines.masked.slice(at, m.start));
      const numbers = m.kind === 'citation' ? resolve.citation(m.keys) : [resolve.footnote(m.label)].filter((n) => n !== undefined);
      // A key takes the space before it along: "autonomie [@ca2026:x];" reads "autonomie;" or "autonomie[1];".
      trimLastRun(runs);
      for (const note of numbers) runs.push({ note });
      at = m.end;
    }
    words(withoutClosingEmphasis(draft.lines.masked.slice(at, piece.end)));
    words(' ');
  }
  return tidy(runs);
}

/**
 * A line's words start after its opening emphasis (`contentStart`), so "**Motie van …**" leaves a closing mark without
 * its pair at the end: drop it there, and only when it has no pair in the piece.
 */
function withoutClosingEmphasis(text: string): string {
  const m = /(?<=\S)(\*{1,3}|_{1,3})\s*$/.exec(text);
  if (!m) return text;
  const pairs = text.slice(0, m.index).split(m[1]!).length - 1;
  return pairs % 2 === 0 ? text.slice(0, m.index) : text;
}

function trimLastRun(runs: ExportRun[]): void {
  const last = runs[runs.length - 1];
  if (last && 'text' in last) last.text = last.text.trimEnd();
}

/** A footnote marker, not a definition's label. */
const MARKER = new RegExp(`${FOOTNOTE_REFERENCE}(?!:)`, 'g');

/** Plain words of inline Markdown: links as their text (and address), emphasis and escapes removed. */
export function plainInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g, (_, label: string, url: string) => (label.trim() === url ? url : `${label} (${url})`))
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    // Markup with a namespace, which Markdown does not read as HTML: Word's "<o:p></o:p>" pasted along.
    .replace(/<\/?(?!mailto:)[A-Za-z]+:[A-Za-z][\w-]*[^<>]*>/g, '')
    // A footnote marker without a note (the voetnoten rule reports it): nothing to number.
    .replace(MARKER, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[\s(“‘«"'])[*_](?=\S)([^*_]*?\S)[*_](?=$|[\s).,;:!?”’»"'])/g, '$1$2')
    .replace(/^[*_]+|(?<=\S)[*_]+$/g, '')
    // Any ASCII punctuation may be escaped ("10\%", "\#3", "\<gemeente\>"; a staffer's trial: the backslash stayed).
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Join word runs, fold whitespace, drop what is empty, trim the ends. */
function tidy(runs: ExportRun[]): ExportRun[] {
  const joined: ExportRun[] = [];
  for (const r of runs) {
    const last = joined[joined.length - 1];
    if ('text' in r && last && 'text' in last) last.text += r.text;
    else joined.push('text' in r ? { text: r.text } : r);
  }
  const out: ExportRun[] = [];
  for (const r of joined) {
    if (!('text' in r)) {
      out.push(r);
      continue;
    }
    const text = plainInline(r.text.replace(/\s+/g, ' '));
    if (text !== '') out.push({ text });
  }
  const first = out[0];
  if (first && 'text' in first) first.text = first.text.trimStart();
  const last = out[out.length - 1];
  if (last && 'text' in last) last.text = last.text.trimEnd();
  return out.filter((r) => !('text' in r) || r.text !== '');
}

/** The words of runs without their note markers: what the prose says. */
export function runsText(runs: readonly ExportRun[]): string {
  return runs.map((r) => ('text' in r ? r.text : '')).join('');
}
