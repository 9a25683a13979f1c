import { describe, expect, it } from 'vitest';
import { findingsOf, ruleTable, vragen } from './helpers';

const Q = '1. Wat is X?\n\n2. Wat is Y?';

describe('vragen-kop', () => {
  ruleTable('vragen-kop', {
    valid: [
      { name: 'the fixed form', text: vragen(Q) },
      { name: 'no addressee at all is vragen-adressaat\'s', text: vragen(Q, 'Vragen van het lid Kathmann (GL-PvdA) over de cloud (ingezonden 23 mei 2025).') },
      {
        name: 'portfolios take "voor": "minister voor Klimaat en Energie", "voor Buitenlandse Handel", "voor Volkshuisvesting"',
        text: vragen(Q, 'Vragen van de leden Kröger (GL-PvdA) en Bontenbal (CDA) aan de minister voor Klimaat en Energie, de minister voor Buitenlandse Handel en Ontwikkelingssamenwerking en de minister voor Volkshuisvesting en Ruimtelijke Ordening over de warmtewet (ingezonden 3 maart 2023).'),
      },
      { name: '2025–2026: the minister van and the minister voor Asiel en Migratie both existed', text: vragen(Q, 'Vragen van het lid A (D66) aan de minister voor Asiel en Migratie en de minister van Asiel en Migratie over X (ingezonden 1 december 2025).') },
      { name: 'official names, also over a line break and with a portfolio in brackets', text: vragen(Q, 'Vragen van het lid A (D66) aan de minister van Landbouw, Natuur en Voedselkwaliteit, de staatssecretaris van Volksgezondheid, Welzijn en\nSport en de minister voor Klimaat en Energie over X (ingezonden 1 maart 2023).') },
      // A reviewer's cases.
      { name: 'markup around the name: bold, a link', text: vragen(Q, '**Vragen van het lid A (D66) aan de minister van Financiën**') + vragen(Q, 'Vragen van het lid A (D66) aan de minister van [Financiën](https://www.rijksoverheid.nl) over X (ingezonden 1 maart 2023).') },
      { name: 'a comma that closes an apposition: "minister-president, minister van Algemene Zaken, en de minister van Financiën"', text: vragen(Q, 'Vragen van het lid A (D66) aan de minister-president, minister van Algemene Zaken, en de minister van Financiën, over X (ingezonden 1 maart 2023).') },
      { name: 'a decomposed ë (pasted)', text: vragen(Q, 'Vragen van het lid A (D66) aan de minister van Financie\u0308n over X (ingezonden 1 maart 2023).') },
      { name: 'a portfolio the rule does not know is left alone', text: vragen(Q, 'Vragen van het lid A (D66) aan de staatssecretaris van Financiën – Fiscaliteit en Belastingdienst over X (ingezonden 1 maart 2023).') },
      { name: 'a header in capitals: a code is not told from the capitals', text: vragen(Q, 'VRAGEN VAN HET LID A (D66) AAN DE MINISTER VAN VWS OVER X (INGEZONDEN 1 MAART 2025).') },
      {
        name: 'two ministers in one title, each ministry in full: "de ministers van … en van …"',
        text: vragen(Q, 'Vragen van het lid A (D66) aan de ministers van Volksgezondheid, Welzijn en Sport en van Defensie en de staatssecretarissen van Financiën, van Justitie en Veiligheid en van Infrastructuur en Waterstaat over X (ingezonden 1 maart 2025).'),
      },
      { name: 'the minister-president', text: vragen(Q, 'Vragen van het lid Omtzigt (NSC) aan de minister-president over de formatie (ingezonden 1 maart 2024).') },
    ],
    invalid: [
      {
        name: 'a ministry by its code ("de minister van VWS", "I&W", a ministry since renamed): the Kamer writes the name in full (a staffer\'s trial: it passed)',
        text: vragen(Q, 'Vragen van het lid Jansen (D66) aan de minister van VWS, de staatssecretaris van I&W en de minister van LNV over de zorg (ingezonden 3 maart 2023).'),
        expected: [
          { text: 'VWS', severity: 'warning' },
          { text: 'I&W', severity: 'warning' },
          { text: 'LNV', severity: 'warning' },
        ],
        fixed: vragen(Q, 'Vragen van het lid Jansen (D66) aan de minister van Volksgezondheid, Welzijn en Sport, de staatssecretaris van Infrastructuur en Waterstaat en de minister van Landbouw, Natuur en Voedselkwaliteit over de zorg (ingezonden 3 maart 2023).'),
      },
      {
        name: 'a code in a title for two ("de ministers van VWS en van Defensie", a staffer\'s trial: it passed)',
        text: vragen(Q, 'Vragen van het lid Jansen (D66) aan de ministers van VWS en van Defensie en de staatssecretarissen van Financiën, van OCW en van I&W over de zorg (ingezonden 3 maart 2025).'),
        expected: [
          { text: 'VWS', severity: 'warning' },
          { text: 'OCW', severity: 'warning' },
          { text: 'I&W', severity: 'warning' },
        ],
        fixed: vragen(Q, 'Vragen van het lid Jansen (D66) aan de ministers van Volksgezondheid, Welzijn en Sport en van Defensie en de staatssecretarissen van Financiën, van Onderwijs, Cultuur en Wetenschap en van Infrastructuur en Waterstaat over de zorg (ingezonden 3 maart 2025).'),
      },
      {
        name: 'a day that does not exist in "(ingezonden …)" (a staffer\'s trial: it passed, and the draft was taken for undated)',
        text: vragen(Q, 'Vragen van het lid Jansen (D66) aan de minister van Financiën over de top (ingezonden 31 februari 2026).'),
        expected: [{ text: '31 februari 2026', severity: 'warning' }],
        fixed: null,
      },
      {
        name: 'a two-digit year in "(ingezonden …)" is written in full; near the day of checking the century is certain, so is the fix (a staffer\'s trial: it was "geen bestaande datum")',
        text: vragen(Q, "Vragen van het lid Jansen (D66) aan de minister van Financiën over de top (ingezonden 3 maart '26)."),
        expected: [{ text: "'26", severity: 'warning' }],
        fixed: vragen(Q, 'Vragen van het lid Jansen (D66) aan de minister van Financiën over de top (ingezonden 3 maart 2026).'),
        options: { today: '2026-12-07' },
      },
      {
        name: 'a two-digit year far from the day of checking: written in full, no fix (the century is a guess)',
        text: vragen(Q, "Vragen van het lid Jansen (D66) aan de minister van Financiën over de top (ingezonden 3 maart '99)."),
        expected: [{ text: "'99", severity: 'warning' }],
        fixed: null,
        options: { today: '2026-12-07' },
      },
      {
        name: 'a date in figures is written out as the Kamer writes it',
        text: vragen(Q, 'Vragen van het lid Jansen (D66) aan de minister van Financiën over de top (ingezonden 3-3-2026).'),
        expected: [{ text: '3-3-2026', severity: 'warning' }],
        fixed: vragen(Q, 'Vragen van het lid Jansen (D66) aan de minister van Financiën over de top (ingezonden 3 maart 2026).'),
      },
      {
        name: 'real (kv-2022Z18103): "aan de Staatssecretaris voor Justitie en Veiligheid"',
        text: vragen(Q, 'Vragen van het lid Bikker (ChristenUnie) aan de Staatssecretaris voor Justitie en Veiligheid over het buiten slapen in Ter Apel (ingezonden 25 augustus 2022).'),
        expected: [{ text: 'Staatssecretaris voor', severity: 'warning' }],
        fixed: vragen(Q, 'Vragen van het lid Bikker (ChristenUnie) aan de Staatssecretaris van Justitie en Veiligheid over het buiten slapen in Ter Apel (ingezonden 25 augustus 2022).'),
      },
      {
        name: 'real (kv-2023Z14613): "aan de Staatssecretaris Justitie en Veiligheid"; real (kv-2022Z10871): "Vragen van lid Hagen"',
        text: vragen(Q, 'Vragen van lid Hagen (D66) aan de Staatssecretaris Justitie en Veiligheid en de minister van Financiën over de koppeling (ingezonden 3 augustus 2023).'),
        expected: [{ text: 'Vragen van lid', severity: 'warning' }, { text: 'Staatssecretaris', severity: 'warning' }],
        fixed: vragen(Q, 'Vragen van het lid Hagen (D66) aan de Staatssecretaris van Justitie en Veiligheid en de minister van Financiën over de koppeling (ingezonden 3 augustus 2023).'),
      },
      {
        name: 'two members: "van de leden"; a header in capitals keeps its capitals',
        text: vragen(Q, 'VRAGEN VAN LID A (D66) EN B (VVD) AAN DE STAATSSECRETARIS VOOR JUSTITIE EN VEILIGHEID OVER X (INGEZONDEN 1 MAART 2025).'),
        expected: [{ text: 'VRAGEN VAN LID', severity: 'warning' }, { text: 'STAATSSECRETARIS VOOR', severity: 'warning' }],
        fixed: vragen(Q, 'VRAGEN VAN DE LEDEN A (D66) EN B (VVD) AAN DE STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID OVER X (INGEZONDEN 1 MAART 2025).'),
      },
      {
        name: 'real: "Landbouw Natuur en Voedselkwaliteit" (comma), "Economishe Zaken en Klimaat" (typo), "Klimaat en energie" (capital)',
        text: vragen(Q, 'Vragen van het lid A (D66) aan de Minister van Landbouw Natuur en Voedselkwaliteit, de minister van Economishe Zaken en Klimaat en de Minister voor Klimaat en energie over X (ingezonden 1 maart 2023).'),
        expected: [
          { text: 'Landbouw Natuur en Voedselkwaliteit', severity: 'warning' },
          { text: 'Economishe Zaken en Klimaat', severity: 'warning' },
          { text: 'Klimaat en energie', severity: 'warning' },
        ],
        fixed: vragen(Q, 'Vragen van het lid A (D66) aan de Minister van Landbouw, Natuur en Voedselkwaliteit, de minister van Economische Zaken en Klimaat en de Minister voor Klimaat en Energie over X (ingezonden 1 maart 2023).'),
      },
      {
        name: 'a comma in the party\'s brackets is no second member',
        text: vragen(Q, 'Vragen van lid Hagen (GroenLinks, PvdA) aan de minister van Financiën over X (ingezonden 3 maart 2023).'),
        expected: [{ text: 'Vragen van lid', severity: 'warning' }],
        fixed: vragen(Q, 'Vragen van het lid Hagen (GroenLinks, PvdA) aan de minister van Financiën over X (ingezonden 3 maart 2023).'),
      },
      {
        name: '"Vragen van leden"',
        text: vragen(Q, 'Vragen van leden Kröger (GL-PvdA) en Bontenbal (CDA) aan de minister van Financiën over X (ingezonden 3 maart 2023).'),
        expected: [{ text: 'Vragen van leden', severity: 'warning' }],
        fixed: vragen(Q, 'Vragen van de leden Kröger (GL-PvdA) en Bontenbal (CDA) aan de minister van Financiën over X (ingezonden 3 maart 2023).'),
      },
      {
        name: 'a staffer\'s trial: "het lid" before two members',
        text: vragen(Q, 'Vragen van het lid Kathmann (GroenLinks-PvdA) en Six Dijkstra (NSC) aan de minister van Defensie over cloud (ingezonden 3 maart 2026).'),
        expected: [{ text: 'Vragen van het lid', severity: 'warning' }],
        fixed: vragen(Q, 'Vragen van de leden Kathmann (GroenLinks-PvdA) en Six Dijkstra (NSC) aan de minister van Defensie over cloud (ingezonden 3 maart 2026).'),
      },
      {
        name: 'a staffer\'s trial: "de leden" before one member, in capitals',
        text: vragen(Q, 'VRAGEN VAN DE LEDEN KATHMANN (GROENLINKS-PVDA) AAN DE MINISTER VAN DEFENSIE OVER CLOUD (INGEZONDEN 3 MAART 2026).'),
        expected: [{ text: 'VRAGEN VAN DE LEDEN', severity: 'warning' }],
        fixed: vragen(Q, 'VRAGEN VAN HET LID KATHMANN (GROENLINKS-PVDA) AAN DE MINISTER VAN DEFENSIE OVER CLOUD (INGEZONDEN 3 MAART 2026).'),
      },
      {
        name: 'a department after "minister voor", over a line break',
        text: vragen(Q, 'Vragen van het lid Van Dijk (SGP) aan de minister voor\nLandbouw, Natuur en Voedselkwaliteit over de mest (ingezonden 3 maart 2023).'),
        expected: [{ text: 'minister voor', severity: 'warning' }],
        fixed: vragen(Q, 'Vragen van het lid Van Dijk (SGP) aan de minister van\nLandbouw, Natuur en Voedselkwaliteit over de mest (ingezonden 3 maart 2023).'),
      },
    ],
  });

  it('a code stands for its ministry\'s name, not the first name it was read under ("VRO" is no VROM; a reviewer)', () => {
    const found = findingsOf(vragen(Q, 'Vragen van het lid Jansen (D66) aan de minister van VRO over de woningbouw (ingezonden 3 maart 2026).'), 'vragen-kop');
    expect(found.map((f) => f.message)).toEqual(['De Kamer schrijft de naam van het ministerie voluit: ‘Volkshuisvesting en Ruimtelijke Ordening’ (hier ‘VRO’).']);
  });

  it('says to write a two-digit year in full, with the year when its century is certain', () => {
    const header = (year: string) => vragen(Q, `Vragen van het lid Jansen (D66) aan de minister van Financiën over de top (ingezonden 3 maart ${year}).`);
    const said = (year: string, taal: 'nl' | 'en' = 'nl') => findingsOf(header(year), 'vragen-kop', { today: '2026-12-07', taal }).map((f) => [f.message, f.fixes.map((x) => x.title)]);
    expect(said("'26")).toEqual([['Schrijf het jaar voluit: ‘2026’.', ['Vervang door ‘2026’']]]);
    expect(said('’27', 'en')).toEqual([['Write the year in full: ‘2027’.', ['Replace with ‘2027’']]]);
    expect(said("'99")).toEqual([['Schrijf het jaar voluit, in vier cijfers: aan ‘3 maart \'99’ is niet te zien in welke eeuw het valt.', []]]);
    // A month without its day names no day; it "was geen bestaande datum".
    expect(findingsOf(header('2026').replace('3 maart 2026', 'maart 2026'), 'vragen-kop', { today: '2026-12-07' }).map((f) => f.message)).toEqual(['‘maart 2026’ noemt geen dag: schrijf de dag van inzending, zoals ‘3 maart 2026’.']);
    expect(findingsOf(header('2026').replace('3 maart 2026', '2026-03'), 'vragen-kop', { today: '2026-12-07' }).map((f) => f.message)).toEqual(['‘2026-03’ noemt geen dag: schrijf de dag van inzending, zoals ‘3 maart 2026’.']);
    expect(findingsOf(header('2026').replace('3 maart 2026', '3 maart'), 'vragen-kop', { today: '2026-12-07' }).map((f) => f.message)).toEqual(['‘3 maart’ noemt geen jaar: schrijf de dag van inzending, zoals ‘3 maart 2026’.']);
    // Without the apostrophe ("3 maart 26") the same: the year to mend, not a day "geen bestaande datum" (a reviewer).
    expect(said('26')).toEqual([['Schrijf het jaar voluit: ‘2026’.', ['Vervang door ‘2026’']]]);
    // A day that does not exist stays that.
    expect(findingsOf(header("'26").replace('3 maart', '31 februari'), 'vragen-kop', { today: '2026-12-07' }).map((f) => f.message)).toEqual([
      "‘31 februari '26’ is geen bestaande datum: schrijf de dag van inzending, zoals ‘3 maart 2026’.",
    ]);
  });

  it('names the ministry a code stands for', () => {
    const found = findingsOf(vragen(Q, 'Vragen van het lid Jansen (D66) aan de minister van VWS over de zorg (ingezonden 3 maart 2023).'), 'vragen-kop');
    expect(found.map((f) => f.message)).toEqual(['De Kamer schrijft de naam van het ministerie voluit: ‘Volksgezondheid, Welzijn en Sport’ (hier ‘VWS’).']);
  });
});
