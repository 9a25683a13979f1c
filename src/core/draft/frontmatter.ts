import { parseDocument } from 'yaml';

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

/**
 * Why the front matter could not be read: the YAML parser's first error (its code, where it stands in the front
 * matter's text), or `NOT_A_MAPPING` for YAML that holds no `key: value` lines (a list, a word). Rule `front-matter`
 * says it where the user must edit.
 */
export interface FrontmatterProblem {
  code: string;
  /** Offsets in the front matter's text (not the document's). */
  start: number;
  end: number;
  /** The parser's own words (English), for what has no Dutch message of its own. */
  detail: string;
}

/** The front matter's mapping and, when it does not parse or is no mapping, why (the mapping is then empty; a draft never fails on it). */
export function parseFrontmatter(value: string | undefined): { data: Record<string, unknown>; problem?: FrontmatterProblem } {
  if (!value) return { data: {} };
  const simple = readSimpleFrontmatter(value);
  if (simple) return { data: simple };
  try {
    // Warnings (an unknown tag) are not printed to the server's stderr; errors make the front matter count for nothing.
    const doc = parseDocument(value, { logLevel: 'silent' });
    const error = doc.errors[0];
    if (error) return { data: {}, problem: { code: error.code, start: error.pos[0], end: error.pos[1], detail: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') } };
    const v: unknown = doc.toJS();
    if (v && typeof v === 'object' && !Array.isArray(v)) return { data: v as Record<string, unknown> };
    // Empty or only comments: nothing to read, nothing wrong.
    return v === null || v === undefined ? { data: {} } : { data: {}, problem: { code: 'NOT_A_MAPPING', start: 0, end: value.length, detail: 'not a mapping' } };
  } catch (e) {
    // An alias bomb or a document too deep for toJS: no front matter, and said as the parser says it.
    return { data: {}, problem: { code: 'IMPOSSIBLE', start: 0, end: value.length, detail: e instanceof Error ? e.message : String(e) } };
  }
}
