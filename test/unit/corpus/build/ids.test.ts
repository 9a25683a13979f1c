import { describe, expect, it } from 'vitest';
import { asciiSlug, deriveIds, presentForms, weakId } from '../../../../src/core/corpus/build';
import { rules } from './ca2021Table';

describe('ids that say something', () => {
  it.each([
    ['vrij', true],
    ['defensie', true],
    ['media', true],
    ['committeren', true],
    ['hierboven-unhcr-verhogen', true],
    ['beste-leerling-boven', true],
    ['griffierechten-verlagen', false],
    ['defensie-10-7-miljard', false],
    ['twee-nieuwe-kerncentrales', false],
    ['eu-richtlijnen', false],
    ['keuring-toezicht-scheiden', false],
  ])('weakId(%s) = %s', (id, weak) => {
    expect(weakId(id, rules)).toBe(weak);
  });

  it('derive two content words or more, from the whole unit, never a pointer or a lone generic word', () => {
    const ids = deriveIds(
      [
        { lead: 'We trekken hier €800 miljoen per jaar structureel voor uit.', text: 'Om de onderwijskwaliteit in Nederland te verhogen, investeren we in goede en voldoende leraren en schoolleiders. We trekken hier €800 miljoen per jaar structureel voor uit.', heading: 'Investeren in goede leraren en schoolleiders', amount: '€800 miljoen' },
        { lead: 'In totaal investeren we €30 mln structureel in media.', text: 'In totaal investeren we €30 mln structureel in media.', heading: 'Media', amount: '€30 mln' },
        { lead: 'We borgen de positie van het slachtoffer.', text: 'We borgen de positie van het slachtoffer.', heading: 'Justitie en Veiligheid' },
        { lead: 'Het eigen risico maken we slimmer en betaalbaarder.', text: 'Het eigen risico maken we slimmer en betaalbaarder.', heading: 'Gezondheidszorg' },
      ],
      rules,
    );
    expect(ids).toEqual(['onderwijskwaliteit-leraren-schoolleiders', 'media-30-mln', 'slachtoffer-borgen', 'eigen-risico-slimmer-betaalbaarder']);
    for (const id of ids) expect(weakId(id, rules), id).toBe(false);
  });


  it('derives present-tense verb forms so they never become id words', () => {
    expect(presentForms('moderniseren')).toEqual(['modernisert', 'moderniseert']);
    expect(presentForms('verduurzamen')).toContain('verduurzaamt');
    expect(presentForms('werken')).toEqual(['werkt']);
    expect(presentForms('zetten')).toEqual(['zet']);
  });

  it('slugs ids in plain ASCII', () => {
    expect(asciiSlug('Curaçao’s geïnvesteerde €')).toBe('curacaos-geinvesteerde');
  });

  it('never gives a fixed or reserved id to another unit', () => {
    const src = { lead: 'We verlagen de griffierechten.', text: 'We verlagen de griffierechten.', heading: 'Kop' };
    const [first, second] = deriveIds([src, src], rules, [], new Set(['griffierechten-verlagen']));
    expect(first).not.toBe('griffierechten-verlagen');
    expect(second).not.toBe(first);
    expect(deriveIds([src], rules, ['vast-gegeven'])).toEqual(['vast-gegeven']);
  });
});
