/**
 * Loaders for the copied agreement texts in this folder (tests and bench only; the core never reads files).
 * `ca2026-passages.tsv`: the quoted 2026 passages; the full 2021 agreement is read from the corpus sources
 * (`corpus/sources/ca2021/coalitieakkoord-2021.txt`, the same copy the built-in corpus is generated from).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CommitmentDoc } from '../../../src/core/retrieval/search';

// Relative to the repository root: vitest and tools/run-ts.mjs both run from there (run-ts bundles the script, so
// import.meta.url would name the entry file, not this one).
const here = (f: string) => path.resolve('test/data/retrieval', f);

export interface Passage2026 {
  id: string;
  text: string;
  theme: string;
  source: string;
}

/** The quoted 2026 passages, with a stable id per line (`p01`, `p02`, …). */
export function passages2026(): Passage2026[] {
  const lines = readFileSync(here('ca2026-passages.tsv'), 'utf8').split('\n');
  const out: Passage2026[] = [];
  for (const line of lines) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const [text = '', theme = '', source = ''] = line.split('\t');
    out.push({ id: `p${String(out.length + 1).padStart(2, '0')}`, text, theme, source });
  }
  return out;
}

export interface Unit2021 {
  chapter: string;
  text: string;
}

/** The paragraphs of the 2021 agreement with their chapter (table of contents and intro skipped). */
export function units2021(): Unit2021[] {
  const lines = readFileSync(path.resolve('corpus/sources/ca2021/coalitieakkoord-2021.txt'), 'utf8').split('\n');
  const out: Unit2021[] = [];
  let chapter = '';
  let seenBody = new Set<string>();
  for (const line of lines) {
    if (line.startsWith('# SOURCE')) continue;
    if (line.startsWith('## ')) {
      chapter = line.slice(3).trim();
      // The table of contents lists each chapter once before the body repeats it.
      if (seenBody.has(chapter)) seenBody = new Set([chapter]);
      else seenBody.add(chapter);
      continue;
    }
    const text = line.trim();
    if (text.length < 40) continue;
    out.push({ chapter, text });
  }
  return out;
}

/** The 2026 passages as commitment documents of corpus `ca2026`. */
export function docs2026(): CommitmentDoc[] {
  return passages2026().map((p) => ({ key: `ca2026:${p.id}`, corpusId: 'ca2026', text: p.text, chapter: p.theme }));
}

/** The 2021 paragraphs as commitment documents of corpus `ca2021`. */
export function docs2021(): CommitmentDoc[] {
  return units2021().map((u, i) => ({ key: `ca2021:u${i + 1}`, corpusId: 'ca2021', text: u.text, chapter: u.chapter }));
}

/** The synonym lexicon's YAML text. */
export function synonymsYaml(): string {
  return readFileSync(here('../../../lexicon/synonyms.yaml'), 'utf8');
}
