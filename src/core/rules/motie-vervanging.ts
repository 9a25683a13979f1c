import { GEWIJZIGDE, replacedMotie } from '../draft/formulas';
import type { Draft } from '../draft/types';
import type { Report } from './types';

/*
 * A gewijzigde motie says which motie it replaces, by number, as the Kamer prints it: "GEWIJZIGDE MOTIE VAN HET LID
 * GOUDZWAARD C.S. TER VERVANGING VAN DIE GEDRUKT ONDER NR. 31" (also "Tweede gewijzigde", "Nader gewijzigde"). A staffer's
 * trial sent one out without the number, and one without the phrase at all. Part of `motie-indiener`.
 */

const GEWIJZIGD = new RegExp(`\\b${GEWIJZIGDE}motie\\b`, 'iu');
/** How much of the kop is read (a dossier's title, the motie's own line, "Voorgesteld …"). */
const KOP_REACH = 1000;

export function replacedNumber(draft: Draft): Report[] {
  // The kop: the parts before the aanhef.
  const first = draft.parts[0];
  if (!first || first.kind !== 'kop') return [];
  const body = draft.parts.findIndex((p) => p.kind !== 'kop');
  const last = draft.parts[(body < 0 ? draft.parts.length : body) - 1]!;
  const end = Math.min(last.end, first.start + KOP_REACH);
  const kop = draft.text.slice(first.start, end);
  const g = GEWIJZIGD.exec(kop);
  if (!g) return [];
  const after = kop.slice(g.index);
  const v = replacedMotie(after);
  if (!v) {
    const start = first.start + g.index;
    return [
      {
        start,
        end: start + g[0].length,
        message: {
          nl: 'Een gewijzigde motie zegt welke motie zij vervangt: ‘ter vervanging van die gedrukt onder nr. …’, met het nummer van de motie die zij vervangt.',
          en: 'A gewijzigde motie says which motie it replaces: ‘ter vervanging van die gedrukt onder nr. …’, with the number of the motie it replaces.',
        },
      },
    ];
  }
  // Up to "over …" or the end of the kop: a number there is the replaced motie's.
  if (v.nr !== undefined) return [];
  const read = v.words;
  const start = first.start + g.index + v.at;
  return [
    {
      start,
      end: start + read.trimEnd().length,
      message: {
        nl: 'Het nummer ontbreekt: ‘ter vervanging van die gedrukt onder nr. …’ noemt het nummer van de motie die deze vervangt.',
        en: 'The number is missing: ‘ter vervanging van die gedrukt onder nr. …’ names the number of the motie this one replaces.',
      },
    },
  ];
}
