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
      // Follow-up questions (a staffer's trial: "no addressee", and the export neither dated nor closed the header).
      { name: '"Aanvullende vragen van het lid …"', text: vragen(Q, 'Aanvullende vragen van het lid Kathmann (GL-PvdA) aan de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties over de cloud (ingezonden 17 maart 2026)') },
      { name: '"Nadere vragen van de leden …"', text: vragen(Q, 'Nadere vragen van de leden Kathmann (GL-PvdA) en Six Dijkstra (NSC) aan de minister van Defensie over de cloud (ingezonden 17 maart 2026)') },
    ],
    invalid: [
      {
        name: 'a header without addressee',
        text: vragen(Q, 'Vragen van het lid Kathmann (GL-PvdA) over de cloud (ingezonden 23 mei 2025).'),
        expected: [{ text: 'Vragen van het lid Kathmann (GL-PvdA) over de cloud (ingezonden 23 mei 2025).', severity: 'warning' }],
        fixed: null,
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
    expect(check(vragen(Q, 'Aanvullende vragen van het lid Kathmann (GL-PvdA) aan de minister van Defensie over de cloud (ingezonden 17 maart 2026)')).draft.adressaat?.text).toBe('de minister van Defensie');
  });
});
