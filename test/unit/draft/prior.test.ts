import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { partShape, sameShape } from '../../../src/core/draft/prior';
import { buildDraft } from '../../../src/core/draft/model';

describe('the shape of a part', () => {
  it('sameShape says what comparing partShape says, for parts of real drafts and of their edited versions', () => {
    const files = ['vragen-rutte4/kv-2022Z15803-opvangcrisis.md', 'moties-rutte4/kst-36045-4-sjoerdsma-defensiebudget-eerder.md'].map((f) =>
      readFileSync(path.resolve(__dirname, '../../eval/real/docs', f), 'utf8'),
    );
    fc.assert(
      fc.property(fc.nat(files.length - 1), fc.nat(), fc.constantFrom('a', ' ', '\n', '\n\n', '1. ', '[^1]', '> '), (which, at, typed) => {
        const text = files[which]!;
        const i = at % (text.length + 1);
        const a = buildDraft({ uri: 'file:///a.md', version: 1, text }).parts;
        const b = buildDraft({ uri: 'file:///a.md', version: 2, text: text.slice(0, i) + typed + text.slice(i) }).parts;
        for (const x of a) for (const y of b) expect(sameShape(x, y)).toBe(partShape(x) === partShape(y));
      }),
      { numRuns: 150, seed: 20261204 },
    );
  });
});

describe('every field of a part’s shape', () => {
  it('tells two parts apart when it alone differs, and a part moved as a whole is the same', () => {
    const text = 'Vragen van het lid Jansen (D66) aan de minister van Financiën (ingezonden 3 maart 2026).\n\n1. Bent u bekend met het bericht?\n   Zo ja, wat vindt u ervan?\n\n2. Wat doet u?\n';
    const found = buildDraft({ uri: 'file:///a.md', version: 1, text }).parts.find((p) => p.kind === 'vraag' && p.number && p.lines[0]?.marker && p.lines.length > 1)!;
    expect(found).toBeDefined();
    const part = { ...found, opener: found.opener ?? { start: found.start, end: found.start + 2 } };
    const line = part.lines[0]!;
    const moved = (d: number): typeof part => ({
      ...part,
      start: part.start + d,
      end: part.end + d,
      wordsEnd: part.wordsEnd + d,
      opener: { start: part.opener!.start + d, end: part.opener!.end + d },
      number: { value: part.number!.value, span: { start: part.number!.span.start + d, end: part.number!.span.end + d } },
      lines: part.lines.map((l) => ({ ...l, start: l.start + d, end: l.end + d, contentStart: l.contentStart + d, line: l.line + 1, ...(l.marker ? { marker: { ...l.marker, span: { start: l.marker.span.start + d, end: l.marker.span.end + d } } } : {}) })),
    });
    expect(sameShape(part, moved(10))).toBe(true);
    expect(partShape(moved(10))).toBe(partShape(part));
    const withLine = (change: Partial<typeof line>) => ({ ...part, lines: [{ ...line, ...change }, ...part.lines.slice(1)] });
    const variants = {
      kind: { ...part, kind: 'toelichting' as const },
      note: { ...part, note: true },
      opener: { ...part, opener: { start: part.opener!.start, end: part.opener!.end + 1 } },
      number: { ...part, number: { ...part.number!, value: part.number!.value + 1 } },
      numberSpan: { ...part, number: { ...part.number!, span: { start: part.number!.span.start, end: part.number!.span.end + 1 } } },
      wordsEnd: { ...part, wordsEnd: part.wordsEnd - 1 },
      lineCount: { ...part, lines: part.lines.slice(0, -1) },
      lineEnd: withLine({ end: line.end + 1 }),
      contentStart: withLine({ contentStart: line.contentStart + 1 }),
      blockStart: withLine({ blockStart: !line.blockStart }),
      blockquote: withLine({ blockquote: !line.blockquote }),
      heading: withLine({ heading: 2 }),
      footnote: withLine({ footnote: 'x' }),
      markerSpan: withLine({ marker: { ...line.marker!, span: { start: line.marker!.span.start, end: line.marker!.span.end + 1 } } }),
      markerOrdinal: withLine({ marker: { ...line.marker!, ordinal: (line.marker!.ordinal ?? 0) + 1 } }),
    };
    for (const [field, v] of Object.entries(variants)) {
      expect([field, sameShape(part, v)]).toEqual([field, false]);
      expect([field, partShape(v) === partShape(part)]).toEqual([field, false]);
    }
  });
});
