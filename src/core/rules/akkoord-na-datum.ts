import { agreementNames } from '../citation/format';
import { splitCitationKey } from '../corpus/citationKey';
import { formatDate } from '../draft/date';
import type { Rule } from './types';

export const akkoordNaDatum: Rule = {
  id: 'akkoord-na-datum',
  kinds: ['motie', 'kamervragen'],
  defaultSeverity: 'warning',
  title: { nl: 'Citeert een akkoord van na de datum van het stuk', en: 'Cites an agreement from after the document’s date' },
  docs: {
    summary: {
      nl: 'Een citeersleutel van een akkoord dat pas na de datum van het stuk werd gepresenteerd (Kamervragen van juni 2023 die ‘Aan de slag’ van januari 2026 citeren): de datum of de sleutel klopt niet.',
      en: 'A citation key of an agreement presented only after the document’s date (Kamervragen of June 2023 citing ‘Aan de slag’ of January 2026): the date or the key is wrong.',
    },
    rationale: {
      nl:
        'Een stuk kan een oud akkoord citeren (‘in het coalitieakkoord van 2021 stond …’), maar geen akkoord dat er nog niet was. Zo’n sleutel komt van een ' +
        'verkeerde datum in de front matter of de kop, of van een sleutel uit het verkeerde akkoord; beide vielen niet op (een proef van een medewerker). ' +
        'Wanneer een akkoord werd gepresenteerd, staat met bronnen in `corpus/agreements.yaml`. Een stuk zonder datum geldt als van vandaag en krijgt deze melding niet.',
      en:
        'A document may cite an old agreement (‘the 2021 coalition agreement said …’), but not one that did not exist yet. Such a key comes from a wrong date ' +
        'in the front matter or the header, or from a key of the wrong agreement; neither was noticed (a staffer’s trial). When each agreement was presented is ' +
        'listed with sources in `corpus/agreements.yaml`. An undated document counts as today’s and gets no such finding.',
    },
    bad: 'Vragen van het lid X (D66) aan de minister van Defensie over personeel (ingezonden 22 juni 2023).\n\n1. Hoe verhoudt dit zich tot [@ca2026:krijgsmacht-122000-mensen]?',
    good: 'Vragen van het lid X (D66) aan de minister van Defensie over personeel (ingezonden 22 juni 2026).\n\n1. Hoe verhoudt dit zich tot [@ca2026:krijgsmacht-122000-mensen]?',
    fixes: { nl: 'Geen automatische oplossing: verbeter de datum of de sleutel.', en: 'No automatic fix: correct the date or the key.' },
  },
  check(ctx) {
    const { draft, corpus } = ctx;
    const date = draft.date?.iso;
    if (!date) return;
    // Once per agreement per document, on its first key.
    const seen = new Set<string>();
    for (const ref of draft.citations) {
      const { corpusId } = splitCitationKey(ref.key);
      const period = corpusId ? corpus.timeline.get(corpusId) : undefined;
      if (!period || !corpus.timeline.presentedAfter(period.id, date) || seen.has(period.id)) continue;
      seen.add(period.id);
      const name = agreementNames(corpus, period.id);
      const [written, from] = [{ nl: formatDate(date, 'nl'), en: formatDate(date, 'en') }, { nl: formatDate(period.from, 'nl'), en: formatDate(period.from, 'en') }];
      ctx.report({
        start: ref.start,
        end: ref.end,
        message: {
          nl: `Dit concept is van ${written.nl}; ${name.nl} werd pas op ${from.nl} gepresenteerd. Klopt de datum van het concept, of de sleutel?`,
          en: `This draft is of ${written.en}; ${name.en} was only presented on ${from.en}. Is the draft’s date right, or the key?`,
        },
      });
    }
  },
};
