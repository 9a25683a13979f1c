import { describe, expect, it } from 'vitest';
import { createDraftService } from '../../../src/core/service';

const svc = createDraftService({ vagueTerms: [], today: () => '2026-03-01' });
const MOTIE = [
  '# Motie van het lid Van den Bërg c.s. over de digitale dienst',
  '',
  'Voorgesteld 12 maart 2026',
  '',
  'De Kamer,',
  '',
  'gehoord de beraadslaging,',
  '',
  'constaterende dat de dienst er komt;',
  '',
  'verzoekt de regering de dienst op te richten,',
  '',
  'en gaat over tot de orde van de dag.',
  '',
  'Van den Bërg',
  'Jansen',
  '',
].join('\n');

describe('the outline of a motie', () => {
  it('names each indiener on a line of its own as a symbol of its own, and the lines of the head by what they say', () => {
    const symbols = svc.symbols({ uri: 'file:///w/motie.md', version: 1, text: MOTIE });
    expect(symbols.map((s) => s.name)).toEqual(['Kop', 'Voorgesteld', 'Aanhef', 'Gehoord de beraadslaging', 'Overweging 1', 'Dictum', 'Slot', 'Indieners']);
    const indieners = symbols.at(-1)!;
    expect(indieners.children.map((c) => c.name)).toEqual(['Van den Bërg', 'Jansen']);
    expect(indieners.detail).toBe('Van den Bërg, Jansen');
    // Each name's range is its own line's words.
    for (const c of indieners.children) expect(MOTIE.slice(c.start, c.end)).toBe(c.name);
  });

  it('in English names the head\'s lines in English too ("Voorgesteld" stayed Dutch among "Heading", "Opening"; a staffer\'s trial)', () => {
    const en = createDraftService({ vagueTerms: [], today: () => '2026-03-01', settings: { taal: 'en' } });
    expect(en.symbols({ uri: 'file:///w/motie.md', version: 1, text: MOTIE }).map((s) => s.name).slice(0, 2)).toEqual(['Heading', 'Tabled']);
  });
});
