/**
 * The corpus file of an imported document: its head (identity and provenance), its commitments and passages in
 * document order with the headings as title passages, and the built-in entries the document did not contain,
 * carried over as they were (still marked as quoted).
 */

import type { ClassifiedUnit } from '../build/pipeline';
import type { Commitment, Corpus, CorpusKind, Passage, Quotation } from '../types';
import type { CommitmentOut, CorpusOut, PassageOut, SourceOut } from '../write';
import type { ImportedParagraph } from './types';

/** Who the document is: shown at the head of the file and in every commitment's provenance. */
export interface DocumentIdentity {
  /** The file as the user named it (its base name). */
  fileName: string;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
  /** The Tweede Kamer's document number, e.g. `2026D04554`, when known. */
  number?: string;
}

/** One unit of the import with what the importer decided about it. */
export interface ImportedUnit extends ClassifiedUnit<ImportedParagraph> {
  /** The commitment's id (commitments only). */
  id?: string;
  /** The built-in commitment this unit states word for word: it keeps that key. */
  builtin?: Commitment;
  /** The paragraph's number within its chapter. */
  number: number;
  /** The rules saw no promise here: the firmness is the built-in commitment's, not the rules'. */
  firmnessFromBuiltin?: true;
  /** Quotations of built-in passages found in this unit. */
  quotedIn: Quotation[];
}

/** The document as a reader names it, for provenance: title and number. */
export function documentLabel(title: string, identity: DocumentIdentity): string {
  return [title, identity.number].filter((x): x is string => !!x).join(', ');
}

function quotations(list: readonly Quotation[]): Quotation[] {
  const seen = new Set<string>();
  return list.filter((q) => {
    const k = JSON.stringify([q.publication, q.url, q.date, q.excerpt]);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function placeOf(u: ImportedUnit): Pick<CommitmentOut, 'chapter' | 'section' | 'subsection' | 'paragraph' | 'page'> {
  const p = u.paragraph;
  return { chapter: p.chapter, ...(p.section ? { section: p.section } : {}), ...(p.subsection ? { subsection: p.subsection } : {}), paragraph: u.number, ...(p.page ? { page: p.page } : {}) };
}

function commitmentOf(u: ImportedUnit, label: string, identity: DocumentIdentity): CommitmentOut {
  const c = u.classification;
  const page = u.paragraph.page ? `, p. ${u.paragraph.page}` : '';
  const source: SourceOut = { verified: 'original', document: `${label}${page}, sha256 ${identity.sha256}` };
  const quoted = quotations([...(u.builtin?.source.quotedIn ?? []), ...u.quotedIn]);
  if (quoted.length) source.quotedIn = quoted;
  const out: CommitmentOut = { id: u.id!, text: u.unit.text, ...placeOf(u), tags: c.tags, ministry: c.ministry, firmness: c.firmness! };
  if (c.deadline) out.deadline = c.deadline;
  if (c.amount) out.amount = c.amount;
  out.source = source;
  return out;
}

const NOTES = {
  table: 'Tabelregel: doorzoekbare tekst, geen toezegging.',
  footnote: 'Voetnoot.',
  carried: 'Niet woordelijk in het geïmporteerde document gevonden; overgenomen uit het ingebouwde corpus zoals het was (geciteerd, niet gecontroleerd).',
};

function passageOf(u: ImportedUnit): PassageOut {
  const out: PassageOut = { text: u.unit.text, kind: 'context', ...placeOf(u) };
  const quoted = quotations(u.quotedIn);
  if (quoted.length) out.source = { quotedIn: quoted };
  if (u.paragraph.kind === 'table' || u.paragraph.kind === 'footnote') out.note = NOTES[u.paragraph.kind];
  return out;
}

/** A heading passage with the quotations of the built-in passage it states, if any. */
function withQuotes(passage: PassageOut, quoted: ReadonlyMap<string, readonly Quotation[]>): PassageOut {
  const list = quoted.get(passage.text);
  return list?.length ? { ...passage, source: { quotedIn: quotations(list) } } : passage;
}

/** Title passages for the headings a unit is the first under (chapter, section, subsection). */
function headingPassages(u: ImportedUnit, seen: Set<string>, quoted: ReadonlyMap<string, readonly Quotation[]>): PassageOut[] {
  const p = u.paragraph;
  const out: PassageOut[] = [];
  const levels: [string | undefined, string, PassageOut][] = [
    [p.chapter, `${p.chapter}`, { text: p.chapter, kind: 'title', chapter: p.chapter, note: 'Hoofdstuktitel.' }],
    [p.section, `${p.chapter}|${p.section}`, { text: p.section ?? '', kind: 'title', chapter: p.chapter, note: 'Kop van een paragraaf.' }],
    [p.subsection, `${p.chapter}|${p.section}|${p.subsection}`, { text: p.subsection ?? '', kind: 'title', chapter: p.chapter, ...(p.section ? { section: p.section } : {}), note: 'Tussenkop.' }],
  ];
  for (const [heading, key, passage] of levels) {
    if (!heading || seen.has(key)) continue;
    seen.add(key);
    out.push(withQuotes(passage, quoted));
  }
  return out;
}

/** Commitments and passages in document order, headings as title passages before the text under them. */
export function assembleEntries(
  units: readonly ImportedUnit[],
  title: string,
  identity: DocumentIdentity,
  headingQuotes: ReadonlyMap<string, readonly Quotation[]> = new Map(),
): { commitments: CommitmentOut[]; passages: PassageOut[] } {
  const label = documentLabel(title, identity);
  const commitments: CommitmentOut[] = [];
  const passages: PassageOut[] = [withQuotes({ text: title, kind: 'title', note: 'Titel van het document.' }, headingQuotes)];
  const seen = new Set<string>();
  for (const u of units) {
    passages.push(...headingPassages(u, seen, headingQuotes));
    if (u.classification.kind === 'commitment') commitments.push(commitmentOf(u, label, identity));
    else passages.push(passageOf(u));
  }
  return { commitments, passages };
}

function location(e: Commitment | Passage): Pick<CommitmentOut, 'chapter' | 'section' | 'subsection' | 'paragraph' | 'page' | 'theme'> {
  const { chapter, section, subsection, paragraph, page, theme } = e;
  return Object.fromEntries(Object.entries({ chapter, section, subsection, paragraph, page, theme }).filter(([, v]) => v !== undefined));
}

function quotedSource(e: Commitment | Passage): SourceOut {
  const s: SourceOut = { verified: e.source.verified === 'original' ? 'original' : 'quoted' };
  if (e.source.document) s.document = e.source.document;
  if (e.source.quotedIn.length) s.quotedIn = e.source.quotedIn;
  return s;
}

const withNote = (own: string | undefined) => (own ? `${NOTES.carried} ${own}` : NOTES.carried);

/** A built-in commitment the document did not contain, as it was; `ids` are the commitments the file has. */
export function carriedCommitment(c: Commitment, ids: ReadonlySet<string>): CommitmentOut {
  const out: CommitmentOut = { id: c.id, text: c.text, fragments: c.fragments, ...location(c), tags: c.tags, ministry: c.ministry, firmness: c.firmness ?? 'standpunt' };
  if (c.deadline) out.deadline = c.deadline;
  if (c.amount) out.amount = c.amount;
  const seeAlso = (c.seeAlso ?? []).filter((id) => ids.has(id));
  if (seeAlso.length) out.seeAlso = seeAlso;
  out.source = quotedSource(c);
  out.note = withNote(c.note);
  return out;
}

/** A built-in passage the document did not contain, as it was. */
export function carriedPassage(p: Passage): PassageOut {
  return { text: p.text, kind: p.kind, ...location(p), source: quotedSource(p), note: withNote(p.note) };
}

/** The head of the file: the built-in corpus's identity where there is one, the document's provenance always. */
export function corpusHead(options: { id: string; title: string; identity: DocumentIdentity; builtin?: Corpus; kind?: CorpusKind; complete: boolean }): Omit<CorpusOut, 'commitments' | 'passages'> {
  const { id, title, identity, builtin: b, complete } = options;
  const kind = options.kind ?? b?.kind ?? 'coalitieakkoord';
  const head: Omit<CorpusOut, 'commitments' | 'passages'> = { format: 1, id, title, kind, parties: b?.parties ?? [], complete, language: b?.language ?? 'nl', source: { verified: 'original', document: '' } };
  if (b?.shortTitle) head.shortTitle = b.shortTitle;
  if (b?.date) head.date = b.date;
  const published = identity.number ? `Tweede Kamer, ${identity.number}` : b?.published;
  if (published) head.published = published;
  if (b?.url) head.url = b.url;
  if (b?.replaces.length) head.replaces = b.replaces;
  if (b?.replacedBy) head.replacedBy = b.replacedBy;
  if (b?.period) head.period = b.period;
  head.source = { verified: 'original', document: `${documentLabel(title, identity)}, bestand ${identity.fileName}, sha256 ${identity.sha256}; tekst uit het document zelf, ingelezen met akkoordwijzer corpus import.` };
  return head;
}
