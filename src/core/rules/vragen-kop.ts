import { MINISTRY_TABLE, ministryNames } from '../corpus/ministries';
import { formatDate, lacksDay, lacksYear, parseDutchDate } from '../draft/date';
import { NEXT_ADDRESSEE, VRAGEN_PREFIX } from '../draft/formulas';
import type { Draft } from '../draft/types';
import { distance } from '../text/distance';
import { shortYearFixes, shortYearIn, shortYearMessage } from './shortYear';
import type { Report, Rule } from './types';
import { isAllCaps, partsOf, trimEndMarks } from './util';

/**
 * The ministries (departments) by their official names, current and former (`MINISTRY_TABLE`): a minister or
 * staatssecretaris "van" one of them. A minister without a department of his own takes "voor" ("de minister voor
 * Klimaat en Energie", "voor Buitenlandse Handel en Ontwikkelingssamenwerking"); names that were both a department and a
 * portfolio ("Volkshuisvesting en Ruimtelijke Ordening", "Asiel en Migratie") are not here, so only a certain slip is
 * flagged.
 */
const DEPARTMENTS = MINISTRY_TABLE.flatMap((m) => [...m.departments, ...(m.leads ?? [])]);
const DEPARTMENT = DEPARTMENTS.map((d) => d.replace(/[ ,]+/g, (gap) => (gap.includes(',') ? ',\\s+' : '\\s+'))).join('|');
/** "staatssecretaris voor Justitie", "minister voor Financiën", "minister Justitie en Veiligheid": the word before the department. */
const TITLE_BEFORE_DEPARTMENT = new RegExp(`\\b(minister|staatssecretaris)(\\s+voor)?\\s+(?=(?:${DEPARTMENT})\\b)`, 'giu');
/**
 * "Vragen van lid Hagen", "Vragen van leden A en B": the Kamer writes "van het lid", "van de leden"; and as many as the
 * header names ("Vragen van het lid Kathmann (…) en Six Dijkstra (…)", "Vragen van de leden Kathmann (…)": a staffer's trial).
 */
const VAN_LID = new RegExp(`^(\\s*${VRAGEN_PREFIX}vragen\\s+van)(\\s+)((?:het|de)\\s+)?(lid|leden)\\b`, 'iu');
/** How much of a header the form checks read. */
const HEADER_REACH = 600;
/** A comma or " en " among the members names a second one. */
const SECOND_MEMBER = /(?:,| en) \S/i;

/**
 * The members in the header: up to " aan " (the addressee), " over " or its end, without what stands in brackets (the
 * party: "Hagen (GroenLinks, PvdA)"), white space made single so the tests after it read each space once.
 */
function membersOf(rest: string): string {
  const single = rest.replace(/\s+/g, ' ');
  const end = single.search(/ (?:aan|over) /i);
  return (end < 0 ? single : single.slice(0, end)).replace(/\([^)]*\)/g, '');
}

/**
 * The names of ministries and portfolios as the Kamer writes them after "minister van/voor" and "staatssecretaris van"
 * (`MINISTRY_TABLE`): a name written with other capitals or commas, or one or two letters off, is a slip ("Landbouw
 * Natuur en Voedselkwaliteit", "Economishe Zaken en Klimaat", "Klimaat en energie").
 */
const MINISTRY_NAMES = MINISTRY_TABLE.flatMap(ministryNames);
/** A name compared on its letters: lower case, without commas, single spaces. */
const bare = (name: string) => name.toLowerCase().replace(/,/g, '').replace(/\s+/g, ' ').trim();
const BY_BARE = new Map(MINISTRY_NAMES.map((n) => [bare(n), n]));
/**
 * A ministry by its code ("de minister van VWS", "I&W"): the Kamer writes the name in full. Codes fold "&" to "en"; a
 * code stands for the name of its label, also of a ministry since renamed ("LNV" in a header of 2023; "VRO" is not the
 * VROM of the first name it was read under, a reviewer).
 */
const foldCode = (code: string) => code.toLowerCase().replace(/\s*&\s*/g, 'en');
const BY_CODE = new Map(
  MINISTRY_TABLE.filter((m) => m.departments.length > 0 || (m.either?.length ?? 0) > 0).map((m) => [foldCode(m.code), m.label.nl.replace(/\s*\([^)]*\)$/, '')]),
);
/**
 * The title before a ministry's name, and where one addressee ends and the next begins. Two ministers in one: "de
 * ministers van VWS en van Defensie", "de staatssecretarissen van …, van … en van …" (a staffer's trial: the code
 * passed); each "van" after "en" or a comma opens a name of its own.
 */
const TITLE_VAN = /(?<![\p{L}\p{N}])(?:(?:ministers?|staatssecretaris(?:sen)?)\s+(?:van|voor)|(?<=(?:,|\sen)\s+)van)\s+/giu;
/** Where a plural title's next name begins: " en van …", ", van …". */
const NEXT_NAME = /(?:\s*,\s*|\s+en\s+)(?=van\s)/giu;
/** Markdown in a name (emphasis, a link): the name is not compared, so a fix never breaks the markup. */
const MARKUP = /[[\]*_`<>]/;

export const vragenKop: Rule = {
  id: 'vragen-kop',
  kinds: ['kamervragen'],
  defaultSeverity: 'warning',
  title: { nl: 'Vaste vorm van de kop', en: 'Fixed form of the header' },
  docs: {
    summary: {
      nl: 'De kop van Kamervragen in de vaste vorm van de Kamer: ‘Vragen van het lid …’, ‘aan de staatssecretaris van …’, de namen van de ministeries zoals ze heten en een bestaande datum van inzending, voluit (‘(ingezonden 3 maart 2026)’).',
      en: 'The header of written questions in the Kamer’s fixed form: ‘Vragen van het lid …’, ‘aan de staatssecretaris van …’, the ministries by their names, and a date of submission that exists, in words (‘(ingezonden 3 maart 2026)’).',
    },
    rationale: {
      nl:
        'De kop wordt gepubliceerd zoals hij is ingediend, in het Kamerstuk en in de Handelingen. De regel meldt een verschreven vaste vorm: ' +
        '‘Vragen van lid …’ (‘van het lid’, bij twee leden ‘van de leden’), ‘van het lid A (…) en B (…)’ en ‘van de leden A (…)’ (het getal past niet bij de namen), ‘staatssecretaris voor Justitie en Veiligheid’ en ‘minister voor ' +
        'Financiën’ (vóór de naam van een ministerie: ‘van’), ‘staatssecretaris Justitie en Veiligheid’ (‘van’ ontbreekt), en de naam van ' +
        'een ministerie of portefeuille met andere hoofdletters of komma’s, of een of twee letters ernaast (‘Landbouw Natuur en ' +
        'Voedselkwaliteit’, ‘Economishe Zaken en Klimaat’, ‘Klimaat en energie’) of met zijn afkorting (‘minister van VWS’: de Kamer ' +
        'schrijft de naam voluit). ‘Voor’ blijft staan bij een minister zonder eigen ' +
        'ministerie (‘minister voor Klimaat en Energie’, ‘minister voor Buitenlandse Handel en Ontwikkelingssamenwerking’); namen die zowel een ' +
        'ministerie als een portefeuille waren (‘Volkshuisvesting en Ruimtelijke Ordening’; in 2025–2026 de minister ‘van’ én de minister ' +
        '‘voor’ Asiel en Migratie) worden niet gemeld, net als een naam die de regel niet kent en een kop in hoofdletters. Een jaar in twee ' +
        'cijfers (‘(ingezonden 3 maart ’26)’) schrijft de Kamer voluit; de oplossing vult het in als de eeuw vaststaat (het jaar van vandaag, ' +
        'het jaar ervoor of erna), en dan telt die datum ook voor het akkoord dat gold. Of de kop een ' +
        'adressaat noemt, meldt `vragen-adressaat`.',
      en:
        'The header is published as submitted, in the Kamerstuk and the record. The rule flags a slip in its fixed form: ‘Vragen van lid …’ ' +
        '(‘van het lid’, for two members ‘van de leden’), ‘van het lid A (…) en B (…)’ and ‘van de leden A (…)’ (the number does not fit the names), ‘staatssecretaris voor Justitie en Veiligheid’ and ‘minister voor Financiën’ (before ' +
        'the name of a ministry: ‘van’), ‘staatssecretaris Justitie en Veiligheid’ (‘van’ missing), and the name of a ministry or portfolio ' +
        'with other capitals or commas, or one or two letters off (‘Landbouw Natuur en Voedselkwaliteit’, ‘Economishe Zaken en Klimaat’, ' +
        '‘Klimaat en energie’), or by its code (‘minister van VWS’: the Kamer writes the name in full). ‘Voor’ stays for a minister without a ministry of his own (‘minister voor Klimaat en Energie’, ‘minister voor ' +
        'Buitenlandse Handel en Ontwikkelingssamenwerking’); names that were both a ministry and a portfolio (‘Volkshuisvesting en Ruimtelijke ' +
        'Ordening’; in 2025–2026 both a minister ‘van’ and a minister ‘voor’ Asiel en Migratie) are not flagged, nor a name the rule does not ' +
        'know or a header in capitals. A year in two digits (‘(ingezonden 3 maart ’26)’) the Kamer writes in full; the fix puts it in when ' +
        'the century is certain (this year, the one before or after), and then that date also chooses the agreement in force. Whether the header names an addressee is `vragen-adressaat`’s.',
    },
    bad: 'Vragen van lid Hagen (D66) aan de Staatssecretaris voor Justitie en Veiligheid over de opvang (ingezonden 3 augustus 2023).',
    good: 'Vragen van het lid Hagen (D66) aan de Staatssecretaris van Justitie en Veiligheid over de opvang (ingezonden 3 augustus 2023).',
    fixes: {
      nl: 'Herstelt de vaste vorm (‘van het lid’, ‘staatssecretaris van’, de naam van het ministerie, het jaar voluit).',
      en: 'Mends the fixed form (‘van het lid’, ‘staatssecretaris van’, the ministry’s name, the year in full).',
    },
  },
  check(ctx) {
    const { draft } = ctx;
    for (const r of [...formulaSlips(draft), ...ministryNameSlips(draft), ...dateSlips(draft)]) ctx.report(r);
  },
};

/**
 * The date in "(ingezonden …)" as the Kamer writes it: a day that exists ("31 februari 2026" passed, and the draft was
 * taken for undated), written out ("3-3-2026" is "3 maart 2026" in the Kamerstuk; a staffer's trial).
 */
function dateSlips(draft: Draft): Report[] {
  const header = partsOf(draft, 'header')[0];
  if (!header) return [];
  const written = draft.text.slice(header.start, Math.min(header.end, header.start + HEADER_REACH * 4));
  const m = INGEZONDEN.exec(written);
  if (!m) return [];
  const date = m[1]!;
  const start = header.start + m.index + m[0].indexOf(date);
  const short = shortYearSlip(draft, date, start);
  if (short) return [short];
  const parsed = parseDutchDate(date);
  if (!parsed || parsed.index !== 0 || parsed.length !== date.length) {
    // "maart 2026" exists, but names no day (it was "geen bestaande datum").
    const what = lacksDay(date) ? { nl: 'noemt geen dag', en: 'names no day' } : lacksYear(date) ? { nl: 'noemt geen jaar', en: 'names no year' } : { nl: 'is geen bestaande datum', en: 'is no date that exists' };
    return [{ start, end: start + date.length, message: { nl: `‘${date}’ ${what.nl}: schrijf de dag van inzending, zoals ‘3 maart 2026’.`, en: `‘${date}’ ${what.en}: write the day of submission, such as ‘3 maart 2026’.` } }];
  }
  if (!NUMERIC_DATE.test(date)) return [];
  const right = formatDate(parsed.iso, 'nl');
  return [
    {
      start,
      end: start + date.length,
      message: { nl: `De Kamer schrijft de datum voluit: ‘${right}’.`, en: `The Kamer writes the date in words: ‘${right}’.` },
      fixes: [{ title: { nl: `Vervang door ‘${right}’`, en: `Replace with ‘${right}’` }, edits: [{ start, end: start + date.length, newText: right }], isPreferred: true }],
      ...CERTAIN,
    },
  ];
}

/**
 * A date whose year has two digits ("3 maart '26": it was called "geen bestaande datum"; a staffer's trial): the Kamer
 * writes the year in full. The year is put in when its century is certain (`fullYear`: near the day of checking, as
 * the draft's date reads it too); otherwise the message says why not. Undefined when the date has a year in full, or
 * names no day that exists in any case ("31 februari '26").
 */
function shortYearSlip(draft: Draft, date: string, start: number): Report | undefined {
  const found = shortYearIn(date, draft.today);
  if (!found) return undefined;
  const at = { start: start + found.index, end: start + date.length };
  const message = shortYearMessage(date, found);
  return found.year === undefined ? { ...at, message } : { ...at, message, fixes: shortYearFixes(found, at), ...CERTAIN };
}

/** "(ingezonden 3 maart 2026)": what stands between "ingezonden" and the bracket, if it holds a digit. */
const INGEZONDEN = /\(\s*ingezonden\s+([^()\n]*\d[^()\n]*?)\s*\)/i;
/** "3-3-2026", "03/03/2026", "3.3.2026", "2026-03-03". */
const NUMERIC_DATE = /^(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{4}-\d{2}-\d{2})$/;

/** The header's formula as the Kamer writes it: "van het lid", "de staatssecretaris van <ministerie>". */
function formulaSlips(draft: Draft): Report[] {
  const out: Report[] = [];
  const header = partsOf(draft, 'header')[0];
  const text = draft.text;
  if (header) {
    // The opening of the header is all this reads (a header is a line or two).
    const written = text.slice(header.start, Math.min(header.end, header.start + HEADER_REACH));
    const lid = VAN_LID.exec(written);
    const plural = lid !== null && SECOND_MEMBER.test(membersOf(written.slice(lid[0].length)));
    const right = plural ? 'de leden' : 'het lid';
    // The article and the noun as written ("lid", "het lid", "de leden"), compared on their words.
    const word = lid ? (lid[3] ?? '') + lid[4]! : '';
    if (lid && word.toLowerCase().replace(/\s+/g, ' ') !== right) {
      const at = header.start + lid[1]!.length + lid[2]!.length;
      const counted = lid[3] !== undefined;
      out.push({
        start: header.start + lid[1]!.length - lid[1]!.trimStart().length,
        end: at + word.length,
        message: counted
          ? {
              nl: `De kop noemt ${plural ? 'meer dan één lid' : 'één lid'}: de Kamer schrijft ‘Vragen van ${right} …’.`,
              en: `The header names ${plural ? 'more than one member' : 'one member'}: the Kamer writes ‘Vragen van ${right} …’.`,
            }
          : { nl: `De Kamer schrijft ‘Vragen van ${right} …’.`, en: `The Kamer writes ‘Vragen van ${right} …’.` },
        fixes: [
          {
            title: { nl: `Vervang door ‘${right}’`, en: `Replace with ‘${right}’` },
            edits: [{ start: at, end: at + word.length, newText: inCaseOf(word, right) }],
            isPreferred: true,
          },
        ],
        ...CERTAIN,
      });
    }
  }
  if (!draft.adressaat) return out;
  const { start, end } = draft.adressaat.span;
  for (const m of text.slice(start, end).matchAll(TITLE_BEFORE_DEPARTMENT)) {
    const title = m[1]!;
    const at = start + m.index;
    const afterTitle = at + title.length;
    const written = text.slice(at, at + m[0].length).replace(/\s+/g, ' ').trim();
    if (m[2]) {
      const voor = afterTitle + m[2].length - 'voor'.length;
      out.push({
        start: at,
        end: voor + 'voor'.length,
        message: {
          nl: `“${written}”: vóór de naam van een ministerie schrijft de Kamer ‘${title.toLowerCase()} van’; ‘voor’ staat bij een minister zonder eigen ministerie (‘minister voor Klimaat en Energie’).`,
          en: `“${written}”: before the name of a ministry the Kamer writes ‘${title.toLowerCase()} van’; ‘voor’ is for a minister without a ministry of his own (‘minister voor Klimaat en Energie’).`,
        },
        fixes: [{ title: { nl: 'Vervang door ‘van’', en: 'Replace with ‘van’' }, edits: [{ start: voor, end: voor + 'voor'.length, newText: inCaseOf(title, 'van') }], isPreferred: true }],
        ...CERTAIN,
      });
    } else {
      out.push({
        start: at,
        end: afterTitle,
        message: { nl: `De Kamer schrijft ‘${title} van …’.`, en: `The Kamer writes ‘${title} van …’.` },
        fixes: [{ title: { nl: 'Voeg ‘van’ in', en: 'Insert ‘van’' }, edits: [{ start: afterTitle, end: afterTitle, newText: ` ${inCaseOf(title, 'van')}` }], isPreferred: true }],
        ...CERTAIN,
      });
    }
  }
  return out;
}

/** Words inserted into a header written in capitals are capitals too ("VRAGEN VAN HET LID"). */
function inCaseOf(written: string, words: string): string {
  return isAllCaps(written) ? words.toUpperCase() : words;
}

/**
 * A fix that restores the fixed form, certain enough for "fix all" (`check --fix`): all but a ministry's name one or two
 * letters off, which is a guess.
 */
const CERTAIN = { data: { certain: true } } as const;

/** A ministry's name in the addressee written otherwise than the Kamer writes it. */
function ministryNameSlips(draft: Draft): Report[] {
  const out: Report[] = [];
  if (!draft.adressaat) return out;
  const { start, end } = draft.adressaat.span;
  const addressee = draft.text.slice(start, end);
  const cuts = [...addressee.matchAll(NEXT_ADDRESSEE), ...addressee.matchAll(NEXT_NAME)].map((m) => m.index).sort((a, b) => a - b);
  for (const m of addressee.matchAll(TITLE_VAN)) {
    const from = m.index + m[0].length;
    const to = cuts.find((c) => c > from) ?? addressee.length;
    // The name without the mark that ends the apposition or the sentence ("minister van Algemene Zaken, en de …").
    const written = trimEndMarks(addressee.slice(from, to));
    const at = start + from;
    const shown = written.replace(/\s+/g, ' ');
    const coded = isAllCaps(addressee) ? undefined : BY_CODE.get(foldCode(written));
    if (coded) {
      out.push({
        start: at,
        end: at + written.length,
        message: { nl: `De Kamer schrijft de naam van het ministerie voluit: ‘${coded}’ (hier ‘${shown}’).`, en: `The Kamer writes the ministry’s name in full: ‘${coded}’ (here ‘${shown}’).` },
        fixes: [{ title: { nl: `Vervang door ‘${coded}’`, en: `Replace with ‘${coded}’` }, edits: [{ start: at, end: at + written.length, newText: coded }], isPreferred: true }],
        ...CERTAIN,
      });
      continue;
    }
    // A header in capitals writes every name so: its capitals are no slip.
    if (isAllCaps(written) || MARKUP.test(written)) continue;
    const official = officialName(written);
    if (!official || written.normalize('NFC').replace(/\s+/g, ' ') === official.name) continue;
    const right = official.name;
    out.push({
      start: at,
      end: at + written.length,
      message: { nl: `De Kamer schrijft ‘${right}’ (hier ‘${shown}’).`, en: `The Kamer writes ‘${right}’ (here ‘${shown}’).` },
      fixes: [{ title: { nl: `Vervang door ‘${right}’`, en: `Replace with ‘${right}’` }, edits: [{ start: at, end: at + written.length, newText: right }], isPreferred: true }],
      ...(official.guess ? {} : CERTAIN),
    });
  }
  return out;
}

/**
 * The official name a written one means: the same letters (`guess` false), or one name one or two letters off (names
 * of 10 or more; a guess).
 */
function officialName(written: string): { name: string; guess: boolean } | undefined {
  const b = bare(written.normalize('NFC'));
  const same = BY_BARE.get(b);
  if (same) return { name: same, guess: false };
  if (b.length < 10) return undefined;
  const near = MINISTRY_NAMES.filter((n) => distance(b, bare(n), 2) <= 2);
  return near.length === 1 ? { name: near[0]!, guess: true } : undefined;
}
