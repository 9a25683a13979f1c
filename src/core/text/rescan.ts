import type { Span } from '../types';
import { firstStartingAt } from './positions';
import type { VersionAgreement } from './agreement';

const startOf = (s: Span) => s.start;

/**
 * The matches of a global pattern over a new version of a text, from the matches over the previous version: only the
 * stretch around what changed is scanned again, as an incremental lexer re-lexes around an edit. The result equals a
 * scan of the whole text from its start (`pattern.exec` from index 0 on, each search from the end of the last match)
 * whenever no match, nor any attempt at one, reads further than its `Reach` (test/unit/text/rescan.test.ts holds the
 * two to each other on random edits).
 *
 * Why that is exact. Before the change (the versions agree on `prefix` characters), a match that ends before the
 * reach of the change is the same match in both versions, and so is every search that led to it: a match that starts
 * earlier and reads the changed text would read further than its reach. So is a search that found nothing there: the
 * new scan starts at the reach before the change (or at the first previous match that reaches closer to it). After
 * the change (they agree on `suffix` characters), once the new scan searches from a place past the change (by the
 * reach: a lookbehind reads back) where the previous scan was searching too (no previous match spans it), both find the
 * same next match, shifted by the difference in length, and so every match after it.
 */

/**
 * How far a match of a pattern, or an attempt at one, reads from where it starts: at most a number of characters
 * (with the lookarounds: one character back, a few ahead), or (`lines`) to the end of its line and that many lines more,
 * without a lookbehind (`[^\n]*` stops at a line break: `\[[^\]\n]*\]`, a blank line `\n[ \t\r]*\n` reads one line more).
 */
export type Reach = number | { lines: number };


/** One match as the caller keeps it: its span and what it made of the match. */
export type Scanned<T> = Span & { value: T };

/** Every match of `pattern` (global) in `text`, as a scan from the start finds them. */
export function scanAll<T>(text: string, pattern: RegExp, make: (m: RegExpExecArray) => T): Scanned<T>[] {
  return scanFrom(text, pattern, make, 0, text.length, undefined);
}

/**
 * The matches of `pattern` in `text`, reusing `previous` (its matches over the previous version) where `agree` says
 * the versions are the same. Without a previous scan, the whole text is scanned.
 */
export function rescan<T>(
  text: string,
  pattern: RegExp,
  make: (m: RegExpExecArray) => T,
  reach: Reach,
  previous?: { found: readonly Scanned<T>[]; agree: VersionAgreement },
): Scanned<T>[] {
  if (!previous) return scanAll(text, pattern, make);
  const { found: old, agree } = previous;
  const { delta } = agree;
  const oldLength = text.length - delta;
  if (agree.prefix + agree.suffix > Math.min(text.length, oldLength)) return scanAll(text, pattern, make);
  // Before the change: the previous matches that end where no attempt reads as far as it.
  const keepBefore = readsUpTo(text, agree.prefix, reach);
  let kept = 0;
  while (kept < old.length && old[kept]!.end <= keepBefore) kept++;
  const out: Scanned<T>[] = old.slice(0, kept);
  // The previous scan searched on from the last kept match's end and found nothing before its next match; up to
  // `keepBefore` what a search there reads is the same in the new text, so the new scan starts at the first of the two.
  let from = Math.max(kept > 0 ? after(old[kept - 1]!) : 0, Math.min(old[kept]?.start ?? keepBefore, keepBefore));
  // After the change: past its end (in the new text) by what a lookbehind reads, moved on past any previous match that
  // spans the place.
  let resume = text.length - agree.suffix + (typeof reach === 'number' ? reach : 0);
  for (;;) {
    resume = clearOf(old, resume, delta);
    if (resume >= text.length) return scanFrom(text, pattern, make, from, text.length, out);
    // Every match of the new scan that starts before `resume` (none reads past `limit`).
    const limit = readLimit(text, resume, reach);
    const before = out.length;
    scanFrom(text, pattern, make, from, resume, out, limit);
    if (out.length > before) from = Math.max(from, after(out[out.length - 1]!));
    // A new match that runs past `resume`: the scan goes on from its end, which the previous scan must search too.
    if (from > resume) {
      resume = from;
      continue;
    }
    // Both scans search from `resume` on: the previous matches from there, moved by `delta`.
    for (let i = firstStartingAt(old, startOf, resume - delta); i < old.length; i++) out.push(shifted(old[i]!, delta));
    return out;
  }
}

/** The first place from which no attempt at a match reads as far as `at` (attempts that start before it may). */
function readsUpTo(text: string, at: number, reach: Reach): number {
  if (typeof reach === 'number') return at - reach;
  // The start of the line `at` is in, and `lines` lines before it.
  let start = text.lastIndexOf('\n', at - 1) + 1;
  for (let k = 0; k < reach.lines && start > 0; k++) start = start >= 2 ? text.lastIndexOf('\n', start - 2) + 1 : 0;
  return start;
}

/** Where the text may be cut for attempts that start before `at`: none reads that far. */
function readLimit(text: string, at: number, reach: Reach): number {
  if (typeof reach === 'number') return Math.min(text.length, at + reach);
  // The end of the line of `at - 1` and `lines` more, with its line break and one character to spare.
  let end = at - 2;
  for (let k = 0; k <= reach.lines; k++) {
    const next = text.indexOf('\n', end + 1);
    if (next < 0) return text.length;
    end = next;
  }
  return Math.min(text.length, end + 2);
}

/** Where a scan searches on after a match: its end, or the next character after an empty match. */
function after(s: Span): number {
  return s.end === s.start ? s.end + 1 : s.end;
}

/** The first place at or after `at` (new text) that no previous match spans, as `at - delta` in the previous text. */
function clearOf<T>(old: readonly Scanned<T>[], at: number, delta: number): number {
  for (;;) {
    const i = firstStartingAt(old, startOf, at - delta) - 1;
    const spanning = old[i];
    if (!spanning || spanning.end <= at - delta) return at;
    at = spanning.end + delta;
  }
}

/**
 * Scan `text` from `from` for matches that start before `until`, appending them to `out`. `limit`: the scan reads the
 * text only up to there (a slice, so that a search for a match that is not there stops); a match must then end with
 * room for its lookarounds before it, which `reach` gives.
 */
function scanFrom<T>(text: string, pattern: RegExp, make: (m: RegExpExecArray) => T, from: number, until: number, out: Scanned<T>[] = [], limit = text.length): Scanned<T>[] {
  // One character before `from` too, for a lookbehind; the window's offsets are moved back to the text's.
  const base = Math.max(0, from - 1);
  const window = base === 0 && limit === text.length ? text : text.slice(base, limit);
  pattern.lastIndex = from - base;
  for (let m = pattern.exec(window); m; m = pattern.exec(window)) {
    const start = m.index + base;
    if (start >= until) break;
    out.push({ start, end: start + m[0].length, value: make(m) });
    // An empty match would never move on.
    if (m[0].length === 0) pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return out;
}

function shifted<T>(s: Scanned<T>, delta: number): Scanned<T> {
  return delta === 0 ? s : { start: s.start + delta, end: s.end + delta, value: s.value };
}
