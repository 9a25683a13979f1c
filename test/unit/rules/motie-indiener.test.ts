import { describe, expect, it } from 'vitest';
import { findingsOf, GOED_DICTUM, ruleTable } from './helpers';

const W = { severity: 'warning' } as const;

/** A motie with its own kop and signature lines. */
function motie(kop: string, signed: string[]): string {
  return `${kop}\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n${GOED_DICTUM}\n\nen gaat over tot de orde van de dag.\n\n${signed.join('\n\n')}\n`;
}

describe('motie-indiener', () => {
  ruleTable('motie-indiener', {
    valid: [
      { name: 'the same names', text: motie('Motie van de leden Kröger en Van der Lee over het klimaatfonds', ['Kröger', 'Van der Lee']) },
      { name: 'a signature with a first name', text: motie('Motie van het lid Inge van Dijk over sport', ['Inge van Dijk']) },
      { name: 'c.s., a kop in capitals, a first name in the signature', text: motie('Nr. 1009 MOTIE VAN HET LID DE GROOT C.S.', ['Peter de Groot', 'Grinwis']) },
      { name: 'a name the signature does not have at all', text: motie('Motie van de leden Bikker en Omtzigt over toeslagen', ['Bikker']) },
      { name: 'a signature with a mark after it: "Grinwis,"', text: motie('Nr. 18 MOTIE VAN HET LID GRINWIS C.S.', ['Grinwis,', 'Van der Plas']) },
      // A reviewer's cases.
      { name: 'a dossier title with "van het lid" above the motie\'s own line', text: motie('35 286 Initiatiefnota van het lid Nijboer over de woningmarkt\n\nNr. 9 MOTIE VAN HET LID BECKERMAN', ['Beckerman']) },
      { name: 'a member who did not sign, near a signer the kop names too: "Bikker en Becker", "Kuiken en Kuzu"', text: motie('Motie van de leden Bikker en Becker over X', ['Bikker']) + motie('Motie van de leden Kuiken en Kuzu over X', ['Kuik']) },
      { name: 'signatures in one block without blank lines', text: motie('Motie van de leden Bikker en Becker over X', ['Becker\nBikker']) },
      { name: 'initials tell namesakes apart: left alone', text: motie('Motie van het lid J. de Jong over X', ['Jan de Jong']) },
      { name: 'the same name in another Unicode form (NFD pasted from a PDF)', text: motie('Motie van het lid Kro\u0308ger over X', ['Kröger']) },
      { name: 'two signatures near the name: no guess', text: motie('Motie van het lid Bakker over X', ['Bikker', 'Backer']) },
    ],
    invalid: [
      {
        name: 'a motie closed with its slot and no name under it: the kop\'s members are put under it (a staffer\'s trial: it was silent, and the export sent it out)',
        text: motie('Motie van de leden Kröger en Van der Lee over het klimaatfonds', []),
        expected: [{ text: 'en gaat over tot de orde van de dag.', severity: 'warning' }],
        // (The motie without names ends in blank lines: they stay after the names.)
        fixed: `${motie('Motie van de leden Kröger en Van der Lee over het klimaatfonds', ['Kröger', 'Van der Lee'])}\n\n`,
      },
      {
        name: 'real (kst-32847-1009): "MOTIE VAN HET LID BOULKAJAR C.S." signed Boulakjar',
        text: motie('Nr. 1009 MOTIE VAN HET LID BOULKAJAR C.S.', ['Boulakjar', 'Peter de Groot', 'Grinwis']),
        expected: [{ text: 'BOULKAJAR', ...W }],
        fixed: motie('Nr. 1009 MOTIE VAN HET LID BOULAKJAR C.S.', ['Boulakjar', 'Peter de Groot', 'Grinwis']),
      },
      {
        name: 'real (kst-36274-57): "KRÓGER" for Kröger, the second of two, in a gewijzigde motie',
        text: motie('Nr. 57 TWEEDE GEWIJZIGDE MOTIE VAN DE LEDEN THIJSSEN EN KRÓGER TER VERVANGING VAN DIE GEDRUKT ONDER NR. 56', ['Thijssen', 'Kröger']),
        expected: [{ text: 'KRÓGER', ...W }],
        fixed: motie('Nr. 57 TWEEDE GEWIJZIGDE MOTIE VAN DE LEDEN THIJSSEN EN KRÖGER TER VERVANGING VAN DIE GEDRUKT ONDER NR. 56', ['Thijssen', 'Kröger']),
      },
      {
        name: 'the fix keeps the capital of a tussenvoegsel in the kop: "Van Dyk" signed "Inge van Dijk"',
        text: motie('Motie van het lid Van Dyk over sport', ['Inge van Dijk']),
        expected: [{ text: 'Van Dyk', ...W }],
        fixed: motie('Motie van het lid Van Dijk over sport', ['Inge van Dijk']),
      },
      {
        name: 'in lower case, among three',
        text: motie('Motie van de leden Kroger, Thijssen en Bontenbal over het klimaatfonds', ['Kröger', 'Thijssen', 'Bontenbal']),
        expected: [{ text: 'Kroger', ...W }],
        fixed: motie('Motie van de leden Kröger, Thijssen en Bontenbal over het klimaatfonds', ['Kröger', 'Thijssen', 'Bontenbal']),
      },
    ],
  });

  it('offers to write the signature as the kop has it, not preferred: the signature may be the slip (a user\'s trial: "Bakkr" under "Bakker")', () => {
    const text = motie('Motie van de leden De Vries en Bakker over X', ['De Vries', 'Bakkr']);
    const [finding] = findingsOf(text, 'motie-indiener');
    expect(finding!.fixes.map((f) => [f.title, !!f.isPreferred])).toEqual([
      ['Vervang door ‘Bakkr’', true],
      ['Vervang in de ondertekening ‘Bakkr’ door ‘Bakker’', false],
    ]);
    const edit = finding!.fixes[1]!.edits[0]!;
    expect(text.slice(0, edit.start) + edit.newText + text.slice(edit.end)).toBe(motie('Motie van de leden De Vries en Bakker over X', ['De Vries', 'Bakker']));
    // A tussenvoegsel after a first name stays lower case; a kop in capitals gives the signature nothing.
    const dyk = findingsOf(motie('Motie van het lid Van Dijk over sport', ['Inge van Dyk']), 'motie-indiener')[0]!;
    expect(dyk.fixes[1]!.title).toBe('Vervang in de ondertekening ‘van Dyk’ door ‘van Dijk’');
    expect(findingsOf(motie('Nr. 1009 MOTIE VAN HET LID BOULKAJAR C.S.', ['Boulakjar', 'Grinwis']), 'motie-indiener')[0]!.fixes).toHaveLength(1);
  });

  it('says nothing of a missing name while the motie has no slot yet, and offers no names the kop does not give', () => {
    const open = 'De Kamer,\n\ngehoord de beraadslaging,\n\n' + GOED_DICTUM + '\n';
    expect(findingsOf(open, 'motie-indiener')).toEqual([]);
    const [f] = findingsOf(motie('Motie over het klimaatfonds', []), 'motie-indiener');
    expect(f?.message).toBe('Onder de motie staat geen naam: zet de indiener(s) onder het slot, elk op een eigen regel.');
    expect(f?.fixes).toEqual([]);
    // A kop in capitals does not say how the names are written.
    expect(findingsOf(motie('Nr. 12 MOTIE VAN DE LEDEN KRÖGER EN VAN DER LEE', []), 'motie-indiener')[0]?.fixes).toEqual([]);
  });
});
