/**
 * Builds corpus/ca2026.akkoord.yaml from the quote tables and the hand annotations in corpus/sources/ca2026/.
 * Fails loudly when a row has no annotation, an annotation matches no row, or a row is used twice.
 */

import { parse } from 'yaml';
import { splitSentences } from '../../src/core/text/sentences';
import { FIRMNESS_VALUES, MINISTRIES, PASSAGE_KINDS } from '../../src/core/corpus/types';
import type { Firmness, PassageKind, Quotation } from '../../src/core/corpus/types';
import type { CommitmentOut, CorpusOut, PassageOut } from '../../src/core/corpus/write';
import { QUOTE_FILES, readQuoteRows } from './quotes';
import type { QuoteFile, QuoteRow } from './quotes';
import { fail, norm } from './util';

export const ANNOTATIONS = 'corpus/sources/ca2026/annotations.yaml';
export const DIGITAL_CHAPTER = 'Nederland koploper in een digitale wereld';

interface RowRef {
  file: QuoteFile;
  prefix: string;
  from?: string;
  sentences?: number[];
  corroboration: boolean;
  note?: string;
  publication?: string;
  date?: string;
  also: Quotation[];
  where: string;
}

interface Wording {
  text: string;
  row: QuoteRow;
  ref: RowRef;
}

/** Which rows (and sentences) have been taken, to find rows nobody takes and rows taken twice. */
class Coverage {
  private readonly whole = new Map<QuoteRow, string>();
  private readonly parts = new Map<QuoteRow, Map<number, string>>();

  take(row: QuoteRow, sentences: number[] | undefined, by: string): void {
    const label = `${row.file}:${row.line}`;
    if (this.whole.has(row)) fail(`${by}: rij ${label} is al gebruikt door ${this.whole.get(row)}.`);
    if (!sentences) {
      if (this.parts.has(row)) fail(`${by}: rij ${label} is al deels (per zin) gebruikt; gebruik "sentences".`);
      this.whole.set(row, by);
      return;
    }
    const m = this.parts.get(row) ?? new Map<number, string>();
    for (const s of sentences) {
      if (m.has(s)) fail(`${by}: zin ${s} van rij ${label} is al gebruikt door ${m.get(s)}.`);
      m.set(s, by);
    }
    this.parts.set(row, m);
  }

  check(rows: QuoteRow[]): void {
    const missing: string[] = [];
    for (const row of rows) {
      if (this.whole.has(row)) continue;
      const m = this.parts.get(row);
      const n = splitSentences(row.text).length;
      if (!m) {
        missing.push(`${QUOTE_FILES[row.file]}:${row.line} "${row.text.slice(0, 70)}"`);
        continue;
      }
      for (let i = 1; i <= n; i++) if (!m.has(i)) missing.push(`${QUOTE_FILES[row.file]}:${row.line} zin ${i} "${row.text.slice(0, 50)}"`);
    }
    if (missing.length) fail(`Rijen zonder annotatie in ${ANNOTATIONS} (voeg ze toe als commitment of passage):\n  ${missing.join('\n  ')}`);
  }

  /** How each row was used, for the report and the tests. */
  usage(): Map<QuoteRow, string[]> {
    const out = new Map<QuoteRow, string[]>();
    for (const [r, by] of this.whole) out.set(r, [by]);
    for (const [r, m] of this.parts) out.set(r, [...new Set(m.values())]);
    return out;
  }
}

function str(v: unknown, where: string, key: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || v.trim() === '') fail(`${where}: "${key}" moet tekst zijn.`);
  return v;
}

function strList(v: unknown, where: string, key: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) fail(`${where}: "${key}" moet een lijst met teksten zijn.`);
  return v as string[];
}

function checkKeys(o: Record<string, unknown>, allowed: string[], where: string): void {
  for (const k of Object.keys(o)) if (!allowed.includes(k)) fail(`${where}: onbekend veld "${k}" (toegestaan: ${allowed.join(', ')}).`);
}

function readRowRef(v: unknown, where: string): RowRef {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(`${where}: een rij-verwijzing is een map zoals { seeds: "begin van de quote" }.`);
  const o = v as Record<string, unknown>;
  checkKeys(o, ['seeds', 'news', 'extra', 'from', 'sentences', 'as', 'note', 'publication', 'date', 'also'], where);
  const files = (Object.keys(QUOTE_FILES) as QuoteFile[]).filter((f) => f in o);
  if (files.length !== 1) fail(`${where}: noem precies één tabel (seeds, news of extra).`);
  const file = files[0]!;
  const prefix = str(o[file], where, file)!;
  const ref: RowRef = { file, prefix, corroboration: false, also: [], where };
  const from = str(o['from'], where, 'from');
  if (from) ref.from = from;
  if (o['sentences'] !== undefined) {
    const s = o['sentences'];
    if (!Array.isArray(s) || s.length === 0 || s.some((n) => !Number.isInteger(n) || n < 1)) fail(`${where}: "sentences" is een lijst van zinnummers (vanaf 1).`);
    const nums = s as number[];
    for (let i = 1; i < nums.length; i++) if (nums[i] !== nums[i - 1]! + 1) fail(`${where}: "sentences" moeten opeenvolgend zijn (de tekst blijft letterlijk).`);
    ref.sentences = nums;
  }
  if (o['as'] !== undefined) {
    if (o['as'] !== 'corroboration') fail(`${where}: "as" kan alleen "corroboration" zijn.`);
    ref.corroboration = true;
  }
  const note = str(o['note'], where, 'note');
  if (note) ref.note = note;
  const publication = str(o['publication'], where, 'publication');
  if (publication) ref.publication = publication;
  const date = o['date'] instanceof Date ? o['date'].toISOString().slice(0, 10) : str(o['date'], where, 'date');
  if (date) ref.date = date;
  if (o['also'] !== undefined) {
    if (!Array.isArray(o['also'])) fail(`${where}: "also" is een lijst van { publication, url?, date? }.`);
    for (const a of o['also'] as unknown[]) {
      const ao = a as Record<string, unknown>;
      checkKeys(ao, ['publication', 'url', 'date'], `${where} also`);
      const q: Quotation = { publication: str(ao['publication'], where, 'publication') ?? fail(`${where}: also zonder publication.`) };
      const url = str(ao['url'], where, 'url');
      if (url) q.url = url;
      const d = str(ao['date'], where, 'date');
      if (d) q.date = d;
      ref.also.push(q);
    }
  }
  return ref;
}

function findRow(rows: QuoteRow[], ref: RowRef): QuoteRow {
  const p = norm(ref.prefix);
  const hits = rows.filter((r) => r.file === ref.file && r.norm.startsWith(p) && (!ref.from || r.origin.includes(ref.from)));
  if (hits.length === 0) fail(`${ref.where}: geen rij in ${QUOTE_FILES[ref.file]} begint met "${ref.prefix}"${ref.from ? ` (from: ${ref.from})` : ''}.`);
  if (hits.length > 1) fail(`${ref.where}: "${ref.prefix}" past op meerdere rijen in ${QUOTE_FILES[ref.file]} (regels ${hits.map((h) => h.line).join(', ')}); maak het begin langer of voeg "from" toe.`);
  return hits[0]!;
}

function wordingOf(row: QuoteRow, ref: RowRef): string {
  if (!ref.sentences) return row.text;
  const spans = splitSentences(row.text);
  const first = spans[ref.sentences[0]! - 1];
  const last = spans[ref.sentences[ref.sentences.length - 1]! - 1];
  if (!first || !last) fail(`${ref.where}: rij ${row.file}:${row.line} heeft maar ${spans.length} zinnen.`);
  return row.text.slice(first.start, last.end);
}

function quotationOf(row: QuoteRow, ref: RowRef): Quotation {
  const q: Quotation = { ...row.quotation };
  if (ref.publication) q.publication = ref.publication;
  if (ref.date) q.date = ref.date;
  return q;
}

const SHORTENED = /\(…\)|\(\.\.\.?\)|\[…\]|\[\.\.\.\]/;
const INSERTED = /\[(?!…\]|\.\.\.\])[^\]]+\]/;

/** Notes about the quoter's marks in the wording, so nobody mistakes them for the agreement's. */
function markNotes(text: string): string[] {
  const notes: string[] = [];
  if (SHORTENED.test(text)) notes.push('Ingekort door de citerende bron: (…) en […] markeren weggelaten tekst.');
  if (INSERTED.test(text)) notes.push('Woorden tussen [ ] zijn ingevoegd door de citerende bron.');
  return notes;
}

function sameQuotation(a: Quotation, b: Quotation): boolean {
  return a.publication === b.publication && a.url === b.url && a.date === b.date && a.excerpt === b.excerpt && a.note === b.note;
}

/** Text (the longest wording), fragments (wordings not contained in it), and who quoted what. */
function assemble(wordings: Wording[], where: string, allowFragments: boolean): { text: string; fragments: string[]; quotedIn: Quotation[] } {
  const candidates = wordings.filter((w) => !w.ref.corroboration);
  if (candidates.length === 0) fail(`${where}: geen enkele letterlijke formulering (alleen "corroboration").`);
  const main = candidates.reduce((best, w) => (w.text.length > best.text.length ? w : best));
  const mainNorm = norm(main.text);
  const fragments: string[] = [];
  const quotedIn: Quotation[] = [];
  const add = (q: Quotation): void => {
    if (!quotedIn.some((x) => sameQuotation(x, q))) quotedIn.push(q);
  };
  for (const w of [main, ...wordings.filter((x) => x !== main)]) {
    const q = quotationOf(w.row, w.ref);
    const wn = norm(w.text);
    if (w !== main && wn !== mainNorm) q.excerpt = w.text;
    if (w.ref.note) q.note = w.ref.note;
    if (w !== main && !w.ref.corroboration && !mainNorm.includes(wn)) {
      if (!allowFragments) fail(`${where}: "${w.text}" staat niet in "${main.text}"; maak er een aparte passage van.`);
      if (!fragments.some((f) => norm(f) === wn)) fragments.push(w.text);
    }
    add(q);
    for (const a of w.ref.also) add(q.excerpt ? { ...a, excerpt: q.excerpt } : { ...a });
  }
  return { text: main.text, fragments, quotedIn };
}

/** Theme and page from the rows, unless the annotation gives a chapter or theme. */
function placeOf(wordings: Wording[], chapter: string | undefined, theme: string | undefined, where: string) {
  const pages = [...new Set(wordings.map((w) => w.row.page).filter((p): p is number => p !== undefined))];
  if (pages.length > 1) fail(`${where}: rijen noemen verschillende pagina's (${pages.join(', ')}).`);
  let t = theme;
  if (!chapter && !t) t = wordings.find((w) => w.row.theme)?.row.theme;
  if (!chapter && !t) fail(`${where}: geef "chapter" of "theme" (de rij heeft geen thema).`);
  return { chapter, theme: chapter ? undefined : t, page: pages[0] };
}

export interface Ca2026Result {
  corpus: CorpusOut;
  rows: QuoteRow[];
  /** For every row: the commitment ids / passage labels that use it. */
  usage: Map<QuoteRow, string[]>;
  report: string[];
}

export function buildCa2026(read: (rel: string) => string, knownTags: ReadonlySet<string>): Ca2026Result {
  const rows = readQuoteRows(read);
  const ann = parse(read(ANNOTATIONS)) as Record<string, unknown>;
  if (!ann || typeof ann !== 'object') fail(`${ANNOTATIONS}: leeg of geen map.`);
  checkKeys(ann, ['commitments', 'passages'], ANNOTATIONS);
  const coverage = new Coverage();
  const commitments: CommitmentOut[] = [];
  const passages: PassageOut[] = [];
  const ids = new Set<string>();

  const refsOf = (o: Record<string, unknown>, where: string, by: string): Wording[] => {
    if (!Array.isArray(o['rows']) || o['rows'].length === 0) fail(`${where}: "rows" ontbreekt of is leeg.`);
    return (o['rows'] as unknown[]).map((rv, i) => {
      const ref = readRowRef(rv, `${where} rows[${i}]`);
      const row = findRow(rows, ref);
      coverage.take(row, ref.sentences, by);
      return { text: wordingOf(row, ref), row, ref };
    });
  };

  for (const [i, cv] of ((ann['commitments'] as unknown[]) ?? []).entries()) {
    const o = cv as Record<string, unknown>;
    const where = `${ANNOTATIONS} commitments[${i}]`;
    checkKeys(o, ['id', 'rows', 'chapter', 'section', 'theme', 'tags', 'ministry', 'firmness', 'deadline', 'amount', 'note'], where);
    const id = str(o['id'], where, 'id') ?? fail(`${where}: "id" ontbreekt.`);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) fail(`${where}: id "${id}" is geen slug.`);
    if (ids.has(id)) fail(`${where}: id "${id}" komt twee keer voor.`);
    ids.add(id);
    const w = `${where} (${id})`;
    const wordings = refsOf(o, w, id);
    const { text, fragments, quotedIn } = assemble(wordings, w, true);
    const tags = strList(o['tags'], w, 'tags');
    if (tags.length === 0) fail(`${w}: geef minstens één tag.`);
    for (const t of tags) if (!knownTags.has(t)) fail(`${w}: tag "${t}" staat niet in corpus/tags.yaml.`);
    const ministry = strList(o['ministry'], w, 'ministry');
    for (const m of ministry) if (!(m in MINISTRIES)) fail(`${w}: onbekend ministerie "${m}".`);
    const firmness = str(o['firmness'], w, 'firmness');
    if (!firmness || !(FIRMNESS_VALUES as readonly string[]).includes(firmness)) fail(`${w}: firmness ontbreekt of is onbekend ("${firmness}").`);
    const place = placeOf(wordings, str(o['chapter'], w, 'chapter'), str(o['theme'], w, 'theme'), w);
    const notes = [str(o['note'], w, 'note'), ...markNotes(text)].filter((x): x is string => !!x);
    const c: CommitmentOut = { id, text, fragments, ...place, tags, ministry, firmness: firmness as Firmness, source: { quotedIn } };
    const section = str(o['section'], w, 'section');
    if (section) c.section = section;
    const deadline = o['deadline'] === undefined ? undefined : String(o['deadline']);
    if (deadline) c.deadline = deadline;
    const amount = str(o['amount'], w, 'amount');
    if (amount) c.amount = amount;
    if (notes.length) c.note = notes.join(' ');
    commitments.push(c);
  }

  for (const [i, pv] of ((ann['passages'] as unknown[]) ?? []).entries()) {
    const o = pv as Record<string, unknown>;
    const where = `${ANNOTATIONS} passages[${i}]`;
    checkKeys(o, ['rows', 'kind', 'chapter', 'theme', 'note'], where);
    const kind = str(o['kind'], where, 'kind');
    if (!kind || !(PASSAGE_KINDS as readonly string[]).includes(kind)) fail(`${where}: kind ontbreekt of is onbekend ("${kind}").`);
    const wordings = refsOf(o, where, `passage ${i + 1}`);
    const { text, quotedIn } = assemble(wordings, where, false);
    const place = placeOf(wordings, str(o['chapter'], where, 'chapter'), str(o['theme'], where, 'theme'), where);
    const notes = [str(o['note'], where, 'note'), ...markNotes(text)].filter((x): x is string => !!x);
    const p: PassageOut = { text, kind: kind as PassageKind, ...place, source: { quotedIn } };
    if (notes.length) p.note = notes.join(' ');
    passages.push(p);
  }

  coverage.check(rows);

  const corpus: CorpusOut = {
    format: 1,
    id: 'ca2026',
    title: 'Aan de slag. Bouwen aan een beter Nederland',
    shortTitle: 'Aan de slag',
    kind: 'coalitieakkoord',
    parties: ['D66', 'VVD', 'CDA'],
    date: '2026-01-30',
    published: 'Tweede Kamer, 2026D04554',
    complete: false,
    replaces: ['hla2024'],
    language: 'nl',
    source: {
      verified: 'quoted',
      document: 'Passages uit het coalitieakkoord zoals geciteerd in publicaties (per toezegging onder quotedIn). Het volledige document is hier niet geraadpleegd; de tekst is niet met het origineel vergeleken.',
    },
    commitments,
    passages,
  };
  const usage = coverage.usage();
  const report = [
    `ca2026: ${rows.length} rijen uit ${Object.keys(QUOTE_FILES).length} tabellen → ${commitments.length} toezeggingen, ${passages.length} passages`,
    `  fragmenten: ${commitments.reduce((n, c) => n + (c.fragments?.length ?? 0), 0)}, publicaties: ${new Set(commitments.flatMap((c) => c.source?.quotedIn ?? []).map((q) => q.publication)).size}`,
  ];
  return { corpus, rows, usage, report };
}
