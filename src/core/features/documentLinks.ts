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
 * from the scan the rule `verwijzing-vorm` reads too (after a keystroke, of the stretch around the edit only when the
 * previous version was scanned: a draft of no kind, which that rule never reads, is scanned whole).
 */
export function documentLinks(draft: Draft, taal: Taal): DocumentLinkInfo[] {
  return allReferences(draft).flatMap((ref) =>
    ref.url ? [{ start: ref.start, end: ref.end, target: ref.url, tooltip: pick(TOOLTIPS[ref.kind], taal) }] : [],
  );
}
