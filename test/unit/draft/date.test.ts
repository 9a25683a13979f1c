import { describe, expect, it } from 'vitest';
import { formatDate, parseDutchDate } from '../../../src/core/draft/date';
import { buildDraft } from '../../../src/core/draft/model';

const TODAY = '2026-12-01';
const draft = (text: string, uri = 'file:///concept.md') => buildDraft({ uri, version: 1, text }, TODAY);
/** The draft's date as `[iso, source, the text its span covers]`; undefined when it has none. */
const dateOf = (text: string, uri?: string) => {
  const d = draft(text, uri);
  return d.date ? [d.date.iso, d.date.source, d.date.span ? text.slice(d.date.span.start, d.date.span.end) : null] : undefined;
};

const KOP = 'Motie van het lid De Vries over de digitale overheid';
const BODY = 'De Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat ziekenhuizen getroffen worden door ransomware;\n\nverzoekt de regering het NCSC het mandaat te geven ziekenhuizen te helpen,\n\nen gaat over tot de orde van de dag.\n';
const motie = (kop: string, body = BODY) => `${kop}\n\n${body}`;
const HEADER = 'Vragen van het lid De Vries (D66) aan de minister van Justitie en Veiligheid over ransomware';

describe('parseDutchDate', () => {
  const valid: [string, string][] = [
    ['12 juli 2022', '2022-07-12'],
    ['1e maart 2026', '2026-03-01'],
    ['1ste maart 2026', '2026-03-01'],
    ['3 mrt. 2023', '2023-03-03'],
    ['3 mrt 2023', '2023-03-03'],
    ['12 sept. 2022', '2022-09-12'],
    ['12 JULI 2022', '2022-07-12'],
    ['12-07-2022', '2022-07-12'],
    ['12/7/2022', '2022-07-12'],
    ['2022-07-12', '2022-07-12'],
    ['29 februari 2024', '2024-02-29'],
  ];
  for (const [text, iso] of valid) it(`"${text}" → ${iso}`, () => expect(parseDutchDate(text)?.iso).toBe(iso));

  // The name of an Object member is no month (reviewer: it gave the date "2026-function Object() { [native code] }-12").
  const invalid = ['31 februari 2023', '29 februari 2023', '31-04-2022', '2022-02-30', '2022-13-01', '0 mei 2022', '12 juno 2022', 'geen datum', '', '12 constructor 2026', '3 __proto__ 2026', '1 tostring 2026'];
  for (const text of invalid) it(`"${text}" is no date`, () => expect(parseDutchDate(text)).toBeUndefined());

  // A year in two digits ("3 maart '26"): read only with the day of checking, and only as the year of checking, the one
  // before or the one after (a submission date lies close to the day a draft is written); else the century is a guess.
  it('a two-digit year is read as 20.. within a year of today, and then only', () => {
    expect(parseDutchDate("3 maart '26", '2026-12-01')).toEqual({ iso: '2026-03-03', index: 0, length: 11, shortYear: true });
    expect(parseDutchDate('3 maart ’27', '2026-12-01')?.iso).toBe('2027-03-03');
    expect(parseDutchDate("3 maart '25", '2026-12-01')?.iso).toBe('2025-03-03');
    expect(parseDutchDate("3 maart '24", '2026-12-01')).toBeUndefined();
    expect(parseDutchDate("3 maart '99", '2026-12-01')).toBeUndefined();
    expect(parseDutchDate("3 maart '26")).toBeUndefined();
    expect(parseDutchDate("31 februari '26", '2026-12-01')).toBeUndefined();
    expect(parseDutchDate("3 maart '261", '2026-12-01')).toBeUndefined();
  });

  it('gives the offset and length of the date inside a longer text', () => {
    const text = 'ingediend op 5 januari 2021 door De Vries';
    const d = parseDutchDate(text)!;
    expect(d.iso).toBe('2021-01-05');
    expect(text.slice(d.index, d.index + d.length)).toBe('5 januari 2021');
  });
});

describe('findDraftDate (through buildDraft)', () => {
  it('"Voorgesteld …" in the kop of a motie, with the span of the date', () => {
    expect(dateOf(motie(`${KOP}\n\nVoorgesteld 12 juli 2022`))).toEqual(['2022-07-12', 'voorgesteld', '12 juli 2022']);
    expect(dateOf(motie(`${KOP}\n\nVoorgesteld op 3 mrt. 2023`))).toEqual(['2023-03-03', 'voorgesteld', '3 mrt. 2023']);
    expect(dateOf(motie(`${KOP}\n\nVoorgesteld: 12-07-2022`))).toEqual(['2022-07-12', 'voorgesteld', '12-07-2022']);
    expect(dateOf(motie(`MOTIE VAN HET LID DE VRIES\n\nVOORGESTELD 3 OKTOBER 2024`))).toEqual(['2024-10-03', 'voorgesteld', '3 OKTOBER 2024']);
  });

  it('"Voorgesteld …" before the first part of a motie without a kop', () => {
    expect(dateOf('Voorgesteld 3 oktober 2024\n\nconstaterende dat X;\n\nverzoekt de regering Y te doen,\n', 'file:///a.motie.md')).toEqual(['2024-10-03', 'voorgesteld', '3 oktober 2024']);
  });

  it('front matter wins over the date in the text, as `datum:` or `date:`, written or ISO', () => {
    const voorgesteld = motie(`${KOP}\n\nVoorgesteld 12 juli 2022`);
    expect(dateOf(`---\ndatum: 2023-03-03\n---\n${voorgesteld}`)).toEqual(['2023-03-03', 'frontmatter', null]);
    expect(dateOf(`---\ndatum: 3 maart 2023\n---\n${voorgesteld}`)).toEqual(['2023-03-03', 'frontmatter', null]);
    expect(dateOf(`---\ndate: "2023-03-03"\n---\n${motie(KOP)}`)).toEqual(['2023-03-03', 'frontmatter', null]);
    expect(draft(`---\ndatum: 2023-03-03\n---\n${voorgesteld}`).date?.span).toBeUndefined();
  });

  it('front matter `datum: 3 maart \'26`: the two-digit year read as the header reads it, near today (it was "bestaat niet"; a reviewer)', () => {
    expect(dateOf(`---\ndatum: 3 maart '26\n---\n${motie(KOP)}`)).toEqual(['2026-03-03', 'frontmatter', null]);
    expect(dateOf(`---\ndatum: 3 maart ’25\n---\n${motie(`${KOP}\n\nVoorgesteld 12 juli 2022`)}`)).toEqual(['2025-03-03', 'frontmatter', null]);
    // Far from today the century is a guess, in front matter as in the header: the date in the text counts.
    expect(dateOf(`---\ndatum: 3 maart '99\n---\n${motie(`${KOP}\n\nVoorgesteld 12 juli 2022`)}`)).toEqual(['2022-07-12', 'voorgesteld', '12 juli 2022']);
  });

  it('an invalid date in front matter does not count: the date in the text does', () => {
    expect(dateOf(`---\ndatum: 31 februari 2023\n---\n${motie(`${KOP}\n\nVoorgesteld 12 juli 2022`)}`)).toEqual(['2022-07-12', 'voorgesteld', '12 juli 2022']);
  });

  it('"(ingezonden …)" in the header of Kamervragen', () => {
    expect(dateOf(`${HEADER} (ingezonden 1 maart 2026).\n\n1. Wat is X?\n`)).toEqual(['2026-03-01', 'ingezonden', '1 maart 2026']);
  });

  it('"(ingezonden 3 maart \'26)": the two-digit year read as 2026 near today, so the agreement in force is chosen for that day', () => {
    expect(dateOf(`${HEADER} (ingezonden 3 maart '26).\n\n1. Wat is X?\n`)).toEqual(['2026-03-03', 'ingezonden', "3 maart '26"]);
    expect(dateOf(`${HEADER} (ingezonden 3 maart '99).\n\n1. Wat is X?\n`)).toBeUndefined();
  });

  it('"(ingezonden …)" before the header line', () => {
    expect(dateOf(`(ingezonden 12 mei 2023)\n\n${HEADER}.\n\n1. Wat is X?\n`)).toEqual(['2023-05-12', 'ingezonden', '12 mei 2023']);
  });

  it('"Ingediend …" in the title block of a mirror of the open data', () => {
    expect(dateOf('Kamervraag 2022Z11776\n\nOver ransomware\n\nIngediend 9 juni 2022\n\n1. Wat is X?\n')).toEqual(['2022-06-09', 'ingediend', '9 juni 2022']);
  });

  it('a date in the body is not the draft’s date: a deadline, a fact, a question', () => {
    expect(dateOf(motie(KOP, BODY.replace('het NCSC', 'het NCSC vóór 1 januari 2027')))).toBeUndefined();
    expect(dateOf(motie(KOP, BODY.replace('ransomware;', 'ransomware, zoals ingediend op 3 maart 2021;')))).toBeUndefined();
    expect(dateOf(`${HEADER}.\n\n1. Wat gebeurt er na 1 maart 2026?\n\n2. Is het voorstel ingezonden 3 mei 2025?\n`)).toBeUndefined();
  });

  it('an invalid written date gives no date', () => {
    expect(dateOf(`${HEADER} (ingezonden 31 februari 2023).\n\n1. Wat is X?\n`)).toBeUndefined();
  });

  it('an undated draft keeps the day of checking as `today`', () => {
    const d = draft(motie(KOP));
    expect(d.date).toBeUndefined();
    expect(d.today).toBe(TODAY);
  });
});

describe('formatDate', () => {
  it('writes the day as Dutch or English prose', () => {
    expect(formatDate('2022-07-12', 'nl')).toBe('12 juli 2022');
    expect(formatDate('2022-07-12', 'en')).toBe('12 July 2022');
    expect(formatDate('2026-01-01', 'nl')).toBe('1 januari 2026');
    expect(formatDate('2024-12-31', 'en')).toBe('31 December 2024');
  });
  it('leaves what is no full ISO day as it is', () => {
    expect(formatDate('onbekend', 'nl')).toBe('onbekend');
  });
});
