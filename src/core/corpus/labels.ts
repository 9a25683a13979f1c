import { formatDate } from '../draft/date';
import { pick, type Localized, type Taal } from '../types';
import type { Firmness, Source } from './types';
import { MINISTRIES } from './types';
import { own } from '../text/own';

/** How firm a commitment is, in words a staffer uses. */
export const FIRMNESS_LABELS: Record<Firmness, { label: Localized; means: Localized }> = {
  besluit: { label: { nl: 'besluit', en: 'decision' }, means: { nl: 'een besluit: het kabinet doet het (‘we richten … op’, ‘er komt …’)', en: 'a decision: the cabinet does it (‘we set up …’)' } },
  wetgeving: { label: { nl: 'wetgeving', en: 'legislation' }, means: { nl: 'er komt of verandert een wet', en: 'a law is made or changed' } },
  financiering: { label: { nl: 'financiering', en: 'funding' }, means: { nl: 'er gaat geld naartoe, of er gaat geld af', en: 'money is made available or cut' } },
  inzet: { label: { nl: 'inzet', en: 'effort' }, means: { nl: 'een inspanning zonder gegarandeerd resultaat (‘we zetten in op’, ‘we werken aan’)', en: 'effort without a guaranteed result (‘we aim for’, ‘we work on’)' } },
  onderzoek: { label: { nl: 'onderzoek', en: 'study' }, means: { nl: 'alleen onderzoeken, verkennen of bezien; nog geen besluit', en: 'only study, explore or consider; no decision yet' } },
  doel: { label: { nl: 'doel', en: 'goal' }, means: { nl: 'een doel of ambitie, met of zonder getal', en: 'a goal or ambition, with or without a number' } },
  standpunt: { label: { nl: 'standpunt', en: 'position' }, means: { nl: 'een opvatting zonder handeling', en: 'a stated view without an action' } },
};

export function ministryName(abbr: string, taal: Taal): string {
  const m = own(MINISTRIES, abbr);
  // "Economische Zaken en Klimaat (2017–2024)": the period is for the corpus docs, not for a message.
  return m ? `${abbr} (${m[taal].replace(/\s*\([^)]*\)$/, '')})` : abbr;
}

/** Honest provenance in one sentence: how the wording was verified. */
export function describeSource(source: Source, taal: Taal): string {
  const quoted = source.quotedIn
    .map((q) => {
      const name = q.url ? `[${q.publication}](${q.url})` : q.publication;
      const date = formatDate(q.date, taal);
      return date ? `${name} (${date})` : name;
    })
    .join(', ');
  if (source.verified === 'original') {
    // A description that ends a sentence of its own keeps its one full stop ("… zijn hersteld.." in the hover; a staffer's trial).
    const document = source.document?.replace(/\.\s*$/, '');
    const doc = document ? { nl: ` Overgenomen uit: ${document}.`, en: ` Taken from: ${document}.` } : { nl: '', en: '' };
    return pick({ nl: `Tekst uit het document zelf.${doc.nl}`, en: `Wording from the document itself.${doc.en}` }, taal);
  }
  if (source.verified === 'quoted') {
    return pick(
      {
        nl: `Niet gecontroleerd in het akkoord zelf: de tekst zoals geciteerd in ${quoted || 'publicaties'}.`,
        en: `Not checked against the agreement itself: the wording as quoted in ${quoted || 'publications'}.`,
      },
      taal,
    );
  }
  return pick({ nl: 'Herkomst onbekend.', en: 'Provenance unknown.' }, taal);
}
