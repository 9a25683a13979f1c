import type { Draft } from '../draft/types';
import type { ReferenceKind } from '../references/recognise';
import { allReferences } from '../references/inDraft';
import { pick, type Localized, type Span, type Taal } from '../types';

/** A reference in a draft that opens its public source in the browser. Nothing is fetched. */
export interface DocumentLinkInfo extends Span {
  target: string;
  tooltip: string;
}

const TOOLTIPS: Record<ReferenceKind, Localized> = {
  kamerstuk: { nl: 'Kamerstuk openen op officielebekendmakingen.nl', en: 'Open the Kamerstuk on officielebekendmakingen.nl' },
  handelingen: { nl: 'Handelingen openen op officielebekendmakingen.nl', en: 'Open the Handelingen on officielebekendmakingen.nl' },
  aanhangsel: { nl: 'Aanhangsel van de Handelingen openen op officielebekendmakingen.nl', en: 'Open the Aanhangsel of the Handelingen on officielebekendmakingen.nl' },
  bekendmaking: { nl: 'Openen op officielebekendmakingen.nl', en: 'Open on officielebekendmakingen.nl' },
  documentnummer: { nl: 'Document openen op tweedekamer.nl', en: 'Open the document on tweedekamer.nl' },
  zaaknummer: { nl: 'Zaak openen op tweedekamer.nl', en: 'Open the zaak on tweedekamer.nl' },
};

/**
 * The links of a draft: every recognised reference with a public source (comments and code are blanked and get none),
 * from the scan the rule `verwijzing-vorm` reads too: of the stretch around the edit only when that rule ran in this
 * version's check (a motie or Kamervragen, the rule on, within the work budget), which scanned it while the previous
 * version was at hand; otherwise the whole masked text.
 */
export function documentLinks(draft: Draft, taal: Taal): DocumentLinkInfo[] {
  return allReferences(draft).flatMap((ref) =>
    ref.url ? [{ start: ref.start, end: ref.end, target: ref.url, tooltip: pick(TOOLTIPS[ref.kind], taal) }] : [],
  );
}
