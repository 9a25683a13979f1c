/*
 * The pure layout reading of a PDF, on small synthetic pages: positioned runs in, paragraphs out. Widths are
 * estimated at half the font size per character, as a proportional font roughly sets them.
 */
import { describe, expect, it } from 'vitest';
import { layoutDocument, type PositionedItem, type PositionedPage } from '../../../../src/core/service';
import { joinLines } from '../../../../src/core/corpus/import/hyphens';
import { emptyWordList, encodeWordList, parseWordList, WORD_MARKS, wordListOf } from '../../../../src/core/text/words';

const REGULAR = { name: 'Arial', bold: false, italic: false };
const BOLD = { name: 'Arial-BoldMT', bold: true, italic: false };

function run(text: string, x: number, y: number, size = 10, font = REGULAR): PositionedItem {
  return { text, x, y, width: 0.5 * size * text.length, size, font };
}

/** A page of body lines from `y`, 13 pt apart, each a run at the left margin. */
function lines(texts: readonly string[], y = 100, x = 72): PositionedItem[] {
  return texts.map((t, i) => run(t, x, y + 13 * i));
}

const page = (items: PositionedItem[]): PositionedPage => ({ width: 595, height: 842, items });

/**
 * Running header and printed number on every page but the cover; printed number = PDF page − 1. Padded to three
 * pages of text: furniture is what repeats, and on fewer pages nothing can be told to repeat.
 */
function furnished(given: PositionedItem[][]): PositionedPage[] {
  const bodies = [...given];
  while (bodies.length < 3) bodies.push(lines(['Tot slot.']));
  const cover = page([run('Wonen en werken', 72, 300, 28, BOLD), run('Coalitieakkoord 2030', 72, 360, 14)]);
  return [cover, ...bodies.map((items, i) => page([run('Akkoord 2030 – Wonen en werken', 72, 40, 8), ...items, run(`Pagina ${i + 1}`, 280, 805, 9)]))];
}

const FILL = 'De coalitie bouwt meer betaalbare woningen en maakt het wonen in stad en dorp weer mogelijk voor iedereen';

describe('running headers, page numbers and the cover', () => {
  const doc = layoutDocument(
    furnished([
      lines(['Wij bouwen honderdduizend woningen per jaar.', '', 'Het kabinet maakt de huren betaalbaar.'].filter(Boolean)),
      lines(['De hypotheekrenteaftrek blijft zoals die is.', 'Starters krijgen een steun in de rug.']),
      lines(['Gemeenten krijgen de middelen om te bouwen.']),
    ]),
  );

  it('removes the header and the page numbers and records them; the cover gives the title', () => {
    expect(doc.removed).toEqual({ headers: ['Akkoord 2030 – Wonen en werken'], footers: [], pageNumbers: 3 });
    expect(doc.title).toBe('Wonen en werken');
    expect(doc.paragraphs.map((p) => p.text).join(' ')).not.toMatch(/Pagina|Akkoord 2030/);
  });

  it('gives each paragraph the printed page it starts on, not the PDF page', () => {
    const pageOf = (start: string) => doc.paragraphs.find((p) => p.text.startsWith(start))?.page;
    expect(pageOf('Wij bouwen')).toBe(1);
    expect(pageOf('De hypotheekrenteaftrek')).toBe(2);
    expect(pageOf('Gemeenten')).toBe(3);
    expect(doc.notes.map((n) => n.nl)).toContain("Gedrukte paginanummers wijken af van de pdf-pagina's (pdf-pagina 2 is pagina 1); eenheden krijgen het gedrukte nummer.");
  });
});

describe('lines to paragraphs', () => {
  it('goes on over a line break, and over a page break when the sentence does not end', () => {
    const doc = layoutDocument(furnished([lines([FILL, 'en dat doen we samen met de gemeenten,']).concat(run(FILL, 72, 740)), lines(['waarna de bouw begint.', 'Een nieuwe alinea.'], 100)]));
    const texts = doc.paragraphs.filter((p) => p.page !== undefined).map((p) => p.text);
    expect(texts[0]).toBe(`${FILL} en dat doen we samen met de gemeenten,`);
    expect(texts).toContain(`${FILL} waarna de bouw begint.`);
  });

  it('in justified text, goes on over a page break after a full stop when the last line is set flush', () => {
    // Every line but a paragraph's last one fills the column (72 to 523): the text is justified.
    const full = (text: string, y: number) => ({ ...run(text, 72, y), width: 451 });
    const paragraph = (y: number, last: string) => [...[0, 1, 2, 3].map((i) => full(`${FILL} regel ${i + 1}`, y + 13 * i)), run(last, 72, y + 52)];
    const first = [...paragraph(100, 'Dat is het eerste stuk.'), ...paragraph(180, 'Dat is het tweede stuk.'), full('De bouw gaat door tot het einde van de kabinetsperiode.', 740)];
    const doc = layoutDocument(furnished([first, [run('De gemeenten doen mee.', 72, 100), ...paragraph(130, 'Tot zover.')]]));
    const texts = doc.paragraphs.filter((p) => p.page !== undefined).map((p) => p.text);
    expect(texts).toContain('De bouw gaat door tot het einde van de kabinetsperiode. De gemeenten doen mee.');
    expect(texts.filter((t) => t.endsWith('Dat is het eerste stuk.') || t.endsWith('Dat is het tweede stuk.'))).toHaveLength(2);
  });

  it('in ragged text, goes on over a page break after a full stop only when the next word would not have fitted on the last line', () => {
    // Ragged right: lines of 96 to 104 characters (the column ends near x = 72 + 5 * 104); paragraphs spaced apart.
    const line = (n: number) => `${FILL} ${'x'.repeat(n)}`.slice(0, 96 + (n % 9));
    const body = (y: number, count: number) => Array.from({ length: count }, (_, i) => run(line(i), 72, y + 13 * i));
    const fullStop = run(`${FILL.slice(0, 96)} einde.`, 72, 740);
    const shortStop = run('Dat is alles.', 72, 740);
    const next = (first: string) => [run(first, 72, 100), ...body(130, 6)];
    const read = (last: PositionedItem, first: string) => layoutDocument(furnished([[...body(100, 12), last], next(first)])).paragraphs.map((p) => p.text);
    expect(read(fullStop, 'Gemeenten doen mee.')).toContain(`${FILL.slice(0, 96)} einde. Gemeenten doen mee.`);
    expect(read(shortStop, 'Gemeenten doen mee.')).toContain('Gemeenten doen mee.');
  });

  it('reads chapter and section headings by size and weight, without their numbers', () => {
    const body = [run('1. Wonen', 72, 100, 16, BOLD), run('1.1 Betaalbaar bouwen', 72, 130, 12, BOLD), ...lines(['Wij bouwen meer.'], 150), run('Werk', 72, 200, 16, BOLD), ...lines(['Werk moet lonen.'], 225)];
    const doc = layoutDocument(furnished([body, lines(['Iedereen doet mee.'])]));
    expect(doc.paragraphs.find((p) => p.text === 'Wij bouwen meer.')).toMatchObject({ chapter: 'Wonen', section: 'Betaalbaar bouwen' });
    expect(doc.paragraphs.find((p) => p.text === 'Iedereen doet mee.')).toMatchObject({ chapter: 'Werk' });
    expect(doc.paragraphs.find((p) => p.text === 'Iedereen doet mee.')?.section).toBeUndefined();
    expect(doc.headings?.map((h) => [h.level, h.text])).toEqual([
      [1, 'Wonen'],
      [2, 'Betaalbaar bouwen'],
      [1, 'Werk'],
    ]);
  });

  it('makes each bullet one paragraph, its continuation line included', () => {
    const doc = layoutDocument(furnished([[...lines(['We doen drie dingen:']), run('• We bouwen meer woningen in de stad', 72, 113), run('en op het platteland;', 84, 126), run('• We verlagen de huren.', 72, 139)]]));
    const bullets = doc.paragraphs.filter((p) => p.kind === 'bullet').map((p) => p.text);
    expect(bullets).toEqual(['We bouwen meer woningen in de stad en op het platteland;', 'We verlagen de huren.']);
  });

  it('spells out ligatures and odd spaces (through the pipeline\'s own repair)', () => {
    const doc = layoutDocument(furnished([lines(['De ﬁnanciën\u2009zijn op orde en de eﬀecten worden gemeten.'])]));
    expect(doc.paragraphs.map((p) => p.text)).toContain('De financiën zijn op orde en de effecten worden gemeten.');
  });

  it('keeps a table row as a table paragraph, cells joined by a space', () => {
    const row = (y: number, label: string, ...ns: string[]) => [run(label, 72, y, 9), ...ns.map((n, i) => run(n, 330 + 50 * i, y, 9))];
    const doc = layoutDocument(furnished([[...lines(['Het overzicht volgt hieronder.']), ...row(130, 'Woningbouw', '100', '200', '300'), ...row(141, 'Huurtoeslag', '50', '60', '70')]]));
    expect(doc.paragraphs.filter((p) => p.kind === 'table')).toEqual([expect.objectContaining({ text: 'Woningbouw 100 200 300', table: true }), expect.objectContaining({ text: 'Huurtoeslag 50 60 70', table: true })]);
    expect(doc.notes.map((n) => n.en)).toContain('1 table with 2 rows kept as searchable text; table rows never count as commitments.');
  });
});

describe('footnotes and two columns', () => {
  it('keeps a footnote apart, after the paragraph it interrupts, which goes on over the page break', () => {
    const first = [...lines([`${FILL} en wij`]), run(FILL, 72, 740), run('1', 72, 772, 6), run('Zie de Woningwet, artikel 1.', 77, 775, 8)];
    const doc = layoutDocument(furnished([first, lines(['zorgen daarvoor samen.'])]));
    const texts = doc.paragraphs.filter((p) => p.page !== undefined && p.text !== 'Tot slot.');
    expect(texts.map((p) => [p.kind, p.text])).toEqual([
      ['text', `${FILL} en wij ${FILL} zorgen daarvoor samen.`],
      ['footnote', 'Zie de Woningwet, artikel 1.'],
    ]);
    expect(texts[1]).toMatchObject({ mark: '1', page: 1 });
  });

  it('reads a two-column page left column first, also where lines of both columns share a baseline', () => {
    const left = ['De linkerkolom begint hier met een zin', 'die doorloopt tot het einde van de', 'kolom en daar ook eindigt met een', 'punt aan het einde van de zin.', 'Dan volgt nog een korte alinea.'];
    const right = ['De rechterkolom komt daarna en heeft', 'ook een aantal regels tekst die', 'samen een alinea vormen die pas', 'hier eindigt.', 'En nog een laatste alinea hier.'];
    const items = [...left.map((t, i) => run(t, 72, 100 + 13 * i)), ...right.map((t, i) => run(t, 310, 101 + 13 * i))];
    const doc = layoutDocument(furnished([items]));
    const texts = doc.paragraphs.filter((p) => p.page === 1).map((p) => p.text);
    expect(texts).toEqual([left.slice(0, 4).join(' '), left[4], right.slice(0, 4).join(' '), right[4]]);
    expect(doc.notes.map((n) => n.en)).toContain('Page 1 has two columns; its text was put in reading order.');
  });
});

describe('words broken at a line end', () => {
  const none = wordListOf(new Map());
  const evidence = (...words: string[]) => new Map(words.map((w) => [w, 1]));

  it('rejoins a word the document shows unbroken elsewhere, and keeps the hyphen otherwise', () => {
    expect(joinLines('voor de kabinets-', 'periode die komt', evidence('kabinetsperiode'), none)).toEqual({ text: 'voor de kabinetsperiode die komt', join: 'joined' });
    expect(joinLines('voor de kabinets-', 'periode die komt', evidence(), none)).toEqual({ text: 'voor de kabinets-periode die komt', join: 'kept' });
    expect(joinLines('de burger-', 'overheid', evidence('burger-overheid'), none).text).toBe('de burger-overheid');
  });

  it('rejoins a word the Dutch word list knows, as a word or a compound of its parts', () => {
    const { BEGINS, ENDS, ALONE } = WORD_MARKS;
    const words = wordListOf(new Map([['stikstof', BEGINS | ALONE], ['crisis', ENDS | ALONE], ['regie', BEGINS | ALONE], ['organisatie', ENDS | ALONE]]));
    expect(joinLines('de stik-', 'stofcrisis', evidence(), words).text).toBe('de stikstofcrisis');
    // Dutch spelling keeps the hyphen between colliding vowels, whatever the compound rules would build.
    expect(joinLines('de regie-', 'organisatie', evidence(), words).text).toBe('de regie-organisatie');
  });

  it('never rejoins after an abbreviation or before a capital, and keeps the space of a shortened compound', () => {
    const all = { ...emptyWordList, listed: () => true, accepts: () => true, size: 1 };
    expect(joinLines('meer ICT-', 'projecten', evidence('ictprojecten'), all).text).toBe('meer ICT-projecten');
    expect(joinLines('in Noord-', 'Holland', evidence(), all).text).toBe('in Noord-Holland');
    expect(joinLines('binnen-', 'en buitenland', evidence(), all).text).toBe('binnen- en buitenland');
    expect(joinLines('de kabinets\u00ad', 'periode', evidence(), none).text).toBe('de kabinetsperiode');
  });

  it('reads the compact word list it writes', () => {
    const entries = new Map([['woning', 5], ['woningbouw', 6], ['bouw', 7]]);
    const list = parseWordList(encodeWordList(entries, ['test']));
    expect(list.size).toBe(3);
    expect(list.listed('Woningbouw')).toBe(true);
    expect(list.accepts('woningbouwbouw')).toBe(true);
    expect(list.accepts('bouwwoning')).toBe(false);
  });
});

describe('bad layout input', () => {
  it('never throws: no pages, empty pages, runs without a position or size', () => {
    expect(layoutDocument([]).paragraphs).toEqual([]);
    const odd = page([run('tekst', Number.NaN, 100), run('nul', 72, 100, 0), run('   ', 72, 120), run('Gewoon een zin.', 72, 140)]);
    expect(layoutDocument([odd, page([])]).paragraphs.map((p) => p.text)).toEqual(['Gewoon een zin.']);
  });
});
