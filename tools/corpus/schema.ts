/**
 * The JSON Schema (draft-07) of `*.akkoord.yaml`, for the YAML language server (completion, hover, validation in
 * VS Code with the Red Hat YAML extension). Rendered from the corpus schema the loader reads along
 * (src/core/corpus/schema.ts), with the tags of corpus/tags.yaml offered as suggestions: the tag and ministry lists are
 * open, so any id is accepted and the loader, not the schema, warns about unknown ones.
 */

import { toJsonSchema } from '../../src/core/data/jsonSchema';
import { CORPUS_FILE } from '../../src/core/corpus/schema';
import type { TagDef } from '../../src/core/corpus/types';

export function buildSchema(tags: TagDef[]): Record<string, unknown> {
  return toJsonSchema(
    CORPUS_FILE,
    {
      title: 'Akkoordwijzer-corpus (*.akkoord.yaml)',
      description: 'Toezeggingen uit één brondocument (coalitieakkoord, verkiezingsprogramma, toezeggingen). Zie docs/corpus-format.md.',
    },
    { known: { tags: { values: tags.map((t) => t.id), docs: tags.map((t) => `**${t.nl}** — ${t.description}`) } } },
  );
}
