import type { Draft, Part, PartKind } from '../draft/types';
import { eolOf, lineStartOf } from '../text/positions';
import type { Localized, Span, TextEdit } from '../types';
import type { RuleContext } from './types';
import { ObjectMemo } from '../text/objectMemo';

export function partsOf(draft: Draft, ...kinds: PartKind[]): Part[] {
  return draft.parts.filter((p) => kinds.includes(p.kind));
}

/** The words of a part as written (masked: comments and code blanked). */
export function wordsOf(draft: Draft, part: Part): string {
  return draft.lines.masked.slice(part.start, part.wordsEnd);
}

export function inside(span: Span, outer: Span): boolean {
  return span.start >= outer.start && span.end <= outer.end;
}


/** Keep the capitalisation of the replaced text's first letter. */
export function matchCase(original: string, replacement: string): string {
  const first = original[0];
  if (first && first !== first.toLowerCase() && first === first.toUpperCase()) {
    return replacement[0]!.toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

export { eolOf };

/** Written in capitals throughout (at least two letters): "VRAGEN VAN LID", "ER VOOR". */
export function isAllCaps(written: string): boolean {
  return written.length > 1 && written === written.toUpperCase() && written !== written.toLowerCase();
}

/** The replacement in the case of what it replaces: all capitals stay all capitals ("ER VOOR" → "ERVOOR"), a leading capital stays. */
export function sameCase(original: string, replacement: string): string {
  return isAllCaps(original.replace(/[^\p{L}]/gu, '')) ? replacement.toUpperCase() : matchCase(original, replacement);
}

export { trimEndMarks } from '../text/normalize';

/** One line of text for a message: a phrase may run over a line break. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/** What may stand between two words of one phrase: spaces, at most one line break (no mark, no blank line). */
export const WORD_GAP = /^[ \t]*(?:(?:\r\n|\r|\n)[ \t]*)?$/;

/** Where to insert a new block after `offset`: after the end of its line, separated by a blank line. */
export function blockInsertAfter(text: string, offset: number, block: string): { start: number; end: number; newText: string } {
  // The end of the line: before its '\r\n' or '\n' (inserting between '\r' and '\n' would break a CRLF file).
  const rel = text.slice(offset).search(/\r\n|\r|\n/);
  const eol = rel < 0 ? text.length : offset + rel;
  const atEnd = eol >= text.length;
  const nl = eolOf(text);
  return { start: eol, end: eol, newText: `${nl}${nl}${block.replace(/\n/g, nl)}${atEnd ? nl : ''}` };
}

/** Insert a new block before the line that holds `offset`, followed by a blank line. */
export function blockInsertBefore(text: string, offset: number, block: string): { start: number; end: number; newText: string } {
  const bol = lineStartOf(text, offset);
  const nl = eolOf(text);
  return { start: bol, end: bol, newText: `${block.replace(/\n/g, nl)}${nl}${nl}` };
}

/** "Vraag 3" / "Question 3": how a message names a question. */
export function questionLabel(part: Part): Localized {
  return part.number ? { nl: `Vraag ${part.number.value}`, en: `Question ${part.number.value}` } : { nl: 'Deze vraag', en: 'This question' };
}

/**
 * A word of the member's own text: letters and digits, with inner apostrophes and hyphens ("mkb’ers", "ICT-beleid"),
 * and the combining marks of a letter written in two characters ("coo\u0308rdinatie" pasted from a PDF).
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

export interface Token {
  start: number;
  end: number;
  lower: string;
  /** Starts with a capital letter. */
  capital: boolean;
  /** Contains a digit, or is a single character: never a slip worth reporting on its own. */
  minor: boolean;
}

const UPPER = /^\p{Lu}/u;
const NUMBER = /\p{N}/u;

/** Starts with a capital letter (ASCII by its code, the rest by its Unicode category: this runs for every word). */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER.test(word);
}

/** Holds a digit or another number character (ASCII by its code until the first other character). */
function hasNumber(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
    if (c >= 0x80) return NUMBER.test(word);
  }
  return false;
}

/**
 * The parts the member writes as prose: not the names of the indieners, the list of sources or a minister's answer
 * (the word checks read only these).
 */
export function proseParts(draft: Draft): Part[] {
  return draft.parts.filter((part) => part.kind !== 'indiener' && part.kind !== 'antwoord' && !part.note);
}

/**
 * The tokens of each part of the draft being checked: the word checks (`herhaald-woord`, `lidwoord`, `schrijfwijze`,
 * `spelfout`, `trema`, `werkwoordsvorm`, …) read the same words, so a part is tokenised once per check run, not once per
 * rule. Remembered by the draft's line model, not the draft: a part-scoped rule sees a one-part draft of its own per part
 * (`partScope.ts`), and those share their draft's line model (made anew for every version). Keyed by the draft, the
 * memo was replaced at every part and every rule tokenised every part again (~4 ms per word rule on a 50 kB motie).
 * Kept on the line model (`ObjectMemo`), so a version's tokens die with it, and let go after its rules ran
 * (`releaseTokens`), so no open document keeps its tokens (a check abandoned halfway leaves its entry to die with its
 * version). Not a `WeakRef`: reading one keeps its target alive until the current job ends, so a run that checks many
 * versions without yielding (the evaluation, the in-process typing benchmark) kept every line model it had seen
 * (~170 KB a keystroke of a 50 kB motie).
 */
const tokensByLines = new ObjectMemo<Draft['lines'], Map<Part, readonly Token[]>>();

/**
 * Let go of the tokens of `draft`'s version once its rules have run (`runRulesSteps`): they are only shared within one
 * run, and a long draft's tokens are many (~14 MB for a motie of 1 MB).
 */
export function releaseTokens(draft: Draft): void {
  tokensByLines.delete(draft.lines);
}

/**
 * The words of a part, in order, from its own lines only (footnote definitions between them are not part lines).
 * Shared between the rules that read them.
 */
export function ownTokens(draft: Draft, part: Part): readonly Token[] {
  let byPart = tokensByLines.get(draft.lines);
  if (!byPart) tokensByLines.set(draft.lines, (byPart = new Map()));
  let tokens = byPart.get(part);
  if (!tokens) byPart.set(part, (tokens = tokenise(draft, part)));
  return tokens;
}

function tokenise(draft: Draft, part: Part): Token[] {
  const own = draft.ownWords;
  const tokens: Token[] = [];
  for (const line of part.lines) {
    const from = Math.max(line.contentStart, part.start);
    const to = Math.min(line.end, part.end);
    if (to <= from) continue;
    const text = own.slice(from, to);
    // `exec` from 0 to the end, as `matchAll` would, without the copy of the pattern and the iterator it makes per line.
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
      const start = from + m.index;
      const word = m[0];
      tokens.push({ start, end: start + word.length, lower: word.toLowerCase(), capital: startsUpper(word), minor: word.length === 1 || hasNumber(word) });
    }
  }
  return tokens;
}

/**
 * A web address in the member's text: its words are not prose ("…/statement-of-shared-commitments"). Without `u`, which
 * would cost V8 its fast scan for the literal in every part a word rule reads (`\S` covers a surrogate pair either way).
 */
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+/gi;

/** The web addresses of a part, as spans of the text: a word check leaves their words alone. */
export function webAddresses(text: string, part: Part): Span[] {
  return [...text.slice(part.start, part.end).matchAll(WEB_ADDRESS)].map((m) => ({ start: part.start + m.index, end: part.start + m.index + m[0].length }));
}

/** How far from the end of the text an unfinished last word is looked for (within the part-scoped rules' margin). */
const UNFINISHED_MARGIN = 64;

/** Whether the word ending at `end` is the last of the text with nothing after it: still being typed, or cut off. */
export function stillTyped(text: string, end: number): boolean {
  return text.length - end < UNFINISHED_MARGIN && text.slice(end).trim() === '';
}

/** Marks beside a word that make it part of an address, a key, a file name or a handle, not prose. */
const MACHINE_BEFORE = '@:/\\_#=';
const MACHINE_AFTER = '@/\\_=';
const LETTER = /\p{L}/u;

/**
 * Whether the word at `start`–`end` is part of machine text: a citation key (`[@ca2026:geintegreerd-…]`), an e-mail
 * address, a domain or path without "http" (`rijksoverheid.nl/coordinatie-zorg`), a file name (`Bijlage_x.pdf`), a
 * hashtag or handle. A word check leaves it alone: its fix would break the address or the key.
 */
export function inMachineText(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (before !== undefined && MACHINE_BEFORE.includes(before)) return true;
  if (after !== undefined && MACHINE_AFTER.includes(after)) return true;
  if (after === '.' && LETTER.test(text[end + 1] ?? '')) return true;
  return before === '.' && LETTER.test(text[start - 2] ?? '');
}

/**
 * Prepositions, for the word checks that read the word before another: after one, "het", "dit" and "deze" are
 * determiners ("over dit regeling", "op het dit moment"), and a noun has a word of its own before it ("in plaats").
 */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'aan', 'bij', 'binnen', 'buiten', 'door', 'in', 'met', 'na', 'naar', 'om', 'onder', 'op', 'over', 'sinds', 'tegen', 'tijdens', 'tot', 'tussen',
  'uit', 'van', 'vanuit', 'vanwege', 'via', 'volgens', 'voor', 'zonder',
]);

/**
 * The text before `at` back to the first of `stops` (not included) or at most `reach` characters: a loop, linear in the
 * window (a pattern anchored at the end would try every start in it).
 */
export function textBack(text: string, at: number, stops: string, reach: number): string {
  let from = at;
  while (from > 0 && at - from < reach && !stops.includes(text[from - 1]!)) from--;
  return text.slice(from, at);
}

/**
 * Where a missing mark goes: after the part's words, or after the citations that end it ("belooft [@ca2026:…];", "… van
 * zaken [@ca2026:…]?", as Pandoc and the README write a citation: inside the sentence it supports). A footnote reference
 * keeps its place after the mark ("toeneemt;[^1]", "belooft [@ca2026:…];[^1]").
 */
export function afterCitations(text: string, part: Part): number {
  const tail = TRAILING_REFERENCES.exec(text.slice(part.wordsEnd, part.end));
  return tail ? part.wordsEnd + tail[1]!.length : part.wordsEnd;
}

/**
 * What ends a part after its words: citation groups (a group may run over lines: "[@ca2026:a;\n@ca2026:b]"), then
 * footnote references; the first group is the citations.
 */
const TRAILING_REFERENCES = /^((?:\s*\[[^\]\[]*@[^\]\[]*\])*)(?:\s*\[\^[^\]\s]+\])*\s*$/;

/**
 * Abbreviations of one word with a full stop ("nr.", "blz.", "bijv.", "dr."): regex source; those of several letters
 * with stops ("o.a.", "t.a.v.", "z.g.a.n.") the patterns that use this read by their form.
 */
export const WORD_ABBREVIATIONS = 'nr|nrs|blz|p|pp|art|artt|bijv|bv|jl|resp|ca|vs|mr|dr|drs|ir|prof|mw|dhr|st|vgl|zgn';

/** A lower-case abbreviation that ends a text: "a.s.", "o.a.", "d.w.z.", "enz.", "etc." (not "de VS.": a full stop). */
export const TRAILING_ABBREVIATION = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:\\p{Ll}\\.){2,}|(?:enz|etc|${WORD_ABBREVIATIONS})\\.)$`, 'u');

/**
 * The run of closing marks that ends `words`, with the spaces before and inside it ("is;;", "is; ,", "plan? .",
 * "dag..", "getroffen ;"); an abbreviation's full stop is its word's ("enz.;" ends in ";", "a.s." in none). Undefined
 * when the words end otherwise (a letter, a digit, a bracket, a quotation mark). A part is closed right when the run is
 * its one mark: a mark before it was missed ("kritisch is;;" passed) and a fix that put its mark in place of the last
 * one left the other ("plan? ." became "plan? ?"; a user's trial).
 */
export function trailingMarks(words: string): { text: string; marks: string } | undefined {
  // Read back from the end, once: a pattern for the run was tried at every mark and space of a line of 250,000 "!" or
  // tabs, each time to its end (minutes; the extremes test).
  if (!CLOSING_MARK.test(words.charAt(words.length - 1))) return undefined;
  let from = words.length;
  while (from > 0 && (CLOSING_MARK.test(words.charAt(from - 1)) || /\s/.test(words.charAt(from - 1)))) from--;
  let text = words.slice(from);
  // An abbreviation's full stop is its word's ("enz.;"): only when it follows the word directly.
  if (text.startsWith('.') && TRAILING_ABBREVIATION.test(`${words.slice(Math.max(0, from - ABBREVIATION_REACH), from)}.`)) text = text.slice(1);
  return text === '' ? undefined : { text, marks: text.replace(/\s+/g, '') };
}

const CLOSING_MARK = /[.,;:!?…]/;
/** How far back an abbreviation before a run of marks is read ("d.w.z.", "artt."). */
const ABBREVIATION_REACH = 24;

/**
 * A slot or aanhef the draft model reads as misspelt (`Part.slip`: "en gaat over to de orde van de dag.", "De
 * Kammer,"): a warning, as `motie-formule` rates a formula the table knows misspelt (the part is there, written wrong),
 * whose fix replaces the line with `formula`, with the edits `alongside`.
 */
export function reportSlip(ctx: RuleContext, part: Part, formula: string, name: Localized, alongside: TextEdit[] = []): void {
  const at = part.opener ?? part;
  const written = ctx.draft.text.slice(at.start, at.end);
  ctx.report({
    start: at.start,
    end: at.end,
    severity: 'warning',
    message: { nl: `Verschreven ${name.nl}: de Kamer schrijft ‘${formula}’ (hier ‘${written}’).`, en: `Misspelt ${name.en}: the Kamer writes ‘${formula}’ (here ‘${written}’).` },
    fixes: [{ title: { nl: `Vervang door ‘${formula}’`, en: `Replace with ‘${formula}’` }, edits: [...alongside, { start: at.start, end: at.end, newText: formula }], isPreferred: true }],
  });
}

/**
 * The line that holds `span`, with the line break and any blank lines before it: taking it out leaves the line above
 * as it was. Undefined on the first line.
 */
export function lineWithBreakBefore(text: string, span: Span): { start: number; end: number } | undefined {
  const lineStart = Math.max(text.lastIndexOf('\n', span.start - 1), text.lastIndexOf('\r', span.start - 1)) + 1;
  if (lineStart === 0) return undefined;
  const next = text.slice(span.end).search(/\r\n|\r|\n/);
  const end = next < 0 ? text.length : span.end + next;
  let start = lineStart;
  while (start > 0 && /\s/.test(text[start - 1]!)) start--;
  return { start, end };
}
