import { formatDate, lacksDay, lacksYear, unreadableFrontmatterDate } from '../draft/date';
import { shortYearFixes, shortYearIn, shortYearMessage } from './shortYear';
import type { Localized } from '../types';
import type { Rule } from './types';

/** The start of the line `datum: …` (or `date: …`) of the front matter, up to its value. */
const DATE_KEY = /^(?:datum|date)[ \t]*:[ \t]*/m;

/**
 * The value of the line `datum: …` and where it starts in the front matter; by hand, not by a pattern ending in
 * `(.*?)[ \t]*$`, which tried a long run of spaces from each of its spaces (a reviewer).
 */
function dateLine(block: string): { at: number; value: string } | undefined {
  const key = DATE_KEY.exec(block);
  if (!key) return undefined;
  const at = key.index + key[0].length;
  const nl = block.indexOf('\n', at);
  return { at, value: block.slice(at, nl < 0 ? block.length : nl).trimEnd() };
}

/**
 * What a front-matter date that is not read is told: a day or a year missing ("2026", "maart 2026", "12 maart": they were "bestaat niet"),
 * a day that does not exist ("2026-02-30"), or no date at all ("gisteren", a list).
 */
function unreadable(written: string, counts: Localized): Localized {
  if (lacksDay(written)) {
    return { nl: `‘${written}’ noemt geen dag; schrijf de dag erbij, bijv. ‘12 maart 2026’ of ‘2026-03-12’.${counts.nl}`, en: `‘${written}’ names no day; add the day, e.g. ‘12 maart 2026’ or ‘2026-03-12’.${counts.en}` };
  }
  if (lacksYear(written)) {
    return { nl: `‘${written}’ noemt geen jaar; schrijf het jaar erbij, bijv. ‘12 maart 2026’.${counts.nl}`, en: `‘${written}’ names no year; add the year, e.g. ‘12 maart 2026’.${counts.en}` };
  }
  if (/\d/.test(written) && !/^[[{]/.test(written)) {
    return { nl: `‘${written}’ bestaat niet; schrijf een bestaande datum, bijv. ‘2026-03-12’ of ‘12 maart 2026’.${counts.nl}`, en: `‘${written}’ does not exist; write a date that exists, e.g. ‘2026-03-12’ or ‘12 maart 2026’.${counts.en}` };
  }
  return { nl: `‘${written}’ is geen datum; schrijf een datum, bijv. ‘2026-03-12’ of ‘12 maart 2026’.${counts.nl}`, en: `‘${written}’ is no date; write a date, e.g. ‘2026-03-12’ or ‘12 maart 2026’.${counts.en}` };
}

export const datum: Rule = {
  id: 'datum',
  kinds: ['motie', 'kamervragen'],
  defaultSeverity: 'warning',
  title: { nl: 'Datum in de front matter', en: 'Date in the front matter' },
  docs: {
    summary: {
      nl: 'De datum die de front matter noemt (`datum:` of `date:`) is een dag die bestaat en die te lezen is, zoals `2026-03-12` of ‘12 maart 2026’.',
      en: 'The date the front matter names (`datum:` or `date:`) is a day that exists and can be read, such as `2026-03-12` or ‘12 maart 2026’.',
    },
    rationale: {
      nl: 'Een datum die niet bestaat (‘2026-02-30’) of niet te lezen is (‘gisteren’) telt niet: dan geldt de datum in de tekst (‘Voorgesteld …’, ‘(ingezonden …)’), en zonder die heet het concept ongedateerd, wordt het akkoord dat gold op vandaag bepaald en zet de export de datum van vandaag in de motie of de kop van de vragen. Een jaar in twee cijfers (‘3 maart ’26’) telt als het jaar vlak bij vandaag, zoals in de kop; ligt het daar ver van (‘’99’), dan is de eeuw niet zeker en telt de datum niet: schrijf het jaar voluit. Zonder apostrof (‘3 maart 26’) telt hij nooit: twee cijfers kunnen van alles zijn; de melding noemt dan het jaar voluit.',
      en: 'A date that does not exist (‘2026-02-30’) or cannot be read (‘gisteren’) does not count: the date in the text (‘Voorgesteld …’, ‘(ingezonden …)’) counts then, and without one the draft is taken as undated, the agreement in force is chosen for today and the export puts today’s date in the motie or the header of the questions. A year in two digits (‘3 maart ’26’) counts as the year close to today, as in the header; far from it (‘’99’) the century is not certain and the date does not count: write the year in full. Without the apostrophe (‘3 maart 26’) it never counts: two digits may be anything; the message then names the year in full.',
    },
    bad: '---\nsoort: motie\ndatum: 2026-02-30\n---\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering een plan te sturen,\n\nen gaat over tot de orde van de dag.\n',
    good: '---\nsoort: motie\ndatum: 2026-02-27\n---\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering een plan te sturen,\n\nen gaat over tot de orde van de dag.\n',
    fixes: {
      nl: 'Een jaar in twee cijfers waarvan de eeuw vaststaat, in een vorm die alleen met het jaar voluit te lezen is (‘12-03-’26’): het jaar voluit. Verder geen: alleen u weet welke dag bedoeld is.',
      en: 'A year in two digits whose century is certain, in a form read only with the year in full (‘12-03-’26’): the year in full. Otherwise none: only you know which day is meant.',
    },
  },
  check(ctx) {
    const { draft } = ctx;
    const written = unreadableFrontmatterDate(draft.frontmatter, draft.today);
    const fm = draft.lines.frontmatter;
    if (written === undefined || !fm) return;
    const block = draft.text.slice(fm.span.start, fm.span.end);
    const line = dateLine(block);
    // On the value; on the front matter's first line when the date is not on a line of its own (a flow mapping).
    const start = fm.span.start + (line ? line.at : 0);
    const end = line ? start + line.value.length : fm.span.start + (block.includes('\n') ? block.indexOf('\n') : block.length);
    // The date the draft has without it, from its header ("Voorgesteld 12 maart 2026", "(ingezonden …)"): that one counts
    // now, and the draft is not undated (a reviewer).
    const other = draft.date && draft.date.source !== 'frontmatter' ? draft.date.iso : undefined;
    const counts = other
      ? { nl: ` Nu geldt de datum uit de tekst: ${formatDate(other, 'nl')}.`, en: ` The date in the text counts now: ${formatDate(other, 'en')}.` }
      : { nl: ' Nu telt het concept als ongedateerd.', en: ' As it is, the draft counts as undated.' };
    // A two-digit year the date model does not read here ("12-03-'26"), or whose century is not certain ("3 maart '99"):
    // the year in full is the mend, as `vragen-kop` says of the header's date (it was "bestaat niet"; a reviewer).
    // The fix only where the line holds the value as written (not quoted or in a flow mapping).
    const short = shortYearIn(written, draft.today);
    if (short) {
      const said = shortYearMessage(written, short);
      const fixes = line && line.value === written ? shortYearFixes(short, { start: start + short.index, end: start + written.length }) : [];
      ctx.report({ start, end, message: { nl: `${said.nl}${counts.nl}`, en: `${said.en}${counts.en}` }, fixes });
      return;
    }
    ctx.report({
      start,
      // A value that is no text (a list) has no words to underline: the key's line, then.
      end: end > start ? end : fm.span.start + (block.includes('\n') ? block.indexOf('\n') : block.length),
      message: unreadable(written, counts),
    });
  },
};
