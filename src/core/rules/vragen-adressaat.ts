import type { Rule } from './types';
import { partsOf } from './util';

export const vragenAdressaat: Rule = {
  id: 'vragen-adressaat',
  kinds: ['kamervragen'],
  defaultSeverity: 'warning',
  title: { nl: 'Adressaat van de vragen', en: 'Addressee of the questions' },
  docs: {
    summary: {
      nl: 'De kop noemt aan wie de vragen gericht zijn: ‘aan de minister van …’ of ‘aan de staatssecretaris van …’.',
      en: 'The header names who the questions are for: ‘aan de minister van …’ or ‘aan de staatssecretaris van …’.',
    },
    rationale: {
      nl: 'Schriftelijke vragen worden gesteld aan een bewindspersoon, die binnen drie weken antwoordt. Zonder adressaat weet de Griffie niet naar wie de vragen gaan.',
      en: 'Written questions are put to a minister, who answers within three weeks. Without an addressee the clerk does not know where to send them.',
    },
    bad: 'Vragen van het lid Kathmann (GL-PvdA) over afhankelijkheid van Amerikaanse techbedrijven (ingezonden 23 mei 2025)',
    good: 'Vragen van het lid Kathmann (GL-PvdA) aan de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties over afhankelijkheid van Amerikaanse techbedrijven (ingezonden 23 mei 2025)',
    fixes: { nl: 'Geen automatische oplossing: alleen u weet aan wie de vragen gericht zijn.', en: 'No automatic fix: only you know who the questions are for.' },
  },
  check(ctx) {
    const { draft } = ctx;
    if (draft.adressaat) return;
    const header = partsOf(draft, 'header')[0];
    // The title block of the open data ("Kamervraag 2022Z11776", subject, "Ingediend …", "Indiener …") carries the
    // addressee elsewhere: it is a copy of published questions, not a draft header to complete.
    if (header && /^kamervraag\s+\d{4}Z\d+/i.test(draft.lines.masked.slice(header.start, header.end))) return;
    if (header) {
      ctx.report({
        start: header.start,
        end: header.wordsEnd,
        message: {
          nl: 'De kop noemt geen adressaat: voeg ‘aan de minister van …’ of ‘aan de staatssecretaris van …’ toe.',
          en: 'The header names no addressee: add ‘aan de minister van …’ or ‘aan de staatssecretaris van …’.',
        },
      });
      return;
    }
    const first = partsOf(draft, 'vraag')[0] ?? draft.parts[0];
    if (!first) return;
    ctx.report({
      start: first.start,
      end: first.opener?.end ?? first.wordsEnd,
      message: {
        nl: 'De kop ‘Vragen van het lid … aan de minister van … over …’ ontbreekt: zonder adressaat weet de Griffie niet naar wie de vragen gaan.',
        en: 'The header ‘Vragen van het lid … aan de minister van … over …’ is missing: without an addressee the clerk does not know where to send the questions.',
      },
    });
  },
};
