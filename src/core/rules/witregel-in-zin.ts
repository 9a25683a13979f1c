import type { Rule } from './types';
import { proseParts } from './util';

/** A blank line between a word and a word in lower case: the sentence runs on in the next paragraph. */
const BREAK_IN_SENTENCE = /([\p{L}\p{N}])([ \t]*\r?\n[ \t]*\r?\n\s*)(\p{Ll})/gu;

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
    const { text } = draft;
    const masked = draft.lines.masked;
    for (const part of proseParts(draft)) {
      for (const m of masked.slice(part.start, part.end).matchAll(BREAK_IN_SENTENCE)) {
        const gapStart = part.start + m.index + m[1]!.length;
        const gapEnd = gapStart + m[2]!.length;
        const before = /\S+$/.exec(text.slice(part.start, gapStart))?.[0] ?? '';
        const after = /^[^\s,;.:?!]+/.exec(text.slice(gapEnd, part.end))?.[0] ?? '';
        // A comment or other blanked text in the gap is kept: then no fix.
        const plain = /^\s*$/.test(text.slice(gapStart, gapEnd));
        ctx.report({
          start: gapStart - before.length,
          end: gapEnd + after.length,
          message: {
            nl: `Witregel midden in een zin: ‘${before}’ / ‘${after}’ lopen door in de volgende alinea. Haal de witregel weg.`,
            en: `Blank line inside a sentence: ‘${before}’ / ‘${after}’ run on into the next paragraph. Remove the blank line.`,
          },
          fixes: plain ? [{ title: { nl: 'Haal de witregel weg', en: 'Remove the blank line' }, edits: [{ start: gapStart, end: gapEnd, newText: ' ' }], isPreferred: true }] : [],
        });
      }
    }
  },
};
