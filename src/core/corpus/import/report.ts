/**
 * What an import says to the person who ran it, in Dutch and English: counts, the built-in keys kept and the
 * passages not found, what the reader removed, and whether the corpus is complete. Also the problems that stop an
 * import before anything is written.
 */

import type { Localized } from '../../types';
import { counted } from '../../../shared/wording';
import { FIRMNESS_VALUES } from '../types';
import type { BuiltinMissing } from './builtin';
import type { ImportedUnit } from './assemble';
import type { ImportedDocument } from './types';
import type { CorpusKind } from '../types';

/** Fewer commitments than this: the document is no agreement or programme. */
export const MIN_COMMITMENTS = 10;

/**
 * The least a document of a kind must promise to be imported: an agreement or a programme promises many things (fewer
 * than ten, and it is another document: a letter, a motie); a list of toezeggingen from one debate, or another
 * document (`overig`: a letter, a policy paper), may hold a single one.
 */
export function minCommitmentsOf(kind: CorpusKind | undefined): number {
  return kind === 'toezeggingen' || kind === 'overig' ? 1 : MIN_COMMITMENTS;
}

export const IMPORT_PROBLEMS = {
  notAnAgreement: (commitments: number, units: number, min: number): Localized => ({
    nl: `Dit lijkt geen akkoord of programma: ${units} tekstdelen, waarvan ${commitments} toezegging(en); een akkoord heeft er minstens ${min}. Er is niets geschreven. Is het een lijst toezeggingen of een ander document, kies dan die soort (toezeggingen of overig; op de opdrachtregel met --kind): daarvoor is één toezegging genoeg.`,
    en: `This does not look like an agreement or programme: ${units} text units, ${commitments} of them commitments; an agreement has at least ${min}. Nothing was written. If it is a list of toezeggingen or another document, choose that kind (toezeggingen or overig; on the command line with --kind): one commitment is enough for those.`,
  }),
  /** Too few commitments under a built-in agreement's id, whose kind is fixed: another kind needs another id. */
  tooFewUnderBuiltinId: (id: string, commitments: number, units: number, min: number): Localized => ({
    nl: `Dit lijkt geen akkoord: ${units} tekstdelen, waarvan ${commitments} toezegging(en); een akkoord heeft er minstens ${min}. Er is niets geschreven. De id ${id} hoort bij een ingebouwd akkoord. Onder de id ${id} past alleen dat akkoord; is het een lijst toezeggingen of een ander document, lees het dan in onder een eigen id, met die soort (toezeggingen of overig; op de opdrachtregel met --id en --kind).`,
    en: `This does not look like an agreement: ${units} text units, ${commitments} of them commitments; an agreement has at least ${min}. Nothing was written. The id ${id} belongs to a built-in agreement. Only that agreement fits under the id ${id}; if it is a list of toezeggingen or another document, import it under an id of its own, with that kind (toezeggingen or overig; on the command line with --id and --kind).`,
  }),
  noCommitments: (units: number): Localized => ({
    nl: `In dit document staat geen toezegging (${units} tekstdelen, geen daarvan zegt iets toe). Er is niets geschreven.`,
    en: `This document holds no commitment (${units} text units, none of them promises anything). Nothing was written.`,
  }),
  badId: (id: string): Localized => ({
    nl: `"${id}" is geen geldige corpus-id (kleine letters, cijfers en koppeltekens, bv. ca2026).`,
    en: `"${id}" is not a valid corpus id (lower-case letters, digits and hyphens, e.g. ca2026).`,
  }),
  rules: (detail: string): Localized => ({ nl: `De regeltabel heeft een fout: ${detail}`, en: `The rule table has an error: ${detail}` }),
  selfCheck: (detail: string): Localized => ({
    nl: `Het gemaakte corpus laadt niet schoon (een fout in Akkoordwijzer; meld het alstublieft): ${detail}`,
    en: `The corpus made does not load cleanly (a bug in Akkoordwijzer; please report it): ${detail}`,
  }),
};

export const IMPORT_PROGRESS = {
  units: { nl: 'eenheden en toezeggingen bepalen…', en: 'finding units and commitments…' } satisfies Localized,
  builtin: (id: string): Localized => ({ nl: `ingebouwde passages van ${id} zoeken in het document…`, en: `looking for the built-in passages of ${id} in the document…` }),
  ids: { nl: 'sleutels geven…', en: 'giving keys…' } satisfies Localized,
  writing: { nl: 'corpus samenstellen en controleren…', en: 'assembling and checking the corpus…' } satisfies Localized,
};

export interface ReportInput {
  doc: ImportedDocument;
  units: readonly ImportedUnit[];
  builtinId?: string;
  kept: readonly string[];
  missing: readonly BuiltinMissing[];
  passagesFound: number;
  ids: { fromLock: number; fresh: number; dropped: readonly string[] };
  repeatGroups: number;
  leftOut: readonly Localized[];
  lockProblems: readonly Localized[];
}

function count<T>(items: readonly T[], test: (x: T) => boolean): number {
  return items.filter(test).length;
}

function documentLines(doc: ImportedDocument): Localized[] {
  const ps = doc.paragraphs;
  const k = (kind: string, nl: readonly [string, string], en: readonly [string, string]) => counted(count(ps, (p) => p.kind === kind), nl, en);
  const [all, bullets, rows, notes] = [
    counted(ps.length, ['alinea', "alinea's"], ['paragraph', 'paragraphs']),
    k('bullet', ['opsommingsteken', 'opsommingstekens'], ['bullet', 'bullets']),
    k('table', ['tabelregel', 'tabelregels'], ['table row', 'table rows']),
    k('footnote', ['voetnoot', 'voetnoten'], ['footnote', 'footnotes']),
  ];
  const pages = doc.pages ? counted(doc.pages, ['pagina', "pagina's"], ['page', 'pages']) : undefined;
  const lines: Localized[] = [
    {
      nl: `Document: ${all.nl} (${bullets.nl}, ${rows.nl}, ${notes.nl})${pages ? ` op ${pages.nl}` : ''}.`,
      en: `Document: ${all.en} (${bullets.en}, ${rows.en}, ${notes.en})${pages ? ` on ${pages.en}` : ''}.`,
    },
  ];
  const r = doc.removed;
  if (r.headers.length || r.footers.length || r.pageNumbers) {
    const list = (xs: readonly string[]) => (xs.length ? xs.map((x) => `“${x}”`).join(', ') : '—');
    lines.push({
      nl: `Verwijderd: kopregels ${list(r.headers)}; voetregels ${list(r.footers)}; ${r.pageNumbers} paginanummers.`,
      en: `Removed: running headers ${list(r.headers)}; footers ${list(r.footers)}; ${r.pageNumbers} page numbers.`,
    });
  }
  return [...lines, ...doc.notes];
}

function unitLines(units: readonly ImportedUnit[], input: ReportInput): Localized[] {
  const commitments = units.filter((u) => u.classification.kind === 'commitment');
  const byFirmness = FIRMNESS_VALUES.map((f) => [f, count(commitments, (u) => u.classification.firmness === f)] as const).filter(([, n]) => n > 0);
  const firmness = byFirmness.map(([f, n]) => `${f} ${n}`).join(', ');
  const tables = count(units, (u) => u.paragraph.kind === 'table');
  return [
    {
      nl: `${units.length} eenheden → ${commitments.length} toezeggingen (${firmness}), ${units.length - commitments.length} passages.`,
      en: `${units.length} units → ${commitments.length} commitments (${firmness}), ${units.length - commitments.length} passages.`,
    },
    {
      nl: `Tabellen: ${tables} regels als doorzoekbare tekst bewaard, niet als toezeggingen.`,
      en: `Tables: ${tables} rows kept as searchable text, not as commitments.`,
    },
    {
      nl: `Sleutels: ${input.kept.length} van het ingebouwde corpus behouden, ${input.ids.fromLock} uit het slotbestand, ${input.ids.fresh} nieuw; herhaalde beloften: ${input.repeatGroups} groepen (seeAlso).`,
      en: `Keys: ${input.kept.length} kept from the built-in corpus, ${input.ids.fromLock} from the lock file, ${input.ids.fresh} new; repeated promises: ${input.repeatGroups} groups (seeAlso).`,
    },
    ...(input.ids.dropped.length
      ? [{ nl: `Sleutels uit het slotbestand die geen toezegging meer zijn: ${input.ids.dropped.join(', ')}.`, en: `Keys of the lock file that are no commitment any more: ${input.ids.dropped.join(', ')}.` }]
      : []),
  ];
}

function missingLine(m: BuiltinMissing, builtinId: string): Localized {
  const name = 'id' in m.entry ? `${builtinId}:${m.entry.id}` : `“${m.entry.text.slice(0, 60)}”`;
  if (m.reason === 'close') return { nl: `  ${name}: afwijkend in het document: “${m.nearest}”`, en: `  ${name}: worded differently in the document: “${m.nearest}”` };
  if (m.reason === 'overlap') return { nl: `  ${name}: staat in dezelfde zinnen als ${builtinId}:${m.sharedWith}`, en: `  ${name}: stands in the same sentences as ${builtinId}:${m.sharedWith}` };
  return { nl: `  ${name}: niet gevonden`, en: `  ${name}: not found` };
}

function builtinLines(input: ReportInput): Localized[] {
  const id = input.builtinId;
  if (!id) return [];
  const missing = input.missing;
  return [
    {
      nl: `Ingebouwd corpus ${id}: ${input.kept.length} toezeggingen en ${input.passagesFound} passages woordelijk gevonden; ${missing.length} niet gevonden (overgenomen zoals ze waren, gemarkeerd als citaat; de pers kan ze verkeerd geciteerd hebben).`,
      en: `Built-in corpus ${id}: ${input.kept.length} commitments and ${input.passagesFound} passages found word for word; ${missing.length} not found (carried over as they were, marked as quoted; the press may have misquoted them).`,
    },
    ...missing.map((m) => missingLine(m, id)),
  ];
}

function completeLines(leftOut: readonly Localized[]): Localized[] {
  if (leftOut.length === 0) return [{ nl: 'Volledig: ja (complete: true); niets uit de tekst is weggelaten.', en: 'Complete: yes (complete: true); nothing of the text was left out.' }];
  return [{ nl: 'Volledig: nee (complete: false), omdat:', en: 'Complete: no (complete: false), because:' }, ...leftOut.map((l) => ({ nl: `  ${l.nl}`, en: `  ${l.en}` }))];
}

/** The report of an import, one line each. */
export function importReport(input: ReportInput): Localized[] {
  return [...documentLines(input.doc), ...unitLines(input.units, input), ...builtinLines(input), ...input.lockProblems, ...completeLines(input.leftOut)];
}
