/**
 * Loads the open tag list (`corpus/tags.yaml`). Pure: text in, tags and problems out; never throws.
 * Pass the ids to `loadCorpus(text, uri, { knownTags })` so unknown tags in a corpus become warnings.
 */

import { isMap, isSeq } from 'yaml';
import type { Node } from 'yaml';
import type { DataProblem } from '../types';
import { isSlug } from './load';
import { MINISTRIES } from './types';
import type { TagDef } from './types';
import { fieldsOf, firstLineOf, parseYaml, rangeOf, suggest, valueOf } from '../data/yamlNodes';
import type { Field } from '../data/yamlNodes';

const TAG_FIELDS = ['id', 'nl', 'en', 'description', 'ministry'] as const;

export function loadTagList(text: string, _uri: string): { tags: TagDef[]; problems: DataProblem[] } {
  try {
    return loadTags(typeof text === 'string' ? text : '');
  } catch (e) {
    const msg = String(e);
    return {
      tags: [],
      problems: [{ line: 0, character: 0, endLine: 0, endCharacter: 0, severity: 'error', message: `Interne fout: ${msg}`, messageEn: `Internal error: ${msg}`, code: 'internal-error' }],
    };
  }
}

function loadTags(text: string): { tags: TagDef[]; problems: DataProblem[] } {
  const { doc, reporter: rep } = parseYaml(text);
  const root = doc.contents as Node | null;
  const tags: TagDef[] = [];
  if (!isMap(root)) {
    rep.error(firstLineOf(text, [0, text.length]), 'wrong-type', 'De taglijst moet een map zijn met "format: 1" en "tags: [...]".', 'The tag list must be a map with "format: 1" and "tags: [...]".');
    return { tags, problems: rep.sorted() };
  }
  const top = new Map<string, Field>();
  for (const f of fieldsOf(root, rep)) {
    if (f.key === 'format' || f.key === 'tags') top.set(f.key, f);
    else rep.warning(f.keyRange, 'unknown-field', `Onbekend veld "${f.key}" in de taglijst.`, `Unknown field "${f.key}" in the tag list.`);
  }
  const list = top.get('tags')?.value;
  if (!isSeq(list)) {
    rep.error(firstLineOf(text, rangeOf(root)), 'missing-field', 'Verplicht veld "tags" (een lijst) ontbreekt.', 'Required field "tags" (a list) is missing.');
    return { tags, problems: rep.sorted() };
  }
  const seen = new Set<string>();
  for (const item of list.items as Node[]) {
    if (!isMap(item)) {
      rep.error(rangeOf(item), 'wrong-type', 'Een tag moet een map zijn (id, nl, en, description).', 'A tag must be a map (id, nl, en, description).');
      continue;
    }
    const head = firstLineOf(text, rangeOf(item));
    const fields = new Map<string, Field>();
    for (const f of fieldsOf(item, rep)) {
      if ((TAG_FIELDS as readonly string[]).includes(f.key)) fields.set(f.key, f);
      else {
        const s = suggest(f.key, TAG_FIELDS, { label: 'nl', beschrijving: 'description', omschrijving: 'description', ministerie: 'ministry' });
        rep.warning(f.keyRange, 'unknown-field', `Onbekend veld "${f.key}"${s ? `: bedoelde u "${s}"?` : '.'}`, `Unknown field "${f.key}"${s ? `: did you mean "${s}"?` : '.'}`);
      }
    }
    const str = (k: string): string | undefined => {
      const f = fields.get(k);
      const v = valueOf(f?.value ?? null, text);
      if (v.kind === 'scalar' && typeof v.value === 'string' && v.value.trim() !== '') return v.value;
      if (f && v.kind !== 'missing') rep.error(rangeOf(f.value), 'wrong-type', `"${k}" moet tekst zijn.`, `"${k}" must be a string.`);
      return undefined;
    };
    const id = str('id');
    const nl = str('nl');
    const en = str('en');
    const description = str('description');
    const ministry = str('ministry');
    let ok = true;
    for (const [k, v] of [['id', id], ['nl', nl], ['en', en], ['description', description]] as const) {
      if (v === undefined) {
        ok = false;
        rep.error(fields.get(k) ? rangeOf(fields.get(k)!.value) : head, 'missing-field', `Verplicht veld "${k}" ontbreekt of is leeg.`, `Required field "${k}" is missing or empty.`);
      }
    }
    if (id !== undefined && !isSlug(id)) {
      ok = false;
      rep.error(rangeOf(fields.get('id')!.value), 'invalid-slug', `"${id}" is geen geldige tag-id.`, `"${id}" is not a valid tag id.`);
    }
    if (id !== undefined && seen.has(id)) {
      ok = false;
      rep.error(rangeOf(fields.get('id')!.value), 'duplicate-id', `Dubbele tag "${id}".`, `Duplicate tag "${id}".`);
    }
    if (ministry !== undefined && !(ministry in MINISTRIES)) {
      rep.warning(rangeOf(fields.get('ministry')!.value), 'unknown-ministry', `Onbekende ministerie-afkorting "${ministry}".`, `Unknown ministry abbreviation "${ministry}".`);
    }
    if (!ok || id === undefined || nl === undefined || en === undefined || description === undefined) continue;
    seen.add(id);
    const tag: TagDef = { id, nl, en, description, line: rep.pos(rangeOf(item)[0]).line };
    if (ministry !== undefined) tag.ministry = ministry;
    tags.push(tag);
  }
  return { tags, problems: rep.sorted() };
}
