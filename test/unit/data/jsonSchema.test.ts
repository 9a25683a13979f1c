import { describe, expect, it } from 'vitest';
import { toJsonSchema } from '../../../src/core/data/jsonSchema';
import { list, object, oneOf, openList, optional, required, slug, text, withDefault } from '../../../src/core/data/schema';

const NAME = { one: { nl: 'een ding', en: 'a thing' }, many: { nl: 'dingen', en: 'things' } };
const ITEM = object(NAME, { id: required(slug(), 'de `id`'), kind: withDefault(oneOf(['a', 'b'] as const, { code: 'x', label: { nl: 'soort', en: 'kind' }, docs: { a: 'eerste', b: 'tweede' } }), 'a') }, { ref: 'item' });
const FILE = object(NAME, {
  title: required(text(), 'de titel'),
  tags: optional(list(openList({ list: 'tags', slug: true, code: 'unknown-tag', label: { nl: 'tag', en: 'tag' } }), { unique: [{ code: 'duplicate-tag' }] })),
  items: required(list(ITEM)),
  more: optional(list(ITEM)),
});

describe('toJsonSchema: the editor schema from the reader schema', () => {
  const schema = toJsonSchema(FILE, { title: 'T', description: 'D' }, { known: { tags: { values: ['x', 'y'], docs: ['X', 'Y'] } } }) as any;

  it('renders fields in order with their docs as sentences, required fields, and no other fields', () => {
    expect(Object.keys(schema.properties)).toEqual(['title', 'tags', 'items', 'more']);
    expect(schema.required).toEqual(['title', 'items']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.title).toEqual({ type: 'string', minLength: 1, description: 'De titel.', markdownDescription: 'De titel.' });
  });

  it('renders a named object once, as a definition both lists refer to', () => {
    expect(schema.properties.items.items).toEqual({ $ref: '#/definitions/item' });
    expect(schema.properties.more.items).toEqual({ $ref: '#/definitions/item' });
    expect(schema.definitions.item.properties.id).toMatchObject({ pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', description: 'De id.', markdownDescription: 'De `id`.' });
    expect(schema.definitions.item.properties.kind).toEqual({ enum: ['a', 'b'], markdownEnumDescriptions: ['Eerste', 'Tweede'], default: 'a' });
  });

  it('offers the words of an open list of ids but accepts any word (the reader reads "Digitale-Autonomie" as its id, with a warning)', () => {
    expect(schema.properties.tags).toEqual({
      type: 'array',
      uniqueItems: true,
      items: { anyOf: [{ enum: ['x', 'y'], markdownEnumDescriptions: ['X', 'Y'] }, { type: 'string', minLength: 1 }] },
    });
  });
});
