import { describe, expect, it } from 'vitest';
import { describeSource } from '../../../src/core/corpus/labels';

describe('describeSource', () => {
  it('ends a document description that ends a sentence with one full stop (the hover said "… zijn hersteld.."; a staffer\'s trial)', () => {
    const source = { verified: 'original', document: 'Uit de dataset gehaald; gebroken woorden zijn hersteld.', quotedIn: [] } as unknown as Parameters<typeof describeSource>[0];
    expect(describeSource(source, 'nl')).toBe('Tekst uit het document zelf. Overgenomen uit: Uit de dataset gehaald; gebroken woorden zijn hersteld.');
    expect(describeSource({ ...source, document: 'PDF van de Tweede Kamer' } as typeof source, 'en')).toBe('Wording from the document itself. Taken from: PDF van de Tweede Kamer.');
  });
});
