import type { Localized } from '../types';
import type { Firmness, Source } from './types';
import { MINISTRIES } from './types';

/** How firm a commitment is, in words a staffer uses. */
export const FIRMNESS_LABELS: Record<Firmness, { label: Localized; means: Localized }> = {
  besluit: { label: { nl: 'besluit', en: 'decision' }, means: { nl: 'een besluit: het kabinet doet het (‘we richten … op’, ‘er komt …’)', en: 'a decision: the cabinet does it (‘we set up …’)' } },
  wetgeving: { label: { nl: 'wetgeving', en: 'legislation' }, means: { nl: 'er komt of verandert een wet', en: 'a law is made or changed' } },
  financiering: { label: { nl: 'financiering', en: 'funding' }, means: { nl: 'er gaat geld naar toe of af', en: 'money is made available or cut' } },
  inzet: { label: { nl: 'inzet', en: 'effort' }, means: { nl: 'een inspanning zonder gegarandeerd resultaat (‘we zetten in op’, ‘we werken aan’)', en: 'effort without a guaranteed result (‘we aim for’, ‘we work on’)' } },
  onderzoek: { label: { nl: 'onderzoek', en: 'study' }, means: { nl: 'alleen onderzoeken, verkennen of bezien; nog geen besluit', en: 'only study, explore or consider; no decision yet' } },
  doel: { label: { nl: 'doel', en: 'goal' }, means: { nl: 'een doel of ambitie, met of zonder getal', en: 'a goal or ambition, with or without a number' } },
  standpunt: { label: { nl: 'standpunt', en: 'position' }, means: { nl: 'een opvatting zonder handeling', en: 'a stated view without an action' } },
};

export function ministryName(abbr: string, taal: 'nl' | 'en'): string {
  const m = MINISTRIES[abbr];
  // "Economische Zaken en Klimaat (2017–2024)": the period is for the corpus docs, not for a message.
  return m ? `${abbr} (${m[taal].replace(/\s*\([^)]*\)$/, '')})` : abbr;
}

const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2026-02-02` → `2 februari 2026`. */
export function formatDate(iso: string | undefined, taal: 'nl' | 'en'): string {
  if (!iso) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const months = taal === 'en' ? MONTHS_EN : MONTHS_NL;
  const month = m[2] ? months[Number(m[2]) - 1] : undefined;
  if (m[3] && month) return taal === 'en' ? `${month} ${Number(m[3])}, ${m[1]}` : `${Number(m[3])} ${month} ${m[1]}`;
  if (month) return `${month} ${m[1]}`;
  return m[1]!;
}

/** Honest provenance in one sentence: how the wording was verified. */
export function describeSource(source: Source, taal: 'nl' | 'en'): string {
  const quoted = source.quotedIn
    .map((q) => {
      const name = q.url ? `[${q.publication}](${q.url})` : q.publication;
      const date = formatDate(q.date, taal);
      return date ? `${name} (${date})` : name;
    })
    .join(', ');
  if (source.verified === 'original') {
    const doc = source.document ? (taal === 'en' ? ` Taken from: ${source.document}.` : ` Overgenomen uit: ${source.document}.`) : '';
    return (taal === 'en' ? 'Wording from the document itself.' : 'Tekst uit het document zelf.') + doc;
  }
  if (source.verified === 'quoted') {
    return taal === 'en'
      ? `Not checked against the agreement itself: the wording as quoted in ${quoted || 'publications'}.`
      : `Niet gecontroleerd in het akkoord zelf: de tekst zoals geciteerd in ${quoted || 'publicaties'}.`;
  }
  return taal === 'en' ? 'Provenance unknown.' : 'Herkomst onbekend.';
}
