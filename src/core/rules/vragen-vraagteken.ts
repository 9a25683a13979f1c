import { wordsEnd } from '../draft/segment';
import { QUESTION_START } from '../draft/formulas';
import type { Draft, Part } from '../draft/types';
import type { Rule } from './types';
import { afterCitations, partsOf, questionLabel, TRAILING_ABBREVIATION, trailingMarks, WORD_ABBREVIATIONS } from './util';

/** A last sentence that is a question in form: an interrogative word or an inverted verb first. */
const QUESTION_FORM =
  /(?:^|[.!?]\s+)(?:wat|wie|waar|waarom|wanneer|welke?|hoe|hoeveel|hoezeer|in hoeverre|op welke|kunt|kan|bent|is|zijn|heeft|hebt|deelt|wilt|wil|acht|erkent|herkent|kent|weet|ziet|vindt|gaat|zal|zult|was|waren|klopt|valt|verwacht|overweegt|onderschrijft|realiseert|neemt|beschikt)\b[^.!?]*\.?$/i;

export const vragenVraagteken: Rule = {
  id: 'vragen-vraagteken',
  kinds: ['kamervragen'],
  defaultSeverity: 'warning',
  // A finding follows from its question alone: its words, its number, and a quotation that closes it (a quotation
  // opened before the part's margin blanks the part's own words, which its key holds: see partScope.ts).
  scope: 'part',
  title: { nl: 'Vraag zonder vraagteken', en: 'Question without a question mark' },
  docs: {
    summary: { nl: 'Elke genummerde vraag bevat een vraag, met vraagteken.', en: 'Every numbered question contains a question, with a question mark.' },
    rationale: {
      nl: 'Een genummerde ‘vraag’ die alleen iets vaststelt, geeft de bewindspersoon ruimte om er niet op in te gaan. Maak er een vraag van, of voeg de tekst bij de vraag waar hij bij hoort.',
      en: 'A numbered ‘question’ that only states something lets the minister avoid it. Make it a question, or join it to the question it belongs to.',
    },
    bad: '3. Kunt u aangeven hoeveel ransomware-aanvallen er in 2025 zijn gemeld.',
    good: '3. Kunt u aangeven hoeveel ransomware-aanvallen er in 2025 zijn gemeld?',
    fixes: {
      nl: 'Vervangt de punt door een vraagteken wanneer de laatste zin de vorm van een vraag heeft, en zet er een achter als die zin zonder leesteken eindigt.',
      en: 'Replaces the full stop with a question mark when the last sentence has the form of a question, and adds one when that sentence ends without a mark.',
    },
  },
  check(ctx) {
    const { draft } = ctx;
    const own = draft.ownWords;
    for (const vraag of partsOf(draft, 'vraag')) {
      const bodyStart = vraag.opener ? vraag.opener.end : vraag.start;
      // Judged on the member's own words: a question mark in a quoted title («Wat nu?») or a blockquote does not make
      // the text a question, and a full stop inside a quotation is never changed.
      const words = own.slice(bodyStart, vraag.wordsEnd);
      if (words.trim() === '') continue;
      const label = questionLabel(vraag);
      if (!words.includes('?')) {
        if (endsWithQuotedQuestion(draft, vraag.wordsEnd)) continue;
        const end = ownEnd(draft, vraag);
        // An abbreviation's full stop ends no sentence: "… van 19 maart a.s." ends without a mark, and gets "a.s.?" (it
        // was no question to the rule, and "stel een vraag" was its advice; a staffer's trial).
        const abbreviated = TRAILING_ABBREVIATION.exec(own.slice(bodyStart, end));
        const flat = own.slice(bodyStart, end - (abbreviated?.[0].length ?? 0)).replace(/\s+/g, ' ').trim();
        const last = abbreviated ? 'a' : own.charAt(end - 1);
        // A question in form that ends in a full stop gets a question mark for it; one that ends without a mark (the
        // last question typed in a hurry: "Kunt u deze vragen beantwoorden voor het debat") gets one after it.
        const after = end === vraag.wordsEnd ? afterCitations(draft.text, vraag) : end;
        const fix = !QUESTION_FORM.test(withoutInnerDots(flat)) ? undefined : last === '.' ? toQuestionMark(end - 1) : UNMARKED_END.test(last) ? endWithQuestionMark(after) : undefined;
        ctx.report({
          start: vraag.start,
          end,
          // A question in form lacks only its mark; anything else must still become a question.
          message: !fix
            ? { nl: `${label.nl} bevat geen vraagteken: stel een vraag.`, en: `${label.en} has no question mark: ask a question.` }
            : last === '.'
              ? { nl: `${label.nl} eindigt op een punt: sluit af met een vraagteken.`, en: `${label.en} ends in a full stop: end it with a question mark.` }
              : { nl: `${label.nl} eindigt zonder vraagteken: zet er een vraagteken achter.`, en: `${label.en} ends without a question mark: end it with one.` },
          fixes: fix ? [fix] : [],
        });
        continue;
      }
      // A question mark among other marks at the end ("daarvan??", "plan? .", "plan ?"): one question mark, in place
      // of the whole run (the full stop's fix put a second one: "plan? ?"; a user's trial). Read in the text as written,
      // where a quotation's closing mark («…») stands before the "?".
      const run = trailingMarks(draft.lines.masked.slice(bodyStart, vraag.wordsEnd));
      // Full stops glued to the word before one "?" are an abbreviation's or an ellipsis ("mln.?", "dit...?"; a reviewer).
      if (run && run.marks.includes('?') && run.text !== '?' && !run.marks.includes('…') && !/^\.+\?$/.test(run.text)) {
        const at = vraag.wordsEnd - run.text.length;
        ctx.report({
          start: at,
          end: vraag.wordsEnd,
          message: { nl: `${label.nl} eindigt op ‘${run.text.trim()}’: sluit af met één vraagteken.`, en: `${label.en} ends with ‘${run.text.trim()}’: end it with one question mark.` },
          fixes: [{ title: { nl: 'Vervang door één vraagteken', en: 'Replace with one question mark' }, edits: [{ start: at, end: vraag.wordsEnd, newText: '?' }], isPreferred: true }],
        });
        continue;
      }
      // A question in form that ends in a full stop, before another sentence with a question mark:
      // "Deelt u de doelstelling … te realiseren. Zo ja, hoe?".
      for (const sentence of sentencesOf(words, bodyStart)) {
        if (own.charAt(sentence.end - 1) !== '.' || !QUESTION_START.test(sentence.text)) continue;
        // Shown as written, quotations included (the member's own words have them blanked: "de mening dat « »."),
        // without comments (blanked in the masked text) and citation keys.
        const shown = draft.lines.masked.slice(sentence.start, sentence.end).replace(/\s*\[@[^\]]*\]/g, '').replace(/\s+/g, ' ').trim();
        ctx.report({
          start: sentence.start,
          end: sentence.end,
          message: {
            nl: `${label.nl}: de vraag “${shortened(shown)}” eindigt op een punt; sluit af met een vraagteken.`,
            en: `${label.en}: the question “${shortened(shown)}” ends in a full stop; end it with a question mark.`,
          },
          fixes: [toQuestionMark(sentence.end - 1)],
        });
      }
    }
  },
};

/**
 * Where the member's question ends: the end of its words, or, when it ends in a blockquote or a list ("1. Wanneer komt
 * de strategie\n\n> citaat\n\n- punt een"), the end of the words before the first of them: the "?" went after the last
 * list item (a fuzz of the fixes).
 */
function ownEnd(draft: Draft, vraag: Part): number {
  const lines = vraag.lines;
  const tail = lines.at(-1)!;
  if (lines.length < 2 || (!tail.blockquote && !tail.marker)) return vraag.wordsEnd;
  const first = lines.findIndex((l, i) => i > 0 && (l.blockquote || l.marker));
  if (first <= 0) return vraag.wordsEnd;
  const before = wordsEnd(draft.lines.masked, vraag.start, lines[first - 1]!.end);
  // "Kunt u per provincie aangeven:" with the list of what it asks: the question ends with the list (a reviewer).
  return draft.lines.masked.charAt(before - 1) === ':' ? vraag.wordsEnd : before;
}

/** Sentences of the member's words: a full stop, "!" or "?" followed by white space and a capital, or the end. */
function sentencesOf(words: string, offset: number): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let from = 0;
  // A run of marks is read from its start only: tried from each of its marks, a long run ("!!!!…") took time squared.
  for (const m of words.matchAll(/(?<![.!?])[.!?]+(?=\s+[\p{Lu}\d]|\s*$)/gu)) {
    // "(Kamerstuk 29 665, nr. 353)", "bijv. de", "d.d. 6 januari": an abbreviation does not end a sentence.
    if (m[0] === '.' && ABBREVIATION.test(words.slice(Math.max(0, m.index - 12), m.index + 1))) continue;
    const piece = words.slice(from, m.index + m[0].length);
    from = m.index + m[0].length;
    const lead = piece.length - piece.trimStart().length;
    const text = piece.trim();
    if (text !== '') out.push({ start: offset + from - piece.length + lead, end: offset + from - piece.length + lead + text.length, text });
  }
  return out;
}

/** An abbreviation that ends a text (whose full stop ends no sentence), in any case: "(Kamerstuk 29 665, nr.". */
const ABBREVIATION = new RegExp(`(?:^|[\\s(])(?:(?:\\p{L}{1,3}\\.){1,}\\p{L}{1,3}|${WORD_ABBREVIATIONS})\\.$`, 'iu');

/** An abbreviation in lower case before a lower-case word or a number: "p. 12", "o.a. de" (not "de VS. Ransomware"). */
const INNER_ABBREVIATION = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:\\p{Ll}\\.){2,}|(?:${WORD_ABBREVIATIONS})\\.)(?=\\s*[\\p{Ll}\\p{N}(])`, 'gu');

function shortened(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 57).trimEnd()}…`;
}

/**
 * The text with the full stops that end no sentence taken out, for `QUESTION_FORM`: in a number ("122.000 mensen") and
 * in an abbreviation ("p. 12", "o.a."), which cut "Hoe verhoudt … 122.000 mensen …" off from its question word.
 */
function withoutInnerDots(text: string): string {
  return text.replace(/(\d)\.(?=\d)/g, '$1').replace(INNER_ABBREVIATION, (m) => m.replace(/\./g, ''));
}

/** The last character of a question that ends without a mark: a word, a number, a closing bracket or quotation mark. */
const UNMARKED_END = /[\p{L}\p{N})\]”’"»]/u;

function endWithQuestionMark(at: number) {
  return { title: { nl: 'Sluit af met een vraagteken', en: 'End with a question mark' }, edits: [{ start: at, end: at, newText: '?' }], isPreferred: true };
}

function toQuestionMark(at: number) {
  return { title: { nl: 'Vervang de punt door een vraagteken', en: 'Replace the full stop with a question mark' }, edits: [{ start: at, end: at + 1, newText: '?' }], isPreferred: true };
}

/** The question ends with a quoted title that is itself a question: "… het artikel «Wie betaalt de rekening?»¹". */
function endsWithQuotedQuestion(draft: Draft, wordsEnd: number): boolean {
  return draft.quotes.some((q) => q.end <= wordsEnd && /^[\s”"’»)]*$/.test(draft.lines.masked.slice(q.end, wordsEnd)) && /\?\s*$/.test(q.text));
}
