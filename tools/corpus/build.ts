/**
 * npm run corpus:build — regenerate corpus/ca2026.akkoord.yaml, corpus/ca2021.akkoord.yaml and the JSON schema.
 * With --check: only compare with the files on disk (exit 1 when they differ).
 */

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateAll } from './generate';
import { BuildError, readText } from './util';

const root = process.cwd();
const check = process.argv.includes('--check');
try {
  const g = generateAll((rel) => readText(root, rel));
  let stale = 0;
  for (const f of g.files) {
    const abs = path.join(root, f.path);
    let old: string | undefined;
    try {
      old = readFileSync(abs, 'utf8');
    } catch {
      old = undefined;
    }
    if (old === f.text) continue;
    stale++;
    if (check) console.error(`verouderd: ${f.path}`);
    else {
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, f.text);
      console.log(`geschreven: ${f.path}`);
    }
  }
  console.log(g.report.join('\n'));
  if (check && stale) process.exit(1);
} catch (e) {
  if (e instanceof BuildError) {
    console.error(`corpus:build mislukt:\n${e.message}`);
    process.exit(1);
  }
  throw e;
}
