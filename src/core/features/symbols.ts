import { numberedByKind, partAct } from '../draft/partActs';
import type { Draft, Part } from '../draft/types';
import { pick, type Span, type Taal } from '../types';

export interface DraftSymbol extends Span {
  name: string;
  detail: string;
  kind: 'document' | 'section' | 'item' | 'question';
  /** The span to select when the symbol is chosen (the opener). */
  selection: Span;
  children: DraftSymbol[];
}

const LABELS: Record<string, { nl: string; en: string }> = {
  kop: { nl: 'Kop', en: 'Heading' },
  aanhef: { nl: 'Aanhef', en: 'Opening' },
  beraadslaging: { nl: 'Gehoord de beraadslaging', en: 'Having heard the debate' },
  constatering: { nl: 'Constatering', en: 'Observation' },
  overweging: { nl: 'Overweging', en: 'Consideration' },
  verzoek: { nl: 'Verzoek', en: 'Request' },
  uitspraak: { nl: 'Uitspraak', en: 'Statement' },
  dictum: { nl: 'Dictum', en: 'Dictum' },
  slot: { nl: 'Slot', en: 'Closing' },
  indiener: { nl: 'Indieners', en: 'Submitters' },
  header: { nl: 'Kop', en: 'Header' },
  vraag: { nl: 'Vraag', en: 'Question' },
  antwoord: { nl: 'Antwoord', en: 'Answer' },
  toelichting: { nl: 'Toelichting', en: 'Notes' },
};

function preview(draft: Draft, part: Part, max = 80): string {
  const s = draft.lines.masked.slice(part.opener ? part.opener.start : part.start, part.wordsEnd).replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** A later line of a motie's head by what it says ("Voorgesteld", "Ingediend"), else numbered: two symbols were both "Kop". */
function headName(draft: Draft, part: Part, label: string, n: number, taal: Taal): string {
  const first = /^(voorgesteld|ingediend)\b/i.exec(draft.lines.masked.slice(part.start, part.wordsEnd).trimStart())?.[1]?.toLowerCase();
  // In English as its neighbours are ("Heading 2", "Opening"): "Voorgesteld" stayed Dutch (a staffer's trial).
  return first ? pick(HEAD_WORDS[first as keyof typeof HEAD_WORDS], taal) : `${label} ${n}`;
}

const HEAD_WORDS = { voorgesteld: { nl: 'Voorgesteld', en: 'Tabled' }, ingediend: { nl: 'Ingediend', en: 'Submitted' } } as const;

/**
 * The outline: the parts of a motie, its overwegingen and dicta by what they are ("Constatering 1", "Overweging 1",
 * "Verzoek 1", "Uitspraak 1"; all were "Overweging n" or "Dictum", a staffer's trial); the header and each question of
 * Kamervragen.
 */
export function documentSymbols(draft: Draft, taal: Taal): DraftSymbol[] {
  const out: DraftSymbol[] = [];
  let indieners: DraftSymbol | undefined;
  let heads = 0;
  const acts = draft.parts.map((part) => partAct(draft, part));
  const numbers = numberedByKind(acts);
  for (const [i, part] of draft.parts.entries()) {
    const act = acts[i];
    const label = LABELS[act ?? part.kind]![taal];
    const selection = part.opener && part.opener.end > part.opener.start ? part.opener : { start: part.start, end: Math.min(part.wordsEnd, part.start + 40) };
    if (part.kind === 'indiener') {
      if (!indieners) {
        indieners = { name: label, detail: '', kind: 'section', start: part.start, end: part.end, selection, children: [] };
        out.push(indieners);
      }
      indieners.end = part.end;
      // One name per line: names on lines without a blank line between them are one part ("Van den Berg\nJansen" was
      // one symbol whose name held a line break).
      for (const line of part.lines) {
        const name = line.content.trim();
        if (!name) continue;
        const span = { start: line.contentStart, end: line.contentStart + line.content.length };
        indieners.children.push({ name, detail: '', kind: 'item', ...span, selection: span, children: [] });
      }
      indieners.detail = indieners.children.map((c) => c.name).join(', ');
      continue;
    }
    if (part.kind === 'kop') heads++;
    const name =
      part.kind === 'vraag' && part.number
        ? `${label} ${part.number.value}`
        : act
          ? `${label} ${numbers[i]}`
          : part.kind === 'kop' && heads > 1
            ? headName(draft, part, label, heads, taal)
            : label;
    out.push({ name, detail: preview(draft, part), kind: part.kind === 'vraag' ? 'question' : 'section', start: part.start, end: part.end, selection, children: [] });
  }
  return out;
}
