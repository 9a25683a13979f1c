import { unitsAbout } from '../citation/about';
import { commitmentLabel } from '../citation/format';
import { ministriesOf, sameMinistry } from '../citation/ministries';
import { ministryName } from '../corpus/labels';
import type { Rule } from './types';

export const vragenMinisterie: Rule = {
  id: 'vragen-ministerie',
  kinds: ['kamervragen'],
  defaultSeverity: 'hint',
  title: { nl: 'Toezegging van een ander ministerie', en: 'Commitment of another ministry' },
  docs: {
    summary: {
      nl: 'Een vraag die een toezegging citeert of aanhaalt die onder een ander ministerie valt dan de adressaat, krijgt een hint met het verantwoordelijke ministerie.',
      en: 'A question that cites or quotes a commitment that falls under another ministry than the addressee gets a hint naming the responsible ministry.',
    },
    rationale: {
      nl: 'Vragen aan de verkeerde bewindspersoon worden doorgestuurd of ontweken (‘daarover gaat mijn collega’). Richt de vraag (ook) aan de minister die over de toezegging gaat. Alleen bij een toezegging die de vraag citeert of letterlijk aanhaalt: op een vermoeden van de citeersuggestie bouwt de regel niet, want een verkeerde suggestie gaf op echte Kamervragen steeds een verkeerde hint.',
      en: 'Questions to the wrong minister get forwarded or dodged. Address the question (also) to the minister responsible for the commitment. Only for a commitment the question cites or quotes: the rule does not build on a guess of the citation suggestion, because on real Kamervragen a wrong suggestion always gave a wrong hint.',
    },
    bad: 'Vragen van het lid Jansen (D66) aan de minister van Defensie over digitale dienstverlening (ingezonden 1 maart 2026)\n\n1. Wanneer richt u de Nederlandse Digitale Dienst met doorzettingsmacht op [@ca2026:nederlandse-digitale-dienst]?',
    good: 'Vragen van het lid Jansen (D66) aan de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties over digitale dienstverlening (ingezonden 1 maart 2026)\n\n1. Wanneer richt u de Nederlandse Digitale Dienst met doorzettingsmacht op [@ca2026:nederlandse-digitale-dienst]?',
    fixes: { nl: 'Geen automatische oplossing.', en: 'No automatic fix.' },
  },
  check(ctx) {
    const { draft, engine } = ctx;
    if (!engine || !draft.adressaat) return;
    const addressed = ministriesOf(draft.adressaat.text);
    if (addressed.length === 0) return;
    for (const u of unitsAbout(draft, engine)) {
      // Only a commitment the question cites or quotes: a suggestion may be wrong, and a hint built on it would be too
      // (on real Kamervragen every hint from a suggestion was judged wrong).
      if (u.partKind !== 'vraag' || u.by === 'suggested') continue;
      const responsible = u.commitment.ministry;
      if (responsible.length === 0 || responsible.some((m) => addressed.some((a) => sameMinistry(a, m)))) continue;
      const label = commitmentLabel(u.commitment);
      const names = { nl: responsible.map((m) => ministryName(m, 'nl')).join(' en '), en: responsible.map((m) => ministryName(m, 'en')).join(' and ') };
      ctx.report({
        start: u.start,
        end: u.end,
        message: {
          nl: `Deze vraag gaat over ${label}, een toezegging van ${names.nl}; de vragen zijn gericht aan ‘${draft.adressaat.text}’. Richt de vraag (ook) aan de bewindspersoon die erover gaat.`,
          en: `This question is about ${label}, a commitment of ${names.en}; the questions are addressed to ‘${draft.adressaat.text}’. Address it (also) to the minister responsible.`,
        },
        commitments: [u.commitment.key],
        data: { key: u.commitment.key, ministry: responsible },
      });
    }
  },
};
