import { describe, expect, it } from 'vitest';
import { corporaText, documentStatusText } from '../../../src/shared/documentStatusText';

/* The language status item's text: what the document counts as, and why, from the server's answer. */
describe('the language status text of a document', () => {
  it('names a motie and says it was recognised by its formulas, in both languages', () => {
    const text = documentStatusText({ kind: 'motie', reason: 'content', overBudget: false });
    expect(text.label).toEqual({ nl: 'Motie', en: 'Motie' });
    expect(text.detail).toEqual({ nl: 'herkend aan ‘De Kamer,’ en andere vaste formules', en: 'recognised by ‘De Kamer,’ and other fixed formulas' });
    expect(text.checked).toBe(true);
  });

  it('says which front-matter line or file name made the kind', () => {
    expect(documentStatusText({ kind: 'kamervragen', reason: 'frontmatter', overBudget: false }).detail.nl).toBe('front matter: soort: kamervragen');
    expect(documentStatusText({ kind: 'other', reason: 'frontmatter', overBudget: false }).detail.nl).toBe('front matter: soort: overig');
    expect(documentStatusText({ kind: 'motie', reason: 'filename', overBudget: false }).detail).toEqual({ nl: 'bestandsnaam *.motie.md', en: 'file name *.motie.md' });
    expect(documentStatusText({ kind: 'kamervragen', reason: 'content', overBudget: false }).detail.nl).toContain('Vragen van het lid');
  });

  it('says a document that is no draft is not checked, and what would make it one', () => {
    const text = documentStatusText({ kind: 'other', reason: 'none', overBudget: false });
    expect(text.label).toEqual({ nl: 'Geen concept — niet gecontroleerd', en: 'No draft — not checked' });
    expect(text.detail.nl).toBe('geen ‘soort:’ in de front matter, geen bestandsnaam *.motie.md of *.vragen.md en geen vaste formules');
    expect(text.checked).toBe(false);
  });

  it('says a document over its work budget is not checked, or a draft checked in part', () => {
    const text = documentStatusText({ kind: 'other', reason: 'none', overBudget: true });
    expect(text.label.nl).toBe('Niet gecontroleerd — te groot');
    expect(text.detail.nl).toContain('werkbudget');
    expect(text.checked).toBe(false);
    const motie = documentStatusText({ kind: 'motie', reason: 'content', overBudget: true });
    expect(motie.label).toEqual({ nl: 'Motie — deels gecontroleerd (werkbudget)', en: 'Motie — partly checked (work budget)' });
    expect(motie.detail.nl).toBe('boven het werkbudget: alleen op woordgebruik gecontroleerd (akkoordwijzer.werkbudget)');
    expect(motie.checked).toBe(true);
  });

  it('says which agreement a draft is measured against, on which day, and when it is not loaded (a staffer\'s trial: only the loaded corpora were listed)', () => {
    const dated = documentStatusText({ kind: 'motie', reason: 'content', overBudget: false, agreement: { id: 'ca2026', title: 'Aan de slag', loaded: true, date: '2026-03-03', dated: true } });
    expect(dated.detail).toEqual({
      nl: 'herkend aan ‘De Kamer,’ en andere vaste formules; getoetst aan ‘Aan de slag’ (ca2026), op 3 maart 2026',
      en: 'recognised by ‘De Kamer,’ and other fixed formulas; checked against ‘Aan de slag’ (ca2026), on 3 March 2026',
    });
    const today = documentStatusText({ kind: 'kamervragen', reason: 'filename', overBudget: false, agreement: { id: 'hla2024', title: 'Hoop, lef en trots', loaded: false, date: '2025-10-02', dated: false } });
    expect(today.detail.nl).toBe('bestandsnaam *.vragen.md; getoetst aan ‘Hoop, lef en trots’ (hla2024), op 2 oktober 2025 (vandaag), niet geladen: geen citeersuggesties');
  });

  it('lists the corpora in use with their commitments, or that none is loaded', () => {
    expect(corporaText({ corpora: ['ca2026', 'ca2021'], commitments: 808 })).toEqual({ nl: 'ca2026, ca2021 (808 toezeggingen)', en: 'ca2026, ca2021 (808 commitments)' });
    expect(corporaText({ corpora: [], commitments: 0 }).nl).toBe('geen corpus geladen');
  });
});
