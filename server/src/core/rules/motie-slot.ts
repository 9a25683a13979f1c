import { SLOT_TEXT } from '../draft/openers';
import type { Rule } from './types';
import { blockInsertAfter, partsOf } from './util';

export const motieSlot: Rule = {
  id: 'motie-slot',
  kinds: ['motie'],
  defaultSeverity: 'error',
  title: { nl: 'Slot van de motie', en: 'Closing of the motie' },
  docs: {
    summary: {
      nl: 'Een motie eindigt met ‘en gaat over tot de orde van de dag.’',
      en: 'A motie ends with ‘en gaat over tot de orde van de dag.’',
    },
    rationale: {
      nl: 'Een motie wordt afgesloten met de woorden ‘en gaat over tot de orde van de dag’ (Parlementaire Monitor; standaardformulering van de Tweede Kamer). Zonder slot is de motie niet af.',
      en: 'A motie is closed with the words ‘en gaat over tot de orde van de dag’ (the standard form of the Tweede Kamer). Without it the motie is unfinished.',
    },
    bad: 'verzoekt de regering …,\n\nVerhoeven',
    good: 'verzoekt de regering …,\n\nen gaat over tot de orde van de dag.\n\nVerhoeven',
    fixes: { nl: 'Voegt de slotregel in na het laatste dictum.', en: 'Inserts the closing line after the last dictum.' },
  },
  check(ctx) {
    const { draft } = ctx;
    if (partsOf(draft, 'slot').length > 0) return;
    const last = partsOf(draft, 'dictum').at(-1) ?? partsOf(draft, 'overweging').at(-1);
    const anchor = last ?? draft.parts.at(-1);
    const at = anchor ? anchor.wordsEnd : draft.text.length;
    ctx.report({
      start: anchor ? anchor.start : at,
      end: at,
      message: {
        nl: `Het slot ‘${SLOT_TEXT}’ ontbreekt.`,
        en: `The closing line ‘${SLOT_TEXT}’ is missing.`,
      },
      fixes: last
        ? [{ title: { nl: `Voeg ‘${SLOT_TEXT}’ in`, en: `Insert ‘${SLOT_TEXT}’` }, edits: [blockInsertAfter(draft.text, last.end, SLOT_TEXT)], isPreferred: true }]
        : [],
    });
  },
};
