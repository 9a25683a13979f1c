import type { Draft, Part, PartKind } from '../draft/types';
import type { DraftKind } from '../types';
import { listedNotes } from '../draft/footnotes';
import { MOTIE_TITLE } from '../draft/formulas';
import { dictumKind, numberedByKind, partAct, type PartAct } from '../draft/partActs';
import { signatureLines } from '../draft/signatures';
import { align, inOrder, SAME_PART, similarity, wordChanges, wordsOf, type WordChange } from './compareAlign';

export type { WordChange } from './compareAlign';

/*
 * Two versions of a motie or of Kamervragen compared part by part, as the Kamer speaks of them: which overwegingen,
 * which verzoeken of the dictum (and which questions) changed, were added, removed or moved. Parts are aligned by
 * their words, not by their place, so a reordered overweging is "verplaatst", not "removed and added"; within a
 * changed part the words that changed are given (jsdiff's word diff).
 */

/** The parts compared, in document order. */
export type ComparedGroup = 'kop' | 'aanhef' | 'beraadslaging' | 'overweging' | 'dictum' | 'slot' | 'ondertekening' | 'vraag' | 'noot';

export type ChangeKind = 'gewijzigd' | 'toegevoegd' | 'geschrapt' | 'ongewijzigd';

/** One part of one version: its number within its group (1-based) and its words. */
export interface ComparedPiece {
  number: number;
  text: string;
  /** A question's number as the draft writes it ("6." where it is the fifth). */
  written?: number;
  /** A note's label or number as written ("[^nos]", "1"). */
  label?: string;
  /**
   * A part of the dictum: what it does ("verzoek", "uitspraak"; "dictum" for a part that opens with neither) and its
   * number among the parts that do the same ("spreekt uit …" before the only "verzoekt …" leaves it verzoek 1).
   */
  act?: PartAct;
  actNumber?: number;
  /** A line of a motie's kop by what it is: the title ("(Gewijzigde) motie van …") or the date ("Voorgesteld …"). */
  line?: KopLine;
}

export type KopLine = 'titel' | 'voorgesteld';

/** Who signed, as a list of members: who no longer signs, who signs as well, and a new first signer. */
export interface SignatoryChange {
  removed: string[];
  added: string[];
  /** The first signer (the indiener) changed. */
  first?: { before: string; after: string };
  /** The members who signed both versions stand in another order, the first the same. */
  reordered: boolean;
  /** Lines of the ondertekening that name no member one by one ("Ondersteund door de leden …"), as written. */
  lines?: { removed: string[]; added: string[] };
}

export interface PartChange {
  group: ComparedGroup;
  change: ChangeKind;
  /** The part's place changed relative to the other parts of its group (not only because others came or went). */
  moved: boolean;
  before?: ComparedPiece;
  after?: ComparedPiece;
  /** How many parts the group has in each version. */
  groupSize: { before: number; after: number };
  /** For a changed part: the word diff from before to after. */
  words?: WordChange[];
  /**
   * A part of the dictum written as one sentence in one version and as a list of items under its formula in the other
   * (`into` what it became); `reworded` when words changed as well, not only the punctuation between the items.
   */
  restructured?: { into: 'items' | 'sentence'; reworded: boolean };
  /** For a changed ondertekening: the members compared (the names as a list, not as words). */
  signatories?: SignatoryChange;
}

export interface Comparison {
  /** The kind compared (the newer version's, unless only the older one is a motie or Kamervragen). */
  kind: DraftKind;
  /** When the two versions are not the same kind of document. */
  kindChanged?: { before: DraftKind; after: DraftKind };
  /** Every compared part, unchanged ones included, in the newer version's order (removed ones where they stood). */
  changes: PartChange[];
}

const GROUPS: Record<Exclude<DraftKind, 'other'>, readonly ComparedGroup[]> = {
  // The slot too: a version that adds the missing "en gaat over tot de orde van de dag" (or loses it) differs in it.
  motie: ['kop', 'aanhef', 'beraadslaging', 'overweging', 'dictum', 'slot', 'ondertekening', 'noot'],
  // The notes too: a changed source is part of what is submitted ("Geen verschil" was said; a staffer's trial).
  kamervragen: ['kop', 'vraag', 'noot'],
};

/** "De Kamer," and "gehoord de beraadslaging," are compared too: "De kamer" → "De Kamer," was not said (a new user's trial). */
const GROUP_OF: Partial<Record<PartKind, ComparedGroup>> = { kop: 'kop', header: 'kop', aanhef: 'aanhef', beraadslaging: 'beraadslaging', overweging: 'overweging', dictum: 'dictum', slot: 'slot', vraag: 'vraag' };

/** A part's words with comments blanked and spaces folded; a question without its number (renumbering is no change). */
function partText(draft: Draft, part: Part): string {
  const from = part.kind === 'vraag' && part.number ? part.number.span.end : part.start;
  let text = draft.lines.masked.slice(from, Math.max(from, part.wordsEnd)).replace(/\s+/g, ' ').trim();
  if (part.kind === 'vraag') text = text.replace(/^(?:vraag\s+\d+\s*)?[*_:.)\s]*/i, '').trim();
  return text;
}

function piecesOf(draft: Draft, group: ComparedGroup): Piece[] {
  if (group === 'noot') return notesOf(draft);
  if (group === 'ondertekening') return signedPieces(draft);
  const parts = draft.parts.filter((p) => GROUP_OF[p.kind] === group && !p.note);
  if (group === 'vraag') return parts.map((p) => ({ text: `${partText(draft, p)}${sourcesOf(draft, p)}`, ...(p.number ? { written: p.number.value } : {}) }));
  if (group === 'kop') return parts.map((p) => kopPiece(partText(draft, p)));
  if (group === 'overweging') {
    // A constatering or an overweging, numbered among its kind, as the outline names them (a reviewer: the outline said
    // "Overweging 1" where this said "overweging 2", counting the constatering before it).
    const acts = parts.map((p) => partAct(draft, p) ?? 'overweging');
    const numbers = numberedByKind(acts);
    return parts.map((p, i) => ({ text: partText(draft, p), act: acts[i]!, actNumber: numbers[i]! }));
  }
  return parts.map((p) => ({ text: partText(draft, p), ...(p.number ? { written: p.number.value } : {}) }));
}

const KOP_LINES: readonly (readonly [KopLine, RegExp])[] = [
  ['titel', MOTIE_TITLE],
  ['voorgesteld', /^voorgesteld\b/i],
];

function kopPiece(text: string): Piece {
  const line = KOP_LINES.find(([, pattern]) => pattern.test(text))?.[0];
  return { text, ...(line ? { line } : {}) };
}

/**
 * The notes a question refers to, by label ("[bron ^3]"): a question that cites another note (its "[^1]" now "[^3]", its
 * words the same) changed; only "noot 3 toegevoegd" was said (a staffer's trial). A note whose words changed is the
 * note's change ("noot 1 gewijzigd"), not the question's as well.
 */
function sourcesOf(draft: Draft, part: Part): string {
  return draft.lines.footnoteReferences
    .filter((ref) => ref.span.start >= part.start && ref.span.start < part.end)
    .map((ref) => ` [bron ^${ref.label}]`)
    .join('');
}

/** A line that is an item of a list in a dictum: a Markdown list item, or a published bullet ("• …", "– …"). */
const BULLET = /^[•·▪◦–]\s/u;

/**
 * A part of the dictum: its words (a list's without its bullets), and, when it is a list, each item with the formula
 * before it, and each without the list's own marks (`bare`, see `Piece.bare`).
 */
interface DictumPart {
  whole: string;
  items?: string[];
  bare?: string[];
}

/**
 * A dictum whose requests are a list under one formula ("verzoekt het kabinet:⏎- … ,⏎- … ,", the published "•"): each
 * item a verzoek of its own, with the formula before it. As one block an added request was never named, and the word
 * diff ran across the items (a staffer's trial of a gewijzigde motie).
 */
function dictumPart(draft: Draft, part: Part): DictumPart {
  const fold = (a: number, b: number) => draft.lines.masked.slice(a, b).replace(/\s+/g, ' ').trim();
  const items: { start: number; end: number }[] = [];
  part.lines.forEach((line, i) => {
    const bullet = BULLET.exec(line.content);
    if (i > 0 && (line.marker !== undefined || bullet)) items.push({ start: line.contentStart + (bullet ? bullet[0].length : 0), end: line.end });
    else if (items.length > 0) items[items.length - 1]!.end = line.end;
  });
  if (items.length === 0) return { whole: partText(draft, part) };
  const lead = fold(part.start, part.lines.find((l) => l.end > items[0]!.start)!.start);
  const texts = items.map((item) => fold(item.start, Math.min(item.end, Math.max(item.start, part.wordsEnd))));
  const formula = lead.replace(/\s*:$/, '');
  return { whole: [lead, ...texts].join(' ').trim(), items: texts.map((t) => `${lead} ${t}`.trim()), bare: texts.map((t) => withoutClosingMark(`${formula} ${t}`.trim())) };
}

/**
 * A verzoek's words without the mark a list's layout gives it: ";" after an item, "," after the last (and after a
 * verzoek of its own). A "." is no layout: a last item or verzoek that closes with one where "," was, or the other way
 * round, changed (a reviewer: "- B," → "- B." was "Geen verschil").
 */
function withoutClosingMark(text: string): string {
  return text.replace(/\s*[,;]$/, '');
}

/** Two items of the list or more are each like another sentence of the dictum of the other version. */
function ownParts(list: DictumPart, others: readonly DictumPart[]): boolean {
  const taken = new Set<DictumPart>();
  for (const item of list.items!) {
    const part = others.find((o) => o.items === undefined && !taken.has(o) && similarity(item, o.whole) >= SAME_PART);
    if (part) taken.add(part);
  }
  return taken.size >= 2;
}

/**
 * The dictum's pieces in both versions, each named by what it does and numbered among the parts that do the same. A
 * list that is one sentence in the other version ("verzoekt de regering X en Y," → "verzoekt de regering:⏎- X;⏎- Y,")
 * stays whole: split into items, its second item was "toegevoegd" with the formula before it, words in neither version
 * (a staffer's trial). Unless its items are parts of their own in the other version ("verzoekt de regering X," and
 * "verzoekt de regering Y," made one list): whole, the list was paired with one of them and the other "geschrapt".
 */
function dictumPieces(before: Draft, after: Draft): [Piece[], Piece[]] {
  const parts = (draft: Draft) => draft.parts.filter((p) => p.kind === 'dictum' && !p.note).map((p) => dictumPart(draft, p));
  const [old, now] = [parts(before), parts(after)];
  const sentenceLike = (list: DictumPart, others: DictumPart[]) =>
    !ownParts(list, others) && others.some((o) => o.items === undefined && [list.whole, ...list.items!].some((t) => similarity(t, o.whole) >= SAME_PART));
  const pieces = (mine: DictumPart[], theirs: DictumPart[]): Piece[] => {
    const flat = mine.flatMap((p): Piece[] => (p.items && !sentenceLike(p, theirs) ? p.items.map((text, k) => ({ text, bare: p.bare![k]! })) : [{ text: p.whole, ...(p.items ? { listed: true } : {}) }]));
    const acts = flat.map((p) => dictumKind(p.text));
    const numbers = numberedByKind(acts);
    return flat.map((p, i) => ({ ...p, act: acts[i]!, actNumber: numbers[i]! }));
  };
  return [pieces(old, now), pieces(now, old)];
}

/**
 * The notes in the order they stand: Markdown footnotes by their label ("[^1]: NOS, …"), and the notes of a
 * published-style list by their number ("1 NOS, …").
 */
function notesOf(draft: Draft): Piece[] {
  const fold = (a: number, b: number) => draft.lines.masked.slice(a, b).replace(/\s+/g, ' ').trim();
  const defined = draft.lines.footnoteDefinitions.map((d) => ({ at: d.span.start, text: fold(d.contentSpan.start, d.contentSpan.end), label: d.label }));
  const listed = listedNotes(draft).map((n) => ({ at: n.part.start, text: fold(n.textStart, n.part.wordsEnd), label: String(n.number) }));
  return [...defined, ...listed].sort((a, b) => a.at - b.at).map(({ text, label }) => ({ text, label }));
}

/** The ondertekening: the members by name, and the lines that name none one by one. */
interface Signed {
  names: string[];
  lines: string[];
}

/**
 * `bare`: an item of a list in the dictum without the list's marks, the colon after its formula and the mark that
 * closes the item (";" but for the last). An item and a verzoek (or another item) with the same words are the same:
 * "verzoekt de regering{+:+} …" was "gewijzigd" where only the layout of the list changed (a reviewer).
 */
type Piece = Omit<ComparedPiece, 'number'> & { signed?: Signed; listed?: boolean; bare?: string };

/** Two pieces the same but for the marks of a list, one of them an item of one (`Piece.bare`). */
function sameButLayout(a: Piece, b: Piece): boolean {
  if (a.bare === undefined && b.bare === undefined) return false;
  return (a.bare ?? withoutClosingMark(a.text)) === (b.bare ?? withoutClosingMark(b.text));
}

/**
 * The kop's lines paired by what they are, whatever their words: a new title and a new date were "kop toegevoegd, kop
 * toegevoegd, kop geschrapt, kop geschrapt" (a staffer's trial), the words of two titles having little in common.
 */
function byLine(before: readonly Piece[], after: readonly Piece[]): Map<number, number> {
  const pairs = new Map<number, number>();
  for (const [line] of KOP_LINES) {
    const i = before.filter((p) => p.line === line).length === 1 ? before.findIndex((p) => p.line === line) : -1;
    const j = after.filter((p) => p.line === line).length === 1 ? after.findIndex((p) => p.line === line) : -1;
    if (i >= 0 && j >= 0) pairs.set(i, j);
  }
  return pairs;
}

/**
 * The ondertekening as one piece: the members by name ("De Hoop, Bikker" two, the party kept: "De Hoop (GL-PvdA)"),
 * and a line that names no member one by one ("Ondersteund door de leden Van Baarle en Vijlbrief.") as a line
 * ("… ondertekent mee" was said of it). tweedekamer.nl's labels ("Ondertekenaars", "Eerste ondertekenaar") are no part of it.
 */
function signedPieces(draft: Draft): Piece[] {
  const entries = signatureLines(draft)
    .filter((line) => !line.label)
    .flatMap((line) => (line.names.length > 0 ? line.names.map((n) => ({ text: n.party ? `${n.written} (${n.party})` : n.written, name: true })) : [{ text: line.text, name: false }]));
  if (entries.length === 0) return [];
  const names = entries.filter((e) => e.name).map((e) => e.text);
  const lines = entries.filter((e) => !e.name).map((e) => e.text);
  return [{ text: entries.map((e) => e.text).join(', '), signed: { names, lines } }];
}

/**
 * Who no longer signs, who signs as well, and whether the first signer or the order changed. A member by name: the
 * party after it ("De Hoop (GL-PvdA)") and the case make no other member.
 */
function signatories(was: Signed, now: Signed): SignatoryChange {
  const key = (name: string) => name.replace(/\([^)]*\)/gu, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  const [before, after] = [was.names, now.names];
  // Each list's keys once, in sets: a long list of names cost its square (4,000 names took 4 s; a reviewer).
  const [beforeKeys, afterKeys] = [before.map(key), after.map(key)];
  const [inBefore, inAfter] = [new Set(beforeKeys), new Set(afterKeys)];
  const stayed = (keys: readonly string[], other: ReadonlySet<string>) => keys.filter((k) => other.has(k));
  const first = before[0] && after[0] && beforeKeys[0] !== afterKeys[0] ? { first: { before: before[0], after: after[0] } } : {};
  const [wasLines, nowLines] = [new Set(was.lines), new Set(now.lines)];
  const other = { removed: was.lines.filter((l) => !nowLines.has(l)), added: now.lines.filter((l) => !wasLines.has(l)) };
  return {
    removed: before.filter((_, i) => !inAfter.has(beforeKeys[i]!)),
    added: after.filter((_, i) => !inBefore.has(afterKeys[i]!)),
    ...first,
    reordered: !first.first && stayed(beforeKeys, inAfter).join('\n') !== stayed(afterKeys, inBefore).join('\n'),
    ...(other.removed.length + other.added.length > 0 ? { lines: other } : {}),
  };
}

/** What a changed part has besides its word diff: a dictum part restructured, the members who sign. */
function changeDetail(was: Piece, now: Piece): Pick<PartChange, 'restructured' | 'signatories'> {
  if (was.signed && now.signed) return { signatories: signatories(was.signed, now.signed) };
  if (!was.listed === !now.listed) return {};
  return { restructured: { into: now.listed ? 'items' : 'sentence', reworded: wordsOf(was.text).join(' ') !== wordsOf(now.text).join(' ') } };
}

function comparedPiece(pieces: readonly Piece[], i: number): ComparedPiece {
  const { text, written, label, act, actNumber, line } = pieces[i]!;
  const optional = Object.entries({ written, label, act, actNumber, line }).filter(([, v]) => v !== undefined);
  return { number: i + 1, text, ...(Object.fromEntries(optional) as Omit<ComparedPiece, 'number' | 'text'>) };
}

/** Pairs (before index → after index) added for the pieces still unpaired that have the same label. */
function byLabel(before: readonly Piece[], after: readonly Piece[], pairs: Map<number, number>): void {
  const taken = new Set(pairs.values());
  before.forEach((b, i) => {
    if (pairs.has(i)) return;
    const j = after.findIndex((a, k) => !taken.has(k) && a.label !== undefined && a.label.toLowerCase() === b.label?.toLowerCase());
    if (j >= 0) pairs.set(i, j), taken.add(j);
  });
}

function compareGroup(group: ComparedGroup, beforePieces: readonly Piece[], afterPieces: readonly Piece[]): PartChange[] {
  const before = beforePieces.map((p) => p.text);
  const after = afterPieces.map((p) => p.text);
  const piece = comparedPiece;
  // Notes by their words, as other parts (a note inserted renumbers those after it; a reviewer's trial), and what is
  // left by its label or number: the same note, whatever its source now says ("2 Trouw" → "2 de Volkskrant").
  const pairs = align(before, after, group === 'kop' ? byLine(beforePieces, afterPieces) : undefined);
  if (group === 'noot') byLabel(beforePieces, afterPieces, pairs);
  const stay = inOrder(pairs);
  const groupSize = { before: before.length, after: after.length };
  const pairedBefore = new Map([...pairs].map(([i, j]) => [j, i]));
  const out: PartChange[] = [];
  let nextRemoved = 0;
  const removedUpTo = (limit: number) => {
    for (; nextRemoved < limit; nextRemoved++) {
      if (!pairs.has(nextRemoved)) out.push({ group, change: 'geschrapt', moved: false, before: piece(beforePieces, nextRemoved), groupSize });
    }
  };
  after.forEach((text, j) => {
    const i = pairedBefore.get(j);
    const now = piece(afterPieces, j);
    if (i === undefined) return void out.push({ group, change: 'toegevoegd', moved: false, after: now, groupSize });
    if (stay.has(j)) removedUpTo(i);
    const was = piece(beforePieces, i);
    // A sentence made a list of items (or a list made one sentence) changed, its words the same or not.
    const detail = changeDetail(beforePieces[i]!, afterPieces[j]!);
    if ((was.text === text || sameButLayout(beforePieces[i]!, afterPieces[j]!)) && !detail.restructured) return void out.push({ group, change: 'ongewijzigd', moved: !stay.has(j), before: was, after: now, groupSize });
    out.push({ group, change: 'gewijzigd', moved: !stay.has(j), before: was, after: now, groupSize, words: wordChanges(was.text, text), ...detail });
  });
  removedUpTo(before.length);
  return out;
}

/** Compare two versions of a draft part by part (see the module comment). Pure; never throws. */
export function compareDrafts(before: Draft, after: Draft): Comparison {
  const kind = after.kind !== 'other' ? after.kind : before.kind;
  const kindChanged = before.kind !== after.kind ? { kindChanged: { before: before.kind, after: after.kind } } : {};
  if (kind === 'other') return { kind, ...kindChanged, changes: [] };
  const changes = GROUPS[kind].flatMap((group) => {
    const [old, now] = group === 'dictum' ? dictumPieces(before, after) : [piecesOf(before, group), piecesOf(after, group)];
    return compareGroup(group, old, now);
  });
  return { kind, ...kindChanged, changes };
}
