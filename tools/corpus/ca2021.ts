/**
 * Builds corpus/ca2021.akkoord.yaml from the full text of the 2021 agreement: parse its text file (parse.ts), run
 * the core pipeline (src/core/corpus/build: repair, units, classification by rules.yaml), apply overrides.yaml, give
 * stable ids with the lock, link repeated promises.
 * A unit that promises something is a commitment; any other text is a passage, so the whole text stays available
 * for quote verification.
 */

import { classifyParagraphs, linkRepeats, makeIds, needsRepair, readRenamed, renamedTable, weakId } from '../../src/core/corpus/build';
import type { ClassifiedUnit, IdResult, IdUnit, Rules } from '../../src/core/corpus/build';
import { matchOverrides, OVERRIDES_FILE, readOverrides } from './ca2021/overrides';
import type { Override } from './ca2021/overrides';
import { parseAgreement } from './ca2021/parse';
import type { Paragraph, ParsedAgreement } from './ca2021/parse';
import { readRules, RULES_FILE } from './ca2021/rules';
import type { CommitmentOut, CorpusOut, PassageOut } from '../../src/core/corpus/write';
import { bump, countTable, fail, failOnProblems } from './util';

export const TEXT_FILE = 'corpus/sources/ca2021/coalitieakkoord-2021.txt';
/**
 * Ids once given stay: this generated file maps each commitment's text (a hash of its normalised wording, plus an
 * occurrence number) to its id, and the generator reuses those ids before making new ones. So a change to the
 * rules never renames a commitment whose text did not change; a commitment that disappears is reported.
 */
export const ID_LOCK_FILE = 'corpus/sources/ca2021/ids.lock.tsv';
/** Generated, only grows: old id → new id for every commitment that continues as (part of) another one. */
export const RENAMED_FILE = 'corpus/sources/ca2021/renamed.tsv';

const LOCK_HEADER = [
  'GEGENEREERD door "npm run corpus:build": id<TAB>sleutel van de tekst (sha1 van de genormaliseerde tekst, #n bij herhaling)<TAB>begin van de tekst.',
  'Houdt de ids van ca2021 stabiel als de regels veranderen. Niet met de hand bewerken; een id intrekken gaat via retiredIds in rules.yaml.',
];
const RENAMED_HEADER = [
  'GEGENEREERD door "npm run corpus:build" (groeit alleen): oude id<TAB>nieuwe id van ca2021.',
  'Een toezegging die (als deel van) een andere toezegging verder gaat, bv. omdat de generator zinnen samenvoegde of een',
  'nietszeggende id introk. Citeersleutels ca2021:<oude id> kunnen zo naar ca2021:<nieuwe id>. Niet met de hand bewerken.',
];

export interface Ca2021Unit extends ClassifiedUnit<Paragraph> {
  id?: string;
}

export interface Ca2021Result {
  corpus: CorpusOut;
  units: Ca2021Unit[];
  /** The new content of ID_LOCK_FILE. */
  idLock: string;
  /** The new content of RENAMED_FILE. */
  renamed: string;
  report: string[];
}

export function buildCa2021(read: (rel: string) => string, knownTags: ReadonlySet<string>): Ca2021Result {
  const rules = readRules(read, knownTags);
  const parsed = parseSource(read, rules);
  const classified = classifyParagraphs(parsed.paragraphs, rules, RULES_FILE);
  failOnProblems(classified.problems);
  const units: Ca2021Unit[] = classified.units;
  const overrides = readOverrides(read(OVERRIDES_FILE), knownTags);
  const matched = matchOverrides(overrides, units.map((u) => u.unit.text));
  applyOverrides(units, matched);
  const idResult = nameCommitments(read, units, matched, rules);
  const output = assemble(parsed, units, matched);
  const seeAlsoLines = linkRepeatsReport(output.commitments, rules);
  const report = [
    `ca2021: ${parsed.paragraphs.length} alinea's, ${units.length} eenheden → ${output.commitments.length} toezeggingen, ${output.passages.length} passages (${parsed.titles.length} titels, ${output.headings} koppen)`,
    `  koppen vastgeplakt aan tekst: ${parsed.glued.length}; alinea's met herstelde pdf-woordbreuk of spatie: ${parsed.paragraphs.filter((p) => needsRepair(p.text)).length}; overrides: ${overrides.length}`,
    ...idReport(units, matched, idResult),
    ...seeAlsoLines,
    ...weakIdReport(idResult.ids, rules),
    ...countReport(units),
  ];
  const corpus = corpusOf(output.commitments, output.passages);
  // The editor's fix for an old key reads the table from the corpus itself (the sources do not ship).
  const renamed = renamedTable(Object.fromEntries(readRenamed(idResult.renamedFile, RENAMED_FILE)), new Set(output.commitments.map((c) => c.id)));
  if (Object.keys(renamed).length > 0) corpus.renamed = renamed;
  return { corpus, units, idLock: idResult.idLock, renamed: idResult.renamedFile, report };
}

function parseSource(read: (rel: string) => string, rules: Rules): ParsedAgreement {
  const source = read(TEXT_FILE);
  if (!source.startsWith('# SOURCE:')) fail(`${TEXT_FILE}: de eerste regel moet de bron noemen (# SOURCE: …).`);
  const parsed = parseAgreement(source, TEXT_FILE, { gluedHeadings: rules.gluedHeadings });
  for (const g of rules.gluedHeadings) {
    if (!parsed.headings.some((h) => h.title === g.title)) fail(`${RULES_FILE}: tussenkop "${g.title}" niet gevonden in ${g.chapter}.`);
  }
  return parsed;
}

/** The hand corrections of overrides.yaml, on top of the rules' classification. */
function applyOverrides(units: Ca2021Unit[], matched: Map<number, Override>): void {
  for (const [i, ov] of matched) {
    const c = units[i]!.classification;
    if (ov.kind) c.kind = ov.kind;
    if (ov.firmness) c.firmness = ov.firmness;
    if (ov.tags) c.tags = [...ov.tags];
    c.tags = [...c.tags.filter((t) => !ov.removeTags.includes(t)), ...ov.addTags.filter((t) => !c.tags.includes(t))];
    if (ov.tags || ov.addTags.length || ov.removeTags.length) c.defaultTags = false;
    if (ov.ministry) c.ministry = [...ov.ministry];
    if (ov.deadline === null) delete c.deadline;
    else if (ov.deadline !== undefined) c.deadline = ov.deadline;
    if (ov.amount === null) delete c.amount;
    else if (ov.amount !== undefined) c.amount = ov.amount;
    if (c.kind === 'commitment' && !c.firmness) fail(`${ov.where}: een toezegging heeft een firmness nodig.`);
    if (c.kind === 'commitment' && c.tags.length === 0) fail(`${ov.where}: een toezegging heeft minstens één tag nodig.`);
  }
  for (const [i, ov] of matched) if (ov.id && units[i]!.classification.kind !== 'commitment') fail(`${ov.where}: een id kan alleen op een toezegging.`);
}

/** Ids for the commitments: from overrides, else from the lock (ids given before, also to a part of the unit), else new. */
function nameCommitments(read: (rel: string) => string, units: Ca2021Unit[], matched: Map<number, Override>, rules: Rules): IdResult {
  const commitmentIdx = units.map((u, i) => (u.classification.kind === 'commitment' ? i : -1)).filter((i) => i >= 0);
  const idUnits = commitmentIdx.map((i) => {
    const { unit, paragraph: p, classification: c } = units[i]!;
    const src: IdUnit = { lead: c.lead, text: unit.text, heading: p.subsection ?? p.section ?? p.chapter, sentences: unit.sentences };
    if (c.amount) src.amount = c.amount;
    const pinned = matched.get(i)?.id;
    if (pinned) src.pinned = pinned;
    return src;
  });
  const previous = { lock: tryRead(read, ID_LOCK_FILE), renamed: tryRead(read, RENAMED_FILE) };
  const result = makeIds(idUnits, rules, previous, { lockFile: ID_LOCK_FILE, renamedFile: RENAMED_FILE, pinnedBy: OVERRIDES_FILE, lockHeader: LOCK_HEADER, renamedHeader: RENAMED_HEADER });
  failOnProblems(result.problems);
  commitmentIdx.forEach((ui, k) => (units[ui]!.id = result.ids[k]));
  return result;
}

function placeOf(p: Paragraph): { chapter: string; section?: string; subsection?: string; paragraph: number } {
  const o: { chapter: string; section?: string; subsection?: string; paragraph: number } = { chapter: p.chapter, paragraph: p.number };
  if (p.section) o.section = p.section;
  if (p.subsection) o.subsection = p.subsection;
  return o;
}

/** Commitments and passages in document order: title lines and headings as passages before the text under them. */
function assemble(parsed: ParsedAgreement, units: Ca2021Unit[], matched: Map<number, Override>): { commitments: CommitmentOut[]; passages: PassageOut[]; headings: number } {
  const commitments: CommitmentOut[] = [];
  const passages: PassageOut[] = [];
  // Title lines go before the first paragraph that follows them in the source.
  const titles = [...parsed.titles];
  const headingSeen = new Set<string>();
  units.forEach((u, i) => {
    const p = u.paragraph;
    while (titles.length && titles[0]!.line < p.line) {
      const t = titles.shift()!;
      passages.push({ text: t.text, kind: 'title', chapter: t.chapter, note: t.chapter === 'Inleiding' ? 'Titelblad.' : 'Hoofdstuktitel.' });
    }
    for (const h of [p.section, p.subsection]) {
      const key = `${p.chapter}|${h}`;
      if (!h || headingSeen.has(key)) continue;
      headingSeen.add(key);
      const hp: PassageOut = { text: h, kind: 'title', chapter: p.chapter };
      if (h !== p.section && p.section) hp.section = p.section;
      hp.note = h === p.section ? 'Kop van een paragraaf.' : 'Tussenkop.';
      passages.push(hp);
    }
    const c = u.classification;
    if (c.kind === 'commitment') {
      const co: CommitmentOut = { id: u.id!, text: u.unit.text, ...placeOf(p), tags: c.tags, ministry: c.ministry, firmness: c.firmness! };
      if (c.deadline) co.deadline = c.deadline;
      if (c.amount) co.amount = c.amount;
      const note = matched.get(i)?.note;
      if (note) co.note = note;
      commitments.push(co);
    } else {
      const po: PassageOut = { text: u.unit.text, kind: 'context', ...placeOf(p) };
      if (p.table) po.note = 'Tabel uit de bijlage, zoals de dataset die uit de pdf haalde.';
      passages.push(po);
    }
  });
  for (const t of titles) passages.push({ text: t.text, kind: 'title', chapter: t.chapter, note: 'Hoofdstuktitel.' });
  return { commitments, passages, headings: headingSeen.size };
}

/** Repeated promises: sets `seeAlso` on the commitments and returns the report lines about them. */
function linkRepeatsReport(commitments: CommitmentOut[], rules: Rules): string[] {
  const order = new Map(commitments.map((c, i) => [c.id, i]));
  const seeAlso = linkRepeats(commitments, rules.duplicates);
  const groupLines = [...new Set([...seeAlso.entries()].map(([id, also]) => [id, ...also].sort((a, b) => order.get(a)! - order.get(b)!).join(' = ')))];
  return [`  herhaalde beloften (seeAlso): ${groupLines.length} groepen, ${seeAlso.size} toezeggingen`, ...groupLines.map((l) => `    ${l}`)];
}

function idReport(units: Ca2021Unit[], matched: Map<number, Override>, idResult: IdResult): string[] {
  const glued = new Map<string, number>();
  for (const u of units) for (const why of u.unit.attached) bump(glued, why);
  const pinned = units.filter((u, i) => u.classification.kind === 'commitment' && matched.get(i)?.id).length;
  return [
    `  zinnen bij de eenheid ervoor gevoegd: ${glued.size ? [...glued.entries()].map(([k, v]) => `${v} (${k})`).join(', ') : 0}`,
    `  ids: ${idResult.fromLock} uit ${ID_LOCK_FILE}, ${idResult.inherited} geërfd van een deel van de eenheid, ${pinned} uit overrides, ${idResult.fresh} nieuw`,
    ...(idResult.renamedNow.size ? [`  HERNOEMD (in ${RENAMED_FILE}): ${[...idResult.renamedNow].map(([a, b]) => `${a} → ${b}`).join(', ')}`] : []),
    ...(idResult.dropped.length ? [`  VERDWENEN (citeersleutels vervallen, geen toezegging meer): ${idResult.dropped.join(', ')}`] : []),
  ];
}

/** Ids kept from the lock that the rules would no longer make: candidates for retiredIds. */
function weakIdReport(ids: readonly string[], rules: Rules): string[] {
  const weak = ids.filter((id) => weakId(id, rules));
  return weak.length ? [`  ids met minder dan twee dragende woorden (uit de lock; intrekken kan met retiredIds in ${RULES_FILE}): ${weak.join(', ')}`] : [];
}

function countReport(units: Ca2021Unit[]): string[] {
  const byFirmness = new Map<string, number>();
  const byTag = new Map<string, number>();
  const byChapter = new Map<string, number>();
  const defaultOnly: string[] = [];
  for (const u of units) {
    const c = u.classification;
    if (c.kind !== 'commitment') continue;
    bump(byFirmness, c.firmness!);
    bump(byChapter, u.paragraph.chapter);
    for (const t of c.tags) bump(byTag, t);
    if (c.defaultTags) defaultOnly.push(`${u.id}: ${u.unit.text.slice(0, 90)}`);
  }
  return [
    `  per hoofdstuk:`,
    ...countTable(byChapter).map((l) => `    ${l}`),
    `  per firmness:`,
    ...countTable(byFirmness).map((l) => `    ${l}`),
    `  per tag:`,
    ...countTable(byTag).map((l) => `    ${l}`),
    `  toezeggingen met alleen de standaardtag van hun kop (${defaultOnly.length}):`,
    ...defaultOnly.map((l) => `    ${l}`),
  ];
}

function corpusOf(commitments: CommitmentOut[], passages: PassageOut[]): CorpusOut {
  return {
    format: 1,
    id: 'ca2021',
    title: 'Omzien naar elkaar, vooruitkijken naar de toekomst',
    shortTitle: 'Omzien naar elkaar',
    kind: 'coalitieakkoord',
    parties: ['VVD', 'D66', 'CDA', 'ChristenUnie'],
    date: '2021-12-15',
    complete: true,
    replacedBy: 'hla2024',
    language: 'nl',
    source: {
      verified: 'original',
      document: 'Volledige tekst uit de dataset favstats/coalitieakkoord2021 (GitHub), bestand coalitieakkoord2021.csv, commit 49e68712ed21ad6e66b6483b08394fee79261fd4, CC0; door de auteur van de dataset uit de pdf gehaald. Alinea-indeling en pdf-artefacten zijn van de dataset; door de pdf gebroken woorden ("media- aanbod") zijn hersteld.',
    },
    commitments,
    passages,
  };
}

function tryRead(read: (rel: string) => string, rel: string): string | undefined {
  try {
    return read(rel);
  } catch {
    return undefined;
  }
}
