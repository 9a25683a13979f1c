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
    expect(symbols.map((s) => s.name)).toEqual(['Kop', 'Voorgesteld', 'Aanhef', 'Gehoord de beraadslaging', 'Constatering 1', 'Verzoek 1', 'Slot', 'Indieners']);
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

  it('names overwegingen and dicta by what they are, each numbered within its kind ("Overweging n" and "Dictum" were all; a staffer\'s trial)', () => {
    const motie = [
      'De Kamer,',
      '',
      'gehoord de beraadslaging,',
      '',
      'constaterende dat de dienst er komt;',
      '',
      'overwegende dat de dienst geld kost;',
      '',
      'constaterende voorts dat gemeenten wachten;',
      '',
      'spreekt uit dat de dienst nodig is;',
      '',
      'verzoekt de regering de dienst op te richten;',
      '',
      'roept het kabinet op gemeenten te betrekken;',
      '',
      'draagt de regering op jaarlijks te rapporteren;',
      '',
      'besluit de motie aan te houden,',
      '',
      'en gaat over tot de orde van de dag.',
      '',
      'Van den Bërg',
      '',
    ].join('\n');
    const names = (taal: 'nl' | 'en') =>
      createDraftService({ vagueTerms: [], today: () => '2026-03-01', settings: { taal } }).symbols({ uri: 'file:///w/motie.md', version: 1, text: motie }).map((s) => s.name).slice(2, 10);
    expect(names('nl')).toEqual(['Constatering 1', 'Overweging 1', 'Constatering 2', 'Uitspraak 1', 'Verzoek 1', 'Verzoek 2', 'Verzoek 3', 'Dictum 1']);
    expect(names('en')).toEqual(['Observation 1', 'Consideration 1', 'Observation 2', 'Statement 1', 'Request 1', 'Request 2', 'Request 3', 'Dictum 1']);
  });
});
