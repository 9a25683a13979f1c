/**
 * Generates the built-in corpora and their schema from corpus/sources/ and corpus/tags.yaml. Pure apart from
 * reading through `read`: returns the file texts; build.ts writes them and a test compares them to the committed
 * files.
 */

import { loadCorpus } from '../../src/core/corpus/load';
import { loadTagList } from '../../src/core/corpus/tags';
import type { TagDef } from '../../src/core/corpus/types';
import { buildCa2021, ID_LOCK_FILE, RENAMED_FILE } from './ca2021';
import { buildCa2026 } from './ca2026';
import { emitCorpus as emitCorpusFile } from '../../src/core/corpus/write';
import type { CorpusOut } from '../../src/core/corpus/write';
import { buildSchema } from './schema';
import { fail } from './util';

export const TAGS_FILE = 'corpus/tags.yaml';
export const SCHEMA_FILE = 'corpus/schema/akkoord.schema.json';

export interface Generated {
  files: { path: string; text: string }[];
  report: string[];
  ca2026: ReturnType<typeof buildCa2026>;
  ca2021: ReturnType<typeof buildCa2021>;
  tags: TagDef[];
}

export function readTags(read: (rel: string) => string): TagDef[] {
  const { tags, problems } = loadTagList(read(TAGS_FILE), TAGS_FILE);
  if (problems.length) fail(`${TAGS_FILE}:\n  ${problems.map((p) => `${p.line + 1}:${p.character + 1} ${p.message}`).join('\n  ')}`);
  return tags;
}

function emitCorpus(c: CorpusOut, sources: string): string {
  return emitCorpusFile(c, [
    'yaml-language-server: $schema=./schema/akkoord.schema.json',
    `GEGENEREERD door "npm run corpus:build" uit ${sources}: niet met de hand bewerken (een test vergelijkt).`,
  ]);
}

/** Load the emitted text with the real loader: a built-in corpus must have no problem at all. */
function selfCheck(path: string, text: string, tags: TagDef[]): void {
  const { corpus, problems } = loadCorpus(text, path, { knownTags: tags.map((t) => t.id) });
  if (!corpus || problems.length) fail(`${path} laadt niet schoon:\n  ${problems.slice(0, 20).map((p) => `${p.line + 1}:${p.character + 1} ${p.code} ${p.message}`).join('\n  ')}`);
}

export function generateAll(read: (rel: string) => string): Generated {
  const tags = readTags(read);
  const known = new Set(tags.map((t) => t.id));
  const ca2026 = buildCa2026(read, known);
  const ca2021 = buildCa2021(read, known);
  const files = [
    { path: 'corpus/ca2026.akkoord.yaml', text: emitCorpus(ca2026.corpus, 'corpus/sources/ca2026/') },
    { path: 'corpus/ca2021.akkoord.yaml', text: emitCorpus(ca2021.corpus, 'corpus/sources/ca2021/') },
    { path: SCHEMA_FILE, text: `${JSON.stringify(buildSchema(tags), null, 2)}\n` },
    { path: ID_LOCK_FILE, text: ca2021.idLock },
    { path: RENAMED_FILE, text: ca2021.renamed },
  ];
  for (const f of files) if (f.path.endsWith('.yaml')) selfCheck(f.path, f.text, tags);
  return { files, report: [...ca2026.report, ...ca2021.report, `tags: ${tags.length}`], ca2026, ca2021, tags };
}
