import type { Rule } from './types';
import { partsOf, questionLabel } from './util';

/** A last sentence that is a question in form: an interrogative word or an inverted verb first. */
const QUESTION_FORM =
  /(?:^|[.!?]\s+)(?:wat|wie|waar|waarom|wanneer|welke?|hoe|hoeveel|hoezeer|in hoeverre|op welke|kunt|kan|bent|is|zijn|heeft|hebt|deelt|wilt|wil|acht|erkent|herkent|kent|weet|ziet|vindt|gaat|zal|zult|was|waren|klopt|valt|verwacht|overweegt|onderschrijft|realiseert|neemt|beschikt)\b[^.!?]*\.$/i;

export const vragenVraagteken: Rule = {
  id: 'vragen-vraagteken',
  kinds: ['kamervragen'],
  defaultSeverity: 'warning',
  title: { nl: 'Vraag zonder vraagteken', en: 'Question without a question mark' },
  docs: {
    summary: { nl: 'Elke genummerde vraag bevat een vraag, met vraagteken.', en: 'Every numbered question contains a question, with a question mark.' },
    rationale: {
      nl: 'Een genummerde ‘vraag’ die alleen iets vaststelt, geeft de bewindspersoon ruimte om er niet op in te gaan. Maak er een vraag van, of voeg de tekst bij de vraag waar hij bij hoort.',
      en: 'A numbered ‘question’ that only states something lets the minister avoid it. Make it a question, or join it to the question it belongs to.',
    },
    bad: '3. Kunt u aangeven hoeveel ransomware-aanvallen er in 2025 zijn gemeld.',
    good: '3. Kunt u aangeven hoeveel ransomware-aanvallen er in 2025 zijn gemeld?',
    fixes: { nl: 'Vervangt de punt door een vraagteken wanneer de laatste zin de vorm van een vraag heeft.', en: 'Replaces the full stop with a question mark when the last sentence has the form of a question.' },
  },
  check(ctx) {
    const own = ctx.draft.ownWords;
    for (const vraag of partsOf(ctx.draft, 'vraag')) {
      const bodyStart = vraag.opener ? vraag.opener.end : vraag.start;
      // Judged on the member's own words: a question mark in a quoted title («Wat nu?») or a blockquote does not make
      // the text a question, and a full stop inside a quotation is never changed.
      const words = own.slice(bodyStart, vraag.wordsEnd);
      if (words.trim() === '' || words.includes('?')) continue;
      const flat = words.replace(/\s+/g, ' ').trim();
      const fixable = QUESTION_FORM.test(flat) && own[vraag.wordsEnd - 1] === '.';
      const label = questionLabel(vraag);
      ctx.report({
        start: vraag.start,
        end: vraag.wordsEnd,
        message: {
          nl: `${label.nl} bevat geen vraagteken: stel een vraag.`,
          en: `${label.en} has no question mark: ask a question.`,
        },
        fixes: fixable
          ? [{ title: { nl: 'Vervang de punt door een vraagteken', en: 'Replace the full stop with a question mark' }, edits: [{ start: vraag.wordsEnd - 1, end: vraag.wordsEnd, newText: '?' }], isPreferred: true }]
          : [],
      });
    }
  },
};
