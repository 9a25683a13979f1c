import type { Draft, Part } from './types';
import type { Span } from '../types';
import { firstStartingAt } from '../text/positions';
import { ObjectMemo } from '../text/objectMemo';
import type { Agreement, VersionAgreement } from '../text/agreement';
import { blankedAgreement } from '../text/blanked';

/*
 * What a draft shares with the previous version of the same document. A keystroke changes a few characters; every
 * part and paragraph outside them is the same text at the same or a shifted place. Work keyed by a part's text (the
 * part-scoped rules' keys, the citation units) takes the previous version's result for such a part instead of slicing
 * and hashing its text again: the result is equal by construction, and the strings are the same objects, so the maps
 * that hold them compare pointers. Nothing depends on the reuse for its correctness: without a prior version every
 * value is computed afresh (`test/unit/incremental.property.test.ts` holds both to a full analysis).
 *
 * The prior version is kept only while the draft is checked (`checkText` drops it): the previous parts' lines are
 * views of the previous text. Nothing kept per part may reach a `Draft`: the next version's prior keeps this version's
 * parts, and a draft reachable from a part would keep every earlier version (`test/unit/versionMemory.test.ts`).
 */

/** How a draft relates to the previous version of its document. */
export interface PriorVersion {
  /** This version's length minus the previous one's (text, masked text and own words have the same length). */
  delta: number;
  /** Text, masked text and own words all equal (the least of the three agreements). */
  all: Agreement;
  /** The previous version's parts, in order (by start). */
  parts: readonly Part[];
  /**
   * `priorIndex` of this version's parts by their index, once per part (part keys, citation units and `perPart` all
   * ask): `UNASKED`, -1 for none. Made on first use. An array, not a map by part: a keystroke asks for every part.
   */
  matched?: Int32Array;
}

const UNASKED = -2;

/**
 * The prior version of `draft`, from the previous draft of the same document and where their masked texts agree (never
 * wider than where their texts do): the own words agree where the masked texts do and both blank the same stretches.
 */
export function priorVersion(previous: Draft, draft: Draft, masked: Agreement): PriorVersion {
  return { delta: draft.text.length - previous.text.length, all: blankedAgreement(previous.ownWords, draft.ownWords, masked), parts: previous.parts };
}

/** Where text, masked text and own words agree with the previous version, with the change in length (for `rescan`). */
export function priorAgreement(prior: PriorVersion): VersionAgreement {
  return { prefix: prior.all.prefix, suffix: prior.all.suffix, delta: prior.delta };
}

/** The index in the previous version's parts of the first that starts at `start`, or -1. */
export function priorIndexAt(prior: PriorVersion, start: number): number {
  const at = firstStartingAt(prior.parts, partStart, start);
  return prior.parts[at]?.start === start ? at : -1;
}

const partStart = (p: Part) => p.start;

/**
 * Where in the previous version the range `from`–`to` of this version had the same text, masked text and own words:
 * its start there, or undefined when the range touches what changed.
 */
export function priorStart(draft: Draft, from: number, to: number): number | undefined {
  const prior = draft.prior;
  if (!prior) return undefined;
  if (to <= prior.all.prefix) return from;
  if (from >= draft.text.length - prior.all.suffix) return from - prior.delta;
  return undefined;
}

/** How many characters around a part what is kept per part may read (a struck hedge looks 40 back). */
const PART_MARGIN = 64;

/**
 * A part's text with its margin: what is kept per part depends on nothing else of the text. The end is not cut at the
 * text's end (a slice is): a range past the end lies in no agreed prefix, and is taken for unchanged only where both
 * versions end with the same characters (the agreed suffix).
 */
export function partReach(part: Part): Span {
  const from = Math.max(0, Math.min(part.start, part.lines[0]?.start ?? part.start) - PART_MARGIN);
  return { start: from, end: Math.max(part.end, part.lines.at(-1)?.end ?? part.end) + PART_MARGIN };
}

const shapes = new ObjectMemo<Part, string>();

/**
 * A part's shape relative to its start: kind, note flag, opener, number, end of words and its lines (line numbers
 * left out: a line break typed above moves them). Two parts with the same shape and the same text around them are the
 * same part for every rule.
 */
export function partShape(part: Part): string {
  let shape = shapes.get(part);
  if (shape !== undefined) return shape;
  const at = part.start;
  const rel = (s: Span | undefined) => (s ? `${s.start - at},${s.end - at}` : '');
  const lines = part.lines.map((l) => `${rel(l)},${l.contentStart - at},${l.blockStart ? 1 : 0}${l.blockquote ? 'q' : ''}${l.heading ?? ''}${l.footnote === undefined ? '' : `^${l.footnote}`}${l.marker ? `m${rel(l.marker.span)},${l.marker.ordinal ?? ''}` : ''}`);
  shape = `${part.kind}|${part.note ? 1 : 0}|${rel(part.opener)}|${part.number ? `${part.number.value}@${rel(part.number.span)}` : ''}|${part.wordsEnd - at}|${lines.join(';')}`;
  shapes.set(part, shape);
  return shape;
}

/**
 * The index in the previous version's parts of this version's part `index` (the same shape, and the same text, masked
 * text and own words over the part and its margin), or -1: for a part the edit touched, and for every part of a first
 * version.
 */
export function priorIndex(draft: Draft, index: number): number {
  const prior = draft.prior;
  if (!prior) return -1;
  const matched = (prior.matched ??= new Int32Array(draft.parts.length).fill(UNASKED));
  let at = matched[index];
  if (at === undefined) return findPrior(draft, prior, draft.parts[index]!);
  if (at === UNASKED) matched[index] = at = findPrior(draft, prior, draft.parts[index]!);
  return at;
}

function findPrior(draft: Draft, prior: PriorVersion, part: Part): number {
  const reach = partReach(part);
  const from = priorStart(draft, reach.start, reach.end);
  const at = from === undefined ? -1 : priorIndexAt(prior, part.start - (reach.start - from));
  const old = prior.parts[at];
  // The same margin before it too (a part near the start may have less room before it than it had).
  return old && partReach(old).start - old.start === reach.start - part.start && sameShape(old, part) ? at : -1;
}

/** `partShape(a) === partShape(b)`, without building either (a test holds the two to each other). */
export function sameShape(a: Part, b: Part): boolean {
  const x = a.start;
  const y = b.start;
  const same = (s: Span | undefined, t: Span | undefined) => (s && t ? s.start - x === t.start - y && s.end - x === t.end - y : s === t);
  if (a.kind !== b.kind || !!a.note !== !!b.note || !same(a.opener, b.opener) || a.wordsEnd - x !== b.wordsEnd - y) return false;
  if (a.number?.value !== b.number?.value || !same(a.number?.span, b.number?.span) || a.lines.length !== b.lines.length) return false;
  for (let i = 0; i < a.lines.length; i++) {
    const l = a.lines[i]!;
    const m = b.lines[i]!;
    if (!same(l, m) || l.contentStart - x !== m.contentStart - y || l.blockStart !== m.blockStart || !!l.blockquote !== !!m.blockquote) return false;
    if (l.heading !== m.heading || l.footnote !== m.footnote || !same(l.marker?.span, m.marker?.span) || l.marker?.ordinal !== m.marker?.ordinal) return false;
  }
  return true;
}

/**
 * A value of the whole version, once per version, that the next version computes from this one's (a scan of the
 * masked text that scans again only around the edit, `rescan`): `compute` gets the previous version's value, if it
 * was computed. Kept by the version's parts, which the next version's prior names. The value must not reach a `Draft`
 * (see the top of this file).
 */
export function perVersion<T>(compute: (draft: Draft, before: T | undefined) => T): (draft: Draft) => T {
  const byVersion = new ObjectMemo<readonly Part[], { value: T }>();
  return (draft) => {
    const known = byVersion.get(draft.parts);
    if (known) return known.value;
    const before = draft.prior && byVersion.get(draft.prior.parts);
    return byVersion.set(draft.parts, { value: compute(draft, before?.value) }).value;
  };
}

/**
 * A value computed from one part alone (its shape and its text, masked text and own words with the margin), kept for
 * the same part of the next version (`priorIndex`): after a keystroke only the edited part is computed again. The
 * value must not reach a `Draft` (see the top of this file).
 *
 * Kept by version, in the order of its parts (one array per version, filled as its parts are asked for): the next
 * version finds an unchanged part's value by index (`priorIndex`), and no part gets a memo of its own (a property
 * defined on every part of every version, for every question of a long set of Kamervragen on every keystroke).
 */
export function perPart<T>(compute: (draft: Draft, part: Part) => T): (draft: Draft, part: Part) => T {
  const byVersion = new ObjectMemo<readonly Part[], ({ value: T } | undefined)[]>();
  return (draft, part) => {
    const index = firstStartingAt(draft.parts, partStart, part.start);
    // A part that is not one of the draft's own (none today): computed, not kept.
    if (draft.parts[index] !== part) return compute(draft, part);
    let values = byVersion.get(draft.parts);
    if (!values) byVersion.set(draft.parts, (values = new Array(draft.parts.length)));
    let hit = values[index];
    if (!hit) {
      const at = priorIndex(draft, index);
      hit = (at >= 0 ? byVersion.get(draft.prior!.parts)?.[at] : undefined) ?? { value: compute(draft, part) };
      values[index] = hit;
    }
    return hit.value;
  };
}
