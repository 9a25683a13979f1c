import { describe, expect, it } from 'vitest';
import { foldedWords, foldWord } from '../../../src/core/text/normalize';
import { tokenize } from '../../../src/core/text/tokenize';
import { passages2026, units2021 } from '../../data/retrieval/load';

const surfaces = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize: offsets', () => {
  const texts = [
    ...passages2026().map((p) => p.text),
    ...units2021().slice(0, 120).map((u) => u.text),
    'De Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat de WannaCry-ransomware-aanval (semi-)publieke instellingen trof;',
    'Bent u bekend met het bericht «Overheidsorganisaties blijven in de Amerikaanse cloud»1? Zo ja, kunt u dit toelichten?',
    'Emoji 😀 en 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 buiten het BMP: 𝑨𝑰-fabriek, ĳzer, IJsselmeer, naïef, coördinatie.',
  ];
  it('the slice at every token offset is the token surface, tokens are ordered and disjoint', () => {
    let count = 0;
    for (const text of texts) {
      let prevEnd = 0;
      for (const t of tokenize(text)) {
        expect(text.slice(t.start, t.end)).toBe(t.text);
        expect(t.start).toBeGreaterThanOrEqual(prevEnd);
        expect(t.end).toBeGreaterThan(t.start);
        prevEnd = t.end;
        count++;
      }
    }
    expect(count).toBeGreaterThan(3000);
  });

  it('never throws and returns nothing for text without words', () => {
    for (const s of ['', '   ', '…', '(…) [..] – — !?', '\uD800 \uDFFF', '-', '--', '- -', "'", '’s']) {
      expect(() => tokenize(s)).not.toThrow();
    }
    expect(tokenize('')).toEqual([]);
    expect(tokenize('(…) – !?')).toEqual([]);
  });
});

describe('tokenize: Dutch word shapes', () => {
  it.each([
    ['IT-projecten van de overheid', ['IT-projecten', 'van', 'de', 'overheid']],
    ['een AI-fabriek in Noord-Nederland', ['een', 'AI-fabriek', 'in', 'Noord-Nederland']],
    ['gestuurd op security-by-design, zero-trust', ['gestuurd', 'op', 'security-by-design', 'zero-trust']],
    ['digitale (AI-)infrastructuur belemmeren', ['digitale', '(AI-)infrastructuur', 'belemmeren']],
    ['meer Europese mkb’ers kunnen meedoen', ['meer', 'Europese', 'mkb’ers', 'kunnen', 'meedoen']],
    ["risico's en auto’s", ["risico's", 'en', 'auto’s']],
    ['de ‘Roemernorm’ en “pilotland”', ['de', 'Roemernorm', 'en', 'pilotland']],
    ['o.a. de Wiv en NIS2, d.w.z. de Cbw.', ['o.a.', 'de', 'Wiv', 'en', 'NIS2', 'd.w.z.', 'de', 'Cbw']],
    ['van de huidige 15,4% naar 10%', ['van', 'de', 'huidige', '15,4%', 'naar', '10%']],
    ['IT-projecten (> €5 mln.) en 122.000 mensen', ['IT-projecten', '€5', 'mln', 'en', '122.000', 'mensen']],
    ['zorgverleners – en waar passend', ['zorgverleners', 'en', 'waar', 'passend']],
    ['- een opsomming', ['een', 'opsomming']],
  ])('%s', (text, expected) => {
    expect(surfaces(text)).toEqual(expected);
  });

  it('marks the elliptic hyphen on both sides', () => {
    const a = tokenize('meer wijkagenten, cyber- en zedenrechercheurs');
    expect(a.map((t) => [t.text, t.ellipsis ?? null])).toEqual([
      ['meer', null],
      ['wijkagenten', null],
      ['cyber-', 'right'],
      ['en', null],
      ['zedenrechercheurs', null],
    ]);
    const b = tokenize('versterken AI-adoptie en -geletterdheid in Nederland');
    expect(b[3]).toMatchObject({ text: '-geletterdheid', ellipsis: 'left' });
    const c = tokenize('inlichtingen-, veiligheids- en opsporingsdiensten');
    expect(c.filter((t) => t.ellipsis === 'right').map((t) => t.text)).toEqual(['inlichtingen-', 'veiligheids-']);
    // A hyphen that is not elliptic stays out of the token.
    expect(surfaces('Europees- autonome datacentra')).toEqual(['Europees', 'autonome', 'datacentra']);
  });

  it('folds case, diacritics, the ĳ ligature and apostrophes for matching, keeping offsets', () => {
    const t = tokenize('Geïnspireerd, gecoördineerde ĲSSELMEER mkb’ers');
    expect(t.map((x) => x.norm)).toEqual(['geinspireerd', 'gecoordineerde', 'ijsselmeer', "mkb'ers"]);
    expect(t[2]!.text).toBe('ĲSSELMEER');
    expect(foldWord('ĳs')).toBe(foldWord('ijs'));
    expect(foldWord('ĳs', 'typography')).toBe('ijs');
    expect(foldWord('mkb’ers', 'typography')).toBe("mkb'ers");
    // Diacritics are a spelling difference for quotes, not typography.
    expect(foldWord('geïnspireerd', 'typography')).not.toBe(foldWord('geinspireerd', 'typography'));
  });

  it('canonicalises Dutch numbers and flags capitals', () => {
    const t = tokenize('122.000 mensen, 15,4% en €5 bij het OM en de AIVD');
    expect(t.filter((x) => x.kind === 'number').map((x) => x.norm)).toEqual(['122000', '15,4%', '5']);
    expect(t.filter((x) => x.caps).map((x) => x.text)).toEqual(['OM', 'AIVD']);
    expect(tokenize('o.a.')[0]).toMatchObject({ kind: 'abbreviation', norm: 'oa' });
  });

  it('marks clause breaks between tokens', () => {
    const t = tokenize('We richten een dienst op: compact, deskundig');
    expect(t.map((x) => x.breakBefore)).toEqual([false, false, false, false, false, true, true]);
  });
});

describe('folded words for prefix lookup', () => {
  it('are the runs of letters and digits of the folded text', () => {
    expect(foldedWords('IT-specialisten, coördinatie en NIS2')).toEqual(['it', 'specialisten', 'coordinatie', 'en', 'nis2']);
    expect(foldedWords('ca2026:nederlandse-digitale-dienst')).toEqual(['ca2026', 'nederlandse', 'digitale', 'dienst']);
    expect(foldedWords(' — ')).toEqual([]);
  });
});
