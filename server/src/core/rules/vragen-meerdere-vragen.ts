import type { Rule } from './types';
import { partsOf } from './util';

/** Follow-ups that belong to the question before them ("Zo ja, …?", "Zo nee, waarom niet?") are one question. */
const FOLLOW_UP = /^(?:zo\s+ja|zo\s+nee|zo\s+niet|indien\s+(?:ja|nee|niet|dat\s+zo\s+is)|en\s+zo\s+ja|waarom\s+(?:wel|niet)|zo\s+ja\s+en\s+zo\s+nee|en\s+zo\s+nee|wat\s+is\s+daarvan\s+de\s+reden|kunt\s+u\s+dit\s+toelichten|kunt\s+u\s+uw\s+antwoord\s+toelichten)\b/i;

export const vragenMeerdereVragen: Rule = {
  id: 'vragen-meerdere-vragen',
  kinds: ['kamervragen'],
  defaultSeverity: 'info',
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
    const masked = ctx.draft.lines.masked;
    for (const vraag of partsOf(ctx.draft, 'vraag')) {
      const bodyStart = vraag.opener ? vraag.opener.end : vraag.start;
      const body = masked.slice(bodyStart, vraag.wordsEnd);
      const sentences = [...body.matchAll(/[^.!?]+\?/g)].map((m) => ({ text: m[0].trim(), at: bodyStart + m.index + (m[0].length - m[0].trimStart().length) }));
      const independent = sentences.filter((s) => !FOLLOW_UP.test(s.text));
      if (independent.length < 2) continue;
      const second = independent[1]!;
      const label = vraag.number ? `Vraag ${vraag.number.value}` : 'Deze vraag';
      ctx.report({
        start: second.at,
        end: second.at + second.text.length,
        message: {
          nl: `${label} stelt ${independent.length} vragen; splits ze, zodat elke vraag een eigen antwoord krijgt.`,
          en: `${label.replace('Vraag', 'Question').replace('Deze vraag', 'This question')} asks ${independent.length} questions; split them so each gets its own answer.`,
        },
      });
    }
  },
};
