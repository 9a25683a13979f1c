import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageNumber } from '../../../../src/core/corpus/import/running';
import { markdownHeading } from '../../../../src/core/corpus/import/text';

/*
 * Two line patterns of the importer read a long run of spaces in time cubed (a line of '#' or 'p.' and 2,000 tabs: 19 s
 * and 8 s). They are read another way now; on short lines they must find what the patterns found (below, as they were).
 */
const OLD_HEADING = /^(#{1,6})\s+(.+?)\s*#*$/;
const OLD_PAGE_NUMBER = /^(?:(?:pagina|page|blz\.?|p\.)\s*)?[-–(]?\s*(\d{1,4})\s*[-–)]?(?:\s*(?:\/|van|of)\s*\d{1,4})?$/iu;

const shortLine = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((p) => p.join(''));

describe('the importer reads headings and page numbers as its patterns did, without their time on long runs', () => {
  it('Markdown headings', () => {
    fc.assert(
      // The importer reads trimmed lines.
      fc.property(shortLine(['#', '##', '#######', ' ', '\t', '\r', '\u2028', 'a', 'Titel', ' #', '# ', '.', '1']).map((l) => l.trim()), (line) => {
        const old = OLD_HEADING.exec(line);
        expect(markdownHeading(line)).toEqual(old ? { level: old[1]!.length, text: old[2]! } : undefined);
      }),
      { numRuns: 5000 },
    );
  });

  it('page numbers', () => {
    fc.assert(
      fc.property(shortLine(['pagina', 'Page', 'blz', 'blz.', 'p.', '-', '–', '(', ')', ' ', '\t', '\n', '12', '3', '12345', '/', 'van', 'of', 'x']), (line) => {
        expect(pageNumber(line)?.[1]).toBe(OLD_PAGE_NUMBER.exec(line)?.[1]);
      }),
      { numRuns: 5000 },
    );
  });

  it('long runs of tabs', () => {
    const tabs = '\t'.repeat(20_000);
    expect(markdownHeading(`#${tabs}x${tabs}y`)).toEqual({ level: 1, text: `x${tabs}y` });
    expect(markdownHeading(`## Titel${tabs}##`)).toEqual({ level: 2, text: 'Titel' });
    expect(pageNumber(`p.${tabs}0${tabs}0-`)).toBeNull();
    expect(pageNumber(`pagina${tabs}3${tabs}van${tabs}40`)?.[1]).toBe('3');
  });
});
