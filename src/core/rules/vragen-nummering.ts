import { QUESTION_START } from '../draft/formulas';
import type { Draft, Part } from '../draft/types';
import type { Line } from '../markdown/lines';
import { lineStartOf } from '../text/positions';
import type { Rule } from './types';
import { partsOf } from './util';

/** How many times, in words: "komt twee keer voor", "komt drie keer voor". */
const TIMES: Record<number, { nl: string; en: string }> = {
  2: { nl: 'twee keer', en: 'twice' },
  3: { nl: 'drie keer', en: 'three times' },
  4: { nl: 'vier keer', en: 'four times' },
  5: { nl: 'vijf keer', en: 'five times' },
};

export const vragenNummering: Rule = {
  id: 'vragen-nummering',
  kinds: ['kamervragen'],
  defaultSeverity: 'warning',
  title: { nl: 'Nummering van de vragen', en: 'Numbering of the questions' },
  docs: {
    summary: {
      nl: 'Vragen zijn doorlopend genummerd vanaf 1, zonder gaten of dubbele nummers.',
      en: 'Questions are numbered consecutively from 1, without gaps or duplicates.',
    },
    rationale: {
      nl: 'De bewindspersoon antwoordt per vraagnummer (‘Antwoord op vraag 3’). Een gat of een dubbel nummer maakt de beantwoording en het terugvinden van antwoorden onduidelijk. Ook een alinea die binnen een genummerde vraag opnieuw een vraag stelt, zonder eigen nummer, wordt gemeld: in een concept dat maar deels is genummerd, of onder ‘Vraag 7’ gepubliceerd, krijgt die vraag geen eigen antwoord.',
      en: 'The minister answers per number (‘Answer to question 3’). A gap or a duplicate makes answers hard to match and find. A paragraph inside a numbered question that asks again, without a number of its own, is flagged too: in a draft numbered in part, or published under ‘Vraag 7’, that question gets no answer of its own.',
    },
    bad: 'Vraag 1\n…\nVraag 3\n…\nVraag 3',
    good: 'Vraag 1\n…\nVraag 2\n…\nVraag 3',
    fixes: { nl: 'Nummert alle vragen opnieuw, doorlopend vanaf 1.', en: 'Renumbers all questions consecutively from 1.' },
  },
  check(ctx) {
    const all = partsOf(ctx.draft, 'vraag');
    if (all.length > 0 && all.every((v) => !v.number)) {
      // Written without numbers: number them as an ordered list, each question its own number and answer.
      ctx.report({
        start: all[0]!.start,
        end: all[0]!.lines[0]!.end,
        message: {
          nl: `De ${all.length === 1 ? 'vraag is' : `${all.length} vragen zijn`} niet genummerd: de bewindspersoon antwoordt per nummer.`,
          en: `The ${all.length === 1 ? 'question is' : `${all.length} questions are`} not numbered: the minister answers per number.`,
        },
        fixes: [{ title: { nl: 'Nummer de vragen (1., 2., …)', en: 'Number the questions (1., 2., …)' }, edits: all.map((v, i) => {
          // A bullet ("- Hoeveel …?") becomes the number; otherwise the number goes before the question.
          const bullet = v.lines[0]?.marker && v.lines[0].marker.ordinal === undefined ? v.lines[0].marker.span : undefined;
          return bullet ? { start: bullet.start, end: bullet.end, newText: `${i + 1}.` } : { start: v.start, end: v.start, newText: `${i + 1}. ` };
        }), isPreferred: true }],
      });
      return;
    }
    for (const line of all.flatMap((v) => unnumberedQuestions(ctx.draft, v))) {
      ctx.report({
        start: line.contentStart,
        end: line.end,
        message: { nl: 'Deze alinea stelt een vraag zonder nummer: geef haar een eigen nummer.', en: 'This paragraph asks a question without a number: give it a number of its own.' },
      });
    }
    const vragen = all.filter((v) => v.number);
    const renumber = vragen
      .map((v, i) => ({ start: v.number!.span.start, end: v.number!.span.end, newText: String(i + 1), current: v.number!.value }))
      .filter((e) => e.current !== Number(e.newText))
      .map(({ start, end, newText }) => ({ start, end, newText }));
    const seen = new Map<number, number>();
    vragen.forEach((v, i) => {
      const n = v.number!;
      const expectedNo = i + 1;
      const previous = i > 0 ? vragen[i - 1]!.number!.value : 0;
      let problem: { nl: string; en: string } | undefined;
      const times = (seen.get(n.value) ?? 0) + 1;
      if (times > 1) {
        // The third "1." of "1. 1. 1." said "twee keer" too (a staffer's trial).
        problem = { nl: `Vraagnummer ${n.value} komt ${TIMES[times]?.nl ?? `${times} keer`} voor.`, en: `Question number ${n.value} occurs ${TIMES[times]?.en ?? `${times} times`}.` };
      } else if (n.value > previous + 1 && i === 0) {
        // The first question: there is no question before it to name ("Na vraag 0", a reviewer).
        const one = n.value === 2;
        problem = {
          nl: `De vragen beginnen bij vraag ${n.value}: ${one ? 'vraag 1 ontbreekt' : `vragen 1 t/m ${n.value - 1} ontbreken`}.`,
          en: `The questions start at question ${n.value}: ${one ? 'question 1 is missing' : `questions 1 to ${n.value - 1} are missing`}.`,
        };
      } else if (n.value > previous + 1) {
        const one = n.value - previous - 1 === 1;
        problem = {
          nl: `Na vraag ${previous} volgt vraag ${n.value}: ${one ? `vraag ${previous + 1} ontbreekt` : `vragen ${previous + 1} t/m ${n.value - 1} ontbreken`}.`,
          en: `Question ${n.value} follows question ${previous}: ${one ? `question ${previous + 1} is missing` : `questions ${previous + 1} to ${n.value - 1} are missing`}.`,
        };
      } else if (n.value !== previous + 1) {
        // Only a number going back ("1, 3, 2") comes here: a gap ("3, 5") says what is missing above.
        problem = {
          nl: `Na vraag ${previous} komt vraag ${n.value}: de nummering loopt terug. Dit is de ${expectedNo}e vraag.`,
          en: `Question ${n.value} comes after question ${previous}: the numbering goes back. This is question ${expectedNo} in order.`,
        };
      }
      seen.set(n.value, times);
      if (!problem) return;
      ctx.report({
        start: n.span.start,
        end: n.span.end,
        message: problem,
        fixes: renumber.length > 0 ? [{ title: { nl: 'Nummer alle vragen doorlopend', en: 'Renumber all questions' }, edits: renumber, isPreferred: true }] : [],
      });
    });
  },
};

/**
 * The paragraphs of its own inside a numbered question that ask again ("1. …?⏎⏎Hoeveel ministeries …?⏎⏎2. …"): a
 * question left without its number in a draft numbered in part (it was read as the one before; a staffer's trial). Not
 * the question's first paragraph under a "Vraag 3" label of its own, nor a paragraph indented into the question's list
 * item (its words go on after a quotation: "2) Hoe beoordeelt u het advies, dat stelt:⏎> …⏎   Welke …?").
 */
function unnumberedQuestions(draft: Draft, vraag: Part): Line[] {
  if (!vraag.number) return [];
  const inItem = vraag.lines[0]?.marker !== undefined;
  const wordsFrom = vraag.opener?.end ?? vraag.start;
  const out: Line[] = [];
  let paragraphs = 0;
  for (const line of vraag.lines) {
    const words = line.contentStart < wordsFrom ? '' : line.content;
    if (!line.blockStart || words.trim() === '') continue;
    if (++paragraphs < 2 || line.marker || line.blockquote || line.heading !== undefined) continue;
    if (inItem && line.contentStart > lineStartOf(draft.text, line.contentStart)) continue;
    if (QUESTION_START.test(words) && words.trimEnd().endsWith('?')) out.push(line);
  }
  return out;
}
