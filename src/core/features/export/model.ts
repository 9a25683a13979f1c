import type { CorpusSet } from '../../corpus/registry';
import { quotedVia } from '../../citation/format';
import type { Commitment } from '../../corpus/types';
import { openCitationKeys } from '../../draft/citationKeys';
import { unreadableFrontmatterDate } from '../../draft/date';
import { isConstatering, openerText } from '../../draft/formulas';
import { danglingMarkers, unlistedNotes } from '../../draft/footnotes';
import { placeholders } from '../../draft/placeholders';
import type { Draft } from '../../draft/types';
import { positionAt } from '../../text/positions';
import { pick, type Finding, type Localized, type Taal } from '../../types';
import { EXPORT_TEXT } from './messages';
import { motieBlocks, partPieces } from './motie';
import { runsOf, runsText, type NoteResolver } from './runs';
import type { ExportDocument, ExportIssue, ExportNote, ExportOptions, ExportResult } from './types';
import { vragenBlocks } from './vragen';

/**
 * Export a checked draft: its layout as the Kamer publishes it, or, while error findings remain and no override
 * (`toch`) was given, nothing but the report that lists them. Warnings are listed either way, with the export's own:
 * a motie's citation key that is dropped where the prose names neither the agreement nor its words.
 */
export function exportDraft({ draft, findings }: { draft: Draft; findings: readonly Finding[] }, corpus: CorpusSet, taal: Taal, options: ExportOptions = {}): ExportResult {
  const issue = (code: string, severity: ExportIssue['severity'], message: string, start: number, end: number): ExportIssue => ({
    code,
    severity,
    message,
    line: positionAt(draft.lines.lineStarts, start).line,
    text: shorten(draft.text.slice(start, end)),
  });
  // In Kamervragen a citation key becomes a note with the commitment's words; a key that names no commitment would put
  // "ca2026:… (onbekende toezegging)" in the document for the Griffie (a reviewer): it stops the export like an error.
  // So does a note number the list of notes lacks ("?4" with notes 1 to 3): the Griffie would get the stray digit (a
  // staffer's trial), and a marker without its footnote ("?[^2]" and no "[^2]: …"): the export left the marker out and
  // the source with it, said only among the warnings (a staffer's trial). `voetnoten` warns of both; here they are errors.
  // A key in a group left open ("[@ca2026:…,") would go out as it is written, in a motie too (its keys are dropped
  // only when they are read as keys).
  const missing = [...(draft.kind === 'kamervragen' ? unlistedNotes(draft) : []), ...danglingMarkers(draft).map((m) => m.span)];
  const open = openCitationKeys(draft);
  const isMissing = (f: Finding) =>
    (f.ruleId === NOTES_RULE && missing.some((m) => m.start === f.start && m.end === f.end)) || (f.ruleId === UNKNOWN_KEY_RULE && open.some((k) => k.start === f.start && k.end === f.end));
  const stops = (f: Finding) => f.severity === 'error' || isMissing(f) || (draft.kind === 'kamervragen' && f.ruleId === UNKNOWN_KEY_RULE);
  const errors = findings.filter((f) => stops(f) && f.ruleId !== PLACEHOLDER_RULE).map((f) => issue(f.ruleId, 'error', f.message, f.start, f.end));
  // A placeholder is the export's own error below, whatever `invulplek` is set to: its finding is not listed twice.
  const warnings = findings.filter((f) => f.severity === 'warning' && !stops(f) && f.ruleId !== PLACEHOLDER_RULE).map((f) => issue(f.ruleId, 'warning', f.message, f.start, f.end));
  // Over its work budget the draft is the part within it: an export would lose the rest, whatever the user chooses.
  if (draft.budgetExceeded) {
    return { report: { blocked: true, final: true, overridden: false, errors: [issue('te-groot', 'error', pick(EXPORT_TEXT.overBudget, taal), 0, 0), ...errors], warnings } };
  }
  if (draft.kind === 'other') {
    return { report: { blocked: true, final: true, overridden: false, errors: [issue('geen-concept', 'error', pick(EXPORT_TEXT.notADraft, taal), 0, 0), ...errors], warnings } };
  }
  // A placeholder left to fill in ("<gemeente>", "<titel van het bericht>") would go to the Griffie as it stands.
  for (const p of placeholders(draft)) errors.push(issue(PLACEHOLDER_RULE, 'error', pick(EXPORT_TEXT.placeholder(p.text), taal), p.start, p.end));
  errors.sort((a, b) => a.line - b.line);
  const { document, todayAdded, renumbered } = draft.kind === 'motie' ? { ...motieDocument(draft, corpus), renumbered: undefined } : vragenDocument(draft, corpus);
  if (renumbered) warnings.push(issue('vragen-hernummerd', 'warning', pick(EXPORT_TEXT.renumbered(renumbered.written), taal), renumbered.start, renumbered.end));
  if (todayAdded) {
    const today = todayWarning(draft, todayAdded.date);
    warnings.push(issue(today.code, 'warning', pick(today.message, taal), todayAdded.start, todayAdded.end));
  }
  if (draft.kind === 'motie') {
    for (const lost of lostCitations(draft, corpus)) {
      warnings.push(issue('citeersleutel-zonder-vermelding', 'warning', pick(EXPORT_TEXT.lostCitation(lost.key, `${pick(lost.where, taal)} (${pick(EXPORT_TEXT.line(lost.line + 1), taal)})`), taal), lost.start, lost.end));
    }
  }
  if (draft.kind === 'kamervragen') {
    for (const q of quotedOnlyNotes(draft, corpus)) warnings.push(issue('noot-niet-gecontroleerd', 'warning', pick(EXPORT_TEXT.quotedOnly(q.key, q.publication), taal), q.start, q.end));
  }
  warnings.sort((a, b) => a.line - b.line);
  const blocked = errors.length > 0 && !options.toch;
  const report = { blocked, overridden: errors.length > 0 && !blocked, errors, warnings };
  return blocked ? { report } : { report, document };
}

/** The rule that reports a placeholder left to fill in; the export's own code for it too. */
const PLACEHOLDER_RULE = 'invulplek';
/** The rule that reports a citation key naming no loaded commitment. */
const UNKNOWN_KEY_RULE = 'onbekende-toezegging';
/** The rule that reports a note without its text. */
const NOTES_RULE = 'voetnoten';

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

/**
 * A note's own words that only lead in to what it cites: "Zie", "Zie ook:", "Vgl.", "Bron:", with what joined several
 * keys ("Zie [@a] en [@b]." left "Zie en."; a reviewer), then a full stop.
 */
const LEAD_IN_ONLY = /^(zie(?: ook| bijvoorbeeld| bijv\.| onder meer| hierover)?|vgl\.|vergelijk|bron)(?:\s*:)?(?:\s*(?:,|;|\ben\b|\bsamen met\b))*\s*\.?$/i;

/** Markdown footnotes numbered in the order they are referred to; the same label keeps its number. */
function footnoteNumbers(
  draft: Draft,
  allocate: () => number,
  notes: ExportNote[],
  describe: (keys: string[]) => string[],
  commitmentOf: (key: string) => { commitment: Commitment | undefined; agreement: { title: string; shortTitle?: string } | undefined },
): (label: string) => number {
  const numbers = new Map<string, number>();
  return (label) => {
    const known = numbers.get(label.toLowerCase());
    if (known !== undefined) return known;
    const number = allocate();
    numbers.set(label.toLowerCase(), number);
    const def = draft.lines.footnoteDefinitions.find((d) => d.label.toLowerCase() === label.toLowerCase());
    // Keys inside a note cannot take a note of their own: their commitment is written out in the note, unless the note
    // names the agreement and quotes its words already (the footnote Akkoordwijzer's own fix writes gave its quotation
    // twice; a staffer's trial). A note that quotes without naming it keeps the agreement's title and page (a reviewer).
    const keys: string[] = [];
    const text = def ? runsText(runsOf(draft, [def.contentSpan], { citation: (k) => (keys.push(...k), []), footnote: () => undefined })) : '';
    const described = describe(keys.filter((k) => !citesInFull(text, commitmentOf(k))));
    // "Zie [@key]." left "Zie." before the commitment ("Zie. Aan de slag …"; a reviewer): a lead-in alone takes it in place.
    const lead = LEAD_IN_ONLY.exec(text);
    notes.push({ number, text: lead && described.length > 0 ? `${lead[1]}${/^bron$/i.test(lead[1]!) ? ':' : ''} ${described.join(' ')}` : [text, ...described].filter((t) => t !== '').join(' ') });
    return number;
  };
}

/**
 * The warning that the export gave an undated draft today's date: the motie or header names none, or the front matter
 * names one that cannot be read, or cannot be read at all (then it says that, not that there is none).
 */
function todayWarning(draft: Draft, date: string): { code: string; message: Localized } {
  const motie = draft.kind === 'motie';
  const written = unreadableFrontmatterDate(draft.frontmatter, draft.today);
  const added = motie ? 'Voorgesteld' : '(ingezonden';
  const day = motie ? date : `${date})`;
  const message =
    written !== undefined
      ? EXPORT_TEXT.todayForUnreadable(written, added, day)
      : draft.frontmatterProblem
        ? EXPORT_TEXT.todayForBrokenFrontmatter(added, day)
        : motie
          ? EXPORT_TEXT.proposedToday(date)
          : EXPORT_TEXT.submittedToday(date);
  return { code: motie ? 'voorgesteld-vandaag' : 'ingezonden-vandaag', message };
}

/** A motie as a document, and the date of today when the export gave the undated motie that one. */
function motieDocument(draft: Draft, corpus: CorpusSet): { document: ExportDocument; todayAdded?: { date: string; start: number; end: number } | undefined } {
  const notes: ExportNote[] = [];
  let next = 1;
  const footnote = footnoteNumbers(draft, () => next++, notes, (keys) => keys.map((k) => commitmentNote(corpus.get(k), k, corpus)), commitmentWithAgreement(corpus));
  const { title, blocks, todayAdded } = motieBlocks(draft, { citation: () => [], footnote });
  return { document: { kind: 'motie', title, blocks, notes: notes.sort((a, b) => a.number - b.number) }, todayAdded };
}

/** Kamervragen as a document, and the date of today when the export gave the undated header that one. */
function vragenDocument(
  draft: Draft,
  corpus: CorpusSet,
): { document: ExportDocument; todayAdded?: { date: string; start: number; end: number } | undefined; renumbered?: { written: (number | undefined)[]; start: number; end: number } | undefined } {
  const notes: ExportNote[] = [];
  let next = 1;
  const describe = (keys: string[]) => keys.map((k) => commitmentNote(corpus.get(k), k, corpus));
  // Footnotes and keys share one sequence, in the order the reader meets them. A key cited again refers to its note
  // (it gave a second note with the same words; a staffer's trial), as a footnote label does.
  const byKey = new Map<string, number>();
  const byListed = new Map<number, number>();
  const resolve: NoteResolver = {
    citation: (keys) =>
      keys.map((k) => {
        const known = byKey.get(k);
        if (known !== undefined) return known;
        const number = next++;
        byKey.set(k, number);
        notes.push({ number, text: describe([k])[0]! });
        return number;
      }),
    footnote: footnoteNumbers(draft, () => next++, notes, describe, commitmentWithAgreement(corpus)),
    listed: (n) => byListed.get(n) ?? (byListed.set(n, next++), next - 1),
  };
  const { title, blocks, listed, header, todayAdded, renumbered } = vragenBlocks(draft, resolve);
  return { document: { kind: 'kamervragen', title, blocks, notes: [...listed, ...notes].sort((a, b) => a.number - b.number), header }, todayAdded, renumbered };
}

/** A commitment as a note: the agreement's title, the page, and its exact words. */
export function commitmentNote(commitment: Commitment | undefined, key: string, corpus: CorpusSet): string {
  if (!commitment) return pick(EXPORT_TEXT.unknownKey(key), 'nl');
  const title = corpus.corpus(commitment.corpusId)?.title ?? commitment.corpusId;
  const page = commitment.page !== undefined ? `, p. ${commitment.page}` : '';
  return `${title}${page}: “${commitment.text}”`;
}

/**
 * Kamervragen's keys (each once) whose note gives words the corpus has only as another publication quoted them: the
 * note gives them as the agreement's, page and all (the hover said "niet gecontroleerd"; the note did not; a staffer's
 * trial).
 */
function quotedOnlyNotes(draft: Draft, corpus: CorpusSet): { key: string; publication: string; start: number; end: number }[] {
  const out = new Map<string, { key: string; publication: string; start: number; end: number }>();
  for (const c of draft.citations) {
    const commitment = corpus.get(c.key);
    const via = commitment && quotedVia(commitment);
    if (via && !out.has(c.key)) out.set(c.key, { key: c.key, publication: via.publication, start: c.start, end: c.end });
  }
  return [...out.values()];
}

/** A motie's citation keys whose part, once the key is gone, names neither the agreement nor the commitment's words. */
function lostCitations(draft: Draft, corpus: CorpusSet): { key: string; start: number; end: number; line: number; where: (typeof EXPORT_TEXT.partName)[keyof typeof EXPORT_TEXT.partName] }[] {
  const lost = [];
  for (const c of draft.citations) {
    // A key in a footnote is written out in its note: nothing is lost.
    if (draft.lines.footnoteDefinitions.some((d) => d.contentSpan.start <= c.group.start && c.group.end <= d.contentSpan.end)) continue;
    const part = draft.parts.find((p) => p.start <= c.group.start && c.group.end <= p.end);
    const prose = part ? runsText(runsOf(draft, partPieces(part), { citation: () => [], footnote: () => undefined })) : '';
    const commitment = corpus.get(c.key);
    if (namesAgreement(prose, commitment, commitment && corpus.corpus(commitment.corpusId))) continue;
    const where = part?.kind === 'overweging' && isConstatering(openerText(draft, part)) ? EXPORT_TEXT.partName.constatering : part?.kind === 'overweging' || part?.kind === 'dictum' ? EXPORT_TEXT.partName[part.kind] : EXPORT_TEXT.partName.other;
    lost.push({ key: c.key, start: c.group.start, end: c.group.end, line: positionAt(draft.lines.lineStarts, (part ?? c).start).line, where });
  }
  return lost;
}

const fold = (text: string) => ` ${text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
/** Words in a row from the commitment that count as quoting it: fewer would match common phrases. */
const QUOTED_RUN = 6;
/** The shortest run of the commitment's words that counts towards `QUOTED_RUN`. */
const QUOTED_PIECE = 3;

/** A key's commitment and the agreement it belongs to. */
function commitmentWithAgreement(corpus: CorpusSet): (key: string) => { commitment: Commitment | undefined; agreement: { title: string; shortTitle?: string } | undefined } {
  return (key) => {
    const commitment = corpus.get(key);
    return { commitment, agreement: commitment && corpus.corpus(commitment.corpusId) };
  };
}

/** A note that names the agreement (its title, or "akkoord") and quotes the commitment's words: the citation in full. */
function citesInFull(note: string, of: { commitment: Commitment | undefined; agreement: { title: string; shortTitle?: string } | undefined }): boolean {
  return namesAgreement(note, undefined, of.agreement) && quotesCommitment(note, of.commitment);
}

/** The prose names an agreement ("coalitieakkoord", "regeerakkoord", its title) or repeats the commitment's words. */
export function namesAgreement(prose: string, commitment: Commitment | undefined, agreement: { title: string; shortTitle?: string } | undefined): boolean {
  if (/akkoord/i.test(prose)) return true;
  const folded = fold(prose);
  const titles = [agreement?.title, agreement?.shortTitle].filter((t): t is string => !!t && t.trim() !== '');
  if (titles.some((t) => folded.includes(fold(t)))) return true;
  return quotesCommitment(prose, commitment);
}

/**
 * The prose repeats the commitment's words: `QUOTED_RUN` of them (all, if it has fewer), in runs of at least
 * `QUOTED_PIECE` in a row — "een Nederlandse Digitale Dienst … die ‘compact, deskundig en met doorzettingsmacht’ is"
 * quotes it in two pieces (one run of six was asked before, and the export said the part named neither the agreement
 * nor its words; a staffer's trial).
 */
function quotesCommitment(prose: string, commitment: Commitment | undefined): boolean {
  if (!commitment) return false;
  const folded = fold(prose);
  const words = fold(commitment.text).trim().split(' ');
  const wanted = Math.min(QUOTED_RUN, words.length);
  let found = 0;
  for (let i = 0; i < words.length && found < wanted; ) {
    let run = 0;
    while (i + run < words.length && folded.includes(` ${words.slice(i, i + run + 1).join(' ')} `)) run++;
    if (run >= Math.min(QUOTED_PIECE, words.length)) found += run;
    i += Math.max(run, 1);
  }
  return found >= wanted;
}

