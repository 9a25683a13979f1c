import { parseFrontmatter, type FrontmatterProblem } from '../draft/frontmatter';
import type { Draft } from '../draft/types';
import type { Localized } from '../types';
import type { FixSpec, Rule } from './types';

/** A document of no kind is told only when its front matter has `soort:` (the key that would have made it a draft). */
const SOORT_LINE = /^soort[ \t]*:/m;
/** A line `key: value` at the start of a line, the value on that line alone. */
const KEY_LINE = /^([A-Za-z][A-Za-z0-9_-]*)[ \t]*:[ \t]+(.*?)[ \t]*$/;

interface Place {
  /** The front matter's text and where it starts in the document. */
  value: string;
  base: number;
}

/** The line of the front matter's text that holds `offset` (without a CR LF's CR); past the end, the last line. */
function lineAt(value: string, offset: number): { start: number; end: number } {
  let at = Math.min(Math.max(offset, 0), value.length);
  if (at === value.length && at > 0) at--;
  const nl = value.indexOf('\n', at);
  const end = nl < 0 ? value.length : nl;
  // A CR LF's CR is the line break's, not the value's.
  return { start: value.lastIndexOf('\n', at - 1) + 1, end: end > 0 && value[end - 1] === '\r' ? end - 1 : end };
}

/**
 * Where the slip is: the opening quotation mark of an unclosed one (the parser stops at the end of the text), else
 * where the parser stopped; underlined from there to the end of its line or a comment (an empty line: one character).
 */
function slipAt(value: string, problem: FrontmatterProblem, quote: string | undefined): { line: { start: number; end: number }; span: { start: number; end: number } } {
  const open = quote ? value.lastIndexOf(quote, Math.max(problem.start - 1, 0)) : -1;
  const anchor = open >= 0 ? open : problem.start;
  const line = lineAt(value, anchor);
  const start = anchor >= line.start && anchor < line.end ? anchor : line.start;
  // Not a comment after the value (` # …`), unless inside an unclosed quotation, where `#` is text.
  const comment = quote ? -1 : value.slice(start, line.end).search(/[ \t]+#/);
  const end = comment > 0 ? start + comment : line.end;
  return { line, span: { start, end: Math.min(Math.max(end, start + 1), value.length) } };
}

/** What went wrong, in the staffer's words; the parser's own (English) words for what has none. */
function what(problem: FrontmatterProblem, value: string, line: string, quote: string | undefined): Localized {
  const key = KEY_LINE.exec(line)?.[1];
  switch (problem.code) {
    case 'MISSING_CHAR':
      if (quote) {
        // "datum: '26": an apostrophe before a year opens a quoted value in YAML.
        const year = quote === "'" && /'\d{2}\s*$/.test(line);
        return {
          nl: `het aanhalingsteken ${quote} wordt nergens gesloten${year ? '; schrijf het jaar voluit, zoals ‘datum: 2026-03-12’' : ''}`,
          en: `the quotation mark ${quote} is never closed${year ? '; write the year in full, such as ‘datum: 2026-03-12’' : ''}`,
        };
      }
      return { nl: 'na een sleutel hoort een dubbele punt met een spatie, zoals ‘datum: 2026-03-12’', en: 'a key takes a colon and a space, such as ‘datum: 2026-03-12’' };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return /:\s/.test(KEY_LINE.exec(line)?.[2] ?? '')
        ? { nl: 'een dubbele punt met een spatie in de waarde maakt er een nieuwe sleutel van; zet de waarde tussen aanhalingstekens', en: 'a colon and a space in the value make a new key of it; put the value in quotation marks' }
        : { nl: 'een regel springt in onder een sleutel met een waarde; begin elke regel met zijn sleutel', en: 'a line is indented under a key that has a value; begin every line with its key' };
    case 'DUPLICATE_KEY':
      return { nl: `‘${key ?? line.trim()}’ staat er twee keer in; houd er één`, en: `‘${key ?? line.trim()}’ is there twice; keep one` };
    case 'TAB_AS_INDENT':
      return { nl: 'een tab aan het begin van een regel is in YAML niet toegestaan; haal hem weg', en: 'a tab at the start of a line is not allowed in YAML; remove it' };
    case 'BAD_SCALAR_START': {
      const ch = value[problem.start] ?? '';
      return { nl: `een waarde kan niet met ‘${ch}’ beginnen; zet de waarde tussen aanhalingstekens`, en: `a value cannot start with ‘${ch}’; put the value in quotation marks` };
    }
    case 'NOT_A_MAPPING':
      return { nl: 'geen regels ‘sleutel: waarde’, zoals ‘soort: motie’', en: 'no ‘key: value’ lines, such as ‘soort: motie’' };
    default:
      return { nl: `de YAML-lezer meldt (in het Engels): ${problem.detail}`, en: `the YAML reader says: ${problem.detail}` };
  }
}

/**
 * The value of a `key: value` line between double quotation marks, when the front matter then reads with that key
 * holding the value exactly as written (checked by reading it again): never a fix that changes what the line says.
 */
function quoteFix(place: Place, line: { start: number; end: number }): FixSpec[] {
  const m = KEY_LINE.exec(place.value.slice(line.start, line.end));
  // A comment after the value (` # …`) would become part of it between the marks: no fix then.
  if (!m || !m[2] || /^["']/.test(m[2]) || /(?:^|[ \t])#/.test(m[2])) return [];
  const valueStart = line.start + m[0].indexOf(m[2], m[0].indexOf(':') + 1);
  const quoted = JSON.stringify(m[2]);
  const after = place.value.slice(0, valueStart) + quoted + place.value.slice(valueStart + m[2].length);
  const read = parseFrontmatter(after);
  if (read.problem || read.data[m[1]!] !== m[2]) return [];
  const start = place.base + valueStart;
  return [{ title: { nl: 'Zet de waarde tussen aanhalingstekens', en: 'Put the value in quotation marks' }, edits: [{ start, end: start + m[2].length, newText: quoted }], isPreferred: true }];
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
      nl: 'Is de front matter geen geldige YAML, dan telt er niets uit: niet de soort (het concept wordt dan naar zijn naam of inhoud herkend), niet de datum (het akkoord dat gold wordt dan bepaald op de datum in de tekst of op vandaag) en niet het akkoord. Dat gebeurde zonder een woord. De gewone slips: een apostrof vóór een jaar (‘datum: \'26’ opent in YAML een tekst tussen aanhalingstekens), een dubbele punt met een spatie in een titel, een sleutel die twee keer voorkomt, een tab of een inspringing. Een document dat geen motie of Kamervragen is, krijgt de melding alleen als zijn front matter ‘soort:’ noemt.',
      en: 'When the front matter is not valid YAML, nothing in it counts: not the kind (the draft is then recognised by its name or its content), not the date (the agreement in force is then chosen by the date in the text or by today) and not the agreement. That happened without a word. The usual slips: an apostrophe before a year (‘datum: \'26’ opens a quoted text in YAML), a colon and a space in a title, a key given twice, a tab or an indent. A document that is no motie or Kamervragen is told only when its front matter names ‘soort:’.',
    },
    bad: '---\nsoort: motie\ntitel: Motie over de woningbouw: tempo\n---\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering een plan te sturen,\n\nen gaat over tot de orde van de dag.\n',
    good: '---\nsoort: motie\ntitel: "Motie over de woningbouw: tempo"\n---\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering een plan te sturen,\n\nen gaat over tot de orde van de dag.\n',
    fixes: {
      nl: 'Een waarde met een dubbele punt erin of een teken waarmee een waarde in YAML niet kan beginnen (‘@’, ‘`’, ‘%’): de waarde tussen aanhalingstekens, alleen als de front matter dan precies die waarde leest. Verder geen: alleen u weet wat er bedoeld is.',
      en: 'A value with a colon in it or a character a YAML value cannot start with (‘@’, ‘`’, ‘%’): the value in quotation marks, only when the front matter then reads exactly that value. Otherwise none: only you know what is meant.',
    },
  },
  check(ctx) {
    const { draft } = ctx;
    const problem = draft.frontmatterProblem;
    const place = problem && placeOf(draft);
    if (!problem || !place) return;
    if (draft.kind === 'other' && !SOORT_LINE.test(place.value)) return;
    const quoteChar = problem.code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(problem.detail)?.[1] : undefined;
    const { line: at, span } = slipAt(place.value, problem, quoteChar);
    const line = place.value.slice(at.start, at.end);
    const said = what(problem, place.value, line, quoteChar);
    const fixes = problem.code === 'BAD_SCALAR_START' || (problem.code === 'BLOCK_AS_IMPLICIT_KEY' && /:\s/.test(KEY_LINE.exec(line)?.[2] ?? '')) ? quoteFix(place, at) : [];
    ctx.report({
      start: place.base + span.start,
      end: place.base + span.end,
      // A list or a word is valid YAML, but no front matter: said without "geen geldige YAML".
      message:
        problem.code === 'NOT_A_MAPPING'
          ? { nl: `De front matter heeft ${said.nl}. Zolang dat zo is, telt er niets uit (soort, datum, akkoord).`, en: `The front matter has ${said.en}. As long as it has not, nothing in it counts (kind, date, agreement).` }
          : { nl: `De front matter is geen geldige YAML: ${said.nl}. Zolang dat zo is, telt er niets uit (soort, datum, akkoord).`, en: `The front matter is not valid YAML: ${said.en}. As long as it is not, nothing in it counts (kind, date, agreement).` },
      fixes,
    });
  },
};
