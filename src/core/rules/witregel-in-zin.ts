import type { Draft } from '../draft/types';
import type { Line } from '../markdown/lines';
import type { Report, Rule } from './types';
import { proseParts } from './util';

export const witregelInZin: Rule = {
  id: 'witregel-in-zin',
  scope: 'part',
  kinds: ['motie', 'kamervragen'],
  defaultSeverity: 'warning',
  title: { nl: 'Witregel midden in een zin', en: 'Blank line inside a sentence' },
  docs: {
    summary: {
      nl: 'Signaleert een witregel midden in een zin: de zin loopt door in de volgende alinea (‘via luchtdroppingen hulpgoederen’ / ‘aan Gaza hebben geleverd;’).',
      en: 'Flags a blank line inside a sentence: the sentence runs on in the next paragraph (‘via luchtdroppingen hulpgoederen’ / ‘aan Gaza hebben geleverd;’).',
    },
    rationale: {
      nl:
        'Een witregel begint in Markdown een nieuwe alinea. Staat hij midden in een zin, dan wordt één overweging of vraag in het ' +
        'Kamerstuk twee alinea’s, waarvan de eerste zonder leesteken eindigt. De regel meldt een witregel tussen een woord en een woord ' +
        'met een kleine letter in hetzelfde onderdeel; een nieuwe overweging, een opsomming of een zin die met een hoofdletter begint, ' +
        'blijft ongemoeid.',
      en:
        'In Markdown a blank line starts a new paragraph. Inside a sentence it turns one overweging or question into two paragraphs in ' +
        'the Kamerstuk, the first ending without a mark. The rule flags a blank line between a word and a word in lower case within one ' +
        'part; a new overweging, a list or a sentence that starts with a capital is left alone.',
    },
    bad: 'constaterende dat Frankrijk en Jordanië via luchtdroppingen hulpgoederen\n\naan Gaza hebben geleverd;',
    good: 'constaterende dat Frankrijk en Jordanië via luchtdroppingen hulpgoederen aan Gaza hebben geleverd;',
    fixes: { nl: 'Vervangt de witregel door een spatie.', en: 'Replaces the blank line with a space.' },
  },
  check(ctx) {
    const { draft } = ctx;
    for (const part of proseParts(draft)) {
      for (let i = 1; i < part.lines.length; i++) {
        const report = breakBetween(draft, part.lines[i - 1]!, part.lines[i]!);
        if (report) ctx.report(report);
      }
    }
  },
};

/** How far the message quotes the words on either side of the blank line. */
const QUOTE = 40;

/**
 * A blank line between two lines of one part, the first ending in a word and the next going on in lower case: no
 * heading, footnote definition, list item or enumerator ("a.", "ii)") on either side, nothing but white space between.
 */
function breakBetween(draft: Draft, first: Line, next: Line): Report | undefined {
  const { text } = draft;
  const masked = draft.lines.masked;
  if (next.line < first.line + 2 || first.heading !== undefined || next.heading !== undefined || first.footnote !== undefined || next.footnote !== undefined) return undefined;
  if (next.marker || !/[\p{L}\p{N}]$/u.test(masked.slice(Math.max(first.start, first.end - 2), first.end))) return undefined;
  const opening = masked.slice(next.start, next.start + 8);
  if (!/^\p{Ll}/u.test(opening) || ENUMERATOR.test(opening) || !/^\s*$/.test(masked.slice(first.end, next.start))) return undefined;
  const before = wordBefore(text, first.end, first.start);
  const after = /^[^\s,;.:?!]*/.exec(text.slice(next.start, next.start + QUOTE))![0];
  // A comment in the gap is kept: then no fix.
  const plain = /^\s*$/.test(text.slice(first.end, next.start));
  return {
    start: first.end - before.length,
    end: next.start + after.length,
    message: {
      nl: `Witregel midden in een zin: na ‘${before}’ loopt de zin door in een nieuwe alinea (‘${after} …’).${plain ? ' Haal de witregel weg.' : ''}`,
      en: `Blank line inside a sentence: after ‘${before}’ the sentence runs on in a new paragraph (‘${after} …’).${plain ? ' Remove the blank line.' : ''}`,
    },
    fixes: plain ? [{ title: { nl: 'Haal de witregel weg', en: 'Remove the blank line' }, edits: [{ start: first.end, end: next.start, newText: ' ' }], isPreferred: true }] : [],
  };
}

/** "a. de regeling", "ii) de Kamer": a list the line model does not know as one. */
const ENUMERATOR = /^\p{Ll}{1,4}[.)]\s/u;

/** The word that ends at `end`, at most `QUOTE` characters, not before `from`. */
function wordBefore(text: string, end: number, from: number): string {
  let at = end;
  while (at > from && end - at < QUOTE && !/\s/.test(text[at - 1]!)) at--;
  return text.slice(at, end);
}
