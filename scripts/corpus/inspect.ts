/**
 * Review aid for the 2021 classification: prints every unit with its kind, firmness, id, tags and ministries.
 * Usage: node scripts/run-ts.mjs scripts/corpus/inspect.ts [from] [to]
 * A `*` after the tags means: only the default tag of the unit's heading (no keyword matched).
 */

import { generateAll } from './generate';
import { readText } from './util';

const g = generateAll((rel) => readText(process.cwd(), rel));
const from = Number(process.argv[2] ?? 0);
const to = Number(process.argv[3] ?? Number.MAX_SAFE_INTEGER);
g.ca2021.units.slice(from, to).forEach((u, i) => {
  const c = u.classification;
  const kind = c.kind === 'commitment' ? (c.firmness ?? '').padEnd(12) : '(context)   ';
  const extra = [c.amount, c.deadline].filter(Boolean).join(' ');
  console.log(`${from + i} ${kind} ${(u.id ?? '').padEnd(44)} [${c.tags.join(',')}]${c.defaultTags ? '*' : ''} {${c.ministry.join(',')}} ${extra}`);
  console.log(`      ${u.unit.text}`);
});
