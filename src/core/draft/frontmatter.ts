import { parse as parseYaml } from 'yaml';

/*
 * A draft's front matter is almost always a few lines of `key: word or date` (`soort: motie`, `datum: 2026-03-12`).
 * Those lines are read here directly, so checking a draft does not load the YAML parser (the bundles load it on first
 * use, see tools/build.mjs). Anything else — quotes, numbers, lists, comments, colons in a value, a repeated key —
 * goes to the YAML parser, and what is read directly is exactly what the parser would give (YAML 1.2 core schema: a
 * plain scalar that is not null, a boolean or a number is a string; `test/unit/draft/frontmatter.test.ts` compares
 * both on generated front matter).
 */

/** A key the parser reads as the same string: a plain word. */
const SIMPLE_KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;
/**
 * A plain scalar that the core schema reads as the string it is: it starts with a letter (so no indicator, number or
 * `.inf`), and holds no character that could start a comment, a mapping, a flow collection, an alias or a tag.
 */
const SIMPLE_TEXT = /^\p{L}[\p{L}\p{N} .,;()/'’‘“”&+-]*$/u;
/** An ISO day: no number in the core schema (it has no timestamps), so a string. */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Plain scalars the core schema reads as null or a boolean. */
const NOT_TEXT = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/** The front matter as the YAML parser reads it when it is only `key: text` lines; undefined for anything else. */
export function readSimpleFrontmatter(value: string): Record<string, string> | undefined {
  // A carriage return without a line feed: the parser reads it now as a line break, now as a character of the value
  // ("a\n \r" gives "a \r"), now as an error. (A CR LF leaves a CR at the line's end, which no simple text holds.)
  if (/\r(?!\n)/.test(value)) return undefined;
  const out: Record<string, string> = {};
  for (const line of value.split('\n')) {
    if (line.trim() === '' && !line.includes('\t')) continue;
    const colon = line.indexOf(': ');
    if (colon < 0) return undefined;
    const key = line.slice(0, colon);
    // The trailing spaces from the start of their run only: tried from each space of a long run, time squared.
    const text = line.slice(colon + 2).replace(/(?<! ) +$/, '').replace(/^ +/, '');
    if (!SIMPLE_KEY.test(key) || NOT_TEXT.has(key) || Object.hasOwn(out, key)) return undefined;
    if (!(ISO_DAY.test(text) || (SIMPLE_TEXT.test(text) && !NOT_TEXT.has(text) && !/ {2}|\s$/.test(text)))) return undefined;
    out[key] = text;
  }
  return out;
}

/** The front matter's mapping; empty when it is no mapping or does not parse (a draft never fails on it). */
export function readFrontmatter(value: string | undefined): Record<string, unknown> {
  if (!value) return {};
  const simple = readSimpleFrontmatter(value);
  if (simple) return simple;
  try {
    // Errors still throw (and give no front matter); warnings (an unknown tag) are not printed to the server's stderr.
    const v: unknown = parseYaml(value, { logLevel: 'error' });
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
