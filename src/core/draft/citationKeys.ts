import { CITATION_GROUP_PATTERN, DRAFT_KEY_PATTERN, KEY_IN_GROUP_PATTERN } from '../corpus/citationKey';
import type { CitationRef, Draft } from './types';
import { detached } from '../text/detach';
import { ObjectMemo } from '../text/objectMemo';
import type { VersionAgreement } from '../text/agreement';
import { rescan, type Scanned } from '../text/rescan';

const GROUP = new RegExp(CITATION_GROUP_PATTERN, 'g');
/** A key inside a group (`<corpus>:<id>`; a plain `@key` without a corpus is also read), after a separator. */
const KEY_IN_GROUP = new RegExp(KEY_IN_GROUP_PATTERN, 'g');

/** A citation group as a scan keeps it: the keys in it, relative to the group's start (`rescan`). */
type Group = { keys: { start: number; end: number; key: string }[] };

/** The citation groups a version's scan found, for the next version's `findCitations`. */
export type CitationScan = readonly Scanned<Group>[];

/**
 * Pandoc-style citations in bracket groups: `[@ca2026:nederlandse-digitale-dienst]`, `[@a; @b]`,
 * `[zie @ca2021:algoritmeregister, p. 8]`. Keys inside footnote definitions are read the same way. With the previous
 * version's scan and where the two versions agree, only the lines around the change are scanned again (a group never
 * crosses a line break).
 */
export function findCitations(masked: string, previous?: { scan: CitationScan; agree: VersionAgreement }): { citations: CitationRef[]; scan: CitationScan } {
  const scan = rescan(masked, GROUP, groupOf, { lines: 0 }, previous && { found: previous.scan, agree: previous.agree });
  const citations: CitationRef[] = [];
  for (const g of scan) {
    const group = { start: g.start, end: g.end };
    for (const k of g.value.keys) citations.push({ start: g.start + k.start, end: g.start + k.end, key: k.key, group });
  }
  return { citations, scan };
}

function groupOf(g: RegExpExecArray): Group {
  const inner = g[1]!;
  const keys: Group['keys'] = [];
  for (const k of inner.matchAll(KEY_IN_GROUP)) {
    const at = 1 + k.index + k[1]!.length; // at the '@'
    // Kept for later versions: the key as a copy, not a view of this version's text (see `detached`).
    keys.push({ start: at, end: at + 1 + k[2]!.length, key: detached(k[2]!) });
  }
  return { keys };
}

/**
 * A key after "[" whose group is not closed on its line ("[@ca2026:krijgsmacht-122000-mensen, …", "[@ca2026:…daarvan"):
 * no citation (a group closes with "]"), so nothing judged it, a "Citeer" fix put a second key beside it, and the export
 * wrote it as it stood (a staffer's trial). The words before the "@" hold no "@"; the key is taken whole (a lookahead
 * and its backreference: a key the lookahead after it could give back character by character made a line of 250,000
 * characters take seconds; a reviewer); after it no "]" before the next "[" or the line's end.
 */
const OPEN_GROUP_KEY = new RegExp(`\\[[^\\[\\]\\n@]*@(?=(${DRAFT_KEY_PATTERN}))\\1(?![^\\[\\]\\n]*\\])`, 'g');

/** A key in a group left open; `join`, for a group wrapped onto the next line: what joins the two lines. */
export interface OpenKey {
  key: string;
  start: number;
  end: number;
  join?: { start: number; end: number };
}

const openKeys = new ObjectMemo<Draft, OpenKey[]>();

/**
 * Keys in citation groups left open, with where they stand (from the "@"); once per version. A group wrapped onto the
 * next line of its paragraph ("[@a;⏎@b]") is open too — a group is read on one line, so its keys are not checked and
 * the export wrote them as they stand — but its fix joins the two lines (`join`: the line break and the indentation
 * after it), not a "]" after its first key, which left a stray "]" (reviewers). Each line is looked at once.
 */
export function openCitationKeys(draft: Draft): readonly OpenKey[] {
  let found = openKeys.get(draft);
  if (found) return found;
  const masked = draft.lines.masked;
  const closesOnNextLine = new Map<number, { start: number; end: number } | null>();
  const wrapped = (at: number): { start: number; end: number } | null => {
    const eol = masked.indexOf('\n', at);
    if (eol < 0) return null;
    let known = closesOnNextLine.get(eol);
    if (known === undefined) {
      const next = masked.indexOf('\n', eol + 1);
      const line = masked.slice(eol + 1, next < 0 ? masked.length : next);
      const close = line.indexOf(']');
      const open = line.indexOf('[');
      const indent = line.length - line.trimStart().length;
      known = line.trim() !== '' && close >= 0 && (open < 0 || close < open) ? { start: eol, end: eol + 1 + indent } : null;
      closesOnNextLine.set(eol, known);
    }
    return known;
  };
  found = [];
  for (const m of masked.matchAll(OPEN_GROUP_KEY)) {
    const start = m.index + m[0].length - m[1]!.length - 1;
    const join = wrapped(m.index + m[0].length);
    found.push({ key: m[1]!, start, end: start + 1 + m[1]!.length, ...(join ? { join } : {}) });
  }
  return openKeys.set(draft, found);
}
