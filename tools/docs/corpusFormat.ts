/*
 * The field tables of docs/corpus-format.md are generated from the corpus schema the loader reads along
 * (src/core/corpus/schema.ts), so the docs say what the loader does. `npm run docs` writes them between their markers;
 * test/tools/docs.test.ts fails when they drift.
 */
import { COMMITMENT, CORPUS_FILE, PASSAGE, QUOTATION, SOURCE } from '../../src/core/corpus/schema';
import type { Descriptor, Field, Fields, ObjectShape } from '../../src/core/data/schema';

const PRESENCE: Record<Field['presence'], string> = { required: 'ja', recommended: 'aanbevolen', optional: 'nee' };

/** A table cell: one line, no pipes that would split it. */
const cell = (s: string): string => s.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');

/** Whether it must be there, and what it is when it is not (a list is empty, which needs no saying). */
function presence(f: Field): string {
  const fallback = f.default !== undefined && typeof f.default !== 'object' ? ` (standaard \`${String(f.default)}\`)` : '';
  return `${PRESENCE[f.presence]}${fallback}`;
}

function fieldTable(shape: ObjectShape<any, any>): string {
  const rows = Object.entries(shape.fields as Fields).map(([key, f]) => `| \`${key}\` | ${presence(f)} | ${cell(f.doc ?? '')} |`);
  return ['| veld | verplicht | betekenis |', '|---|---|---|', ...rows].join('\n');
}

function valueTable(shape: Descriptor): string {
  if (shape.kind !== 'enum' || !shape.values) throw new Error('a value table needs a closed word list');
  const rows = shape.values.map((v) => `| \`${v}\` | ${cell(shape.docs?.[v] ?? '')} |`);
  return ['| waarde | betekenis |', '|---|---|', ...rows].join('\n');
}

/** The generated tables by name: `<!-- velden:NAME:begin … -->` … `<!-- velden:NAME:end -->`. */
export const FORMAT_TABLES: Readonly<Record<string, () => string>> = {
  kop: () => fieldTable(CORPUS_FILE),
  toezegging: () => fieldTable(COMMITMENT),
  stelligheid: () => valueTable(COMMITMENT.fields.firmness.shape),
  passage: () => fieldTable(PASSAGE),
  herkomst: () => fieldTable(SOURCE),
  publicatie: () => fieldTable(QUOTATION),
};

export const tableStart = (name: string): string => `<!-- velden:${name}:begin (gegenereerd door npm run docs uit src/core/corpus/schema.ts) -->`;
export const tableEnd = (name: string): string => `<!-- velden:${name}:end -->`;

/** docs/corpus-format.md with every generated table replaced between its markers (a table without markers is left). */
export function withFormatTables(doc: string): string {
  let out = doc;
  for (const [name, render] of Object.entries(FORMAT_TABLES)) {
    const a = out.indexOf(tableStart(name));
    const b = out.indexOf(tableEnd(name));
    if (a < 0 || b < a) continue;
    out = `${out.slice(0, a)}${tableStart(name)}\n${render()}\n${out.slice(b)}`;
  }
  return out;
}
