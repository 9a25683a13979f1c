import { describe, expect, it } from 'vitest';
import { createDraftService } from '../../../src/core/service';
import { failOnRuleError } from '../../support/strict';
import { builtinCorpus, findingsOf, GOED_DICTUM, LEXICON, motie, OVERWEGING, ruleTable, vragen } from './helpers';

const RULE = 'akkoord-niet-geladen';
const KOP = 'Motie van het lid De Vries over de digitale overheid';
const CORPUS = { corpus: true } as const;
/** A motie proposed on `date` ("12 juli 2022"), with optional front matter. */
const voorgesteld = (date: string, frontmatter = '') =>
  `${frontmatter ? `---\n${frontmatter}\n---\n` : ''}${motie(`${OVERWEGING}\n\n${GOED_DICTUM}`, { kop: `${KOP}\n\nVoorgesteld ${date}` })}`;
const HLA = '‘Hoop, lef en trots’ (Schoof)';
const SILENT = 'dus geen citeersuggesties.';
/** How to add it: import its text as a corpus file with the calendar's id (it said only "as a corpus file"; a reviewer). */
const ADD = 'Voeg het toe: importeer de tekst met ‘Importeer een akkoord of programma’ (id ‘hla2024’) of met ‘akkoordwijzer corpus import --id hla2024 BESTAND’.';

/** Check an undated draft on a given day (the helpers check on the real day). */
function onDay(text: string, today: string) {
  const svc = createDraftService({ vagueTerms: LEXICON, corpus: builtinCorpus(), today: () => today, onRuleError: failOnRuleError });
  return svc.analyze({ uri: 'file:///werk/concept.md', version: 1, text }).findings.filter((f) => f.ruleId === RULE);
}

describe('akkoord-niet-geladen', () => {
  // Valid texts are checked with the built-in corpora below: without a calendar the rule says nothing at all.
  ruleTable(RULE, {
    valid: [],
    invalid: [
      {
        name: 'a 2025 motie: the hoofdlijnenakkoord was in force and is not loaded; one info on the title line, no fix',
        text: voorgesteld('3 oktober 2025'),
        options: CORPUS,
        expected: [{ text: KOP, severity: 'info' }],
        fixed: null,
      },
      {
        name: 'a 2010 motie: no agreement known',
        text: voorgesteld('3 oktober 2010'),
        options: CORPUS,
        expected: [{ text: KOP, severity: 'info' }],
        fixed: null,
      },
      {
        name: 'front matter `akkoord: hla2024` on a 2022 motie: the named agreement counts, and it is not loaded',
        text: voorgesteld('12 juli 2022', 'akkoord: hla2024'),
        options: CORPUS,
        expected: [{ text: KOP, severity: 'info' }],
        fixed: null,
      },
      {
        name: 'Kamervragen sent in 2025: on the header',
        text: vragen('1. Wat is X?', 'Vragen van het lid De Vries (D66) aan de minister van BZK over de cloud (ingezonden 3 maart 2025).'),
        options: CORPUS,
        expected: [{ text: 'Vragen van het lid De Vries (D66) aan de minister van BZK over de cloud (ingezonden 3 maart 2025).', severity: 'info' }],
        fixed: null,
      },
      {
        name: 'a motie without a kop: on the date',
        text: 'Voorgesteld 3 oktober 2025\n\nconstaterende dat X;\n\nverzoekt de regering Y te doen,\n',
        uri: 'file:///werk/concept.motie.md',
        options: CORPUS,
        expected: [{ text: 'Voorgesteld 3 oktober 2025', severity: 'info' }],
        fixed: null,
      },
      {
        name: 'a Markdown heading as kop: its words, without the #',
        text: motie(GOED_DICTUM, { kop: '# Motie van het lid De Vries\n\nVoorgesteld 3 oktober 2025' }),
        options: CORPUS,
        expected: [{ text: 'Motie van het lid De Vries', severity: 'info' }],
        fixed: null,
      },
    ],
  });

  it('a 2022 motie: the 2021 agreement is loaded, no notice', () => {
    expect(findingsOf(voorgesteld('12 juli 2022'), RULE, CORPUS)).toEqual([]);
  });

  it('a motie of 2026: the 2026 agreement is loaded, no notice', () => {
    expect(findingsOf(voorgesteld('3 februari 2026'), RULE, CORPUS)).toEqual([]);
  });

  it('front matter naming a loaded agreement wins over the one in force', () => {
    expect(findingsOf(voorgesteld('3 oktober 2025', 'akkoord: ca2021'), RULE, CORPUS)).toEqual([]);
  });

  it('without any calendar or corpus there is nothing to say', () => {
    expect(findingsOf(voorgesteld('3 oktober 2025'), RULE)).toEqual([]);
  });

  it('does not run on other documents', () => {
    expect(findingsOf('# Notities\n\nVoorgesteld 3 oktober 2025\n', RULE, CORPUS)).toEqual([]);
  });

  it('names the hoofdlijnenakkoord, the date and what to do', () => {
    const [f] = findingsOf(voorgesteld('3 oktober 2025'), RULE, CORPUS);
    expect(f!.message).toBe(`Op 3 oktober 2025 gold ${HLA}; dat is niet geladen, ${SILENT} ${ADD}`);
    expect(f!.data).toEqual({ agreement: 'hla2024', date: '2025-10-03' });
    expect(f!.fixes).toEqual([]);
    const [en] = findingsOf(voorgesteld('3 oktober 2025'), RULE, { ...CORPUS, taal: 'en' });
    expect(en!.message).toBe(
      'On 3 October 2025, ‘Hoop, lef en trots’ (Schoof) was in force; it is not loaded, so no citation suggestions. Add it: import its text with ‘Importeer een akkoord of programma’ (id ‘hla2024’) or with ‘akkoordwijzer corpus import --id hla2024 FILE’.',
    );
  });

  it('says when no agreement is known', () => {
    const [f] = findingsOf(voorgesteld('3 oktober 2010'), RULE, CORPUS);
    expect(f!.message).toBe(`Op 3 oktober 2010 gold geen akkoord dat Akkoordwijzer kent, ${SILENT}`);
    expect(f!.data).toEqual({ agreement: null, date: '2010-10-03' });
  });

  it('says that the draft names the agreement', () => {
    const [f] = findingsOf(voorgesteld('12 juli 2022', 'akkoord: hla2024'), RULE, CORPUS);
    expect(f!.message).toBe(`Dit concept noemt ${HLA}; dat is niet geladen, ${SILENT} ${ADD}`);
    expect(f!.data).toEqual({ agreement: 'hla2024', date: '2022-07-12' });
  });

  it('an undated draft is measured on the day it is checked', () => {
    const undated = motie(`${OVERWEGING}\n\n${GOED_DICTUM}`);
    const [f] = onDay(undated, '2025-03-01');
    expect(f!.message).toBe(`Vandaag (1 maart 2025) gold ${HLA}; dat is niet geladen, ${SILENT} ${ADD}`);
    expect(onDay(undated, '2026-03-01')).toEqual([]);
    expect(onDay(undated, '2022-07-12')).toEqual([]);
  });

  it('once per document, however many parts it has', () => {
    const text = voorgesteld('3 oktober 2025').replace(GOED_DICTUM, `${GOED_DICTUM}\n\nverzoekt de regering ook Z te doen,`);
    expect(findingsOf(text, RULE, CORPUS)).toHaveLength(1);
  });

  it('no citation suggestions when it reports (the agreement in force is not loaded)', () => {
    const text = voorgesteld('3 oktober 2025').replace(GOED_DICTUM, 'verzoekt de regering een Nederlandse Digitale Dienst met doorzettingsmacht op te richten,');
    expect(findingsOf(text, RULE, CORPUS)).toHaveLength(1);
    expect(findingsOf(text, 'citeer-toezegging', CORPUS)).toEqual([]);
  });
});
