/**
 * Builds corpus/ca2021.akkoord.yaml from the full text of the 2021 agreement: parse (parse.ts), split into units
 * and classify them by rules.yaml (classify.ts), apply overrides.yaml, give ids (ids.ts).
 * A unit that promises something is a commitment; any other text is a passage, so the whole text stays available
 * for quote verification.
 */

import { cleanParagraph, classify, unitsOf } from './ca2021/classify';
import type { Classification, Unit } from './ca2021/classify';
import { duplicatePairs, seeAlsoGroups } from './ca2021/duplicates';
import { weakId } from './ca2021/ids';
import { assignIds, ID_LOCK_FILE, RENAMED_FILE } from './ca2021/lock';
import type { IdUnit } from './ca2021/lock';
import { matchOverrides, OVERRIDES_FILE, readOverrides } from './ca2021/overrides';
import { parseAgreement } from './ca2021/parse';
import { readRules, RULES_FILE } from './ca2021/rules';
import type { CommitmentOut, CorpusOut, PassageOut } from './model';
import { bump, countTable, fail } from './util';

export const TEXT_FILE = 'corpus/sources/ca2021/coalitieakkoord-2021.txt';
/**
 * Ids once given stay: this generated file maps each commitment's text (a hash of its normalised wording, plus an
 * occurrence number) to its id, and the generator reuses those ids before making new ones. So a change to the
 * rules never renames a commitment whose text did not change; a commitment that disappears is reported.
 */
export { ID_LOCK_FILE, RENAMED_FILE };

export interface Ca2021Unit {
  unit: Unit;
  classification: Classification;
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
  const rules = readRules(read(RULES_FILE), knownTags);
  const source = read(TEXT_FILE);
  if (!source.startsWith('# SOURCE:')) fail(`${TEXT_FILE}: de eerste regel moet de bron noemen (# SOURCE: …).`);
  const parsed = parseAgreement(source, TEXT_FILE, { gluedHeadings: rules.gluedHeadings });
  for (const g of rules.gluedHeadings) {
    if (!parsed.headings.some((h) => h.title === g.title)) fail(`${RULES_FILE}: tussenkop "${g.title}" niet gevonden in ${g.chapter}.`);
  }

  const usedStops = new Set<string>();
  const units: Ca2021Unit[] = [];
  for (const p of parsed.paragraphs) for (const u of unitsOf(p, rules, usedStops)) units.push({ unit: u, classification: classify(u, rules) });
  for (const s of rules.missingStops) if (!usedStops.has(s.after)) fail(`${RULES_FILE}: missingStops "${s.after} ${s.at}" komt niet voor.`);

  // Overrides.
  const overrides = readOverrides(read(OVERRIDES_FILE), knownTags);
  const matched = matchOverrides(overrides, units.map((u) => u.unit.text));
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

  // Ids for the commitments: from overrides, else from the lock (ids given before, also to a part of the unit), else new.
  for (const [i, ov] of matched) if (ov.id && units[i]!.classification.kind !== 'commitment') fail(`${ov.where}: een id kan alleen op een toezegging.`);
  const commitmentIdx = units.map((u, i) => (u.classification.kind === 'commitment' ? i : -1)).filter((i) => i >= 0);
  const headingOf = (i: number): string => {
    const p = units[i]!.unit.paragraph;
    return p.subsection ?? p.section ?? p.chapter;
  };
  const idResult = assignIds(
    commitmentIdx.map((i) => {
      const u = units[i]!;
      const src: IdUnit = { lead: u.classification.lead, text: u.unit.text, heading: headingOf(i), sentences: u.unit.sentences };
      if (u.classification.amount) src.amount = u.classification.amount;
      const pinned = matched.get(i)?.id;
      if (pinned) src.pinned = pinned;
      return src;
    }),
    rules,
    tryRead(read, ID_LOCK_FILE),
    tryRead(read, RENAMED_FILE),
    OVERRIDES_FILE,
  );
  const ids = idResult.ids;
  commitmentIdx.forEach((ui, k) => (units[ui]!.id = ids[k]));
  const weak = ids.filter((id) => weakId(id, rules));

  // Output, in document order.
  const commitments: CommitmentOut[] = [];
  const passages: PassageOut[] = [];
  const place = (p: Unit['paragraph']) => {
    const o: { chapter: string; section?: string; subsection?: string; paragraph: number } = { chapter: p.chapter, paragraph: p.number };
    if (p.section) o.section = p.section;
    if (p.subsection) o.subsection = p.subsection;
    return o;
  };
  // Title lines go before the first paragraph that follows them in the source.
  const titles = [...parsed.titles];
  const headingSeen = new Set<string>();
  for (const u of units) {
    const p = u.unit.paragraph;
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
      const co: CommitmentOut = { id: u.id!, text: u.unit.text, ...place(p), tags: c.tags, ministry: c.ministry, firmness: c.firmness! };
      if (c.deadline) co.deadline = c.deadline;
      if (c.amount) co.amount = c.amount;
      const ov = [...matched.entries()].find(([i]) => units[i] === u)?.[1];
      if (ov?.note) co.note = ov.note;
      commitments.push(co);
    } else {
      const po: PassageOut = { text: u.unit.text, kind: 'context', ...place(p) };
      if (p.table) po.note = 'Tabel uit de bijlage, zoals de dataset die uit de pdf haalde.';
      passages.push(po);
    }
  }

  for (const t of titles) passages.push({ text: t.text, kind: 'title', chapter: t.chapter, note: 'Hoofdstuktitel.' });

  // Repeated promises: seeAlso (duplicates.ts).
  const order = new Map(commitments.map((c, i) => [c.id, i]));
  const dupInput = commitments.map((c) => ({ id: c.id, text: c.text, section: `${c.chapter}|${c.section ?? ''}` }));
  const dupPairs = duplicatePairs(dupInput, rules.duplicates);
  const groups = seeAlsoGroups(dupInput, dupPairs);
  for (const c of commitments) {
    const also = groups.get(c.id);
    if (also) c.seeAlso = also;
  }
  const groupLines = [...new Set([...groups.entries()].map(([id, also]) => [id, ...also].sort((a, b) => order.get(a)! - order.get(b)!).join(' = ')))];

  // Report.
  const byFirmness = new Map<string, number>();
  const byTag = new Map<string, number>();
  const byChapter = new Map<string, number>();
  const defaultOnly: string[] = [];
  for (const u of units) {
    const c = u.classification;
    if (c.kind !== 'commitment') continue;
    bump(byFirmness, c.firmness!);
    bump(byChapter, u.unit.paragraph.chapter);
    for (const t of c.tags) bump(byTag, t);
    if (c.defaultTags) defaultOnly.push(`${u.id}: ${u.unit.text.slice(0, 90)}`);
  }
  const glued = new Map<string, number>();
  for (const u of units) for (const why of u.unit.attached) bump(glued, why);
  const joins = parsed.paragraphs.filter((p) => cleanParagraph(p.text) !== p.text.replace(/\s+/g, ' ').trim()).length;
  const report = [
    `ca2021: ${parsed.paragraphs.length} alinea's, ${units.length} eenheden → ${commitments.length} toezeggingen, ${passages.length} passages (${parsed.titles.length} titels, ${headingSeen.size} koppen)`,
    `  koppen vastgeplakt aan tekst: ${parsed.glued.length}; alinea's met herstelde pdf-woordbreuk of spatie: ${joins}; overrides: ${overrides.length}`,
    `  zinnen bij de eenheid ervoor gevoegd: ${glued.size ? [...glued.entries()].map(([k, v]) => `${v} (${k})`).join(', ') : 0}`,
    `  ids: ${idResult.fromLock} uit ${ID_LOCK_FILE}, ${idResult.inherited} geërfd van een deel van de eenheid, ${commitmentIdx.filter((i) => matched.get(i)?.id).length} uit overrides, ${idResult.fresh} nieuw`,
    ...(idResult.renamedNow.size ? [`  HERNOEMD (in ${RENAMED_FILE}): ${[...idResult.renamedNow].map(([a, b]) => `${a} → ${b}`).join(', ')}`] : []),
    ...(idResult.dropped.length ? [`  VERDWENEN (citeersleutels vervallen, geen toezegging meer): ${idResult.dropped.join(', ')}`] : []),
    `  herhaalde beloften (seeAlso): ${groupLines.length} groepen, ${groups.size} toezeggingen`,
    ...groupLines.map((l) => `    ${l}`),
    ...(weak.length ? [`  ids met minder dan twee dragende woorden (uit de lock; intrekken kan met retiredIds in ${RULES_FILE}): ${weak.join(', ')}`] : []),
    `  per hoofdstuk:`,
    ...countTable(byChapter).map((l) => `    ${l}`),
    `  per firmness:`,
    ...countTable(byFirmness).map((l) => `    ${l}`),
    `  per tag:`,
    ...countTable(byTag).map((l) => `    ${l}`),
    `  toezeggingen met alleen de standaardtag van hun kop (${defaultOnly.length}):`,
    ...defaultOnly.map((l) => `    ${l}`),
  ];

  const corpus: CorpusOut = {
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
  return { corpus, units, idLock: idResult.idLock, renamed: idResult.renamedFile, report };
}

function tryRead(read: (rel: string) => string, rel: string): string | undefined {
  try {
    return read(rel);
  } catch {
    return undefined;
  }
}
