/**
 * The one reader for data files: walks a `yaml` document along a schema (`schema.ts`) and gives the value it could
 * read plus every problem at its node, in Dutch and English. An entry of a list marked `entries` (a commitment, a
 * tag, a synonym group) that has an error is reported and skipped; the rest loads. An entry that contains a YAML
 * syntax error is skipped silently: the syntax error says what is wrong. Never throws on any text.
 */

import { Document, LineCounter, isMap, isScalar, isSeq } from 'yaml';
import type { Node, YAMLMap } from 'yaml';
import type { DataProblem, Localized } from '../types';
import { codeFor, FIELD_ALIASES, requiredFields } from './schema';
import type { Descriptor, EitherShape, Field, Fields, Infer, Issues, ListShape, ObjectShape, Typed, UniqueSpec } from './schema';
import { fieldsOf, firstLineOf, headOf, parseYaml, rangeOf, Reporter, suggest, valueOf } from './yamlNodes';
import { expected, readScalar, SCALAR_KINDS } from './scalars';
import type { Entry, Place, ReadContext } from './scalars';
import type { Field as NodeField, Range } from './yamlNodes';
import { setOwn } from '../text/own';
import { and } from '../../shared/wording';

export interface ReadOptions {
  /** The lists that word lists of the schema name (`list: 'tags'`): the workspace's tags, say. */
  known?: Readonly<Record<string, Iterable<string> | undefined>>;
  /**
   * For a plain value: keep what could be read when something in it is wrong (settings: a bad value is left out and
   * the rest applies), instead of rejecting the whole value (a term given as one setting).
   */
  partial?: boolean;
}

/** Report problems found after reading (checks across entries), at ranges the reader gave out (`Located`). */
export interface RangeIssues {
  error(range: Range, code: string, message: Localized): void;
  warning(range: Range, code: string, message: Localized): void;
}

export interface DataRead<T> {
  /**
   * The root object as far as it could be read (a field with an error is left out); undefined when the file is no
   * map. Entries with errors are not in it.
   */
  value: Partial<T> | undefined;
  /** Whether the root object itself was read without an error. */
  ok: boolean;
  issues: RangeIssues;
  /** Every problem, in text order. */
  problems(): DataProblem[];
}

/**
 * Read a data file along its schema. Problems in the root object (a broken header) do not stop the entries from
 * loading: the caller decides what a partial root is worth. Never throws: a bug in a check is a problem of its own.
 */
export function readData<S extends ObjectShape<any, any> & Typed<any>>(text: string, shape: S, options: ReadOptions = {}): DataRead<Infer<S>> {
  try {
    return readFile(text, shape, options);
  } catch (e) {
    const problem = internalError(e);
    return { value: undefined, ok: false, issues: { error: () => undefined, warning: () => undefined }, problems: () => [problem] };
  }
}

function internalError(e: unknown): DataProblem {
  const m = String(e);
  return { line: 0, character: 0, endLine: 0, endCharacter: 0, severity: 'error', code: 'internal-error', message: `Interne fout bij het lezen: ${m}`, messageEn: `Internal error while reading: ${m}` };
}

function readFile<S extends ObjectShape<any, any> & Typed<any>>(text: string, shape: S, options: ReadOptions): DataRead<Infer<S>> {
  const source = typeof text === 'string' ? text : '';
  const { doc, reporter } = parseYaml(source);
  const walker = new Walker(source, reporter, doc.errors.map((e) => e.pos[0]), options);
  const issues: RangeIssues = {
    error: (range, code, m) => reporter.error(range, code, m.nl, m.en),
    warning: (range, code, m) => reporter.warning(range, code, m.nl, m.en),
  };
  const result = (value: Partial<Infer<S>> | undefined, ok: boolean): DataRead<Infer<S>> => ({ value, ok, issues, problems: () => reporter.sorted() });
  const root = doc.contents as Node | null;
  const whole = firstLineOf(source, [0, source.length]);
  if (root == null || (root.range && root.range[0] === root.range[1] && !isMap(root))) {
    if (shape.emptyOk) return result({}, true);
    const needed = and(requiredFields(shape));
    reporter.error(whole, codeFor(shape, 'empty-file'), `Het bestand is leeg: ${shape.name.one.nl} begint met ${needed.nl}.`, `The file is empty: ${shape.name.one.en} starts with ${needed.en}.`);
    return result(undefined, false);
  }
  if (!isMap(root)) {
    const fields = requiredFields(shape).map((k) => `${k}: …`).join(', ');
    const at = root.range ? firstLineOf(source, rangeOf(root)) : whole;
    const m = shape.notAMap ?? { nl: `Het bestand moet uit velden bestaan (${fields}), niet uit een lijst of losse waarde.`, en: `The file must consist of fields (${fields}), not a list or a single value.` };
    reporter.error(at, codeFor(shape, 'wrong-type'), m.nl, m.en);
    return result(undefined, false);
  }
  const entry: Entry = { errors: 0 };
  const value = walker.object(root, shape, entry, false) as Partial<Infer<S>> | undefined;
  return result(value ?? {}, entry.errors === 0);
}

/**
 * Read a plain value (an editor setting) along a shape, as if it were written in a file. Problems have no useful
 * position; their messages are what counts.
 */
export function readPlainValue<S extends Typed<any> & Descriptor>(value: unknown, shape: S, options: ReadOptions = {}): { value: Infer<S> | undefined; problems: DataProblem[] } {
  try {
    return readPlain(value, shape, options);
  } catch (e) {
    return { value: undefined, problems: [internalError(e)] };
  }
}

function readPlain<S extends Typed<any> & Descriptor>(value: unknown, shape: S, options: ReadOptions): { value: Infer<S> | undefined; problems: DataProblem[] } {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  const reporter = new Reporter(lineCounter, 0);
  const walker = new Walker('', reporter, [], options);
  const node = new Document(value).contents as Node | null;
  const entry: Entry = { errors: 0 };
  const read = node == null ? undefined : walker.read(node, shape, { key: '', keyRange: [0, 0], item: true }, entry);
  return { value: entry.errors === 0 || options.partial ? (read as Infer<S>) : undefined, problems: reporter.problems };
}

class Walker implements ReadContext {
  /** First offset of every value seen, per file-wide uniqueness rule. */
  private readonly seenInFile = new Map<UniqueSpec, Map<string, number>>();
  private readonly lists = new Map<string, string[]>();

  constructor(
    readonly text: string,
    private readonly rep: Reporter,
    private readonly syntaxErrors: readonly number[],
    options: ReadOptions,
  ) {
    for (const [name, values] of Object.entries(options.known ?? {})) if (values) this.lists.set(name, [...values]);
  }

  known(list: string): readonly string[] | undefined {
    return this.lists.get(list);
  }

  warning(range: Range, code: string, nl: string, en: string): void {
    this.rep.warning(range, code, nl, en);
  }

  error(entry: Entry, range: Range, code: string, nl: string, en: string): void {
    entry.errors++;
    this.rep.error(range, code, nl, en);
  }

  wrongType(entry: Entry, node: Node | null, shape: Descriptor, place: Place): void {
    const want = expected(shape);
    const at = node ? rangeOf(node) : place.keyRange;
    const [nl, en] = !place.key
      ? [`De waarde moet ${want.nl} zijn.`, `The value must be ${want.en}.`]
      : place.item
      ? [`Elk item van "${place.key}" moet ${want.nl} zijn.`, `Every item of "${place.key}" must be ${want.en}.`]
      : [`"${place.key}" moet ${want.nl} zijn.`, `"${place.key}" must be ${want.en}.`];
    this.error(entry, at, codeFor(shape, 'wrong-type'), nl, en);
  }

  /** Read a value node (not empty) along a shape; undefined when it is not usable (the problem is reported). */
  read(node: Node, shape: Descriptor, place: Place, entry: Entry): unknown {
    const v = valueOf(node, this.text);
    if (v.kind === 'alias') {
      this.error(entry, rangeOf(v.node), 'alias-not-supported', `Aliassen (*naam) worden niet ondersteund in "${place.key}".`, `Aliases (*name) are not supported in "${place.key}".`);
      return undefined;
    }
    switch (shape.kind) {
      case 'object':
        if (!isMap(node)) return this.notAMap(node, shape, place, entry);
        return this.object(node, shape, entry, true);
      case 'list':
        return this.list(node, shape, place, entry);
      case 'map':
        return this.map(node, shape, place, entry);
      case 'either':
        return this.either(node, shape, place, entry);
      default:
        return readScalar(node, shape, place, entry, this);
    }
  }

  private notAMap(node: Node, shape: ObjectShape<any, any>, place: Place, entry: Entry): undefined {
    if (!place.item) {
      this.wrongType(entry, node, shape, place);
      return undefined;
    }
    const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
    const fields = requiredFields(shape).join(', ');
    const m = shape.notAMap ?? { nl: `${cap(shape.name.one.nl)} moet uit velden bestaan (${fields}, …).`, en: `${cap(shape.name.one.en)} must consist of fields (${fields}, …).` };
    this.error(entry, rangeOf(node), codeFor(shape, 'wrong-type'), m.nl, m.en);
    return undefined;
  }

  /** The fields of a map, in schema order. With errors inside, a `build` is not run and the object is dropped. */
  object(map: YAMLMap, shape: ObjectShape<any, any>, entry: Entry, nested: boolean): unknown {
    const fields = shape.fields as Fields;
    const present = this.knownFields(map, shape);
    let head: Range | undefined;
    const headRange = (): Range => (head ??= headOf(this.text, map));
    const before = entry.errors;
    const out: Record<string, unknown> = {};
    for (const [key, spec] of Object.entries(fields)) {
      const f = present.get(key);
      const value = f ? this.field(f, spec, entry) : this.absent(key, spec, entry, headRange);
      if (value !== undefined) out[key] = value;
    }
    if (!shape.build) return out;
    if (entry.errors > before) return nested ? undefined : out;
    const issues: Issues = {
      error: (code, m, at) => this.error(entry, this.where(present.get(at ?? ''), headRange), code, m.nl, m.en),
      warning: (code, m, at) => this.rep.warning(this.where(present.get(at ?? ''), headRange), code, m.nl, m.en),
    };
    return shape.build(out as never, issues);
  }

  private where(f: NodeField | undefined, head: () => Range): Range {
    if (!f) return head();
    return f.value?.range && f.value.range[1] > f.value.range[0] ? rangeOf(f.value) : f.keyRange;
  }

  /** The fields of the schema that the map has; the others are warned about, with the field probably meant. */
  private knownFields(map: YAMLMap, shape: ObjectShape<any, any>): Map<string, NodeField> {
    const allowed = Object.keys(shape.fields);
    const aliases: Record<string, string> = {};
    for (const [alias, target] of Object.entries({ ...FIELD_ALIASES, ...shape.aliases })) if (allowed.includes(target)) aliases[alias] = target;
    const present = new Map<string, NodeField>();
    for (const f of fieldsOf(map, this.rep)) {
      if (allowed.includes(f.key)) {
        present.set(f.key, f);
        continue;
      }
      const s = suggest(f.key, allowed, aliases);
      const [nl, en] = s !== undefined ? [`: bedoelde u "${s}"?`, `: did you mean "${s}"?`] : [` in ${shape.name.one.nl}.`, ` in ${shape.name.one.en}.`];
      this.rep.warning(f.keyRange, 'unknown-field', `Onbekend veld "${f.key}"${nl}`, `Unknown field "${f.key}"${en}`);
    }
    return present;
  }

  /** A field that is there: empty values and empty text count as missing for required and recommended fields. */
  private field(f: NodeField, spec: Field, entry: Entry): unknown {
    const shape = spec.shape;
    const v = valueOf(f.value, this.text);
    const blank = v.kind === 'missing' || (v.kind === 'scalar' && typeof v.value === 'string' && v.value.trim() === '' && SCALAR_KINDS.has(shape.kind));
    if (v.kind === 'missing' && 'nullAsEmpty' in shape && shape.nullAsEmpty) return '';
    // `commitments:` with nothing after it is an empty list, not a missing one.
    if (v.kind === 'missing' && shape.kind === 'list') return this.emptyList(f, shape, spec, entry);
    if (blank && spec.presence !== 'optional') {
      const at = f.value?.range && f.value.range[1] > f.value.range[0] ? rangeOf(f.value) : f.keyRange;
      const hint = this.hint(spec);
      if (spec.presence === 'required') {
        this.error(entry, at, codeFor(shape, 'missing-field'), `Verplicht veld "${f.key}" is leeg${hint.nl}.`, `Required field "${f.key}" is empty${hint.en}.`);
      } else {
        this.rep.warning(at, codeFor(shape, 'missing-field'), `Het veld "${f.key}" is leeg${hint.nl}.`, `The field "${f.key}" is empty${hint.en}.`);
      }
      return spec.default;
    }
    if (v.kind === 'missing') return spec.default;
    return this.read(f.value!, shape, { key: f.key, keyRange: f.keyRange }, entry) ?? (v.kind === 'alias' ? spec.default : undefined);
  }

  private emptyList(f: NodeField, shape: ListShape, spec: Field, entry: Entry): unknown {
    if (shape.min === undefined || shape.min === 0) return spec.default ?? [];
    this.error(entry, f.keyRange, codeFor(shape, 'too-few'), `"${f.key}" heeft minstens ${shape.min} items nodig.`, `"${f.key}" needs at least ${shape.min} items.`);
    return undefined;
  }

  private absent(key: string, spec: Field, entry: Entry, head: () => Range): unknown {
    if (spec.presence !== 'optional') {
      const hint = this.hint(spec);
      const code = codeFor(spec.shape, 'missing-field');
      if (spec.presence === 'required') this.error(entry, head(), code, `Verplicht veld "${key}" ontbreekt${hint.nl}.`, `Required field "${key}" is missing${hint.en}.`);
      else this.rep.warning(head(), code, `Het veld "${key}" ontbreekt${hint.nl}.`, `The field "${key}" is missing${hint.en}.`);
    }
    return spec.default;
  }

  /** ` (the allowed values)` or the field's own hint, for a missing field. */
  private hint(spec: Field): Localized {
    if (spec.hint) return { nl: ` (${spec.hint.nl})`, en: ` (${spec.hint.en})` };
    const s = spec.shape;
    if (s.kind === 'enum' && s.values && !s.open) return { nl: ` (${s.values.join(', ')})`, en: ` (${s.values.join(', ')})` };
    return { nl: '', en: '' };
  }

  private list(node: Node, shape: ListShape, place: Place, entry: Entry): unknown[] | undefined {
    let items: Node[];
    if (isSeq(node)) items = node.items as Node[];
    else if (isScalar(node) && SCALAR_KINDS.has(shape.item.kind)) items = [node];
    else {
      this.wrongType(entry, node, shape, place);
      return undefined;
    }
    const itemPlace: Place = { key: place.key, keyRange: place.keyRange, item: true };
    const seenHere = new Map<UniqueSpec, Set<string>>();
    const keys = new Map<string, number>();
    const out: unknown[] = [];
    for (const n of items) {
      const value = shape.entries ? this.entry(n, shape, itemPlace, keys) : this.item(n, shape.item, itemPlace, entry);
      if (value === undefined || !this.isUnique(value, n, shape, place, seenHere)) continue;
      if (!shape.located) out.push(value);
      else {
        const range = rangeOf(n);
        const p = this.rep.pos(range[0]);
        out.push({ value, range, line: p.line, character: p.character });
      }
    }
    if (shape.min !== undefined && out.length < shape.min) {
      this.error(entry, rangeOf(node), codeFor(shape, 'too-few'), `"${place.key}" heeft minstens ${shape.min} items nodig.`, `"${place.key}" needs at least ${shape.min} items.`);
    }
    return out;
  }

  /** An item that is part of its entry: an error in it fails the entry. An empty item is skipped. */
  private item(n: Node, shape: Descriptor, place: Place, entry: Entry): unknown {
    const v = valueOf(n, this.text);
    if (v.kind === 'missing' || (v.kind === 'scalar' && typeof v.value === 'string' && v.value.trim() === '')) {
      if (shape.kind === 'object') return this.notAMap(n, shape, place, entry);
      if ('nonEmpty' in shape && shape.nonEmpty) {
        this.error(entry, rangeOf(n), codeFor(shape, 'missing-field'), `Een item van "${place.key}" is leeg.`, `An item of "${place.key}" is empty.`);
      }
      return undefined;
    }
    return this.read(n, shape, place, entry);
  }

  /**
   * An entry of its own: with an error it is skipped (and so is an entry containing a YAML syntax error, whose other
   * problems are dropped as consequences of it). The first of two entries with the same key stays.
   */
  private entry(n: Node, shape: ListShape, place: Place, keys: Map<string, number>): unknown {
    const own: Entry = { errors: 0 };
    const range = rangeOf(n);
    const reported = this.rep.problems.length;
    const value = this.item(n, shape.item, place, own);
    if (this.syntaxErrors.some((at) => at >= range[0] && at <= range[1])) {
      this.rep.problems.length = reported;
      return undefined;
    }
    const key = shape.key !== undefined && value && typeof value === 'object' ? (value as Record<string, unknown>)[shape.key] : undefined;
    if (typeof key === 'string' && isMap(n)) {
      const first = keys.get(key);
      const keyNode = n.get(shape.key!, true) as Node | undefined;
      const at = keyNode ? rangeOf(keyNode) : range;
      if (first === undefined) keys.set(key, at[0]);
      else {
        const line = this.rep.pos(first).line + 1;
        this.error(own, at, 'duplicate-id', `Dubbele id "${key}": die komt al voor op regel ${line}.`, `Duplicate id "${key}": already used on line ${line}.`);
      }
    }
    return own.errors > 0 ? undefined : value;
  }

  /** Uniqueness rules of a list of words: a repeat within the list, or across the file. False drops the item. */
  private isUnique(value: unknown, n: Node, shape: ListShape, place: Place, seenHere: Map<UniqueSpec, Set<string>>): boolean {
    if (typeof value !== 'string') return true;
    for (const spec of shape.unique ?? []) {
      const key = spec.key ? spec.key(value) : value;
      const at = rangeOf(n);
      if ((spec.scope ?? 'list') === 'list') {
        const seen = seenHere.get(spec) ?? seenHere.set(spec, new Set()).get(spec)!;
        if (!seen.has(key)) {
          seen.add(key);
          continue;
        }
        if (!spec.silent) this.rep.warning(at, spec.code, `"${value}" staat twee keer in "${place.key}".`, `"${value}" is listed twice in "${place.key}".`);
        if (!spec.keep) return false;
        continue;
      }
      const seen = this.seenInFile.get(spec) ?? this.seenInFile.set(spec, new Map()).get(spec)!;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, at[0]);
        continue;
      }
      const line = this.rep.pos(first).line + 1;
      if (!spec.silent) this.rep.warning(at, spec.code, `"${value}" staat ook al in "${place.key}" op regel ${line}${spec.keep ? '' : '; de eerste telt'}.`, `"${value}" is already in "${place.key}" on line ${line}${spec.keep ? '' : '; the first one counts'}.`);
      if (!spec.keep) return false;
    }
    return true;
  }

  private map(node: Node, shape: Extract<Descriptor, { kind: 'map' }>, place: Place, entry: Entry): Record<string, unknown> | undefined {
    if (!isMap(node)) {
      this.wrongType(entry, node, shape, place);
      return undefined;
    }
    const out: Record<string, unknown> = {};
    const keys = shape.keys ? this.known(shape.keys.list) : undefined;
    for (const f of fieldsOf(node, this.rep)) {
      if (shape.keys && keys && !keys.includes(f.key)) {
        const s = suggest(f.key, keys);
        const [nl, en] = s !== undefined ? [`: bedoelde u "${s}"?`, `: did you mean "${s}"?`] : ['.', '.'];
        this.rep.warning(f.keyRange, shape.keys.code, `Onbekende ${shape.keys.label.nl} "${f.key}"${nl}`, `Unknown ${shape.keys.label.en} "${f.key}"${en}`);
        continue;
      }
      const value = this.field(f, { shape: shape.value, presence: 'optional' }, entry);
      if (value !== undefined) setOwn(out, f.key, value);
    }
    return out;
  }

  private either(node: Node, shape: EitherShape, place: Place, entry: Entry): unknown {
    if (isMap(node)) {
      const before = entry.errors;
      const value = this.object(node, shape.object, entry, true);
      return entry.errors > before || value === undefined ? undefined : shape.fromObject(value);
    }
    if (!isScalar(node)) {
      this.wrongType(entry, node, shape, place);
      return undefined;
    }
    const value = readScalar(node, shape.scalar, place, entry, this);
    return value === undefined ? undefined : shape.fromScalar(value);
  }
}
