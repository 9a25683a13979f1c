import { describe, expect, it } from 'vitest';
import { createDraftService } from '../../../src/core/service';

const OB = 'https://zoek.officielebekendmakingen.nl/';

function links(text: string, taal: 'nl' | 'en' = 'nl') {
  const svc = createDraftService({ vagueTerms: [], settings: { taal, severities: {} } });
  return svc.documentLinks({ uri: 'file:///werk/vragen.md', version: 1, text }).map((l) => ({ text: text.slice(l.start, l.end), target: l.target, tooltip: l.tooltip }));
}

describe('documentLinks', () => {
  it('links every reference with a public source, and a document or zaak number to the Kamer’s page', () => {
    const text = [
      'Vragen van het lid De Vries (D66) aan de minister van Justitie en Veiligheid over ransomware (ingezonden 1 maart 2026).',
      '',
      '1. Kent u de brief (Kamerstuk 26 643, nr. 1465) en het debat (Handelingen II 2025/26, nr. 45, item 12)?',
      '2. Wat is de stand van zaak 2026Z03112 en document 2026D06788, en van kst-36600-VII-1?',
      '3. Herinnert u zich de antwoorden (Aanhangsel Handelingen II 2024/25, nr. 1234)?',
    ].join('\n');
    expect(links(text)).toEqual([
      { text: 'Kamerstuk 26 643, nr. 1465', target: `${OB}kst-26643-1465.html`, tooltip: 'Kamerstuk openen op officielebekendmakingen.nl' },
      { text: 'Handelingen II 2025/26, nr. 45, item 12', target: `${OB}h-tk-20252026-45-12.html`, tooltip: 'Handelingen openen op officielebekendmakingen.nl' },
      { text: '2026Z03112', target: 'https://www.tweedekamer.nl/kamerstukken/detail?id=2026Z03112', tooltip: 'Zaak openen op tweedekamer.nl' },
      { text: '2026D06788', target: 'https://www.tweedekamer.nl/kamerstukken/detail?id=2026D06788&did=2026D06788', tooltip: 'Document openen op tweedekamer.nl' },
      { text: 'kst-36600-VII-1', target: `${OB}kst-36600-VII-1.html`, tooltip: 'Kamerstuk openen op officielebekendmakingen.nl' },
      { text: 'Aanhangsel Handelingen II 2024/25, nr. 1234', target: `${OB}ah-tk-20242025-1234.html`, tooltip: 'Aanhangsel van de Handelingen openen op officielebekendmakingen.nl' },
    ]);
  });

  it('links a malformed but complete reference to the same source, and nothing in comments or code', () => {
    expect(links('Zie Kamerstuk 26643 nr 1465. <!-- Kamerstuk 1 --> `kst-26643-1466` <!-- 2026Z03113 -->')).toEqual([
      { text: 'Kamerstuk 26643 nr 1465', target: `${OB}kst-26643-1465.html`, tooltip: 'Kamerstuk openen op officielebekendmakingen.nl' },
    ]);
  });

  it('gives no link where the reference cannot be found, and speaks English when asked', () => {
    expect(links('Zie Handelingen II, nr. 45, item 12 en Kamerstuk 35 405.')).toEqual([]);
    expect(links('Zie 2026Z03112.', 'en')[0]!.tooltip).toBe('Open the zaak on tweedekamer.nl');
  });

  it('links a reference in a quotation too (its form is not judged there: someone else’s words)', () => {
    const text = 'Vragen van het lid De Vries (D66) aan de minister van Financiën.\n\n1. Kent u de brief, die “verwijst naar Kamerstuk 26643 nr 1465”?\n';
    expect(links(text).map((l) => l.text)).toEqual(['Kamerstuk 26643 nr 1465']);
  });

  it('gives after every keystroke the links a fresh look at the same text gives', () => {
    const svc = createDraftService({ vagueTerms: [], settings: { taal: 'nl', severities: {} } });
    const uri = 'file:///werk/vragen.md';
    let text = [
      'Vragen van het lid De Vries (D66) aan de minister van Justitie en Veiligheid (ingezonden 1 maart 2026).',
      '',
      '1. Kent u de brief (Kamerstuk 26 643, nr. 1465) en “het debat (Handelingen II 2025/26, nr. 45, item 12)”?',
      '2. Wat is de stand van zaak 2026Z03112?',
    ].join('\n');
    // Typing inside a reference, next to one, and a quotation mark that opens and closes a quotation around one.
    const edits: [string, string][] = [['nr. 1465', '0'], ['2026Z03112', ' en 2026D06788'], ['Kent u', ' “'], ['(Kamerstuk', '” '], ['item 12', '3']];
    let version = 1;
    svc.documentLinks({ uri, version, text });
    for (const [after, typed] of edits) {
      const end = text.indexOf(after) + after.length;
      for (const [i, ch] of [...typed].entries()) {
        text = text.slice(0, end + i) + ch + text.slice(end + i);
        const got = svc.documentLinks({ uri, version: ++version, text });
        expect(got, text).toEqual(createDraftService({ vagueTerms: [], settings: { taal: 'nl', severities: {} } }).documentLinks({ uri, version: 1, text }));
      }
    }
    expect(svc.documentLinks({ uri, version, text }).map((l) => text.slice(l.start, l.end))).toContain('2026D06788');
  });
});
