/*
 * What the editor's import offers when it asks what a document is: every kind of corpus file, the one the file's name
 * suggests first, in the user's language.
 */
import { describe, expect, it } from 'vitest';
import { guessKind, kindChoices } from '../../client/src/importKind';
import { CORPUS_KINDS, kindInHead } from '../../src/shared/corpusKinds';

describe('the kind an import asks for', () => {
  it('offers every kind the corpus schema knows, once', () => {
    for (const name of ['Aan de slag.pdf', 'Verkiezingsprogramma D66 2025.pdf', 'toezeggingen-bzk.html', 'nota.docx']) {
      expect(kindChoices(name, 'nl').map((c) => c.corpusKind).sort()).toEqual([...CORPUS_KINDS].sort());
    }
  });

  it('puts first what the file name suggests, another document (overig) when it suggests nothing', () => {
    expect(guessKind('Verkiezingsprogramma D66 2025.pdf')).toBe('verkiezingsprogramma');
    expect(guessKind('VVD-programma.docx')).toBe('verkiezingsprogramma');
    expect(guessKind('Toezeggingen BZK.html')).toBe('toezeggingen');
    expect(guessKind('Coalitieakkoord 2026.pdf')).toBe('coalitieakkoord');
    // Anything else is another document: taken for an agreement by mistake, it would count only in a period it never governed.
    expect(guessKind('nota.docx')).toBe('overig');
    // The cabinet's programme or a ministry's work programme is no party's programme.
    expect(guessKind('Regeerprogramma kabinet-Schoof.pdf')).toBe('overig');
    expect(guessKind('werkprogramma-bzk-2026.docx')).toBe('overig');
    expect(guessKind('Uitvoeringsprogramma digitalisering.pdf')).toBe('overig');
    // An agreement that is no cabinet's (a reviewer): taken for one, it would count only in a period it never governed.
    expect(guessKind('Klimaatakkoord 2019.pdf')).toBe('overig');
    expect(guessKind('Pensioenakkoord.pdf')).toBe('overig');
    expect(guessKind('Sociaal akkoord 2013.pdf')).toBe('overig');
    expect(guessKind('nationaal klimaat-akkoord.pdf')).toBe('overig');
    expect(guessKind('akkoordverklaring.pdf')).toBe('overig');
    expect(guessKind('hoofdlijnenakkoord-2024.pdf')).toBe('coalitieakkoord');
    expect(kindChoices('Verkiezingsprogramma D66 2025.pdf', 'nl')[0]).toMatchObject({ corpusKind: 'verkiezingsprogramma', label: 'Verkiezingsprogramma' });
  });

  it('puts first what an earlier import of the same file chose, whatever the name suggests', () => {
    expect(kindChoices('D66.pdf', 'nl', 'verkiezingsprogramma')[0]?.corpusKind).toBe('verkiezingsprogramma');
    expect(kindChoices('Coalitieakkoord.pdf', 'nl', 'overig').map((c) => c.corpusKind)).toEqual(['overig', 'coalitieakkoord', 'verkiezingsprogramma', 'toezeggingen']);
    expect(kindInHead('# Geïmporteerd met akkoordwijzer corpus import\nformat: 1\nid: d66\nkind: verkiezingsprogramma\n')).toBe('verkiezingsprogramma');
    expect(kindInHead('format: 1\nkind: "toezeggingen"\n')).toBe('toezeggingen');
    expect(kindInHead('format: 1\nkind: boek\n')).toBeUndefined();
    expect(kindInHead('format: 1\n')).toBeUndefined();
  });

  it('speaks the user’s language', () => {
    const nl = kindChoices('akkoord.pdf', 'nl');
    const en = kindChoices('akkoord.pdf', 'en');
    expect(nl[0]).toMatchObject({ corpusKind: 'coalitieakkoord', label: 'Coalitieakkoord' });
    expect(en[0]).toMatchObject({ corpusKind: 'coalitieakkoord', label: 'Coalition agreement' });
    expect(nl.every((c) => c.detail.length > 0) && en.every((c) => c.detail !== nl.find((n) => n.corpusKind === c.corpusKind)!.detail)).toBe(true);
  });
});
