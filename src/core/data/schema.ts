/**
 * The shape of a data file, described once as a small schema: which fields, of which type, required or not, with
 * their documentation. One reader (`reader.ts`) walks a YAML document along it and reports every problem at its node;
 * the JSON Schema (`jsonSchema.ts`) and the field tables of the docs are rendered from the same description, and the
 * TypeScript types of what the reader gives are inferred from it (`Infer`). Pure data plus a few check functions.
 */

import type { Localized } from '../types';

/** The problem codes the reader reports by itself; a shape may rename them (`codes`) to keep a file's own codes. */
export type ReaderCode = 'wrong-type' | 'missing-field' | 'invalid-slug' | 'bad-date' | 'too-few' | 'empty-file';

/** A problem a check function finds in a value; reported at the value's node. */
export interface Issue {
  severity: 'error' | 'warning';
  code: string;
  message: Localized;
}

/**
 * Where a check reports: `at` names a field of the object (its value is underlined), without it the head of the
 * object (its first line). An error makes the entry it belongs to fail (the entry is skipped).
 */
export interface Issues {
  error(code: string, message: Localized, at?: string): void;
  warning(code: string, message: Localized, at?: string): void;
}

/** Phantom: the type the reader gives for a shape (`T`), and what may be written in the file for it (`W`). */
export interface Typed<T, W = T> {
  readonly __value?: T;
  readonly __written?: W;
}

interface ShapeBase {
  /** Codes to report instead of the reader's own (a file that always said `invalid-id` keeps saying it). */
  readonly codes?: Partial<Record<ReaderCode, string>>;
  /** Extra JSON Schema keywords (`format: 'uri'`, a looser `type`), merged over the rendered ones. */
  readonly json?: Readonly<Record<string, unknown>>;
}

/**
 * `string` is a short value, `text` is prose (rendered in double quotes, at least one character in the JSON
 * Schema). Both read numbers and booleans as written (`deadline: 2030` is the text "2030").
 */
export interface TextShape extends ShapeBase {
  readonly kind: 'string' | 'text';
  /** Trim the value (a term in a list, a note). */
  readonly trim?: boolean;
  /** An empty value is reported (`missing-field`) instead of read as empty. */
  readonly nonEmpty?: boolean;
  /** An empty value (`key:` with nothing after it) reads as `""` instead of as missing. */
  readonly nullAsEmpty?: boolean;
  /** A check of the value; `key` is the field or map key it stands under (for the message). */
  readonly check?: (value: string, key: string) => Issue | undefined;
}

/** Lower-case letters, digits and single hyphens: ids. */
export interface SlugShape extends ShapeBase {
  readonly kind: 'slug';
  /** `warning`: a bad id is dropped with a warning and its entry still loads (an item of `seeAlso`). */
  readonly severity?: 'error' | 'warning';
  /** What the id is, in the message ("tag", "corpus-id"); "id" when absent. */
  readonly what?: Localized;
  /** An id of the kind, in the message's example ("ca2026" for a corpus id); a commitment's id when absent. */
  readonly example?: string;
}

/** `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` unless `fullDay`. YAML timestamps are accepted. */
export interface DateShape extends ShapeBase {
  readonly kind: 'date';
  readonly fullDay?: boolean;
}

export interface BoolShape extends ShapeBase {
  readonly kind: 'bool';
}

export interface IntShape extends ShapeBase {
  readonly kind: 'int';
  readonly min?: number;
}

/** A fixed value (`format: 1`); any other value is reported with `code`. */
export interface ConstShape extends ShapeBase {
  readonly kind: 'const';
  readonly value: number;
  readonly code: string;
}

/**
 * One of a list of words. Closed (the default): another word is an error with `code`. Open: another word is a
 * warning and kept (ministries, tags). The values are fixed (`values`) or given when reading (`list`, e.g. the tag
 * list of the workspace); without them only the form is checked.
 */
export interface EnumShape<V extends string = string> extends ShapeBase {
  readonly kind: 'enum';
  readonly values?: readonly V[];
  /** Name of a list given when reading (`ReadOptions.known`) and when rendering (`RenderOptions.known`). */
  readonly list?: string;
  readonly open?: boolean;
  /** Every value must also be an id (tags). */
  readonly slug?: boolean;
  readonly code: string;
  /** What a value is, in the message: "Onbekende {label} …". */
  readonly label: Localized;
  /** Where the list comes from, said when a value is not in it ("niet in corpus/tags.yaml"). */
  readonly source?: Localized;
  /** Markdown documentation per value. */
  readonly docs?: Readonly<Partial<Record<V, string>>>;
}

/** Uniqueness of the items of a list, compared after `key` (e.g. case-folded). */
export interface UniqueSpec {
  readonly code: string;
  readonly key?: (value: string) => string;
  /** `list` (the default): within one list, a repeat is dropped. `file`: across every list of this shape in the file. */
  readonly scope?: 'list' | 'file';
  /** Keep the repeated item (the warning only informs). */
  readonly keep?: boolean;
  /** Drop a repeat without a word (`ministry: [BZK, BZK]`). */
  readonly silent?: boolean;
}

/** Where an item stood: the reader gives it for lists marked `located`, so a later check can point there. */
export interface Located<T> {
  value: T;
  range: readonly [number, number];
  /** 0-based line and character of the item's start. */
  line: number;
  character: number;
}

export interface ListShape extends ShapeBase {
  readonly kind: 'list';
  readonly item: AnyShape;
  /**
   * Each item is an entry of its own: an item with an error is reported and skipped, the rest is kept (and the list
   * itself does not fail). Without it an error in an item fails the entry the list belongs to.
   */
  readonly entries?: boolean;
  /** For entries: the field whose value must be unique among the entries (`duplicate-id`). */
  readonly key?: string;
  readonly unique?: readonly UniqueSpec[];
  /** At least this many items (after repeats are dropped). */
  readonly min?: number;
  /** Document that one value may stand for a list of one (the reader accepts that for every list of scalars). */
  readonly single?: boolean;
  readonly located?: boolean;
}

/** A map with free keys and values of one shape (`replacements: { regie: … }`). */
export interface MapShape extends ShapeBase {
  readonly kind: 'map';
  readonly value: AnyShape;
  /**
   * The keys must be words of a list given when reading (`ReadOptions.known`, e.g. the rule ids): another key is a
   * warning with `code` at the key (with the word probably meant), and its value is left out.
   */
  readonly keys?: { readonly list: string; readonly code: string; readonly label: Localized };
}

/** How a field is present: required (missing is an error), recommended (missing is a warning), or optional. */
export type Presence = 'required' | 'recommended' | 'optional';

export interface Field<T = unknown, Always extends boolean = boolean, W = T, Required extends boolean = boolean> {
  readonly shape: Shape<T, W>;
  readonly presence: Presence;
  /** The value when the field is absent. */
  readonly default?: T;
  /** Markdown documentation (Dutch): the docs table and the JSON Schema description. */
  readonly doc?: string;
  /** Said after "Verplicht veld … ontbreekt" (the allowed values, why it matters). */
  readonly hint?: Localized;
  /** Phantom: whether the value is always there after reading (required or with a default). */
  readonly __always?: Always;
  /** Phantom: whether the file must say it. */
  readonly __required?: Required;
}

export type Fields = Readonly<Record<string, Field<any, boolean, any, boolean>>>;

/** The value of an object read field by field: required fields and fields with a default are always there. */
export type ObjectValue<F extends Fields> = {
  -readonly [K in keyof F as F[K] extends Field<any, true, any, any> ? K : never]: F[K] extends Field<infer T, true, any, any> ? T : never;
} & {
  -readonly [K in keyof F as F[K] extends Field<any, true, any, any> ? never : K]?: F[K] extends Field<infer T, boolean, any, any> ? T : never;
};

/** What may be written for an object: the required fields, and any of the others. */
export type WrittenObject<F extends Fields> = {
  -readonly [K in keyof F as F[K] extends Field<any, any, any, true> ? K : never]: F[K] extends Field<any, any, infer W, true> ? W : never;
} & {
  -readonly [K in keyof F as F[K] extends Field<any, any, any, true> ? never : K]?: F[K] extends Field<any, any, infer W, boolean> ? W : never;
};

export interface ObjectShape<T = unknown, F extends Fields = Fields> extends ShapeBase {
  readonly kind: 'object';
  readonly fields: F;
  /** The thing this object is, with its article ("een toezegging") and in plural ("toezeggingen"). */
  readonly name: { one: Localized; many: Localized };
  /** Rendered once as a JSON Schema definition under this name (and the docs table of that name). */
  readonly ref?: string;
  /** Names people are likely to type for a field (besides the shared `FIELD_ALIASES`). */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Said instead of the generic "… moet uit velden bestaan" (settings, where the word is "object"). */
  readonly notAMap?: Localized;
  /** At the root: an empty file is fine (nothing in it). */
  readonly emptyOk?: boolean;
  /**
   * Runs when the object was read without errors: checks across its fields and turns the read value into the one
   * the caller wants. Undefined drops the object (report why).
   */
  build?(value: ObjectValue<F>, issues: Issues): T | undefined;
}

/** A scalar or a map, each read by its own shape and turned into one value (`why: "…"` or `why: {nl, en}`). */
export interface EitherShape<T = unknown> extends ShapeBase {
  readonly kind: 'either';
  readonly scalar: Shape<any>;
  readonly object: ObjectShape<any, any>;
  readonly fromScalar: (value: any) => T;
  readonly fromObject: (value: any) => T;
}

/** Every kind of shape, untyped. */
export type Descriptor = TextShape | SlugShape | DateShape | BoolShape | IntShape | ConstShape | EnumShape | ListShape | MapShape | ObjectShape<any, any> | EitherShape<any>;

/** A shape whose read value has type `T`, written in the file as a `W`. */
export type Shape<T = unknown, W = T> = Descriptor & Typed<T, W>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyShape = Shape<any>;

/** The type the reader gives for a shape. */
export type Infer<S> = S extends Typed<infer T, any> ? T : never;

/** What a file may say for a shape (what a generator writes): defaults and lists of one need not be spelt out. */
export type Written<S> = S extends Typed<any, infer W> ? W : never;

// ---------------------------------------------------------------------------------------------------------------
// Builders: the small vocabulary the file schemas are written in.

type Options<S> = Omit<S, 'kind'>;

/** A short text value (`language: nl`). */
export const string = (o: Options<TextShape> = {}): Shape<string> => ({ kind: 'string', ...o });
/** Prose (`title`, `text`): double-quoted by the generators, at least one character in the JSON Schema. */
export const text = (o: Options<TextShape> = {}): Shape<string> => ({ kind: 'text', ...o });
/** An id: lower-case letters, digits and single hyphens. */
export const slug = (o: Options<SlugShape> = {}): Shape<string> => ({ kind: 'slug', ...o });
/** An ISO date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`). */
export const date = (o: Options<DateShape> = {}): Shape<string> => ({ kind: 'date', ...o });
/** `true` or `false`. */
export const bool = (o: Options<BoolShape> = {}): Shape<boolean> => ({ kind: 'bool', ...o });
/** A whole number, at least `min`. */
export const int = (o: Options<IntShape> = {}): Shape<number> => ({ kind: 'int', ...o });
/** A fixed number (`format: 1`); another value is reported with `code`. */
export const constant = (value: number, code: string): Shape<number> => ({ kind: 'const', value, code });

/** One of the given words; another is an error with `code`. */
export function oneOf<V extends string>(values: readonly V[], o: Omit<Options<EnumShape<V>>, 'values'>): Shape<V> {
  return { kind: 'enum', values, ...o } as Shape<V>;
}

/** An open list of words: values outside it are a warning and kept. */
export function openList(o: Omit<Options<EnumShape>, 'open'>): Shape<string> {
  return { kind: 'enum', open: true, ...o } as Shape<string>;
}

type ListOptions = Omit<Options<ListShape>, 'item'>;

/** A list of items of one shape (see `ListShape` for entries, uniqueness and positions). */
export function list<T, W>(item: Shape<T, W>, o: ListOptions & { located: true }): Shape<Located<T>[], W[]>;
export function list<T, W>(item: Shape<T, W>, o?: ListOptions): Shape<T[], W[]>;
export function list<T, W>(item: Shape<T, W>, o: ListOptions = {}): Shape<T[], W[]> {
  return { ...o, kind: 'list', item } as Shape<T[], W[]>;
}

/** A map with free keys and values of one shape. */
export function mapOf<T, W>(value: Shape<T, W>, o: Omit<Options<MapShape>, 'value'> = {}): Shape<Record<string, T>, Record<string, W>> {
  return { ...o, kind: 'map', value } as Shape<Record<string, T>, Record<string, W>>;
}

/** An object with the given fields, in the order a file writes them. */
export function object<F extends Fields, T = ObjectValue<F>>(
  name: ObjectShape['name'],
  fields: F,
  o: Omit<Options<ObjectShape<T, F>>, 'fields' | 'name'> = {},
): ObjectShape<T, F> & Typed<T, WrittenObject<F>> {
  return { kind: 'object', name, fields, ...o } as ObjectShape<T, F> & Typed<T, WrittenObject<F>>;
}

/** A scalar or a map, each turned into the same value. */
export function either<T, W = unknown>(o: Omit<EitherShape<T>, 'kind'>): Shape<T, W> {
  return { kind: 'either', ...o } as Shape<T, W>;
}

const withDoc = (doc: string | undefined) => (doc ? { doc } : {});
/** Must be there: missing or empty is an error. */
export const required = <T, W>(shape: Shape<T, W>, doc?: string, more: { hint?: Localized } = {}): Field<T, true, W, true> => ({ shape, presence: 'required', ...withDoc(doc), ...more });
/** May be left out. */
export const optional = <T, W>(shape: Shape<T, W>, doc?: string): Field<T, false, W, false> => ({ shape, presence: 'optional', ...withDoc(doc) });
/** Missing is a warning (with the shape's `missing-field` code), the value stays absent. */
export const recommended = <T, W>(shape: Shape<T, W>, doc?: string, more: { hint?: Localized } = {}): Field<T, false, W, false> => ({ shape, presence: 'recommended', ...withDoc(doc), ...more });
/** Recommended, but read as `value` when missing (a note that should be there, an empty one is usable). */
export const recommendedOr = <T, W>(shape: Shape<T, W>, value: T, doc?: string): Field<T, true, W, false> => ({ shape, presence: 'recommended', default: value, ...withDoc(doc) });
/** May be left out; then read as `value`. */
export const withDefault = <T, W>(shape: Shape<T, W>, value: T, doc?: string): Field<T, true, W, false> => ({ shape, presence: 'optional', default: value, ...withDoc(doc) });

/** `why: "…"` (the same in both languages) or `why: { nl: …, en: … }` (English falls back to Dutch). */
export const localized = (doc?: string): Shape<Localized, string | { nl: string; en?: string }> =>
  either<Localized, string | { nl: string; en?: string }>({
    scalar: text(),
    object: object({ one: { nl: 'een vertaalde tekst', en: 'a translated text' }, many: { nl: 'vertaalde teksten', en: 'translated texts' } }, { nl: required(text()), en: optional(text()) }),
    fromScalar: (s: string) => ({ nl: s, en: s }),
    fromObject: (o: { nl: string; en?: string }) => ({ nl: o.nl, en: o.en ?? o.nl }),
    ...(doc ? { json: { description: doc } } : {}),
  });

/** Dutch (and a few English) names people are likely to type, mapped to the real field. */
export const FIELD_ALIASES: Readonly<Record<string, string>> = {
  tekst: 'text', titel: 'title', datum: 'date', soort: 'kind', partijen: 'parties', taal: 'language',
  volledig: 'complete', compleet: 'complete', vervangt: 'replaces', vervangendoor: 'replacedBy',
  gepubliceerd: 'published', bron: 'source', herkomst: 'source', toezeggingen: 'commitments',
  afspraken: 'commitments', hoofdstuk: 'chapter', paragraaf: 'section', subparagraaf: 'subsection',
  alinea: 'paragraph', pagina: 'page', blz: 'page', thema: 'theme', onderwerp: 'theme', labels: 'tags',
  ministerie: 'ministry', ministeries: 'ministry', ministries: 'ministry', hardheid: 'firmness',
  stelligheid: 'firmness', stevigheid: 'firmness', termijn: 'deadline', bedrag: 'amount',
  opmerking: 'note', notitie: 'note', toelichting: 'note', fragmenten: 'fragments', soortpassage: 'kind',
  geverifieerd: 'verified', document: 'document', geciteerdin: 'quotedIn', citaten: 'quotedIn',
  publicatie: 'publication', bronnaam: 'publication', fragment: 'excerpt', commitment: 'commitments',
  tag: 'tags', verkortetitel: 'shortTitle', korttitel: 'shortTitle', akkoorden: 'agreements', groepen: 'groups',
  begrippen: 'terms', vormen: 'forms', waarom: 'why', inplaatsvan: 'instead', vervangingen: 'replacements',
  plaatsen: 'places', uitzonderingen: 'except', bronnen: 'sources', termen: 'terms', gepresenteerd: 'presented',
  kabinet: 'cabinet', omschrijving: 'description', beschrijving: 'description',
};

/** The fields that must be there, for messages ("een toezegging (id, text, …)"). */
export function requiredFields(shape: ObjectShape<any, any>): string[] {
  return Object.entries(shape.fields as Fields)
    .filter(([, f]) => f.presence === 'required')
    .map(([k]) => k);
}

/** The code to report for a reader code on a shape (its own, or the reader's). */
export function codeFor(shape: Descriptor, code: ReaderCode): string {
  return shape.codes?.[code] ?? code;
}
