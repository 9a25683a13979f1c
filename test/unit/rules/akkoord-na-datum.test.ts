import { describe, expect, it } from 'vitest';
import { check } from './helpers';

const vragen = (date: string, body: string) => `Vragen van het lid Van Baarle (DENK) aan de minister van Defensie over personeel (ingezonden ${date}).\n\n${body}\n`;
const found = (text: string, taal?: 'en') => check(text, { corpus: true, ...(taal ? { taal } : {}) }).findings.filter((f) => f.ruleId === 'akkoord-na-datum');

describe('akkoord-na-datum', () => {
  it('a key of an agreement presented after the document\'s date, once per agreement (a staffer\'s trial: Kamervragen of 2023 cited ca2026 without a word)', () => {
    const text = vragen('22 juni 2023', '1. Hoe verhoudt dit zich tot [@ca2026:krijgsmacht-122000-mensen]?\n\n2. En tot [@ca2026:nederlandse-digitale-dienst]?');
    const f = found(text);
    expect(f.map((x) => [x.text, x.severity])).toEqual([['@ca2026:krijgsmacht-122000-mensen', 'warning']]);
    expect(f[0]!.message).toBe('Dit concept is van 22 juni 2023; het coalitieakkoord ‘Aan de slag’ (2026) werd pas op 30 januari 2026 gepresenteerd. Klopt de datum van het concept, of de sleutel?');
    expect(found(text, 'en')[0]!.message).toMatch(/^This draft is of 22 June 2023; .* was only presented on 30 January 2026\. Is the draft’s date right, or the key\?$/);
  });

  it('an older agreement may be cited, an undated document is today\'s, and a key of no agreement in the calendar is not this rule\'s', () => {
    expect(found(vragen('3 maart 2026', '1. Hoe verhoudt dit zich tot [@ca2021:algoritmeregister] en [@ca2026:krijgsmacht-122000-mensen]?'))).toEqual([]);
    expect(found('Vragen van het lid X (D66) aan de minister van Defensie over personeel.\n\n1. Hoe verhoudt dit zich tot [@ca2026:krijgsmacht-122000-mensen]?\n')).toEqual([]);
    expect(found(vragen('22 juni 2023', '1. Klopt [@smith:2020]?'))).toEqual([]);
  });
});
