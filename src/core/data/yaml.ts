/**
 * Reading data files (corpora, the tag list, the vague-term and synonym lexicons, `.akkoordwijzer.yaml`) with the
 * `yaml` package: every syntax error and every problem the readers find is reported at its node, in Dutch and English.
 * Pure: text in, values and problems out.
 */

import { isScalar, LineCounter, parseDocument, visit } from 'yaml';
import type { Document, Node } from 'yaml';
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
  BLOCK_AS_IMPLICIT_KEY: [
    'geneste map op een plek waar dat niet mag. Staat er een dubbele punt met een spatie erna in een tekst zonder aanhalingstekens? Zet de tekst dan tussen aanhalingstekens (text: "Toezegging: …")',
    'nested mapping where it is not allowed. Is there a colon followed by a space in a text without quotes? Then put the text in quotes (text: "Toezegging: …")',
  ],
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
  const unclosed = unclosedQuotes(doc);
  for (const e of doc.errors) {
    const [nl, en] = YAML_ERRORS[e.code] ?? ['syntaxfout', 'syntax error'];
    const detail = firstLine(e.message);
    // The parser notices a missing closing quote where the text ends (often the end of the file); the place to edit
    // is the opening quote, so the error goes there.
    const opening = e.code === 'MISSING_CHAR' ? unclosed.find((q) => q.start < e.pos[0] && e.pos[0] <= q.end + 1) : undefined;
    const key = e.code === 'DUPLICATE_KEY' ? keyAt(text, e.pos[0]) : undefined;
    if (opening) reporter.error([opening.start, opening.start + 1], 'yaml-syntax', `YAML-fout: ${UNCLOSED_QUOTE[0]}.`, `YAML error: ${UNCLOSED_QUOTE[1]} (${detail}).`);
    // A duplicate key is named and underlined whole: "dubbele sleutel" alone left the user to find which one.
    else if (key) reporter.error([e.pos[0], e.pos[0] + key.source.length], 'yaml-syntax', `YAML-fout: ${duplicateKey(key.name)[0]}.`, `YAML error: ${duplicateKey(key.name)[1]} (${detail}).`);
    else reporter.error(e.pos, 'yaml-syntax', `YAML-fout: ${nl}.`, `YAML error: ${en} (${detail}).`);
  }
  for (const w of doc.warnings) {
    const [nl, en] = YAML_ERRORS[w.code] ?? ['waarschuwing', 'warning'];
    reporter.warning(w.pos, 'yaml-warning', `YAML: ${nl}.`, `YAML: ${en} (${firstLine(w.message)}).`);
  }
  return { doc, reporter };
}

const duplicateKey = (key: string): [string, string] => [
  `dubbele sleutel "${key}": elke sleutel mag maar één keer voorkomen (in dezelfde map)`,
  `duplicate key "${key}": each key may occur only once (in the same mapping)`,
];

/** The key that starts at `offset` (plain or quoted): its name and its source; undefined when none is read there. */
function keyAt(text: string, offset: number): { name: string; source: string } | undefined {
  const m = /^(?:"([^"\n\\]*)"|'([^'\n]*)'|([^\s:#"'][^:\n#]*?))[ \t]*:(?:\s|$)/.exec(text.slice(offset, offset + 1100));
  if (!m) return undefined;
  const name = m[1] ?? m[2] ?? m[3]!;
  const source = m[1] !== undefined ? `"${m[1]}"` : m[2] !== undefined ? `'${m[2]}'` : m[3]!;
  return { name, source };
}

const UNCLOSED_QUOTE: [string, string] = [
  'dit aanhalingsteken wordt niet gesloten (er ontbreekt een afsluitend teken), zodat de tekst doorloopt tot waar de fout opviel; sluit de tekst af met hetzelfde aanhalingsteken',
  'this quote is never closed (a closing character is missing), so the text runs on to where the error showed; end the text with the same quote',
];

/** Quoted scalars whose source does not end in their closing quote: [offset of the opening quote, end of the text]. */
function unclosedQuotes(doc: Document.Parsed): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (!isScalar(node) || (node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE') || !node.range) return;
      const source = (node.srcToken as { source?: string } | undefined)?.source ?? '';
      const quote = node.type === 'QUOTE_DOUBLE' ? '"' : "'";
      const closed = source.length >= 2 && source.endsWith(quote) && !(quote === '"' && /(^|[^\\])(\\\\)*\\"$/.test(source));
      if (!closed) out.push({ start: node.range[0], end: node.range[1] });
    },
  });
  return out;
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
