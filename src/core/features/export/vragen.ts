import { formatDate } from '../../draft/date';
import { gluedNoteNumbers, gluedNotesIn, listedNotes } from '../../draft/footnotes';
import { VRAGEN_PREFIX } from '../../draft/formulas';
import type { Draft } from '../../draft/types';
import { linedRuns, partPieces } from './motie';
import { runsOf, runsText, type NoteResolver } from './runs';
import type { ExportBlock, ExportNote, ExportRun, VragenHeader } from './types';

/** "Vragen van het lid X (D66) aan de minister van … over … (ingezonden 2 maart 2026)." */
const HEADER = new RegExp(`^${VRAGEN_PREFIX}vragen\\s+van\\s+(?:het\\s+lid|de\\s+leden)\\s+(?<indieners>.+?)\\s+aan\\s+(?<adressaat>.+?)\\s+over\\s+(?<onderwerp>.+?)\\s*(?:\\((?<ingezonden>ingezonden[^)]*)\\))?\\s*\\.?$`, 'i');

/** Read the header into its parts, as written. */
export function readHeader(text: string): VragenHeader {
  const g = HEADER.exec(text)?.groups;
  if (!g) return {};
  const header: VragenHeader = { indieners: g['indieners']!, adressaat: g['adressaat']!, onderwerp: g['onderwerp']! };
  if (g['ingezonden']) header.ingezonden = g['ingezonden'].replace(/^ingezonden\s*/i, '');
  return header;
}

/**
 * Kamervragen laid out for submission: the header (with "(ingezonden <datum>)" added when the draft does not say it:
 * the draft's date or, `todayAdded`, today; closed with a full stop), the questions numbered 1 to n, other paragraphs
 * in their place, and the notes of a published-style list ("1 BNR, …") numbered with the others in reading order.
 */
export function vragenBlocks(
  draft: Draft,
  resolve: NoteResolver,
): {
  title: string;
  blocks: ExportBlock[];
  listed: ExportNote[];
  header: VragenHeader;
  todayAdded?: { date: string; start: number; end: number };
  renumbered?: { written: (number | undefined)[]; start: number; end: number };
} {
  const blocks: ExportBlock[] = [];
  const listed: ExportNote[] = [];
  let header: VragenHeader = {};
  let title = '';
  let todayAdded: { date: string; start: number; end: number } | undefined;
  const notes = listedNotes(draft).map((n) => ({ written: n.number, text: runsText(runsOf(draft, partPieces(n.part, n.textStart), resolve)) }));
  const numbers = new Set(notes.map((n) => n.written));
  // The list's notes are numbered with the others in the order the reader meets them: a footnote the source fix added
  // between "?1" and "?2" made them 1, 3, 2 (a staffer's trial).
  const renumber = (n: number) => resolve.listed?.(n) ?? n;
  for (const part of draft.parts) {
    if (part.note) continue;
    if (part.kind === 'vraag') {
      // "Vraag 3" on a line of its own is the label, not the question's words.
      const from = part.opener && part.opener.end > part.start && part.lines[0]!.contentStart < part.opener.end ? part.opener.end : part.start;
      const block: ExportBlock = { role: 'vraag', runs: linedRuns(draft, part, resolve, from, (runs) => gluedNotes(runs, numbers, renumber)) };
      if (part.number) block.number = part.number.value;
      blocks.push(block);
    } else if (part.kind === 'header' && !title) {
      const runs = runsOf(draft, partPieces(part), resolve);
      if (!/\(ingezonden\b/i.test(runsText(runs))) {
        const date = formatDate(draft.date?.iso ?? draft.today, 'nl');
        addIngezonden(runs, date);
        // Undated, the questions are taken to be sent in today: the report says so (they may go out later).
        if (!draft.date) todayAdded = { date, start: part.start, end: part.wordsEnd };
      } else closeHeader(runs);
      title = runsText(runs);
      header = readHeader(title);
      blocks.push({ role: 'header', runs });
    } else {
      const runs = runsOf(draft, partPieces(part), resolve);
      if (runs.length > 0) blocks.push({ role: 'alinea', runs });
    }
  }
  // Notes nobody refers to come after the others, in the list's order.
  for (const n of notes) listed.push({ number: renumber(n.written), text: n.text });
  return { title, blocks, listed, header, ...(todayAdded ? { todayAdded } : {}), ...renumbered(draft, blocks) };
}

/**
 * The questions numbered 1 to n in their order, as the Kamer publishes them: "1. 1. 1." (Markdown's own way, shown as 1,
 * 2, 3), "Vraag 1, Vraag 3, Vraag 3" or none went to the document as written (a staffer's trial). What was written,
 * for the report, when it differed.
 */
function renumbered(draft: Draft, blocks: ExportBlock[]): { renumbered?: { written: (number | undefined)[]; start: number; end: number } } {
  const questions = blocks.filter((b) => b.role === 'vraag');
  const written = questions.map((b) => b.number);
  questions.forEach((b, i) => (b.number = i + 1));
  if (written.every((n, i) => n === i + 1)) return {};
  const first = draft.parts.find((p) => p.kind === 'vraag');
  return { renumbered: { written, start: first?.start ?? 0, end: first?.wordsEnd ?? 0 } };
}

/**
 * A note number glued to a mark as published ("bericht «X»?1", "Kamer»2", "³"), as a note of the list when the list has
 * that number: the export numbers it as it numbers every note ("?[1]" in plain text, a footnote in Markdown and Word).
 * It stayed a bare "1" beside a list of notes nothing referred to.
 */
function gluedNotes(runs: ExportRun[], numbers: ReadonlySet<number>, renumber: (n: number) => number): ExportRun[] {
  if (numbers.size === 0) return runs;
  const out: ExportRun[] = [];
  for (const run of runs) {
    if (!('text' in run)) {
      out.push(run);
      continue;
    }
    let at = 0;
    for (const m of gluedNoteNumbers(run.text)) {
      const notes = gluedNotesIn(m, numbers);
      if (notes.length === 0) continue;
      if (m.start > at) out.push({ text: run.text.slice(at, m.start) });
      for (const note of notes) out.push({ note: renumber(note) });
      at = m.end;
    }
    if (at < run.text.length) out.push({ text: run.text.slice(at) });
  }
  return out;
}

/** A header that says "(ingezonden …)" ends in a full stop after it, as the Kamer publishes it. */
function closeHeader(runs: ExportBlock['runs']): void {
  const last = runs[runs.length - 1];
  if (!last || !('text' in last)) return;
  const trimmed = last.text.replace(/\s+$/, '');
  if (trimmed.endsWith(')')) last.text = `${trimmed}.`;
}

/** Put "(ingezonden <datum>)" before the header's closing full stop. */
function addIngezonden(runs: ExportBlock['runs'], date: string): void {
  const last = runs[runs.length - 1];
  if (last && 'text' in last && last.text.endsWith('.')) last.text = `${last.text.slice(0, -1)} (ingezonden ${date}).`;
  else runs.push({ text: ` (ingezonden ${date}).` });
}
