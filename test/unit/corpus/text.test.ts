import { describe, expect, it } from 'vitest';
import {
  dropEmphasis,
  joinBrokenHyphens,
  looksDoubleEncoded,
  normaliseSpaces,
  repairMojibake,
  stripOuterQuotes,
} from '../../../src/core/corpus/text';

describe('repairMojibake', () => {
  const complete: Array<[string, string]> = [
    ['geÃ¯nspireerd op Singapore', 'geïnspireerd op Singapore'],
    ['geÃ¯ntegreerd inlichtingenbeeld', 'geïntegreerd inlichtingenbeeld'],
    ['structurele barriÃ¨res in ruimte', 'structurele barrières in ruimte'],
    ['een gecoÃ¶rdineerde aanpak', 'een gecoördineerde aanpak'],
    ['sleuteltechnologieÃ«n zoals AI', 'sleuteltechnologieën zoals AI'],
    ['cafÃ© en crÃ¨me', 'café en crème'],
    // full Windows-1252 sequences of curly quotes and the euro sign
    ['mkbâ€™ers en â€˜opschaallandâ€™', 'mkb’ers en ‘opschaalland’'],
    ['kost â‚¬5 mln', 'kost €5 mln'],
    // four-byte sequence (emoji)
    ['ðŸ™‚', '🙂'],
  ];
  it.each(complete)('%s', (input, expected) => {
    expect(repairMojibake(input)).toBe(expected);
  });

  it('leaves correct text alone', () => {
    for (const s of ['café', 'geïnspireerd', 'Curaçao', 'één', '€ 5 mln', '‘pilotland’', 'château', 'Ã', 'Â½ liter']) {
      expect(repairMojibake(s)).toBe(s === 'Â½ liter' ? '½ liter' : s);
    }
    expect(repairMojibake('naïef')).toBe('naïef');
  });

  it('guesses bytes dropped as control characters only when asked', () => {
    const input = '(> â¬5 mln.) op risicoâs, niet alleen een âpilotlandâ maar (de âRoemernormâ)';
    expect(repairMojibake(input)).toBe(input);
    expect(repairMojibake(input, { guessLostBytes: true })).toBe('(> €5 mln.) op risico’s, niet alleen een ‘pilotland’ maar (de ‘Roemernorm’)');
    expect(repairMojibake('een â dash', { guessLostBytes: true })).toBe('een – dash');
    expect(repairMojibake('en zo verder â¦', { guessLostBytes: true })).toBe('en zo verder …');
  });

  it('detects left-over double encoding', () => {
    expect(looksDoubleEncoded('geÃ¯nspireerd')).toBe(true);
    expect(looksDoubleEncoded('â¬5')).toBe(true);
    expect(looksDoubleEncoded('geïnspireerd, € 5, ‘pilotland’')).toBe(false);
  });
});

describe('joinBrokenHyphens', () => {
  const cases: Array<[string, string]> = [
    ['werken we aan een AI- Rekenkrachtplan', 'werken we aan een AI-Rekenkrachtplan'],
    ['de bouw van Europees- autonome datacentra', 'de bouw van Europees-autonome datacentra'],
    ['een hoogwaardig media- aanbod', 'een hoogwaardig media-aanbod'],
    ['We voeren EU- richtlijnen uit.', 'We voeren EU-richtlijnen uit.'],
    // real Dutch ellipses stay
    ['meer wijkagenten, cyber- en zedenrechercheurs', 'meer wijkagenten, cyber- en zedenrechercheurs'],
    ['zowel binnen- als buitenstedelijk', 'zowel binnen- als buitenstedelijk'],
    ['arbeids- of kennismigratie', 'arbeids- of kennismigratie'],
    ['oproep-, uitzend- en tijdelijke contracten', 'oproep-, uitzend- en tijdelijke contracten'],
    // a parenthetical dash is not a broken word
    ['onderzoeken we -in overleg met de sociale partners- hoe het kan', 'onderzoeken we -in overleg met de sociale partners- hoe het kan'],
    ['richt zich -in lijn met het SER-advies- in principe op', 'richt zich -in lijn met het SER-advies- in principe op'],
    // a dash between words stays
    ['Nederland – en Europa', 'Nederland – en Europa'],
    ['prijsopbouw en -onderhandeling', 'prijsopbouw en -onderhandeling'],
  ];
  it.each(cases)('%s', (input, expected) => {
    expect(joinBrokenHyphens(input)).toBe(expected);
  });
});

describe('quoter artefacts and whitespace', () => {
  it('drops emphasis and normalises the space it leaves', () => {
    expect(normaliseSpaces(dropEmphasis('worden **gestandaardiseerd en gecentraliseerd** , gestuurd'))).toBe('worden gestandaardiseerd en gecentraliseerd, gestuurd');
    expect(normaliseSpaces(dropEmphasis('Conform het **Nationaal AI-Deltaplan** , werken we'))).toBe('Conform het Nationaal AI-Deltaplan, werken we');
    expect(normaliseSpaces(dropEmphasis('in dienst van het Rijk te nemen.** '))).toBe('in dienst van het Rijk te nemen.');
  });

  it('keeps shortening marks and insertions', () => {
    const s = 'door […] ambtenaren te scholen in […] het gebruik (…) [Digitale] toezichthouders (..)';
    expect(normaliseSpaces(s)).toBe(s);
  });

  it('strips the quotation marks around the whole passage only', () => {
    expect(stripOuterQuotes('"We maken verantwoorde inzet van data en AI mogelijk"')).toBe('We maken verantwoorde inzet van data en AI mogelijk');
    expect(stripOuterQuotes('‘Nederland wordt koploper. We zijn geen ‘pilotland’ maar ‘opschaalland’ zoals ai’')).toBe('Nederland wordt koploper. We zijn geen ‘pilotland’ maar ‘opschaalland’ zoals ai');
    expect(stripOuterQuotes('“AI-fabriek: in Noord-Nederland')).toBe('AI-fabriek: in Noord-Nederland');
    expect(stripOuterQuotes('"Daarvoor houden we de wet tegen het licht (de ‘Roemernorm’)')).toBe('Daarvoor houden we de wet tegen het licht (de ‘Roemernorm’)');
    expect(stripOuterQuotes('Geen aanhalingstekens, maar wel ‘hier’')).toBe('Geen aanhalingstekens, maar wel ‘hier’');
  });

  it('normalises whitespace without touching words', () => {
    expect(normaliseSpaces('  het  verduurzamen .  Ook 70% , het\u00a0plan ')).toBe('het verduurzamen. Ook 70%, het plan');
    expect(normaliseSpaces('€ 5 mln (…) zie')).toBe('€ 5 mln (…) zie');
  });
});
