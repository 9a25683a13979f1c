/**
 * Loads one `*.akkoord.yaml` corpus file from its text. Pure: no file system; never throws.
 *
 * Every problem carries the exact position of the offending node: the key for unknown fields, the value for wrong
 * types, the `id` value for duplicates, the list item for a missing `text`. An entry with an error is skipped (and
 * reported); the rest of the file still loads. Without a usable corpus `id` the result has no corpus.
 */

import { isMap } from 'yaml';
import type { Node } from 'yaml';
import type { DataProblem } from '../types';
import {
  CITATION_KEY_PATTERN,
  CORPUS_FORMAT,
  CORPUS_KINDS,
  FIRMNESS_VALUES,
  MINISTRIES,
  PASSAGE_KINDS,
  SLUG_PATTERN,
  VERIFIED_VALUES,
} from './types';
import type { Commitment, Corpus, CorpusKind, Firmness, Passage, PassageKind, Quotation, Source, Verified } from './types';
import { isSlug } from './types';
import { keyOf, parseCitationKey } from './citationKey';
import { EntryReader, readFields } from '../data/fieldReader';
import { firstLineOf, headOf, parseYaml, rangeOf, suggest } from '../data/yamlNodes';
import type { Field, Range, Reporter } from '../data/yamlNodes';

export { CITATION_KEY_PATTERN, SLUG_PATTERN };

export interface LoadOptions {
  /** Known tag ids (from `corpus/tags.yaml`). When given, a tag outside this list is a warning. */
  knownTags?: Iterable<string>;
}

export interface LoadResult {
  corpus: Corpus | undefined;
  problems: DataProblem[];
}

export { isSlug, keyOf, parseCitationKey };

const HEADER_FIELDS = [
  'format', 'id', 'title', 'shortTitle', 'kind', 'parties', 'date', 'published', 'url', 'complete',
  'replaces', 'replacedBy', 'period', 'language', 'source', 'commitments', 'passages',
] as const;
const PERIOD_FIELDS = ['from', 'until'] as const;
const COMMITMENT_FIELDS = [
  'id', 'text', 'fragments', 'chapter', 'section', 'subsection', 'paragraph', 'page', 'theme', 'tags',
  'ministry', 'firmness', 'deadline', 'amount', 'seeAlso', 'source', 'note',
] as const;
const PASSAGE_FIELDS = ['text', 'kind', 'chapter', 'section', 'subsection', 'paragraph', 'page', 'theme', 'source', 'note'] as const;
const SOURCE_FIELDS = ['verified', 'document', 'quotedIn'] as const;
const QUOTATION_FIELDS = ['publication', 'url', 'date', 'excerpt', 'note'] as const;


interface RawSource {
  verified?: Verified;
  document?: string;
  quotedIn?: Quotation[];
}

function readSource(f: Field | undefined, r: EntryReader): RawSource | undefined {
  if (!f) return undefined;
  const v = r.value(f);
  if (v.kind === 'missing') return undefined;
  if (v.kind !== 'map') {
    r.wrongType(f, f.value, 'een map met verified/document/quotedIn', 'a map with verified/document/quotedIn');
    return undefined;
  }
  const fields = readFields(v.node, SOURCE_FIELDS, r.rep, { nl: 'source', en: 'source' });
  const out: RawSource = {};
  const verified = r.enumValue(fields.get('verified'), VERIFIED_VALUES, 'unknown-verified', { nl: 'waarde voor verified', en: 'value for verified' });
  if (verified) out.verified = verified;
  const document = r.string(fields.get('document'));
  if (document !== undefined) out.document = document;
  const qf = fields.get('quotedIn');
  if (qf) {
    const qv = r.value(qf);
    if (qv.kind === 'seq') {
      out.quotedIn = [];
      for (const n of qv.node.items as Node[]) {
        const q = readQuotation(n, r);
        if (q) out.quotedIn.push(q);
      }
    } else if (qv.kind !== 'missing') {
      r.wrongType(qf, qf.value, 'een lijst van publicaties', 'a list of publications');
    }
  }
  return out;
}

function readQuotation(n: Node, r: EntryReader): Quotation | undefined {
  if (!isMap(n)) {
    r.error(rangeOf(n), 'wrong-type', 'Een item van "quotedIn" moet een map zijn (publication, url, date).', 'An item of "quotedIn" must be a map (publication, url, date).');
    return undefined;
  }
  const fields = readFields(n, QUOTATION_FIELDS, r.rep, { nl: 'quotedIn', en: 'quotedIn' });
  const publication = r.requiredString(fields, 'publication', headOf(r.text, n));
  if (publication === undefined) return undefined;
  const q: Quotation = { publication };
  const url = r.string(fields.get('url'));
  if (url !== undefined) q.url = url;
  const date = r.date(fields.get('date'));
  if (date !== undefined) q.date = date;
  const excerpt = r.string(fields.get('excerpt'));
  if (excerpt !== undefined) q.excerpt = excerpt;
  const note = r.string(fields.get('note'));
  if (note !== undefined) q.note = note;
  return q;
}

function resolveSource(corpus: RawSource | undefined, entry: RawSource | undefined): Source {
  const s: Source = {
    verified: entry?.verified ?? corpus?.verified ?? 'unknown',
    quotedIn: entry?.quotedIn ?? corpus?.quotedIn ?? [],
  };
  const document = entry?.document ?? corpus?.document;
  if (document !== undefined) s.document = document;
  return s;
}

interface Context {
  text: string;
  rep: Reporter;
  /** Start offsets of YAML syntax errors: an entry containing one is skipped (the error is already reported). */
  syntaxErrors: number[];
  corpusId: string;
  corpusSource: RawSource | undefined;
  knownTags: Set<string> | undefined;
  knownTagList: string[];
}

/** Shared optional location fields of commitments and passages. */
function readLocation(fields: Map<string, Field>, r: EntryReader) {
  const out: { chapter?: string; section?: string; subsection?: string; paragraph?: number; page?: number; theme?: string; note?: string } = {};
  for (const k of ['chapter', 'section', 'subsection', 'theme', 'note'] as const) {
    const s = r.string(fields.get(k));
    if (s !== undefined) out[k] = s;
  }
  const paragraph = r.positiveInt(fields.get('paragraph'));
  if (paragraph !== undefined) out.paragraph = paragraph;
  const page = r.positiveInt(fields.get('page'));
  if (page !== undefined) out.page = page;
  return out;
}

/** A `seeAlso` id and where it stands, checked against the file's ids once all commitments are read. */
interface SeeAlsoRef {
  id: string;
  range: Range;
}

function readCommitment(item: Node, ctx: Context, seen: Map<string, Range>, refs: Map<Commitment, SeeAlsoRef[]>): Commitment | undefined {
  const r = new EntryReader(ctx.rep, ctx.text);
  if (!isMap(item)) {
    ctx.rep.error(rangeOf(item), 'wrong-type', 'Een toezegging moet een map zijn (id, text, …).', 'A commitment must be a map (id, text, …).');
    return undefined;
  }
  const itemRange = rangeOf(item);
  const head = headOf(ctx.text, item);
  const fields = readFields(item, COMMITMENT_FIELDS, ctx.rep, { nl: 'een toezegging', en: 'a commitment' });

  const idField = fields.get('id');
  let id: string | undefined;
  if (!idField) r.error(head, 'missing-field', 'Verplicht veld "id" ontbreekt.', 'Required field "id" is missing.');
  else id = r.slug(idField) ?? undefined;
  if (idField && id === undefined && r.value(idField).kind === 'missing') {
    r.error(idField.keyRange, 'missing-field', 'Verplicht veld "id" is leeg.', 'Required field "id" is empty.');
  }
  if (id !== undefined && idField) {
    const first = seen.get(id);
    if (first) {
      const p = ctx.rep.pos(first[0]);
      r.error(rangeOf(idField.value), 'duplicate-id', `Dubbele id "${id}": die komt al voor op regel ${p.line + 1}.`, `Duplicate id "${id}": already used on line ${p.line + 1}.`);
    } else {
      seen.set(id, rangeOf(idField.value));
    }
  }

  const text = r.requiredString(fields, 'text', head);
  const fragments = r.stringList(fields.get('fragments')) ?? [];
  const tags = readTags(fields.get('tags'), r, ctx);
  const ministry = readMinistries(fields.get('ministry'), r);
  const firmnessField = fields.get('firmness');
  const firmness = r.enumValue<Firmness>(firmnessField, FIRMNESS_VALUES, 'unknown-firmness', { nl: 'firmness', en: 'firmness' });
  if (!firmnessField) {
    r.warning(head, 'missing-firmness', `Toezegging "${id ?? '?'}" heeft geen "firmness" (besluit, wetgeving, financiering, inzet, onderzoek, doel of standpunt).`, `Commitment "${id ?? '?'}" has no "firmness" (besluit, wetgeving, financiering, inzet, onderzoek, doel or standpunt).`);
  }
  const deadline = r.string(fields.get('deadline'));
  const amount = r.string(fields.get('amount'));
  const seeAlso = readSeeAlso(fields.get('seeAlso'), r, id);
  const source = readSource(fields.get('source'), r);
  const loc = readLocation(fields, r);

  if (r.failed || id === undefined || text === undefined || hasSyntaxError(ctx, itemRange)) {
    return undefined;
  }
  const p = ctx.rep.pos(itemRange[0]);
  const c: Commitment = {
    key: keyOf(ctx.corpusId, id),
    corpusId: ctx.corpusId,
    id,
    text,
    fragments,
    ...loc,
    tags,
    ministry,
    source: resolveSource(ctx.corpusSource, source),
    span: { start: itemRange[0], end: itemRange[1] },
    line: p.line,
    character: p.character,
  };
  if (firmness !== undefined) c.firmness = firmness;
  if (deadline !== undefined) c.deadline = deadline;
  if (amount !== undefined) c.amount = amount;
  if (seeAlso.length) refs.set(c, seeAlso);
  return c;
}

/** `seeAlso`: ids of other commitments in this file (checked later, see checkSeeAlso). Bad items are warnings. */
function readSeeAlso(f: Field | undefined, r: EntryReader, self: string | undefined): SeeAlsoRef[] {
  const out: SeeAlsoRef[] = [];
  r.stringList(f, (s, node) => {
    const range = rangeOf(node);
    if (!isSlug(s)) {
      r.warning(range, 'invalid-slug', `"${s}" in "seeAlso" is geen id (kleine letters, cijfers, koppeltekens); gebruik de id zonder corpus ervoor.`, `"${s}" in "seeAlso" is not an id (lower-case letters, digits, hyphens); use the id without its corpus.`);
    } else if (s === self) {
      r.warning(range, 'see-also-self', `"seeAlso" verwijst naar de toezegging zelf ("${s}").`, `"seeAlso" refers to the commitment itself ("${s}").`);
    } else if (out.some((x) => x.id === s)) {
      r.warning(range, 'duplicate-see-also', `"${s}" staat twee keer in "seeAlso".`, `"${s}" is listed twice in "seeAlso".`);
    } else {
      out.push({ id: s, range });
    }
    return undefined;
  });
  return out;
}

/** Every `seeAlso` id must be a commitment of this file: the ones that are not are dropped with a warning. */
function checkSeeAlso(commitments: Commitment[], refs: Map<Commitment, SeeAlsoRef[]>, rep: Reporter): void {
  const ids = commitments.map((c) => c.id);
  const known = new Set(ids);
  for (const [c, list] of refs) {
    const ok: string[] = [];
    for (const ref of list) {
      if (known.has(ref.id)) {
        ok.push(ref.id);
        continue;
      }
      const sug = suggest(ref.id, ids);
      rep.warning(ref.range, 'unknown-see-also', `"seeAlso" noemt "${ref.id}", maar die toezegging staat niet in dit bestand${sug ? `: bedoelde u "${sug}"?` : '.'}`, `"seeAlso" names "${ref.id}", but that commitment is not in this file${sug ? `: did you mean "${sug}"?` : '.'}`);
    }
    if (ok.length) c.seeAlso = ok;
  }
}

function readTags(f: Field | undefined, r: EntryReader, ctx: Context): string[] {
  const seen = new Set<string>();
  const list =
    r.stringList(f, (s, node) => {
      const range = rangeOf(node);
      if (!isSlug(s)) {
        r.error(range, 'invalid-slug', `Tag "${s}" is geen geldige id (kleine letters, cijfers, koppeltekens).`, `Tag "${s}" is not a valid id (lower-case letters, digits, hyphens).`);
        return undefined;
      }
      if (seen.has(s)) {
        r.warning(range, 'duplicate-tag', `Tag "${s}" staat er twee keer.`, `Tag "${s}" is listed twice.`);
        return undefined;
      }
      seen.add(s);
      if (ctx.knownTags && !ctx.knownTags.has(s)) {
        const sug = suggest(s, ctx.knownTagList);
        r.warning(range, 'unknown-tag', `Onbekende tag "${s}" (niet in corpus/tags.yaml)${sug ? `: bedoelde u "${sug}"?` : '.'}`, `Unknown tag "${s}" (not in corpus/tags.yaml)${sug ? `: did you mean "${sug}"?` : '.'}`);
      }
      return s;
    }) ?? [];
  return list;
}

const MINISTRY_IDS = Object.keys(MINISTRIES);

function readMinistries(f: Field | undefined, r: EntryReader): string[] {
  const seen = new Set<string>();
  return (
    r.stringList(f, (s, node) => {
      if (seen.has(s)) return undefined;
      seen.add(s);
      if (!(s in MINISTRIES)) {
        const sug = suggest(s, MINISTRY_IDS);
        r.warning(rangeOf(node), 'unknown-ministry', `Onbekende ministerie-afkorting "${s}"${sug ? `: bedoelde u "${sug}"?` : '.'} Bekend: ${MINISTRY_IDS.join(', ')}.`, `Unknown ministry abbreviation "${s}"${sug ? `: did you mean "${sug}"?` : '.'} Known: ${MINISTRY_IDS.join(', ')}.`);
      }
      return s;
    }) ?? []
  );
}

function readPassage(item: Node, ctx: Context): Passage | undefined {
  const r = new EntryReader(ctx.rep, ctx.text);
  if (!isMap(item)) {
    ctx.rep.error(rangeOf(item), 'wrong-type', 'Een passage moet een map zijn (text, kind, …).', 'A passage must be a map (text, kind, …).');
    return undefined;
  }
  const itemRange = rangeOf(item);
  const fields = readFields(item, PASSAGE_FIELDS, ctx.rep, { nl: 'een passage', en: 'a passage' });
  const text = r.requiredString(fields, 'text', headOf(ctx.text, item));
  const kind = r.enumValue<PassageKind>(fields.get('kind'), PASSAGE_KINDS, 'unknown-passage-kind', { nl: 'soort passage', en: 'passage kind' });
  const source = readSource(fields.get('source'), r);
  const loc = readLocation(fields, r);
  if (r.failed || text === undefined || hasSyntaxError(ctx, itemRange)) return undefined;
  const p = ctx.rep.pos(itemRange[0]);
  return {
    corpusId: ctx.corpusId,
    text,
    kind: kind ?? 'context',
    ...loc,
    source: resolveSource(ctx.corpusSource, source),
    span: { start: itemRange[0], end: itemRange[1] },
    line: p.line,
    character: p.character,
  };
}

function hasSyntaxError(ctx: Context, range: Range): boolean {
  return ctx.syntaxErrors.some((at) => at >= range[0] && at <= range[1]);
}

function readList<T>(f: Field | undefined, r: EntryReader, each: (n: Node) => T | undefined, what: { nl: string; en: string }): T[] {
  if (!f) return [];
  const v = r.value(f);
  if (v.kind === 'missing') return [];
  if (v.kind !== 'seq') {
    r.wrongType(f, f.value, `een lijst van ${what.nl}`, `a list of ${what.en}`);
    return [];
  }
  const out: T[] = [];
  for (const n of v.node.items as Node[]) {
    const x = each(n);
    if (x !== undefined) out.push(x);
  }
  return out;
}

function load(text: string, uri: string, options: LoadOptions): LoadResult {
  const { doc, reporter: rep } = parseYaml(text);
  const done = (corpus: Corpus | undefined): LoadResult => ({ corpus, problems: rep.sorted() });
  const root = doc.contents as Node | null;
  const whole: Range = firstLineOf(text, [0, text.length]);
  if (!isMap(root)) {
    const r: Range = root?.range ? firstLineOf(text, rangeOf(root)) : whole;
    if (root == null || (root.range && root.range[0] === root.range[1])) {
      rep.error(r, 'empty-file', 'Het bestand is leeg: een corpus begint met format, id, title, kind, source en commitments.', 'The file is empty: a corpus starts with format, id, title, kind, source and commitments.');
    } else {
      rep.error(r, 'wrong-type', 'Het bestand moet een map zijn (format: 1, id: …, commitments: …), geen lijst of losse waarde.', 'The file must be a map (format: 1, id: …, commitments: …), not a list or a single value.');
    }
    return done(undefined);
  }
  const head = headOf(text, root);
  const r = new EntryReader(rep, text);
  const fields = readFields(root, HEADER_FIELDS, rep, { nl: 'de kop van het corpus', en: 'the corpus header' });

  const formatField = fields.get('format');
  if (!formatField) {
    rep.error(head, 'missing-field', `Verplicht veld "format" ontbreekt (gebruik format: ${CORPUS_FORMAT}).`, `Required field "format" is missing (use format: ${CORPUS_FORMAT}).`);
  } else {
    const fv = r.value(formatField);
    if (!(fv.kind === 'scalar' && fv.value === CORPUS_FORMAT)) {
      rep.error(rangeOf(formatField.value), 'unsupported-format', `Alleen format: ${CORPUS_FORMAT} wordt ondersteund.`, `Only format: ${CORPUS_FORMAT} is supported.`);
    }
  }

  const idField = fields.get('id');
  let id: string | undefined;
  if (!idField) {
    rep.error(head, 'missing-field', 'Verplicht veld "id" ontbreekt: zonder id kan het corpus niet geladen worden.', 'Required field "id" is missing: without an id the corpus cannot be loaded.');
  } else {
    id = r.slug(idField);
    if (id === undefined && r.value(idField).kind === 'missing') {
      rep.error(idField.keyRange, 'missing-field', 'Het veld "id" is leeg: zonder id kan het corpus niet geladen worden.', 'The field "id" is empty: without an id the corpus cannot be loaded.');
    }
  }

  const title = r.requiredString(fields, 'title', head);
  const kindField = fields.get('kind');
  const kind = r.enumValue<CorpusKind>(kindField, CORPUS_KINDS, 'unknown-kind', { nl: 'soort corpus', en: 'corpus kind' });
  if (!kindField) rep.error(head, 'missing-field', `Verplicht veld "kind" ontbreekt (${CORPUS_KINDS.join(', ')}).`, `Required field "kind" is missing (${CORPUS_KINDS.join(', ')}).`);
  const shortTitle = r.string(fields.get('shortTitle'));
  const parties = r.stringList(fields.get('parties')) ?? [];
  const date = r.date(fields.get('date'));
  const published = r.string(fields.get('published'));
  const urlField = fields.get('url');
  const url = r.string(urlField);
  if (url !== undefined && urlField && !/^https?:\/\//.test(url)) {
    rep.warning(rangeOf(urlField.value), 'bad-url', `"${url}" lijkt geen webadres (http:// of https://).`, `"${url}" does not look like a web address (http:// or https://).`);
  }
  const complete = r.bool(fields.get('complete')) ?? false;
  const replaces = r.stringList(fields.get('replaces'), (s, node) => checkRefSlug(s, node, r)) ?? [];
  const replacedBy = r.slug(fields.get('replacedBy'));
  const period = readPeriod(fields.get('period'), r);
  const langField = fields.get('language');
  const language = r.string(langField) ?? 'nl';
  if (langField && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language)) {
    rep.warning(rangeOf(langField.value), 'bad-language', `"${language}" is geen taalcode (bijv. nl of en).`, `"${language}" is not a language code (e.g. nl or en).`);
  }
  const sourceField = fields.get('source');
  const corpusSource = readSource(sourceField, r);
  if (!sourceField) {
    rep.error(head, 'missing-field', 'Verplicht veld "source" ontbreekt: geef aan waar de tekst vandaan komt (verified: original of quoted).', 'Required field "source" is missing: say where the text comes from (verified: original or quoted).');
  } else if (corpusSource && !corpusSource.verified && isMap(sourceField.value) && !sourceField.value.has('verified')) {
    rep.error(rangeOf(sourceField.value), 'missing-field', 'In "source" ontbreekt "verified" (original of quoted).', '"source" lacks "verified" (original or quoted).');
  }
  if (!fields.has('commitments')) {
    rep.error(head, 'missing-field', 'Verplicht veld "commitments" ontbreekt (een lijst, mag leeg zijn: commitments: []).', 'Required field "commitments" is missing (a list, may be empty: commitments: []).');
  }

  if (id === undefined) return done(undefined);

  const knownTagList = options.knownTags ? [...options.knownTags] : [];
  const ctx: Context = {
    text,
    rep,
    syntaxErrors: doc.errors.map((e) => e.pos[0]),
    corpusId: id,
    corpusSource,
    knownTags: options.knownTags ? new Set(knownTagList) : undefined,
    knownTagList,
  };
  const seen = new Map<string, Range>();
  const refs = new Map<Commitment, SeeAlsoRef[]>();
  const commitments = readList(fields.get('commitments'), r, (n) => readCommitment(n, ctx, seen, refs), { nl: 'toezeggingen', en: 'commitments' });
  checkSeeAlso(commitments, refs, rep);
  const passages = readList(fields.get('passages'), r, (n) => readPassage(n, ctx), { nl: 'passages', en: 'passages' });

  const corpus: Corpus = {
    uri,
    format: CORPUS_FORMAT,
    id,
    title: title ?? id,
    kind: kind ?? 'overig',
    parties,
    complete,
    replaces,
    language,
    source: resolveSource(corpusSource, undefined),
    commitments,
    passages,
  };
  if (shortTitle !== undefined) corpus.shortTitle = shortTitle;
  if (date !== undefined) corpus.date = date;
  if (published !== undefined) corpus.published = published;
  if (url !== undefined) corpus.url = url;
  if (replacedBy !== undefined) corpus.replacedBy = replacedBy;
  if (period) corpus.period = period;
  return done(corpus);
}

/** `period: { from: 2024-05-16, until: 2026-01-29 }`: the days an agreement governs (both ends inclusive). */
function readPeriod(f: Field | undefined, r: EntryReader): Corpus['period'] {
  if (!f) return undefined;
  const v = r.value(f);
  if (v.kind === 'missing') return undefined;
  if (v.kind !== 'map') {
    r.wrongType(f, f.value, 'een map met from en until', 'a map with from and until');
    return undefined;
  }
  const fields = readFields(v.node, PERIOD_FIELDS, r.rep, { nl: 'period', en: 'period' });
  const from = r.date(fields.get('from'));
  const until = r.date(fields.get('until'));
  if (from !== undefined && until !== undefined && until < from) {
    r.error(rangeOf(fields.get('until')!.value), 'bad-period', `De periode eindigt (${until}) voor ze begint (${from}).`, `The period ends (${until}) before it starts (${from}).`);
    return undefined;
  }
  const period: NonNullable<Corpus['period']> = {};
  if (from !== undefined) period.from = from;
  if (until !== undefined) period.until = until;
  return period.from || period.until ? period : undefined;
}

function checkRefSlug(s: string, node: Node, r: EntryReader): string | undefined {
  if (isSlug(s)) return s;
  r.error(rangeOf(node), 'invalid-slug', `"${s}" is geen geldige corpus-id (kleine letters, cijfers, koppeltekens).`, `"${s}" is not a valid corpus id (lower-case letters, digits, hyphens).`);
  return undefined;
}

/**
 * Load a corpus file. `uri` is only recorded on the result (for related-information links).
 * Never throws: on any input it returns a (possibly undefined) corpus and the problems found.
 */
export function loadCorpus(text: string, uri: string, options: LoadOptions = {}): LoadResult {
  try {
    return load(typeof text === 'string' ? text : '', uri, options);
  } catch (e) {
    return {
      corpus: undefined,
      problems: [
        {
          line: 0,
          character: 0,
          endLine: 0,
          endCharacter: 0,
          severity: 'error',
          message: `Interne fout bij het lezen van het corpus: ${String(e)}`,
          messageEn: `Internal error while reading the corpus: ${String(e)}`,
          code: 'internal-error',
        },
      ],
    };
  }
}
