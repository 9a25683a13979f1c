/**
 * Loads the open tag list (`corpus/tags.yaml`). Pure: text in, tags and problems out; never throws.
 * Pass the ids to `loadCorpus(text, uri, { knownTags })` so unknown tags in a corpus become warnings.
 */

import type { DataProblem } from '../types';
import { constant, list, object, optional, required, slug, text } from '../data/schema';
import { readData } from '../data/reader';
import { MINISTRY } from './schema';
import { CORPUS_FORMAT } from './types';
import type { TagDef } from './types';

/** One tag: what it is called in both languages and what it covers. */
export const TAG = object(
  { one: { nl: 'een tag', en: 'a tag' }, many: { nl: 'tags', en: 'tags' } },
  {
    id: required(slug({ what: { nl: 'tag-id', en: 'tag id' }, example: 'digitale-overheid' }), 'id van de tag, zoals een corpus hem noemt'),
    nl: required(text(), 'Nederlands label'),
    en: required(text(), 'Engels label'),
    description: required(text(), 'wat de tag omvat'),
    ministry: optional(MINISTRY, 'het ministerie dat er nu meestal over gaat'),
  },
  { aliases: { label: 'nl' } },
);

export const TAG_FILE = object(
  { one: { nl: 'de taglijst', en: 'the tag list' }, many: { nl: 'taglijsten', en: 'tag lists' } },
  {
    format: optional(constant(CORPUS_FORMAT, 'unsupported-format')),
    tags: required(list(TAG, { entries: true, key: 'id', located: true })),
  },
);

/** Read the tag list; a broken tag is reported and skipped. Never throws. */
export function loadTagList(text: string, _uri: string): { tags: TagDef[]; problems: DataProblem[] } {
  const read = readData(text, TAG_FILE);
  const tags = (read.value?.tags ?? []).map(({ value, line }): TagDef => ({ ...value, line }));
  return { tags, problems: read.problems() };
}
