import type { Draft, Part } from '../draft/types';
import type { Localized, Span } from '../types';
import type { FixSpec, Report, Rule } from './types';
import type { CheckContext } from './context';
import type { Steps } from '../steps';
import { partReach, partShape, perVersion, priorIndex } from '../draft/prior';
import { detached } from '../text/detach';
import { ObjectMemo } from '../text/objectMemo';

/*
 * Rules declare how far their findings reach (`Rule.scope`). A part-scoped rule's findings inside a part follow from
 * that part and the text right around it, so between two versions of a document they are reused for every part whose
 * text and shape did not change, at the part's new place. Everything document-wide (the kind, the date, the agreement
 * in force, one suggestion per commitment, footnotes across parts, question numbering) lives in document-scoped rules,
 * which run on every version; `test/unit/incremental.property.test.ts` holds both to a full analysis. A part-scoped
 * rule may read document-wide lists (the quotations) only where what it reads shows in the part's key: a quotation
 * that opens before the margin still blanks the part's own words, which the key holds.
 */

/**
 * The reports of part-scoped rules for one document, by rule and part, offsets relative to the part's start. One store
 * serves the document's versions one after the other: a version adds the reports of its new parts and finds those of
 * its unchanged parts under the same keys, so a keystroke adds one entry per rule instead of filling a new map with
 * every part's (a map per rule per keystroke was a tenth of what a keystroke allocated in a 50 kB motie). Keys no
 * version holds any more are let go once they are as many as the parts (`prune`). Equal keys give equal reports
 * whatever the version, so an analysis abandoned half-way leaves nothing wrong behind.
 */
export interface PartReports {
  /** The generation of the settings and data they were computed under; another generation starts afresh. */
  generation: number;
  /**
   * By rule and severity, then by part key (`partKeys`): where a part's reports are found when the previous version
   * did not have it at its index (an undo, an abandoned version, a part equal to another). Two levels, so that each
   * part's long key is one string shared by every rule's map, never joined to a rule's id.
   */
  byRule: Map<string, Map<string, Report[]>>;
  /**
   * By version (its parts) and rule, each part's reports in the order of the parts: the next version takes those of
   * its unchanged parts by index (`priorIndex`), without a lookup by key (a hash of each part's key, per rule and
   * keystroke, was most of what reusing them cost).
   */
  byVersion: ObjectMemo<readonly Part[], Map<string, Report[][]>>;
}

/** An empty store of part reports, for one document. */
export function createPartReports(generation: number): PartReports {
  return { generation, byRule: new Map(), byVersion: new ObjectMemo() };
}

/**
 * The keys of a version's parts, in the order of its parts (the next version reads its unchanged parts' keys here).
 * What a part-scoped rule may read of each part, as a key: its shape (`partShape`: kind, note flag, opener, number and
 * lines relative to its start) and the text, the masked text and the member's own words over the part and a margin
 * around it (`partReach`). Equal keys give equal reports. A part the keystroke did not touch has the previous
 * version's key, the same string object (`priorIndex`): the maps of reports find it without hashing it again.
 */
export const partKeys: (draft: Draft) => readonly string[] = perVersion((draft, before: readonly string[] | undefined) =>
  draft.parts.map((part, i) => {
    const at = before ? priorIndex(draft, i) : -1;
    return at >= 0 ? before![at]! : keyOf(draft, part);
  }),
);

function keyOf(draft: Draft, part: Part): string {
  const { start: from, end: to } = partReach(part);
  const text = draft.text.slice(from, to);
  const masked = draft.lines.masked.slice(from, to);
  const own = draft.ownWords.slice(from, to);
  // Mostly the three are equal (nothing blanked, nothing quoted): a shorter key is hashed faster. A copy: the key
  // lives on in later versions, and must not keep this version's text (`detached`).
  return detached(`${partShape(part)}|${from - part.start}\u0000${text}\u0000${masked === text ? '=' : masked}\u0000${own === masked ? '=' : own}`);
}

/** How many characters of parts a part-scoped rule checks in one step (see `checkByPartSteps`). */
const STEP_CHARS = 4096;

/**
 * Run a part-scoped rule part by part, reusing the reports of parts whose key `stored` holds (from an earlier version
 * or an equal part of this one) and storing the reports of the others. Reports come back relative to their part, with
 * the part's present offset to move them by (the finding made of each is the one copy). Yields after every
 * `STEP_CHARS` characters of parts, with their count.
 */
export function* checkByPartSteps(rule: Rule, ctx: CheckContext, keys: readonly string[], stored: PartReports, report: (r: Report, delta: number) => void): Steps<void> {
  const { draft } = ctx;
  const ruleKey = `${rule.id}\u0000${ctx.severity}`;
  let byPart = stored.byRule.get(ruleKey);
  if (!byPart) stored.byRule.set(ruleKey, (byPart = new Map()));
  const before = draft.prior && stored.byVersion.get(draft.prior.parts)?.get(ruleKey);
  const mine: Report[][] = new Array(draft.parts.length);
  let ours = stored.byVersion.get(draft.parts);
  if (!ours) stored.byVersion.set(draft.parts, (ours = new Map()));
  ours.set(ruleKey, mine);
  let done = 0;
  for (let i = 0; i < draft.parts.length; i++) {
    const part = draft.parts[i]!;
    const key = keys[i]!;
    // The same part of the previous version has the same key (`partKeys`): its reports, found by index.
    const at = before ? priorIndex(draft, i) : -1;
    let relative = at >= 0 ? before![at] : undefined;
    relative ??= byPart.get(key);
    if (!relative) {
      const found: Report[] = [];
      rule.check(ctx.forPart(partDraft(draft, part), (r) => found.push(r)));
      relative = found.map((r) => keptReport(r, -part.start));
      byPart.set(key, relative);
    }
    mine[i] = relative;
    for (const r of relative) report(r, part.start);
    done += part.end - part.start;
    if (done >= STEP_CHARS) {
      yield done;
      done = 0;
    }
  }
  prune(byPart, keys);
  if (done > 0) yield done;
}

/**
 * A report as the store keeps it for later versions: its offsets moved by `delta` (relative to its part) and its
 * strings copied off this version's text. A rule may put a slice of the text in its message, fixes or data
 * (`vaag-begrip` does, for a long term), and V8 keeps the whole text a slice was taken from; the store keeps a stale
 * part's reports for many keystrokes (`prune`), and with them every version's text. Field by field, in one pass (a
 * copy that moved the offsets and then walked every field generically was a seventh of a check that reported 80,000
 * findings); `data`, whose shape is the rule's, is walked (`copiedOff`). Exported for its unit test.
 */
export function keptReport(r: Report, delta: number): Report {
  const kept: Report = { start: r.start + delta, end: r.end + delta, message: keptText(r.message) };
  if (r.severity !== undefined) kept.severity = r.severity;
  if (r.fixes) kept.fixes = r.fixes.map((f) => keptFix(f, delta));
  if (r.commitments) kept.commitments = r.commitments.map(detached);
  if (r.related) kept.related = r.related.map((x) => keptRelated(x, delta));
  if (r.data) kept.data = copiedOff(r.data) as Record<string, unknown>;
  return kept;
}

function keptText(text: Localized): Localized {
  return { nl: detached(text.nl), en: detached(text.en) };
}

function keptFix(f: FixSpec, delta: number): FixSpec {
  const edits = f.edits.map((e) => ({ start: e.start + delta, end: e.end + delta, newText: detached(e.newText) }));
  return f.isPreferred === undefined ? { title: keptText(f.title), edits } : { title: keptText(f.title), edits, isPreferred: f.isPreferred };
}

type Related = NonNullable<Report['related']>[number];

/** Whether a related place moves with the draft's text: it is in the same document (no `uri`) and has a span. */
function movesWithText(x: Related): x is Related & { span: Span } {
  return x.uri === undefined && x.span !== undefined;
}

/** A related place, moved as `movedRelated` moves it. */
function keptRelated(x: Related, delta: number): Related {
  const kept: Related = { message: keptText(x.message) };
  if (x.uri !== undefined) kept.uri = detached(x.uri);
  if (x.span) kept.span = movesWithText(x) ? { start: x.span.start + delta, end: x.span.end + delta } : { start: x.span.start, end: x.span.end };
  if (x.line !== undefined) kept.line = x.line;
  if (x.character !== undefined) kept.character = x.character;
  return kept;
}

/** A value with every string in it copied (`detached`); objects other than plain ones kept as they are (exported for the test). */
export function copiedOff(value: unknown): unknown {
  if (typeof value === 'string') return detached(value);
  if (Array.isArray(value)) return value.map(copiedOff);
  if (value === null || typeof value !== 'object') return value;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = copiedOff(v);
  return out;
}

/** Stale keys tolerated beside the present ones before they are let go (a short draft is not pruned every keystroke). */
const PRUNE_SLACK = 64;

/**
 * Let go of the reports of parts this version does not have once they are as many as its parts (and `PRUNE_SLACK`):
 * each edit leaves one stale key per rule, so a store is swept about once per as many keystrokes as the draft has parts.
 */
function prune(byPart: Map<string, Report[]>, keys: readonly string[]): void {
  if (byPart.size <= 2 * keys.length + PRUNE_SLACK) return;
  const present = new Set(keys);
  for (const key of byPart.keys()) if (!present.has(key)) byPart.delete(key);
}

/**
 * The one-part drafts of a draft, by part. Keyed by the draft, never by the part: the next version's `prior` keeps
 * this version's parts, and a value reachable from a part would keep every earlier version alive.
 */
const partDrafts = new ObjectMemo<Draft, Map<Part, Draft>>();

/** The draft as a part-scoped rule sees it: this one part. One per part, shared by the rules that check it. */
function partDraft(draft: Draft, part: Part): Draft {
  let byPart = partDrafts.get(draft);
  if (!byPart) partDrafts.set(draft, (byPart = new Map()));
  let one = byPart.get(part);
  if (!one) {
    // Without the prior version: these drafts live as long as their draft, the prior only while it is checked.
    const { prior: _, ...rest } = draft;
    byPart.set(part, (one = { ...rest, parts: [part] }));
  }
  return one;
}

/** A report's related places moved by `delta` characters: those that move with the text (`movesWithText`). */
export function movedRelated(related: Related[], delta: number): Related[] {
  if (delta === 0) return related;
  return related.map((x) => (movesWithText(x) ? { ...x, span: { ...x.span, start: x.span.start + delta, end: x.span.end + delta } } : x));
}
