import { parseFrontmatter, type FrontmatterProblem } from '../draft/frontmatter';
import { kindFromFrontmatter } from '../draft/kind';
import type { Draft } from '../draft/types';
import type { Localized } from '../types';
import type { FixSpec, Rule } from './types';

/** The start of a line `key: value`: the key at the start of the line, a colon and a space. */
const KEY_START = /^([A-Za-z][A-Za-z0-9_-]*)[ \t]*:[ \t]+/;

interface Place {
  /** The front matter's text and where it starts in the document. */
  value: string;
  base: number;
}

interface Span {
  start: number;
  end: number;
}

/**
 * A line `key: value` with the value as written (trailing spaces off) and where it starts in the line; undefined for
 * any other line. By hand, not by a pattern that ends in `(.*?)[ \t]*$`: that one tries a run of spaces again from
 * each of its spaces, and a long run froze the check (a reviewer).
 */
function keyLine(line: string): { key: string; value: string; at: number } | undefined {
  const m = KEY_START.exec(line);
  if (!m) return undefined;
  return { key: m[1]!, value: line.slice(m[0].length).trimEnd(), at: m[0].length };
}

/**
 * The kind the front matter names on its own lines (`soort: motie`, also quoted), read as a whole front matter would be
 * (`kindFromFrontmatter`). A document of no kind is told only when it names a motie or Kamervragen: the key that would
 * have made it a draft; a note with `soort: notitie` is someone else's business (a reviewer).
 */
function namedKind(value: string): ReturnType<typeof kindFromFrontmatter> {
  const keys: Record<string, string> = {};
  for (const line of value.split('\n')) {
    const kv = keyLine(line);
    if (kv && !Object.hasOwn(keys, kv.key)) keys[kv.key] = kv.value.replace(/^(["'])(.*)\1$/, '$2');
  }
  return kindFromFrontmatter(keys);
}

/** Where a comment starts in a line (a `#` after a space or tab, and the spaces before it), or -1. */
function commentIn(line: string): number {
  for (let i = line.indexOf('#'); i > 0; i = line.indexOf('#', i + 1)) {
    if (line[i - 1] === ' ' || line[i - 1] === '\t') {
      let start = i - 1;
      while (start > 0 && (line[start - 1] === ' ' || line[start - 1] === '\t')) start--;
      return start;
    }
  }
  return -1;
}

/** The line of the front matter's text that holds `offset` (without a CR LF's CR); past the end, the last line. */
function lineAt(value: string, offset: number): Span {
  let at = Math.min(Math.max(offset, 0), value.length);
  if (at === value.length && at > 0) at--;
  const nl = value.indexOf('\n', at);
  const end = nl < 0 ? value.length : nl;
  // A CR LF's CR is the line break's, not the value's.
  return { start: value.lastIndexOf('\n', at - 1) + 1, end: end > 0 && value[end - 1] === '\r' ? end - 1 : end };
}

/** What is wrong and how to mend it; `value`: the mend is the line's value between quotation marks. */
interface Slip {
  said: Localized;
  /** Underline the line's value (from its first character) rather than from where the parser stopped. */
  value?: true;
}

const COLON: Localized = { nl: 'na een sleutel hoort een dubbele punt met een spatie, zoals ‘datum: 2026-03-12’', en: 'a key takes a colon and a space, such as ‘datum: 2026-03-12’' };

/** What went wrong, in the staffer's words; the parser's own (English) words for what has none. */
function slipOf(problem: FrontmatterProblem, line: string, quote: string | undefined): Slip {
  const kv = keyLine(line);
  const first = kv?.value[0] ?? '';
  const startsOdd: Slip = { said: { nl: `de waarde begint met ‘${first}’, dat in YAML iets anders betekent; zet de hele waarde tussen aanhalingstekens`, en: `the value starts with ‘${first}’, which means something else in YAML; put the whole value in quotation marks` }, value: true };
  switch (problem.code) {
    case 'MISSING_CHAR':
      if (quote) {
        // "datum: '26": an apostrophe before a year opens a quoted value in YAML.
        const year = quote === "'" && /'\d{2}\s*$/.test(line);
        return {
          said: {
            nl: `het aanhalingsteken ${quote} wordt nergens gesloten${year ? '; schrijf het jaar voluit, zoals ‘datum: 2026-03-12’' : ''}`,
            en: `the quotation mark ${quote} is never closed${year ? '; write the year in full, such as ‘datum: 2026-03-12’' : ''}`,
          },
        };
      }
      // "datum 2026-03-12"; other missing characters ("Comments must be separated …") in the parser's words.
      return /map keys need to be followed by map values/i.test(problem.detail) ? { said: COLON } : { said: inEnglish(problem) };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      if (!kv) return { said: COLON };
      return /:\s/.test(kv.value)
        ? { said: { nl: 'een dubbele punt met een spatie in de waarde maakt er een nieuwe sleutel van; zet de waarde tussen aanhalingstekens', en: 'a colon and a space in the value make a new key of it; put the value in quotation marks' }, value: true }
        : { said: { nl: 'een regel springt in onder een sleutel met een waarde; begin elke regel met zijn sleutel', en: 'a line is indented under a key that has a value; begin every line with its key' } };
    case 'DUPLICATE_KEY':
      return { said: { nl: `‘${kv?.key ?? line.trim()}’ staat er twee keer in; houd er één`, en: `‘${kv?.key ?? line.trim()}’ is there twice; keep one` } };
    case 'TAB_AS_INDENT':
      return { said: { nl: 'een tab aan het begin van een regel is in YAML niet toegestaan; haal hem weg', en: 'a tab at the start of a line is not allowed in YAML; remove it' } };
    case 'BAD_SCALAR_START':
      return startsOdd;
    case 'UNEXPECTED_TOKEN':
      // `titel: "Motie" over X`, `titel: [concept] Motie`, `titel: *Motie*`: the value's first mark opened something.
      return kv && /^["'[{*&!|>]/.test(kv.value) ? startsOdd : { said: inEnglish(problem) };
    case 'NOT_A_MAPPING':
      return { said: { nl: 'geen regels ‘sleutel: waarde’, zoals ‘soort: motie’', en: 'no ‘key: value’ lines, such as ‘soort: motie’' } };
    default:
      return { said: inEnglish(problem) };
  }
}

const inEnglish = (problem: FrontmatterProblem): Localized => ({ nl: `de YAML-lezer meldt (in het Engels): ${problem.detail}`, en: `the YAML reader says: ${problem.detail}` });

/**
 * Where to underline: the line's value when the mend is its quotation marks, else from `anchor` (an unclosed
 * quotation's opening mark, or where the parser stopped), to the end of the line or of its value before a comment.
 */
function underline(value: string, line: Span, anchor: number, unclosed: boolean, whole: boolean): Span {
  const kv = whole ? keyLine(value.slice(line.start, line.end)) : undefined;
  const from = kv ? line.start + kv.at : anchor;
  const start = from >= line.start && from < line.end ? from : line.start;
  // Not a comment after the value (` # …`), unless inside an unclosed quotation, where `#` is text.
  const comment = unclosed ? -1 : commentIn(value.slice(start, line.end));
  const end = comment > 0 ? start + comment : line.end;
  return { start, end: Math.min(Math.max(end, start + 1), value.length) };
}

/**
 * The value of a `key: value` line between double quotation marks, when the line then reads alone as that key holding
 * the value exactly as written (checked by reading it): never a fix that changes what the line says. Other slips in the
 * front matter do not stand in its way (a reviewer).
 */
function quoteFix(place: Place, line: Span): FixSpec[] {
  const kv = keyLine(place.value.slice(line.start, line.end));
  // A comment after the value (` # …`) would become part of it between the marks: no fix then.
  if (!kv || !kv.value || commentIn(kv.value) >= 0) return [];
  const quoted = JSON.stringify(kv.value);
  const read = parseFrontmatter(`${kv.key}: ${quoted}`);
  if (read.problem || read.data[kv.key] !== kv.value) return [];
  const start = place.base + line.start + kv.at;
  return [{ title: { nl: 'Zet de waarde tussen aanhalingstekens', en: 'Put the value in quotation marks' }, edits: [{ start, end: start + kv.value.length, newText: quoted }], isPreferred: true }];
}

/** The front matter's text and where it starts; undefined when the draft has none or it cannot be found. */
function placeOf(draft: Draft): Place | undefined {
  const fm = draft.lines.frontmatter;
  if (!fm) return undefined;
  const base = draft.text.indexOf(fm.value, fm.span.start);
  return base < 0 || base > fm.span.end ? undefined : { value: fm.value, base };
}

export const frontMatter: Rule = {
  id: 'front-matter',
  kinds: ['motie', 'kamervragen', 'other'],
  defaultSeverity: 'warning',
  title: { nl: 'Front matter die te lezen is', en: 'Front matter that can be read' },
  docs: {
    summary: {
      nl: 'De front matter (tussen de regels `---` bovenaan) is geldige YAML: regels ‘sleutel: waarde’, zoals ‘soort: motie’ en ‘datum: 2026-03-12’.',
      en: 'The front matter (between the `---` lines at the top) is valid YAML: ‘key: value’ lines, such as ‘soort: motie’ and ‘datum: 2026-03-12’.',
    },
    rationale: {
      nl: 'Is de front matter geen geldige YAML, dan telt er niets van mee: niet de soort (het concept wordt dan naar zijn naam of inhoud herkend), niet de datum (het akkoord dat gold wordt dan bepaald op de datum in de tekst of op vandaag) en niet het akkoord. Dat gebeurde zonder een woord. De gewone slips: een apostrof vóór een jaar (‘datum: \'26’ opent in YAML een tekst tussen aanhalingstekens), een dubbele punt met een spatie in een titel, een sleutel die twee keer voorkomt, een tab of een inspringing. Een document dat geen motie of Kamervragen is, krijgt de melding alleen als zijn front matter zegt dat het er een is (‘soort: motie’, ‘soort: kamervragen’).',
      en: 'When the front matter is not valid YAML, nothing in it counts: not the kind (the draft is then recognised by its name or its content), not the date (the agreement in force is then chosen by the date in the text or by today) and not the agreement. That happened without a word. The usual slips: an apostrophe before a year (‘datum: \'26’ opens a quoted text in YAML), a colon and a space in a title, a key given twice, a tab or an indent. A document that is no motie or Kamervragen is told only when its front matter says it is one (‘soort: motie’, ‘soort: kamervragen’).',
    },
    bad: '---\nsoort: motie\ntitel: Motie over de woningbouw: tempo\n---\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering een plan te sturen,\n\nen gaat over tot de orde van de dag.\n',
    good: '---\nsoort: motie\ntitel: "Motie over de woningbouw: tempo"\n---\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering een plan te sturen,\n\nen gaat over tot de orde van de dag.\n',
    fixes: {
      nl: 'Een waarde met een dubbele punt erin, of die begint met een teken dat in YAML iets anders betekent (‘@’, ‘`’, ‘%’, een aanhalingsteken, haak of sterretje): de hele waarde tussen aanhalingstekens, alleen als de regel dan precies die waarde leest. Verder geen: alleen u weet wat er bedoeld is.',
      en: 'A value with a colon in it, or that starts with a character that means something else in YAML (‘@’, ‘`’, ‘%’, a quotation mark, bracket or asterisk): the whole value in quotation marks, only when the line then reads exactly that value. Otherwise none: only you know what is meant.',
    },
  },
  check(ctx) {
    const { draft } = ctx;
    const problem = draft.frontmatterProblem;
    const place = problem && placeOf(draft);
    if (!problem || !place) return;
    if (draft.kind === 'other' && (namedKind(place.value) ?? 'other') === 'other') return;
    const quoteChar = problem.code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(problem.detail)?.[1] : undefined;
    // The opening mark of an unclosed quotation (the parser stops at the end of the text), else where the parser stopped.
    const open = quoteChar ? place.value.lastIndexOf(quoteChar, Math.max(problem.start - 1, 0)) : -1;
    const anchor = open >= 0 ? open : problem.start;
    const line = lineAt(place.value, anchor);
    const slip = slipOf(problem, place.value.slice(line.start, line.end), quoteChar);
    const span = underline(place.value, line, anchor, quoteChar !== undefined, slip.value === true);
    ctx.report({
      start: place.base + span.start,
      end: place.base + span.end,
      // A list or a word is valid YAML, but no front matter: said without "geen geldige YAML".
      message:
        problem.code === 'NOT_A_MAPPING'
          ? { nl: `De front matter heeft ${slip.said.nl}. Zolang dat zo is, telt er niets van mee (soort, datum, akkoord).`, en: `The front matter has ${slip.said.en}. Until it has, nothing in it counts (kind, date, agreement).` }
          : { nl: `De front matter is geen geldige YAML: ${slip.said.nl}. Zolang dat zo is, telt er niets van mee (soort, datum, akkoord).`, en: `The front matter is not valid YAML: ${slip.said.en}. Until it is, nothing in it counts (kind, date, agreement).` },
      fixes: slip.value ? quoteFix(place, line) : [],
    });
  },
};
