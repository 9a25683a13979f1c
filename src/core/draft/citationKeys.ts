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
 * wrote it as it stood (a staffer's trial). The words before the "@" hold no "@" and none after it a "]" before the next
 * "[" or the line's end: each match looks ahead only as far as the next bracket.
 */
const OPEN_GROUP_KEY = new RegExp(`\\[[^\\[\\]\\n@]*@(${DRAFT_KEY_PATTERN})(?![^\\[\\]\\n]*\\])`, 'g');

const openKeys = new ObjectMemo<Draft, { key: string; start: number; end: number }[]>();

/** Keys in citation groups left open on their line, with where they stand (from the "@"); once per version. */
export function openCitationKeys(draft: Draft): readonly { key: string; start: number; end: number }[] {
  let found = openKeys.get(draft);
  if (!found) {
    found = [...draft.lines.masked.matchAll(OPEN_GROUP_KEY)].map((m) => {
      const start = m.index + m[0].length - m[1]!.length - 1;
      return { key: m[1]!, start, end: start + 1 + m[1]!.length };
    });
    openKeys.set(draft, found);
  }
  return found;
}
