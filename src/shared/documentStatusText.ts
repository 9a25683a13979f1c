/*
 * What the language status item says about the open Markdown document: what it counts as, why, and how to change
 * that. Pure text from the server's answer (DOCUMENT_STATUS_REQUEST), so it is tested without an editor.
 */
import { formatDate } from './dates';
import type { Localized } from './opendataText';
import type { DocumentStatus } from './protocol';

/** The item's text and its detail line (the language status hover shows both), in both languages. */
export interface DocumentStatusText {
  /** "Motie", "Kamervragen", "Geen concept — niet gecontroleerd". */
  label: Localized;
  /** Why: front matter, file name, formulas, or nothing that makes it a draft. */
  detail: Localized;
  /** Whether the document is checked (a motie or Kamervragen; over the work budget in part). */
  checked: boolean;
}

const LABEL: Record<DocumentStatus['kind'], Localized> = {
  motie: { nl: 'Motie', en: 'Motie' },
  kamervragen: { nl: 'Kamervragen', en: 'Kamervragen (parliamentary questions)' },
  other: { nl: 'Geen concept — niet gecontroleerd', en: 'No draft — not checked' },
};

const FORMULAS: Record<'motie' | 'kamervragen', Localized> = {
  motie: { nl: '‘De Kamer,’ en andere vaste formules', en: '‘De Kamer,’ and other fixed formulas' },
  kamervragen: { nl: '‘Vragen van het lid …’ of genummerde vragen', en: '‘Vragen van het lid …’ or numbered questions' },
};

const SOORT: Record<DocumentStatus['kind'], string> = { motie: 'motie', kamervragen: 'kamervragen', other: 'overig' };
const NAME: Record<'motie' | 'kamervragen', string> = { motie: '*.motie.md', kamervragen: '*.vragen.md' };

function why(status: Pick<DocumentStatus, 'kind' | 'reason'>): Localized {
  const { kind, reason } = status;
  if (reason === 'frontmatter') return { nl: `front matter: soort: ${SOORT[kind]}`, en: `front matter: soort: ${SOORT[kind]}` };
  if (reason === 'filename' && kind !== 'other') return { nl: `bestandsnaam ${NAME[kind]}`, en: `file name ${NAME[kind]}` };
  if (reason === 'content' && kind !== 'other') return { nl: `herkend aan ${FORMULAS[kind].nl}`, en: `recognised by ${FORMULAS[kind].en}` };
  return {
    nl: 'geen ‘soort:’ in de front matter, geen bestandsnaam *.motie.md of *.vragen.md en geen vaste formules',
    en: 'no ‘soort:’ in the front matter, no file name *.motie.md or *.vragen.md and no fixed formulas',
  };
}

/**
 * The agreement a draft is measured against, for the detail line: "getoetst aan ‘Aan de slag’ (ca2026), op 3 maart
 * 2026", its date or today's (the shared `formatDate`, as the core writes dates); "niet geladen" when it is not (no suggestions then). The status said only which
 * corpora were loaded, also for a draft of 2025 that none of them governed (a staffer's trial).
 */
function measured(agreement: NonNullable<DocumentStatus['agreement']>): Localized {
  const today = { nl: agreement.dated ? '' : ' (vandaag)', en: agreement.dated ? '' : ' (today)' };
  const loaded = agreement.loaded ? { nl: '', en: '' } : { nl: ', niet geladen: geen citeersuggesties', en: ', not loaded: no citation suggestions' };
  return {
    nl: `getoetst aan ‘${agreement.title}’ (${agreement.id}), op ${formatDate(agreement.date, 'nl')}${today.nl}${loaded.nl}`,
    en: `checked against ‘${agreement.title}’ (${agreement.id}), on ${formatDate(agreement.date, 'en')}${today.en}${loaded.en}`,
  };
}

/** The text of the language status item for a document. */
export function documentStatusText(status: Pick<DocumentStatus, 'kind' | 'reason' | 'overBudget'> & Partial<Pick<DocumentStatus, 'agreement'>>): DocumentStatusText {
  if (status.overBudget && status.kind !== 'other') {
    // A motie or Kamervragen over its budget: the part within it is checked for word use only (the `werkbudget` note).
    return {
      label: { nl: `${LABEL[status.kind].nl} — deels gecontroleerd (werkbudget)`, en: `${LABEL[status.kind].en} — partly checked (work budget)` },
      detail: { nl: 'boven het werkbudget: alleen op woordgebruik gecontroleerd (akkoordwijzer.werkbudget)', en: 'over the work budget: checked for word use only (akkoordwijzer.werkbudget)' },
      checked: true,
    };
  }
  if (status.overBudget) {
    return {
      label: { nl: 'Niet gecontroleerd — te groot', en: 'Not checked — too large' },
      detail: { nl: 'boven het werkbudget (akkoordwijzer.werkbudget)', en: 'over the work budget (akkoordwijzer.werkbudget)' },
      checked: false,
    };
  }
  const reason = why(status);
  if (!status.agreement || status.kind === 'other') return { label: LABEL[status.kind], detail: reason, checked: status.kind !== 'other' };
  const against = measured(status.agreement);
  return { label: LABEL[status.kind], detail: { nl: `${reason.nl}; ${against.nl}`, en: `${reason.en}; ${against.en}` }, checked: true };
}

/** The corpora a document is checked against: "ca2026, ca2021 (808 toezeggingen)", or that none is loaded. */
export function corporaText(status: Pick<DocumentStatus, 'corpora' | 'commitments'>): Localized {
  if (status.corpora.length === 0) return { nl: 'geen corpus geladen', en: 'no corpus loaded' };
  const ids = status.corpora.join(', ');
  return { nl: `${ids} (${status.commitments} toezeggingen)`, en: `${ids} (${status.commitments} commitments)` };
}
