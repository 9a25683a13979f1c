// Rewrites citation keys of ca2021 commitments that were renamed (corpus/sources/ca2021/renamed.tsv) in the given
// files: every `ca2021:<old id>` becomes `ca2021:<new id>`. Nothing else in the files changes.
// Usage: node tools/corpus/migrate-keys.mjs [--check] file...
//   --check: change nothing, list the old keys still in the files and exit 1 if there are any.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const files = args.filter((a) => a !== '--check');
if (files.length === 0) {
  console.error('usage: node tools/corpus/migrate-keys.mjs [--check] file...');
  process.exit(2);
}

const renamed = new Map();
for (const line of readFileSync(path.join(root, 'corpus/sources/ca2021/renamed.tsv'), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [from, to] = line.split('\t');
  renamed.set(from, to);
}

const KEY = /\bca2021:([a-z0-9][a-z0-9-]*)(?![a-z0-9-])/g;
let found = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const changes = [];
  const out = text.replace(KEY, (whole, id) => {
    const to = renamed.get(id);
    if (!to) return whole;
    changes.push(`${id} → ${to}`);
    return `ca2021:${to}`;
  });
  if (!changes.length) continue;
  found += changes.length;
  console.log(`${file}: ${changes.length} (${[...new Set(changes)].join(', ')})`);
  if (!check) writeFileSync(file, out);
}
if (check && found) process.exit(1);
