/**
 * Small helpers to read a `yaml` document tree field by field and report problems at the exact node.
 * Used by the corpus loader and the tag-list loader. Pure: text in, values and problems out.
 */

import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { DataProblem } from '../types';

export type Range = readonly [number, number];

/** Collects problems with 0-based line/character positions computed from offsets. */
export class Reporter {
  readonly problems: DataProblem[] = [];
  constructor(
    private readonly lineCounter: LineCounter,
    private readonly textLength: number,
  ) {}

  report(range: Range, severity: DataProblem['severity'], code: string, nl: string, en: string): void {
    const start = clamp(range[0], 0, this.textLength);
    const end = clamp(Math.max(range[1], range[0]), 0, this.textLength);
    const a = this.pos(start);
    const b = this.pos(end);
    this.problems.push({
      line: a.line,
      character: a.character,
      endLine: b.line,
      endCharacter: b.character,
      severity,
      message: nl,
      messageEn: en,
      code,
    });
  }

  error(range: Range, code: string, nl: string, en: string): void {
    this.report(range, 'error', code, nl, en);
  }

  warning(range: Range, code: string, nl: string, en: string): void {
    this.report(range, 'warning', code, nl, en);
  }

  pos(offset: number): { line: number; character: number } {
    const p = this.lineCounter.linePos(offset);
    return { line: p.line - 1, character: p.col - 1 };
  }

  /** Problems in text order (stable for equal positions). */
  sorted(): DataProblem[] {
    return this.problems
      .map((p, i) => ({ p, i }))
      .sort((x, y) => x.p.line - y.p.line || x.p.character - y.p.character || x.i - y.i)
      .map((x) => x.p);
  }
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, Number.isFinite(n) ? n : lo));
}

/** Dutch (and English) wording of the `yaml` package's error codes. */
const YAML_ERRORS: Record<string, [string, string]> = {
  BAD_INDENT: ['verkeerde inspringing', 'bad indentation'],
  BAD_DQ_ESCAPE: ['ongeldige escape in tekst tussen dubbele aanhalingstekens', 'invalid escape in a double-quoted string'],
  BAD_SCALAR_START: ['een waarde mag niet met dit teken beginnen (zet de tekst tussen aanhalingstekens)', 'a plain value cannot start with this character (quote the text)'],
  BLOCK_AS_IMPLICIT_KEY: ['geneste map op een plek waar dat niet mag', 'nested mapping where it is not allowed'],
  BLOCK_IN_FLOW: ['blok-notatie binnen [ ] of { } is niet toegestaan', 'block notation inside [ ] or { } is not allowed'],
  DUPLICATE_KEY: ['dubbele sleutel: elke sleutel mag maar één keer voorkomen', 'duplicate key: each key may occur only once'],
  MISSING_CHAR: ['er ontbreekt een afsluitend teken (aanhalingsteken of haakje)', 'a closing character (quote or bracket) is missing'],
  MULTILINE_IMPLICIT_KEY: ['een sleutel moet op één regel staan (ontbreekt er een dubbele punt of aanhalingsteken?)', 'a key must be on one line (missing colon or quote?)'],
  MULTIPLE_DOCS: ['het bestand bevat meer dan één YAML-document (---); alleen het eerste wordt gelezen', 'the file holds more than one YAML document (---); only the first is read'],
  TAB_AS_INDENT: ['tabs zijn niet toegestaan als inspringing; gebruik spaties', 'tabs are not allowed as indentation; use spaces'],
  UNEXPECTED_TOKEN: ['onverwacht teken', 'unexpected token'],
  KEY_OVER_1024_CHARS: ['sleutel is langer dan 1024 tekens', 'key longer than 1024 characters'],
  MULTIPLE_ANCHORS: ['meer dan één anker op een node', 'more than one anchor on a node'],
  MULTIPLE_TAGS: ['meer dan één tag op een node', 'more than one tag on a node'],
  TAG_RESOLVE_FAILED: ['onbekende YAML-tag', 'unresolved YAML tag'],
  BAD_ALIAS: ['ongeldige alias', 'invalid alias'],
  BAD_DIRECTIVE: ['ongeldige YAML-directive', 'invalid YAML directive'],
  NON_STRING_KEY: ['een sleutel moet tekst zijn', 'a key must be a string'],
};

export interface ParsedYaml {
  doc: Document.Parsed;
  reporter: Reporter;
}

/** Parse YAML text and report every syntax error and warning the `yaml` package finds. */
export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    keepSourceTokens: true,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
  });
  const reporter = new Reporter(lineCounter, text.length);
  for (const e of doc.errors) {
    const [nl, en] = YAML_ERRORS[e.code] ?? ['syntaxfout', 'syntax error'];
    const detail = firstLine(e.message);
    reporter.error(e.pos, 'yaml-syntax', `YAML-fout: ${nl}.`, `YAML error: ${en} (${detail}).`);
  }
  for (const w of doc.warnings) {
    const [nl, en] = YAML_ERRORS[w.code] ?? ['waarschuwing', 'warning'];
    reporter.warning(w.pos, 'yaml-warning', `YAML: ${nl}.`, `YAML: ${en} (${firstLine(w.message)}).`);
  }
  return { doc, reporter };
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return i < 0 ? s : s.slice(0, i);
}

/** Range of a node's value (without trailing comments/whitespace); a zero-width range at 0 when unknown. */
export function rangeOf(node: Node | null | undefined): Range {
  const r = node?.range;
  return r ? [r[0], r[1]] : [0, 0];
}

/** A range covering only the first line of `range` (so a problem on a multi-line item underlines one line). */
export function firstLineOf(text: string, range: Range): Range {
  const nl = text.indexOf('\n', range[0]);
  const end = nl < 0 ? range[1] : Math.min(range[1], nl);
  return [range[0], Math.max(range[0], end)];
}

/**
 * Where to report something missing from a map: its first `key: value` when that is on one line (so a trailing
 * comment is not underlined), else the first line of the map.
 */
export function headOf(text: string, map: YAMLMap): Range {
  const first = map.items[0] as Pair | undefined;
  const k = first?.key as Node | null | undefined;
  const v = first?.value as Node | null | undefined;
  const start = k?.range?.[0] ?? map.range?.[0] ?? 0;
  const end = v?.range && !isMap(v) && !isSeq(v) ? v.range[1] : (k?.range?.[1] ?? start);
  const line = firstLineOf(text, [start, end]);
  return line[1] > line[0] ? line : firstLineOf(text, rangeOf(map));
}

export interface Field {
  key: string;
  keyRange: Range;
  pair: Pair;
  value: Node | null;
}

/**
 * The fields of a map in order. Non-scalar keys and duplicate keys are skipped (the parser already reported
 * duplicates; the first occurrence wins).
 */
export function fieldsOf(map: YAMLMap, reporter: Reporter): Field[] {
  const out: Field[] = [];
  const seen = new Set<string>();
  for (const item of map.items) {
    const pair = item as Pair;
    const k = pair.key as Node | null;
    if (!isScalar(k) || (typeof k.value !== 'string' && typeof k.value !== 'number')) {
      reporter.error(rangeOf(k), 'wrong-type', 'Een sleutel moet een eenvoudige naam zijn.', 'A key must be a plain name.');
      continue;
    }
    const key = String(k.value);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ key, keyRange: rangeOf(k), pair, value: (pair.value as Node | null) ?? null });
  }
  return out;
}

export type Value =
  | { kind: 'missing' }
  | { kind: 'scalar'; node: Scalar; value: unknown; source: string }
  | { kind: 'map'; node: YAMLMap }
  | { kind: 'seq'; node: YAMLSeq }
  | { kind: 'alias'; node: Node };

/** Classify a value node; `source` is the scalar's text as written. */
export function valueOf(node: Node | null, text: string): Value {
  if (node == null) return { kind: 'missing' };
  if (isAlias(node)) return { kind: 'alias', node };
  if (isMap(node)) return { kind: 'map', node };
  if (isSeq(node)) return { kind: 'seq', node };
  if (isScalar(node)) {
    if (node.value === null || node.value === undefined) return { kind: 'missing' };
    const r = rangeOf(node);
    return { kind: 'scalar', node, value: node.value, source: text.slice(r[0], r[1]) };
  }
  return { kind: 'missing' };
}

/** Levenshtein distance, capped (returns cap+1 when larger). */
export function distance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The closest candidate for a misspelt or translated word: an alias, a case-insensitive match, or a candidate
 * within a small edit distance. Undefined when nothing is close.
 */
export function suggest(word: string, candidates: readonly string[], aliases: Readonly<Record<string, string>> = {}): string | undefined {
  const lower = word.toLowerCase();
  const alias = aliases[lower];
  if (alias !== undefined) return alias;
  const ci = candidates.find((c) => c.toLowerCase() === lower);
  if (ci !== undefined) return ci;
  const max = lower.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestD = max + 1;
  for (const c of candidates) {
    const d = distance(lower, c.toLowerCase(), max);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a real month and day. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const days = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= days;
}
