/**
 * Review aid for the 2021 classification: prints every unit with its kind, firmness, id, tags and ministries, and
 * its text sentence by sentence with the reason each later sentence joined it (starter, weak-starter, anaphor,
 * no-content, listed; see `attach` in rules.yaml).
 * Usage: node tools/run-ts.mjs tools/corpus/inspect.ts [from] [to]
 * A `*` after the tags means: only the default tag of the unit's heading (no keyword matched); `seeAlso` lists the
 * other places the document makes the same promise.
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
  const also = g.ca2021.corpus.commitments.find((x) => x.id === u.id)?.seeAlso;
  console.log(`${from + i} ${kind} ${(u.id ?? '').padEnd(44)} [${c.tags.join(',')}]${c.defaultTags ? '*' : ''} {${c.ministry.join(',')}} ${extra}${also ? ` seeAlso: ${also.join(', ')}` : ''}`);
  u.unit.sentences.forEach((s, k) => console.log(`      ${k ? `(${u.unit.attached[k - 1]}) ` : ''}${s}`));
});
