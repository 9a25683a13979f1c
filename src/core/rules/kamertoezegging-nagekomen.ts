import { kamerToezeggingStatus } from '../corpus/kamerToezeggingen';
import { isFulfilledRegisterEntry } from '../features/kamerToezegging';
import type { Rule } from './types';

export const kamertoezeggingNagekomen: Rule = {
  id: 'kamertoezegging-nagekomen',
  kinds: ['motie', 'kamervragen', 'other'],
  defaultSeverity: 'info',
  title: { nl: 'Geciteerde Kamertoezegging is al nagekomen', en: 'Cited promise to the Kamer has been kept' },
  docs: {
    summary: {
      nl: 'Een citaat van een toezegging uit het register van de Tweede Kamer (`kind: toezeggingen`) die volgens het register al is nagekomen of afgedaan.',
      en: "A citation of a promise from the Tweede Kamer's register of toezeggingen (`kind: toezeggingen`) that the register says has been kept or closed.",
    },
    rationale: {
      nl: 'Wie een toezegging aanhaalt die al is nagekomen, vraagt om iets wat er al is. Citeer de brief waarmee zij is nagekomen, of vraag naar de uitvoering ervan. De status komt uit het opgehaalde register; haal het opnieuw op als het oud is.',
      en: 'Citing a promise that has already been kept asks for something that is there. Cite the letter that kept it, or ask how it is carried out. The status comes from the fetched register; fetch it again when it is old.',
    },
    bad: 'verzoekt de regering de Kamer te informeren over de toeslagen [@toezeggingen:tz202604-011],',
    good: 'verzoekt de regering de Kamer vóór 1 juli te informeren over de uitvoering van de brief over de toeslagen (2026D20001),',
    fixes: { nl: 'Geen automatische oplossing: kies zelf wat de motie of vraag nog toevoegt.', en: 'No automatic fix: choose yourself what the motie or question still adds.' },
  },
  check(ctx) {
    const { draft, corpus } = ctx;
    for (const ref of draft.citations) {
      const c = corpus.get(ref.key);
      if (!isFulfilledRegisterEntry(c)) continue;
      const status = c.register.status ?? '';
      const letter = c.register.fulfilledBy;
      ctx.report({
        start: ref.start,
        end: ref.end,
        message: {
          nl: `“${ref.key}” is volgens het register al ${kamerToezeggingStatus(status).nl}${letter ? ` (brief ${letter})` : ''}: citeer die brief, of vraag naar de uitvoering.`,
          en: `“${ref.key}” has been ${kamerToezeggingStatus(status).en} according to the register${letter ? ` (letter ${letter})` : ''}: cite that letter, or ask how it is carried out.`,
        },
        commitments: [ref.key],
      });
    }
  },
};
