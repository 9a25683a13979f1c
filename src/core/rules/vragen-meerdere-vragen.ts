import type { Rule } from './types';
import { partsOf, questionLabel } from './util';

/**
 * Follow-ups that belong to the question before them are one question with it: "Zo ja, …?", "Zo nee, waarom
 * niet?", "Indien dat zo is, …?", "Kunt u dit toelichten?", "Waarom (niet)?", and any question of three words or less
 * ("Welke?", "Op welke termijn?").
 */
const FOLLOW_UP = new RegExp(
  '^(?:(?:en\\s+)?zo\\s+(?:ja|nee|neen|niet)|(?:en\\s+)?indien\\s+(?:ja|nee|niet|dat\\s+(?:zo|niet\\s+zo)\\s+is|dat\\s+het\\s+geval\\s+is)' +
    '|als\\s+dat\\s+(?:zo|niet\\s+zo)\\s+is|waarom\\s+(?:wel|niet|zo|dan)|wat\\s+is\\s+(?:daar|hier)van\\s+de\\s+(?:reden|oorzaak)' +
    '|kunt\\s+u\\s+(?:dit|dat|deze|die|uw\\s+antwoord|uw\\s+standpunt)\\s+(?:toelichten|onderbouwen|uitleggen|verklaren|motiveren|nader\\s+toelichten)' +
    '|wat\\s+(?:betekent|zegt)\\s+(?:dit|dat)\\s+(?:voor|over)|op\\s+welke\\s+termijn|wanneer\\s+(?:dan|precies))\\b',
  'i',
);

/**
 * A question that points back at the one before it is a narrowing or a follow-up, not a separate question: "Welke
 * maatregelen neemt u om dit te voorkomen?", "Hoeveel daarvan …?", "Deelt u deze conclusie?".
 */
const REFERS_BACK = /(?<![\p{L}\p{N}])(?:dit|deze|dezelfde|daar\p{L}*|hier\p{L}*|bovenstaande?|genoemde?|voornoemde?|eerdergenoemde?|vorige|zij|hij|ze|hen|hun|zijn|haar|ervan|erover|erbij|erop|ervoor|ermee|eraan)(?![\p{L}\p{N}])/iu;

/** Truly separate: neither a follow-up formula, nor pointing back at the question before, nor three words or less. */
function separate(text: string): boolean {
  if (FOLLOW_UP.test(text) || text.split(/\s+/).length <= 3) return false;
  return !REFERS_BACK.test(text);
}

/**
 * Every stretch of `body` without a full stop, exclamation mark or question mark that ends in a question mark (what
 * `/[^.!?]+\?/g` matches), found in one pass: that pattern tries every position of a long stretch without a question
 * mark to its end (a question of 0.9 MB without one took minutes).
 */
function questionSentences(body: string): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c !== 0x2e /* . */ && c !== 0x21 /* ! */ && c !== 0x3f /* ? */) continue;
    if (c === 0x3f && i > start) out.push({ index: start, text: body.slice(start, i + 1) });
    start = i + 1;
  }
  return out;
}

export const vragenMeerdereVragen: Rule = {
  id: 'vragen-meerdere-vragen',
  kinds: ['kamervragen'],
  defaultSeverity: 'off',
  onSeverity: 'hint',
  title: { nl: 'Meerdere vragen onder één nummer', en: 'Several questions under one number' },
  docs: {
    summary: {
      nl: 'Signaleert een genummerde vraag die meer dan één zelfstandige vraag stelt (vervolgvragen als ‘Zo ja, …?’ tellen niet).',
      en: 'Flags a numbered question that asks more than one independent question (follow-ups like ‘Zo ja, …?’ do not count).',
    },
    rationale: {
      nl: 'Bewindspersonen beantwoorden vragen per nummer. Twee vragen onder één nummer krijgen vaak één antwoord dat de lastigste overslaat. Splits ze, zodat elke vraag een eigen antwoord krijgt.',
      en: 'Ministers answer per number. Two questions under one number often get one answer that skips the harder one. Split them so each gets its own answer.',
    },
    bad: '2. Hoeveel ziekenhuizen zijn getroffen? Welke maatregelen neemt u?',
    good: '2. Hoeveel ziekenhuizen zijn getroffen?\n3. Welke maatregelen neemt u?',
    fixes: { nl: 'Geen automatische oplossing: splits de vraag en nummer opnieuw.', en: 'No automatic fix: split the question and renumber.' },
  },
  check(ctx) {
    for (const vraag of partsOf(ctx.draft, 'vraag')) {
      const bodyStart = vraag.opener ? vraag.opener.end : vraag.start;
      // The member's own words: questions in a quoted title or a blockquote are not the member's.
      const body = ctx.draft.ownWords.slice(bodyStart, vraag.wordsEnd);
      const sentences = questionSentences(body).map((m) => {
        // A note number glued to the previous mark ("…?2 Zo ja, …") belongs to that sentence.
        const lead = /^[\s\d¹²³⁴⁵⁶⁷⁸⁹⁰]*/.exec(m.text)![0].length;
        const text = m.text.slice(lead);
        return { text, at: bodyStart + m.index + lead };
      });
      // The first question stands on its own; every later one counts only when it is truly separate.
      const independent = sentences.filter((s, i) => i === 0 || separate(s.text));
      if (independent.length < 2) continue;
      const second = independent[1]!;
      const label = questionLabel(vraag);
      ctx.report({
        start: second.at,
        end: second.at + second.text.length,
        message: {
          nl: `${label.nl} stelt ${independent.length} vragen; splits ze, zodat elke vraag een eigen nummer en antwoord krijgt.`,
          en: `${label.en} asks ${independent.length} questions; split them so each gets its own number and answer.`,
        },
      });
    }
  },
};
