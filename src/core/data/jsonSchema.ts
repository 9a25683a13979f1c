/**
 * A data file's schema rendered as JSON Schema (draft-07), for the YAML language server in the editor: completion,
 * hover and validation while typing. Named objects (`ref`) become definitions. The reader is the authority: it
 * accepts a little more than the JSON Schema says (one value for a list of one, numbers for text).
 */

import { SLUG_PATTERN } from '../corpus/types';
import type { Descriptor, Field, Fields, ObjectShape } from './schema';
import { requiredFields } from './schema';

export interface RenderOptions {
  /** The lists that open word lists name (`list: 'tags'`), with a Markdown description per value. */
  known?: Readonly<Record<string, { values: readonly string[]; docs?: readonly string[] }>>;
}

type Json = Record<string, unknown>;

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The docs (a table cell: lower case, no full stop) as a sentence for the editor's hover. */
function sentence(text: string): string {
  return /[.!?]["”’`)]*$/.test(text) ? capital(text) : `${capital(text)}.`;
}

/** Markdown as plain text, for `description` (the editor shows `markdownDescription` where it can). */
function plain(markdown: string): string {
  return markdown.replace(/\*\*|`/g, '').replace(/\*([^*]+)\*/g, '$1');
}

const SLUG = { type: 'string', pattern: `^${SLUG_PATTERN}$` };

class Renderer {
  readonly definitions: Json = {};
  constructor(private readonly options: RenderOptions) {}

  field(field: Field): Json {
    const out: Json = { ...this.shape(field.shape) };
    if (field.default !== undefined && !(Array.isArray(field.default) && field.default.length === 0)) out['default'] = field.default;
    if (field.doc) {
      out['description'] = sentence(plain(field.doc));
      out['markdownDescription'] = sentence(field.doc);
    }
    return out;
  }

  object(shape: ObjectShape<any, any>): Json {
    const fields = shape.fields as Fields;
    const required = requiredFields(shape);
    const properties = Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, this.field(f)]));
    return { type: 'object', additionalProperties: false, ...(required.length ? { required } : {}), properties };
  }

  shape(shape: Descriptor): Json {
    return { ...this.base(shape), ...shape.json };
  }

  private base(shape: Descriptor): Json {
    switch (shape.kind) {
      case 'string':
        return { type: 'string' };
      case 'text':
        return { type: 'string', minLength: 1 };
      case 'slug':
        return { ...SLUG };
      case 'date':
        return { type: 'string', pattern: shape.fullDay ? '^\\d{4}-\\d{2}-\\d{2}$' : '^\\d{4}(-\\d{2}(-\\d{2})?)?$' };
      case 'bool':
        return { type: 'boolean' };
      case 'int':
        return { type: 'integer', ...(shape.min !== undefined ? { minimum: shape.min } : {}) };
      case 'const':
        return { const: shape.value };
      case 'enum':
        return this.words(shape);
      case 'list': {
        const items = this.shape(shape.item);
        const array: Json = { type: 'array', items };
        if (shape.min) array['minItems'] = shape.min;
        if (shape.unique?.some((u) => (u.scope ?? 'list') === 'list' && !u.keep)) array['uniqueItems'] = true;
        return shape.single ? { anyOf: [items, array] } : array;
      }
      case 'map':
        return { type: 'object', additionalProperties: this.shape(shape.value) };
      case 'either':
        return { anyOf: [this.shape(shape.scalar), this.shape(shape.object)] };
      case 'object':
        if (!shape.ref) return this.object(shape);
        if (!(shape.ref in this.definitions)) {
          this.definitions[shape.ref] = {};
          this.definitions[shape.ref] = this.object(shape);
        }
        return { $ref: `#/definitions/${shape.ref}` };
    }
  }

  /** A closed list is an enum; an open list offers its words but accepts any (an id, for tags). */
  private words(shape: Extract<Descriptor, { kind: 'enum' }>): Json {
    const given = shape.list !== undefined ? this.options.known?.[shape.list] : undefined;
    const values = shape.values ?? given?.values;
    const docs = shape.values ? (shape.docs ? shape.values.map((v) => capital(shape.docs![v] ?? '')) : undefined) : given?.docs;
    // An open list of ids (tags) takes any word: one in capitals is read as the id it means, with a warning of the
    // reader's own (the editor's schema called it an error).
    const any = shape.slug && !shape.open ? { ...SLUG } : { type: 'string', minLength: 1 };
    if (!values) return any;
    const list: Json = { enum: [...values], ...(docs ? { markdownEnumDescriptions: [...docs] } : {}) };
    return shape.open ? { anyOf: [list, any] } : list;
  }
}

/** The JSON Schema of a file whose root is `root`. */
export function toJsonSchema(root: ObjectShape<any, any>, head: { title: string; description: string }, options: RenderOptions = {}): Json {
  const renderer = new Renderer(options);
  const body = renderer.object(root);
  return { $schema: 'http://json-schema.org/draft-07/schema#', title: head.title, description: head.description, ...body, definitions: renderer.definitions };
}
