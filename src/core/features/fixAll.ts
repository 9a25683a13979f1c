import type { Finding, Fix, TextEdit } from '../types';
import { applyEdits } from './codeActions';

/** A rule whose preferred fix "fix all" applies without a look, and why that fix is certain. */
interface FixAllRule {
  id: string;
  why: string;
  /** Which of the finding's fixes may be applied; by default its preferred fix, and only when it is the only fix. */
  accepts?: (finding: Finding, fix: Fix) => boolean;
}

/**
 * The rules "fix all" (`source.fixAll.akkoordwijzer`, "Herstel alles", `check --fix`) applies, in one place. A rule is
 * here only when its fix restores a fixed form and cannot change what the draft says.
 *
 * Left out on purpose: `vaag-begrip` (only the writer knows what the vague word should become), `citeer-toezegging`
 * (a suggested commitment is a guess by retrieval), `citaat-onjuist` (rewrites a quotation after a fuzzy alignment),
 * `herhaald-woord` (deletes words; its grammatical exceptions such as "dat dat" are judged by heuristics), `spelfout`
 * (a word list's neighbour is a guess; only the writer knows the word meant), `werkwoordsvorm` (its reading of who the
 * subject is is a heuristic, and ‘heb u’ has two right forms), `schrijfwijze` (whether ‘er voor’ is one word is read from the
 * words after it), `vragen-kop`'s fix of a ministry's name one or two letters off (a guess), `motie-indiener` (which spelling of a
 * name is right only the member knows), `witregel-in-zin` (joins two paragraphs),
 * `voetnoten` and `vragen-bron` (their fixes hold placeholders for the writer to fill in), and every rule without a
 * fix. A "did you mean" key of `onbekende-toezegging` is a look-alike, not a rename, and stays a quick fix.
 */
export const FIX_ALL_RULES: readonly FixAllRule[] = [
  { id: 'front-matter', why: 'a value in quotation marks, offered only when the front matter then reads exactly the value as written' },
  { id: 'motie-aanhef', why: 'inserts the fixed words ‘De Kamer,’ and ‘gehoord de beraadslaging,’ before the first part' },
  { id: 'motie-afsluiting', why: 'the punctuation the part kind prescribes at its end' },
  { id: 'motie-formule', why: 'the fixed spelling of a formula; only the formula itself changes' },
  { id: 'motie-slot', why: 'the fixed closing line after the last dictum' },
  {
    id: 'onbekende-toezegging',
    why: 'only the new key the corpus’s own renamed table names for an old key',
    accepts: (finding, fix) => typeof finding.data?.['renamedTo'] === 'string' && fix.edits.every((e) => e.newText === finding.data!['renamedTo']),
  },
  { id: 'vragen-nummering', why: 'numbers the questions 1, 2, … in their order' },
  {
    id: 'vragen-kop',
    why: 'the header’s fixed form: ‘van het lid’, ‘minister van’, a ministry’s name for its code or with the Kamer’s capitals and commas, the date written out',
    accepts: (finding) => finding.data?.['certain'] === true,
  },
  { id: 'vragen-vraagteken', why: 'a question mark for the full stop after a sentence in the form of a question' },
];

const BY_ID = new Map(FIX_ALL_RULES.map((r) => [r.id, r]));

/** The rule ids whose fixes "fix all" applies. */
export const FIX_ALL_RULE_IDS: readonly string[] = FIX_ALL_RULES.map((r) => r.id);

/** How many times the document is checked and fixed again: a fix may reveal another (a slot, then its comma). */
const MAX_ROUNDS = 4;

/** What "fix all" did to a document. */
export interface FixAllResult {
  /** The text with every certain fix applied. */
  text: string;
  /** Edits that turn the original text into `text`, in the original's offsets, not overlapping. */
  edits: TextEdit[];
  /** The findings (of the original text) whose fix was applied in the first round, and of later rounds. */
  fixed: Finding[];
  /** Rounds that changed the text. */
  rounds: number;
}

/** The certain fix of a finding, when its rule is listed and the fix qualifies. */
function certainFix(finding: Finding): Fix | undefined {
  const rule = BY_ID.get(finding.ruleId);
  if (!rule) return undefined;
  const preferred = finding.fixes.find((f) => f.isPreferred);
  if (!preferred || preferred.edits.length === 0) return undefined;
  const ok = rule.accepts ? rule.accepts(finding, preferred) : finding.fixes.length === 1;
  return ok ? preferred : undefined;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two inserts at one offset overlap too: their order would be undefined.
  return (a.start < b.end && b.start < a.end) || (a.start === b.start && a.end === b.end) || (a.start === a.end && a.start === b.start) || (b.start === b.end && b.start === a.start);
}

const sameEdit = (a: TextEdit, b: TextEdit): boolean => a.start === b.start && a.end === b.end && a.newText === b.newText;

/**
 * The certain fixes of `findings` that do not overlap each other (in document order, the first wins), and their
 * findings. A finding whose fix is already taken whole (one renumbering for every wrong question number) is fixed by
 * it too, and counted.
 */
export function certainEdits(findings: readonly Finding[]): { edits: TextEdit[]; fixed: Finding[] } {
  const edits: TextEdit[] = [];
  const fixed: Finding[] = [];
  for (const f of findings) {
    const fix = certainFix(f);
    if (!fix) continue;
    if (edits.length > 0 && fix.edits.every((e) => edits.some((c) => sameEdit(e, c)))) {
      fixed.push(f);
      continue;
    }
    if (fix.edits.some((e) => edits.some((c) => overlaps(e, c)))) continue;
    edits.push(...fix.edits);
    fixed.push(f);
  }
  return { edits, fixed };
}

/** One edit from `before` to `after`: the differing middle, between their common start and end. */
export function differenceEdit(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return [{ start, end: before.length - tail, newText: after.slice(start, after.length - tail) }];
}

/**
 * Apply every certain fix to a text, check again, and repeat until nothing certain is left (at most `MAX_ROUNDS`).
 * `check` gives the findings of a text (the caller's analysis of the same document). When one round sufficed the
 * edits are that round's own, so an editor keeps its cursor and marks; otherwise one edit spans the changed stretch.
 */
export function fixAllText(text: string, check: (text: string) => readonly Finding[]): FixAllResult {
  let current = text;
  const fixed: Finding[] = [];
  let firstEdits: TextEdit[] | undefined;
  let rounds = 0;
  while (rounds < MAX_ROUNDS) {
    const round = certainEdits(check(current));
    if (round.edits.length === 0) break;
    const applied = applyEdits(current, round.edits);
    const next = applied.text;
    if (next === current) break;
    // Handed to an editor only when every edit was applied here as well.
    if (rounds === 0 && applied.skipped === 0) firstEdits = round.edits;
    fixed.push(...round.fixed);
    current = next;
    rounds++;
  }
  return { text: current, edits: rounds === 1 && firstEdits ? firstEdits : differenceEdit(text, current), fixed, rounds };
}
