import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createDraftService, type AnswerTermSettings } from '../../../src/core/service';

const HEADER = 'Vragen van het lid Jansen (D66) aan de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties over de cloudstrategie';

function term(text: string, today: string, options: { taal?: 'nl' | 'en'; answerTerm?: AnswerTermSettings } = {}) {
  const svc = createDraftService({ vagueTerms: [], today: () => today, settings: { taal: options.taal ?? 'nl', ...(options.answerTerm ? { answerTerm: options.answerTerm } : {}) } });
  return svc.answerTerm({ uri: 'file:///werk/vragen.md', version: 1, text });
}

const vragen = (header: string, frontmatter = '') => `${frontmatter}${header}\n\n1. Wanneer ontvangt de Kamer de cloudstrategie?\n\n2. Welk tijdpad hanteert u?\n`;

describe('answerTerm', () => {
  it('is due 21 days after "ingezonden", counting down to the day itself', () => {
    const t = term(vragen(`${HEADER} (ingezonden 1 juli 2026).`), '2026-07-10');
    expect(t).toMatchObject({ ingezonden: '2026-07-01', due: '2026-07-22', daysLeft: 12, overdue: false });
    expect(t!.uitstel).toBeUndefined();
    expect(t!.title).toBe('Antwoord uiterlijk 22 juli 2026 (nog 12 dagen; 21 dagen na inzending op 1 juli 2026)');
    expect(term(vragen(`${HEADER} (ingezonden 1 juli 2026).`), '2026-07-22')!.title).toContain('(vandaag;');
  });

  it('is overdue ("verlopen") the day after the due date, in Dutch and English', () => {
    const t = term(vragen(`${HEADER} (ingezonden 1 juli 2026).`), '2026-07-23');
    expect(t).toMatchObject({ due: '2026-07-22', daysLeft: -1, overdue: true });
    expect(t!.title).toBe('Antwoordtermijn verlopen op 22 juli 2026 (1 dag geleden; 21 dagen na inzending op 1 juli 2026)');
    expect(term(vragen(`${HEADER} (ingezonden 1 juli 2026).`), '2026-08-01', { taal: 'en' })!.title).toBe(
      'Answer overdue since 22 July 2026 (10 days ago; 21 days after submission on 1 July 2026)',
    );
  });

  it('counts across a year end', () => {
    expect(term(vragen(`${HEADER} (ingezonden 19 december 2025).`), '2025-12-20')).toMatchObject({ due: '2026-01-09', daysLeft: 20, overdue: false });
    expect(term(vragen(`${HEADER} (ingezonden 19 december 2025).`, '---\nuitstel: 2026-01-08\n---\n'), '2026-01-10')).toMatchObject({ due: '2026-01-30', overdue: false });
  });

  it('gives 42 days after an uitstelbericht noted in front matter', () => {
    const t = term(vragen(`${HEADER} (ingezonden 1 juli 2026).`, '---\nsoort: kamervragen\nuitstel: 20 juli 2026\n---\n'), '2026-07-25');
    expect(t).toMatchObject({ due: '2026-08-12', overdue: false, uitstel: { iso: '2026-07-20', source: 'frontmatter' } });
    expect(t!.title).toBe('Antwoord uiterlijk 12 augustus 2026 (nog 18 dagen; 42 dagen na inzending op 1 juli 2026, met uitstel)');
  });

  it('reads the published "Mededeling … (ontvangen …)" of a real uitstelbericht', () => {
    const text = readFileSync('test/fixtures/vragen/real-2025D30461-techgiganten.vragen.md', 'utf8');
    const t = term(text, '2025-07-01');
    expect(t).toMatchObject({ ingezonden: '2025-05-23', due: '2025-07-04', overdue: false, uitstel: { iso: '2025-06-27', source: 'mededeling' } });
    // The lens sits over the header, where "(ingezonden …)" is written.
    expect(text.slice(t!.span.start, t!.span.end)).toContain('(ingezonden 23 mei 2025)');
    expect(term(text, '2025-07-05')!.overdue).toBe(true);
  });

  it('takes "(ontvangen …)" only after a Mededeling line', () => {
    const header = `${HEADER} (ingezonden 1 juli 2026).\nBrief van de minister (ontvangen 3 juli 2026).`;
    expect(term(vragen(header), '2026-07-10')).toMatchObject({ due: '2026-07-22' });
    const mededeling = `${HEADER} (ingezonden 1 juli 2026).\n\nMededeling van minister Van Dam (Justitie en Veiligheid) (ontvangen 21 juli 2026).`;
    expect(term(vragen(mededeling), '2026-07-10')).toMatchObject({ due: '2026-08-12', uitstel: { iso: '2026-07-21', source: 'mededeling' } });
    const broken = `${HEADER} (ingezonden 1 juli 2026).\n\nMededeling van minister Van Dam (Justitie en Veiligheid)\n\n(ontvangen 21 juli 2026).`;
    expect(term(vragen(broken), '2026-07-10')).toMatchObject({ due: '2026-08-12', uitstel: { source: 'mededeling' } });
    const far = `Mededeling van minister Van Dam\n\nIets anders.\n\n${HEADER} (ingezonden 1 juli 2026).\n(ontvangen 21 juli 2026).`;
    expect(term(vragen(far), '2026-07-10')!.uitstel).toBeUndefined();
  });

  it('reads a two-digit year ("\'26") in `uitstel:` and in "(ontvangen …)" as the header\'s "(ingezonden 1 juli \'26)" is read', () => {
    const expected = { ingezonden: '2026-07-01', due: '2026-08-12', uitstel: { iso: '2026-07-20' } };
    expect(term(vragen(`${HEADER} (ingezonden 1 juli '26).`, "---\nuitstel: 20 juli '26\n---\n"), '2026-07-25')).toMatchObject(expected);
    const mededeling = `${HEADER} (ingezonden 1 juli '26).\n\nMededeling van minister Van Dam (Justitie en Veiligheid) (ontvangen 20 juli '26).`;
    expect(term(vragen(mededeling), '2026-07-25')).toMatchObject(expected);
  });

  it('takes both terms from the settings', () => {
    const text = vragen(`${HEADER} (ingezonden 1 juli 2026).`);
    expect(term(text, '2026-07-02', { answerTerm: { days: 14, daysWithUitstel: 28 } })!.due).toBe('2026-07-15');
    expect(term(vragen(`${HEADER} (ingezonden 1 juli 2026).`, '---\nuitstel: 2026-07-10\n---\n'), '2026-07-02', { answerTerm: { days: 14, daysWithUitstel: 28 } })!.due).toBe('2026-07-29');
  });

  it('gives nothing for undated questions, answered questions, a motie, or a date that is not "ingezonden"', () => {
    expect(term(vragen(HEADER + '.'), '2026-07-10')).toBeUndefined();
    expect(term(vragen(HEADER + '.', '---\nsoort: kamervragen\ndatum: 2026-07-01\n---\n'), '2026-07-10')).toBeUndefined();
    expect(term(`${HEADER} (ingezonden 1 juli 2026).\n\nVraag 1\nWanneer?\n\nAntwoord 1\nVoor de zomer.\n`, '2026-07-10')).toBeUndefined();
    const motie = 'Motie van het lid Jansen over de cloud\n\nVoorgesteld 1 juli 2026\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering de cloudstrategie te sturen,\n\nen gaat over tot de orde van de dag.\n';
    expect(term(motie, '2026-07-10')).toBeUndefined();
  });
});
