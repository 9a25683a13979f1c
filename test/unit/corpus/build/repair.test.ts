import { describe, expect, it } from 'vitest';
import { isHeadingLine, isTableLine, needsRepair, repairText } from '../../../../src/core/corpus/build';

describe('repairText', () => {
  it('repair words broken by the PDF but keep real ellipses', () => {
    expect(repairText('een pluriform, onafhankelijk en hoogwaardig media- aanbod')).toBe('een pluriform, onafhankelijk en hoogwaardig media-aanbod');
    expect(repairText('zowel binnen- als buitenstedelijk')).toBe('zowel binnen- als buitenstedelijk');
    expect(repairText('om de transitie te verduurzamen .')).toBe('om de transitie te verduurzamen.');
  });

  it('spells out ligatures and drops what the extraction left invisible', () => {
    expect(repairText('de ﬁnanciële ﬂexibiliteit')).toBe('de financiële flexibiliteit');
    expect(repairText('ver\u00adkeers\u200bveiligheid')).toBe('verkeersveiligheid');
    expect(repairText('€\u2009 30\u202fmiljoen\u00a0 structureel')).toBe('€ 30 miljoen structureel');
  });

  it('says when a paragraph needed more than whitespace', () => {
    expect(needsRepair('media- aanbod')).toBe(true);
    expect(needsRepair('  gewone   tekst ')).toBe(false);
  });
});

describe('layout of extracted text', () => {
  it('keeps table rows apart', () => {
    expect(isTableLine('Totaal 6.541 17.273 26.259 29.532 13.310 EMU-saldo -3,2% -2,3%')).toBe(true);
    expect(isTableLine('We investeren €30 miljoen structureel in 2022 en 2023.')).toBe(false);
  });

  it('knows a heading by its shape', () => {
    expect(isHeadingLine('Relatie burger-overheid')).toBe(true);
    expect(isHeadingLine('We vergroten de toegang tot het recht.')).toBe(false);
    expect(isHeadingLine('kleine letter')).toBe(false);
  });
});
