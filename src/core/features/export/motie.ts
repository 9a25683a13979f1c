import { MOTIE_TITLE } from '../../draft/formulas';
import { formatDate } from '../../draft/date';
import type { Draft, Part } from '../../draft/types';
import type { Span } from '../../types';
import { runsOf, runsText, type NoteResolver } from './runs';
import type { ExportBlock, ExportRole, ExportRun } from './types';

/** A kop line that is the motie's title as the Kamer writes it ("Nr. 469 MOTIE VAN HET LID VERHOEVEN C.S."). */
/** "Ingediend 14 maart 2023": the Kamer writes "Voorgesteld", which is made from the draft's date (read from this line). */
const INGEDIEND_LINE = /^ingediend\b/i;
const VOORGESTELD_LINE = /^voorgesteld\b/i;

const BODY_ROLES: Partial<Record<Part['kind'], ExportRole>> = {
  aanhef: 'aanhef',
  beraadslaging: 'beraadslaging',
  overweging: 'overweging',
  dictum: 'dictum',
  slot: 'slot',
};

/** The pieces of a part's lines that hold its words (a part may start or end inside a line). */
export function partPieces(part: Part, from = part.start): Span[] {
  return part.lines.map((l) => ({ start: Math.max(l.contentStart, from), end: l.end })).filter((s) => s.end > s.start);
}

/**
 * An item without a list marker on a line of its own inside a part: "a) …", "ii. …", after a line that announces or
 * continues a list (":" or ";"). Not "P. de Jong" or "– anders dan toegezegd –" on a wrapped line (a reviewer); a
 * Markdown list item has its marker.
 */
const ITEM_LINE = /^(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s/;
const BEFORE_ITEM = /[:;]\s*$/;

/**
 * A part's words, each item of a list in it on a line of its own with its mark: "1. Hoeveel vacatures zijn er bij:⏎1)
 * de marine;⏎2) de landmacht?", "verzoekt de regering:⏎1. vóór de Voorjaarsnota …;⏎2. de tarieven …". The lines were
 * folded into one and the list lost its numbers and dashes (a staffer's trials). `each` works on the runs of each line.
 */
export function linedRuns(draft: Draft, part: Part, resolve: NoteResolver, from = part.start, each: (runs: ExportRun[]) => ExportRun[] = (r) => r): ExportRun[] {
  const lines: { pieces: Span[]; paragraph: boolean }[] = [];
  part.lines.forEach((line, i) => {
    const item = i > 0 && !line.blockquote && (line.marker !== undefined || (ITEM_LINE.test(line.content) && BEFORE_ITEM.test(part.lines[i - 1]!.content)));
    // A paragraph of its own inside the part ("1. Kent u het bericht …?⏎⏎Het bericht meldt …") stays one: it was
    // joined onto the question's line (a staffer's trial).
    const paragraph = i > 0 && line.line > part.lines[i - 1]!.line + 1;
    const start = Math.max(item && line.marker ? line.marker.span.start : line.contentStart, from);
    if (line.end <= start) return;
    if (item || paragraph || lines.length === 0) lines.push({ pieces: [], paragraph });
    lines[lines.length - 1]!.pieces.push({ start, end: line.end });
  });
  const out: ExportRun[] = [];
  for (const { pieces, paragraph } of lines) {
    const runs = each(runsOf(draft, pieces, resolve));
    if (out.length > 0 && runs.length > 0) out.push(paragraph ? { lineBreak: true, paragraph: true } : { lineBreak: true });
    // One by one: a line of 250,000 characters gives as many runs, more than a call's arguments may be (a reviewer).
    for (const r of runs) out.push(r);
  }
  return out;
}

/**
 * A motie laid out as the Kamer publishes it: the kop lines as written (dossier, number), the title, "Voorgesteld
 * <datum>", "De Kamer,", "gehoord de beraadslaging,", each overweging and dictum a paragraph of its own, the slot, and
 * the members' names one per paragraph. A missing title is made from the members ("Motie van het lid X", "van de leden
 * X en Y", "van het lid X c.s.") and front matter `onderwerp:`; a missing date is the draft's date or, `todayAdded`,
 * today.
 */
export function motieBlocks(draft: Draft, resolve: NoteResolver): { title: string; blocks: ExportBlock[]; todayAdded?: { date: string; start: number; end: number } } {
  const kop: ExportBlock[] = [];
  const body: ExportBlock[] = [];
  const indieners: ExportBlock[] = [];
  let title: ExportBlock | undefined;
  let voorgesteld: ExportBlock | undefined;
  for (const part of draft.parts) {
    if (part.kind === 'kop') {
      // One paragraph per kop line: the published kop puts dossier, number and title on lines of their own.
      for (const piece of partPieces(part)) {
        const runs = runsOf(draft, [piece], resolve);
        const text = runsText(runs);
        if (text === '') continue;
        if (!title && MOTIE_TITLE.test(text)) title = { role: 'titel', runs };
        else if (!voorgesteld && VOORGESTELD_LINE.test(text)) voorgesteld = { role: 'voorgesteld', runs };
        else if (INGEDIEND_LINE.test(text)) continue;
        else kop.push({ role: 'kop', runs });
      }
    } else if (part.kind === 'indiener') {
      for (const piece of partPieces(part)) indieners.push({ role: 'indiener', runs: runsOf(draft, [piece], resolve) });
    } else {
      const role = BODY_ROLES[part.kind];
      if (role) body.push({ role, runs: linedRuns(draft, part, resolve) });
    }
  }
  const names = indieners.map((b) => runsText(b.runs)).filter((n) => n !== '');
  title ??= { role: 'titel', runs: [{ text: composedTitle(names, draft.frontmatter['onderwerp']) }] };
  const date = formatDate(draft.date?.iso ?? draft.today, 'nl');
  // Dated today without a word, a motie went to the Griffie with a day the user never wrote (a new user's trial).
  const todayAdded = !voorgesteld && !draft.date ? { date, start: 0, end: draft.parts.find((p) => p.kind === 'kop')?.wordsEnd ?? 0 } : undefined;
  voorgesteld ??= { role: 'voorgesteld', runs: [{ text: `Voorgesteld ${date}` }] };
  return { title: runsText(title.runs), blocks: [...kop, title, voorgesteld, ...body, ...indieners.filter((b) => b.runs.length > 0)], ...(todayAdded ? { todayAdded } : {}) };
}

/** "Motie van het lid X", "Motie van de leden X en Y", "Motie van het lid X c.s." (the Kamer's forms), "… over <onderwerp>". */
function composedTitle(names: string[], onderwerp: unknown): string {
  const first = names[0]?.replace(/\s+c\.s\.$/, '');
  const who = names.length === 0 ? 'Motie' : names.length === 1 ? `Motie van het lid ${first}` : names.length === 2 ? `Motie van de leden ${first} en ${names[1]}` : `Motie van het lid ${first} c.s.`;
  return typeof onderwerp === 'string' && onderwerp.trim() !== '' ? `${who} over ${onderwerp.trim()}` : who;
}
