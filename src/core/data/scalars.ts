/**
 * Reading one scalar along its shape: text, ids, words from a list, dates, numbers, booleans, fixed values. Part of
 * the data reader (`reader.ts`), which walks the structure and gives each scalar node to `readScalar`.
 */

import type { Node } from 'yaml';
import type { Localized } from '../types';
import { isSlug } from '../corpus/types';
import { codeFor } from './schema';
import type { Descriptor, EnumShape } from './schema';
import { isIsoDate, rangeOf, suggest, valueOf } from './yamlNodes';
import type { Range } from './yamlNodes';

/** Per entry: how many errors were reported while reading it (an entry with errors is skipped). */
export interface Entry {
  errors: number;
}

/** The field (or the item of a list field) being read, for messages. */
export interface Place {
  key: string;
  keyRange: Range;
  item?: boolean;
}

/** Where a scalar's problems go, and the word lists given when reading. */
export interface ReadContext {
  readonly text: string;
  /** An error: the entry it belongs to fails. */
  error(entry: Entry, range: Range, code: string, nl: string, en: string): void;
  warning(range: Range, code: string, nl: string, en: string): void;
  wrongType(entry: Entry, node: Node | null, shape: Descriptor, place: Place): void;
  /** The values of a word list named by the schema (`list: 'tags'`), when given. */
  known(list: string): readonly string[] | undefined;
}

export const SCALAR_KINDS = new Set<Descriptor['kind']>(['string', 'text', 'slug', 'date', 'bool', 'int', 'const', 'enum', 'either']);

/** What a value of a shape must be, for "… moet X zijn". */
export function expected(shape: Descriptor): Localized {
  switch (shape.kind) {
    case 'bool':
      return { nl: 'true of false', en: 'true or false' };
    case 'int':
      return shape.min === 1 ? { nl: 'een positief geheel getal', en: 'a positive integer' } : { nl: 'een geheel getal', en: 'an integer' };
    case 'list':
      return shape.item.kind === 'object'
        ? { nl: `een lijst van ${shape.item.name.many.nl}`, en: `a list of ${shape.item.name.many.en}` }
        : { nl: 'een lijst met teksten', en: 'a list of strings' };
    case 'map':
      return { nl: 'een map', en: 'a map' };
    case 'object': {
      const keys = Object.keys(shape.fields).join('/');
      return { nl: `een map met ${keys}`, en: `a map with ${keys}` };
    }
    case 'either': {
      const map = expected(shape.object);
      return { nl: `tekst of ${map.nl}`, en: `a string or ${map.en}` };
    }
    default:
      return { nl: 'tekst', en: 'a string' };
  }
}

export function readScalar(node: Node, shape: Descriptor, place: Place, entry: Entry, ctx: ReadContext): unknown {
  const v = valueOf(node, ctx.text);
  if (v.kind === 'missing') return undefined;
  if (v.kind !== 'scalar') {
    if (shape.kind === 'date') return badDate(node, '', entry, ctx);
    ctx.wrongType(entry, node, shape, place);
    return undefined;
  }
  // Numbers are read as written (`2030`, `1.50`); a plain value (a setting) has no source text.
  const written = typeof v.value === 'string' ? v.value : typeof v.value === 'number' || typeof v.value === 'boolean' ? v.source.trim() || String(v.value) : undefined;
  switch (shape.kind) {
    case 'bool':
      if (typeof v.value === 'boolean') return v.value;
      break;
    case 'int':
      if (typeof v.value === 'number' && Number.isInteger(v.value) && v.value >= (shape.min ?? -Infinity)) return v.value;
      break;
    case 'const':
      if (v.value === shape.value) return v.value;
      ctx.error(entry, rangeOf(node), shape.code, `Alleen ${place.key}: ${shape.value} wordt ondersteund.`, `Only ${place.key}: ${shape.value} is supported.`);
      return undefined;
    case 'date':
      return date(node, v.value, v.source, shape.fullDay === true, entry, ctx);
    default:
      if (written !== undefined) return word(written, node, shape, place, entry, ctx);
  }
  ctx.wrongType(entry, node, shape, place);
  return undefined;
}

/** Text, an id or a word from a list, with its checks. */
function word(written: string, node: Node, shape: Descriptor, place: Place, entry: Entry, ctx: ReadContext): string | undefined {
  const range = rangeOf(node);
  if (shape.kind === 'string' || shape.kind === 'text') {
    const s = shape.trim ? written.trim() : written;
    const issue = shape.check?.(s, place.key);
    if (!issue) return s;
    if (issue.severity === 'warning') {
      ctx.warning(range, issue.code, issue.message.nl, issue.message.en);
      return s;
    }
    ctx.error(entry, range, issue.code, issue.message.nl, issue.message.en);
    return undefined;
  }
  if (shape.kind === 'enum' && shape.slug && shape.open && !isSlug(written)) return looseId(written, range, shape, entry, ctx);
  if (shape.kind === 'slug' || (shape.kind === 'enum' && shape.slug)) {
    if (!isSlug(written)) {
      const what = shape.kind === 'slug' ? shape.what : shape.label;
      const example = (shape.kind === 'slug' && shape.example) || 'nederlandse-digitale-dienst';
      const nl = `"${written}" is geen geldige ${what?.nl ?? 'id'}: gebruik kleine letters, cijfers en koppeltekens (bijv. "${example}").`;
      const en = `"${written}" is not a valid ${what?.en ?? 'id'}: use lower-case letters, digits and hyphens (e.g. "${example}").`;
      if (shape.kind === 'slug' && shape.severity === 'warning') ctx.warning(range, codeFor(shape, 'invalid-slug'), nl, en);
      else ctx.error(entry, range, codeFor(shape, 'invalid-slug'), nl, en);
      return undefined;
    }
    if (shape.kind === 'slug') return written;
  }
  if (shape.kind === 'enum') return enumValue(written, range, shape, entry, ctx);
  return written;
}

/**
 * A value of an open list of ids (a tag) that is no id: a warning, and its entry still loads. Written in capitals, with
 * accents or with spaces ("Digitale-Autonomie", "Économie", "digitale autonomie") it is read as the id it means; else
 * it is left out. An
 * error dropped the whole commitment for one capital letter, and a draft's key to it became unknown (a new user's trial).
 */
function looseId(written: string, range: Range, shape: EnumShape, entry: Entry, ctx: ReadContext): string | undefined {
  const meant = written.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (isSlug(meant)) {
    // One warning: the id it is read as is not in the list either ("Digitale-Autonomy"): the list's own says so.
    const values = shape.values ?? (shape.list !== undefined ? ctx.known(shape.list) : undefined);
    if (values && !values.includes(meant)) return enumValue(meant, range, shape, entry, ctx);
    ctx.warning(range, codeFor(shape, 'invalid-slug'), `${cap(shape.label.nl)} "${written}" in kleine letters en met koppeltekens: "${meant}"; zo gelezen.`, `${cap(shape.label.en)} "${written}" in lower case with hyphens: "${meant}"; read as such.`);
    return meant;
  }
  ctx.warning(range, codeFor(shape, 'invalid-slug'), `"${written}" is geen geldige ${shape.label.nl}: gebruik kleine letters, cijfers en koppeltekens; weggelaten.`, `"${written}" is not a valid ${shape.label.en}: use lower-case letters, digits and hyphens; left out.`);
  return undefined;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function enumValue(s: string, range: Range, shape: EnumShape, entry: Entry, ctx: ReadContext): string | undefined {
  const values = shape.values ?? (shape.list !== undefined ? ctx.known(shape.list) : undefined);
  if (!values || values.includes(s)) return s;
  const sug = suggest(s, values);
  const [sugNl, sugEn] = sug ? [`: bedoelde u "${sug}"?`, `: did you mean "${sug}"?`] : ['.', '.'];
  const from = shape.source ? [` (${shape.source.nl})`, ` (${shape.source.en})`] : ['', ''];
  const list = shape.values ? values.join(', ') : undefined;
  const [tailNl, tailEn] = !list ? ['', ''] : shape.open ? [` Bekend: ${list}.`, ` Known: ${list}.`] : [` Toegestaan: ${list}.`, ` Allowed: ${list}.`];
  const nl = `Onbekende ${shape.label.nl} "${s}"${from[0]}${sugNl}${tailNl}`;
  const en = `Unknown ${shape.label.en} "${s}"${from[1]}${sugEn}${tailEn}`;
  if (shape.open) {
    ctx.warning(range, shape.code, nl, en);
    return s;
  }
  ctx.error(entry, range, shape.code, nl, en);
  return undefined;
}

function date(node: Node, value: unknown, source: string, fullDay: boolean, entry: Entry, ctx: ReadContext): string | undefined {
  let s: string | undefined;
  if (value instanceof Date && !Number.isNaN(value.getTime())) s = value.toISOString().slice(0, 10);
  else if (typeof value === 'string') s = value.trim();
  else if (typeof value === 'number') s = source.trim();
  if (s === undefined || !isIsoDate(s)) return badDate(node, source, entry, ctx);
  if (fullDay && s.length !== 10) {
    ctx.error(entry, rangeOf(node), 'bad-date', `Geef de volledige dag: JJJJ-MM-DD (niet "${source}").`, `Give the full day: YYYY-MM-DD (not "${source}").`);
    return undefined;
  }
  return s;
}

function badDate(node: Node, source: string, entry: Entry, ctx: ReadContext): undefined {
  ctx.error(entry, rangeOf(node), 'bad-date', `Ongeldige datum "${source}": gebruik JJJJ-MM-DD (of JJJJ-MM, JJJJ).`, `Invalid date "${source}": use YYYY-MM-DD (or YYYY-MM, YYYY).`);
  return undefined;
}
