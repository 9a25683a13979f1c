import { describe, expect, it } from 'vitest';
import { check, ruleTable, vragen } from './helpers';

const Q = '1. Wat is X?\n\n2. Wat is Y?';

describe('vragen-adressaat', () => {
  ruleTable('vragen-adressaat', {
    valid: [
      { name: 'aan de minister van …', text: vragen(Q) },
      { name: 'aan de staatssecretaris …', text: vragen(Q, 'Vragen van het lid Kathmann (GL-PvdA) aan de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties over de cloud (ingezonden 23 mei 2025).') },
      { name: 'two addressees, capitalised (real)', text: vragen(Q, 'Vragen van de leden Six Dijkstra (NSC) en Mutluer (GL-PvdA) aan de Minister-President en de Minister van Justitie en Veiligheid over het onderzoeksrapport (ingezonden 20 december 2024).') },
      { name: 'a header over two lines', text: vragen(Q, 'Vragen van het lid Sneller (D66) aan de Minister en Staatssecretaris van Binnenlandse\nZaken en Koninkrijksrelaties over uitvoeringsorganisaties (ingezonden 12 april 2024).') },
      { name: 'a heading "Schriftelijke vragen aan …"', text: `# Schriftelijke vragen aan de staatssecretaris van Defensie over de marine\n\n${Q}\n` },
      {
        name: 'portfolios take "voor": "minister voor Klimaat en Energie", "voor Buitenlandse Handel", "voor Volkshuisvesting"',
        text: vragen(Q, 'Vragen van de leden Kröger (GL-PvdA) en Bontenbal (CDA) aan de minister voor Klimaat en Energie, de minister voor Buitenlandse Handel en Ontwikkelingssamenwerking en de minister voor Volkshuisvesting en Ruimtelijke Ordening over de warmtewet (ingezonden 3 maart 2023).'),
      },
      { name: '2025–2026: the minister van and the minister voor Asiel en Migratie both existed', text: vragen(Q, 'Vragen van het lid A (D66) aan de minister voor Asiel en Migratie en de minister van Asiel en Migratie over X (ingezonden 1 december 2025).') },
      { name: 'the minister-president', text: vragen(Q, 'Vragen van het lid Omtzigt (NSC) aan de minister-president over de formatie (ingezonden 1 maart 2024).') },
    ],
    invalid: [
      {
        name: 'a header without addressee',
        text: vragen(Q, 'Vragen van het lid Kathmann (GL-PvdA) over de cloud (ingezonden 23 mei 2025).'),
        expected: [{ text: 'Vragen van het lid Kathmann (GL-PvdA) over de cloud (ingezonden 23 mei 2025).', severity: 'warning' }],
        fixed: null,
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
        name: '"Vragen van leden"',
        text: vragen(Q, 'Vragen van leden Kröger (GL-PvdA) en Bontenbal (CDA) aan de minister van Financiën over X (ingezonden 3 maart 2023).'),
        expected: [{ text: 'Vragen van leden', severity: 'warning' }],
        fixed: vragen(Q, 'Vragen van de leden Kröger (GL-PvdA) en Bontenbal (CDA) aan de minister van Financiën over X (ingezonden 3 maart 2023).'),
      },
      {
        name: 'a department after "minister voor", over a line break',
        text: vragen(Q, 'Vragen van het lid Van Dijk (SGP) aan de minister voor\nLandbouw, Natuur en Voedselkwaliteit over de mest (ingezonden 3 maart 2023).'),
        expected: [{ text: 'minister voor', severity: 'warning' }],
        fixed: vragen(Q, 'Vragen van het lid Van Dijk (SGP) aan de minister van\nLandbouw, Natuur en Voedselkwaliteit over de mest (ingezonden 3 maart 2023).'),
      },
      {
        name: 'no header at all (kind from the file name): on the first question number',
        uri: 'file:///werk/cloud.vragen.md',
        text: `${Q}\n`,
        expected: [{ text: '1.', severity: 'warning' }],
        fixed: null,
      },
    ],
  });

  it('reads the addressee as written, for the outline and hovers', () => {
    expect(check(vragen(Q)).draft.adressaat?.text).toBe('de minister van Justitie en Veiligheid');
  });
});
