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
      { name: '"Motie van de Jong": "van de" may be the start of a name, left alone', text: motie('Motie van de Jong over X', ['De Jong']) },
      { name: 'the same names', text: motie('Motie van de leden Kröger en Van der Lee over het klimaatfonds', ['Kröger', 'Van der Lee']) },
      { name: 'a signature with a first name', text: motie('Motie van het lid Inge van Dijk over sport', ['Inge van Dijk']) },
      { name: 'c.s., a kop in capitals, a first name in the signature', text: motie('Nr. 1009 MOTIE VAN HET LID DE GROOT C.S.', ['Peter de Groot', 'Grinwis']) },
      { name: 'a signature with a mark after it: "Grinwis,"', text: motie('Nr. 18 MOTIE VAN HET LID GRINWIS C.S.', ['Grinwis,', 'Van der Plas']) },
      // A reviewer's cases.
      { name: 'a dossier title with "van het lid" above the motie\'s own line', text: motie('35 286 Initiatiefnota van het lid Nijboer over de woningmarkt\n\nNr. 9 MOTIE VAN HET LID BECKERMAN', ['Beckerman']) },
      { name: 'signatures in one block without blank lines', text: motie('Motie van de leden Bikker en Becker over X', ['Bikker\nBecker']) },
      // The layouts of the kop's members and the signatures (a staffer's trial, and the published moties).
      { name: 'c.s. with co-signers', text: motie('Motie van het lid Kathmann c.s. over IT-talent', ['Kathmann', 'Van Baarle', 'Six Dijkstra']) },
      { name: '"van Baarle" signed "Van Baarle", a tussenvoegsel in lower case', text: motie('Motie van het lid van Baarle c.s. over X', ['Van Baarle', 'Kathmann']) },
      { name: 'initials in the kop, none in the signature: "R.M. de Vries"', text: motie('Motie van de leden R.M. de Vries en Six Dijkstra over X', ['De Vries', 'Six Dijkstra']) },
      { name: 'signatures on one line: "De Hoop, Bikker"', text: motie('Motie van de leden De Hoop en Bikker over X', ['De Hoop, Bikker']) },
      { name: 'signatures with the party in brackets', text: motie('Motie van het lid De Hoop c.s. over X', ['De Hoop (GL-PvdA)\nBikker (ChristenUnie)']) },
      { name: 'signatures as a list', text: motie('Motie van het lid De Hoop c.s. over X', ['- De Hoop\n- Bikker']) },
      { name: 'signatures on one line with spaces only: not told apart, so nothing is said of their number', text: motie('Motie van het lid De Hoop c.s. over X', ['De Hoop Bikker']) },
      { name: 'a line under the signatures that is no name: "Ondersteund door de leden …"', text: motie('Motie van het lid De Hoop c.s. over X', ['De Hoop', 'Bikker', 'Ondersteund door de leden Van Baarle en Vijlbrief.']) },
      { name: 'real (kst-36410-XIII-53): "MOTIE VAN DE LEDEN THIJSSEN KRÖGER", published without "en"', text: motie('Nr. 53 MOTIE VAN DE LEDEN THIJSSEN KRÖGER', ['Thijssen', 'Kröger']) },
      { name: 'real (kst-35910-18): "Grinwis," and "Van der Molen en" under "GRINWIS C.S."', text: motie('Nr. 18 MOTIE VAN HET LID GRINWIS C.S.', ['Grinwis,', 'Van der Molen en', 'Koerhuis']) },
      { name: 'real (kst-31305-398): a gewijzigde motie\'s kop broken over a line before its number', text: motie('GEWIJZIGDE MOTIE VAN DE LEDEN VAN DER GRAAF EN KRUL TER VERVANGING VAN DIE GEDRUKT\nONDER NR. 391\n\nVoorgesteld 8 juli 2021', ['Van der Graaf', 'Krul']) },
      { name: 'real (kst-36284-27): "Nader gewijzigde motie … onder nr. 20"', text: motie('Nr. 27 NADER GEWIJZIGDE MOTIE VAN HET LID LEIJTEN TER VERVANGING VAN DIE GEDRUKT ONDER NR. 20', ['Leijten']) },
      { name: 'a gewijzigde motie abbreviated: "Kathmann c.s. (t.v.v. nr. 995)"', text: motie('# Gewijzigde motie van het lid Kathmann c.s. (t.v.v. nr. 995) over toezicht op algoritmes', ['Kathmann', 'Van Baarle']) },
      {
        name: 'tweedekamer.nl\'s list of signers under the motie: "Ondertekenaars", "Eerste ondertekenaar", "Stephan van Baarle, Tweede Kamerlid"',
        text: motie('MOTIE VAN HET LID VAN BAARLE', ['Van Baarle', 'Ondertekenaars', '-', 'Eerste ondertekenaar', 'Stephan van Baarle, Tweede Kamerlid']),
      },
      { name: 'a gewijzigde motie: "c.s. ter vervanging van …"', text: motie('Nr. 37 GEWIJZIGDE MOTIE VAN HET LID GOUDZWAARD C.S. TER VERVANGING VAN DIE GEDRUKT ONDER NR. 31', ['Goudzwaard', 'Grinwis', 'De Hoop']) },
      { name: 'initials tell namesakes apart: left alone', text: motie('Motie van het lid J. de Jong over X', ['Jan de Jong']) },
      { name: 'the same name in another Unicode form (NFD pasted from a PDF)', text: motie('Motie van het lid Kro\u0308ger over X', ['Kröger']) },
    ],
    invalid: [
      {
        name: 'real (kst-27625-611): "HERDRUK MOTIE VAN HET KRUL C.S.": the kop misses "lid"',
        text: motie('Nr. 611 HERDRUK MOTIE VAN HET KRUL C.S.', ['Krul', 'Grinwis']),
        expected: [{ text: 'VAN HET', ...W }],
        fixed: motie('Nr. 611 HERDRUK MOTIE VAN HET LID KRUL C.S.', ['Krul', 'Grinwis']),
      },
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
        name: 'a staffer\'s trial: a member of the kop who does not sign (the motie goes out under a name that did not table it)',
        text: motie('Motie van de leden De Hoop en Bikker over betaalbare huurwoningen', ['De Hoop']),
        expected: [{ text: 'Bikker', ...W }],
        fixed: motie('Motie van de leden De Hoop en Bikker over betaalbare huurwoningen', ['De Hoop']),
      },
      {
        name: 'a staffer\'s trial: "lid Kathmann c.s." signed by others; "Six Dijkstra" is not signed by "Dijkstra"',
        text: motie('Motie van de leden Kathmann en Six Dijkstra over IT-talent', ['Van Baarle', 'Dijkstra']),
        expected: [{ text: 'Kathmann', ...W }, { text: 'Six Dijkstra', ...W }],
        fixed: motie('Motie van de leden Kathmann en Six Dijkstra over IT-talent', ['Van Baarle', 'Dijkstra']),
      },
      {
        name: 'a staffer\'s trial: "Motie van het lid Kathmann" under three names takes "c.s." (info: the Griffie sets it right)',
        text: motie('Motie van het lid Kathmann over IT-talent', ['Kathmann', 'Van Baarle', 'Six Dijkstra']) ,
        expected: [{ text: 'Kathmann', severity: 'info' }],
        fixed: motie('Motie van het lid Kathmann c.s. over IT-talent', ['Kathmann', 'Van Baarle', 'Six Dijkstra']),
      },
      {
        name: 'the same in capitals, "C.S." (real: kst-36100-5 was published so)',
        text: motie('Nr. 5 MOTIE VAN HET LID HEINEN', ['Heinen', 'Alkaya']),
        expected: [{ text: 'HEINEN', severity: 'info' }],
        fixed: motie('Nr. 5 MOTIE VAN HET LID HEINEN C.S.', ['Heinen', 'Alkaya']),
      },
      {
        name: 'a staffer\'s trial: "c.s." and no co-signer (info; real: kst-34000-XII-28 was published so)',
        text: motie('Motie van het lid Boswijk c.s. over het dienjaar', ['Boswijk']),
        expected: [{ text: 'c.s.', severity: 'info' }],
        fixed: motie('Motie van het lid Boswijk c.s. over het dienjaar', ['Boswijk']),
      },
      {
        name: 'a staffer\'s trial: the kop\'s first member does not sign first (info)',
        text: motie('Motie van het lid Kathmann c.s. over de Nederlandse Digitale Dienst', ['Van Baarle', 'Kathmann', 'Six Dijkstra']),
        expected: [{ text: 'Kathmann', severity: 'info' }],
        fixed: motie('Motie van het lid Kathmann c.s. over de Nederlandse Digitale Dienst', ['Van Baarle', 'Kathmann', 'Six Dijkstra']),
      },
      {
        name: 'a staffer\'s trial: a name signed twice, taken out with its line',
        text: motie('Motie van het lid Kathmann c.s. over IT-talent', ['Kathmann', 'Van Baarle', 'Kathmann']),
        expected: [{ text: 'Kathmann', ...W }],
        fixed: motie('Motie van het lid Kathmann c.s. over IT-talent', ['Kathmann', 'Van Baarle']),
      },
      {
        name: 'a reviewer: the second name is taken out with its party, which stayed behind on the line above',
        text: motie('Motie van het lid Kathmann c.s. over IT-talent', ['Kathmann (GL-PvdA)', 'Van Baarle (DENK)', 'Kathmann (GL-PvdA)']),
        expected: [{ text: 'Kathmann', ...W }],
        fixed: motie('Motie van het lid Kathmann c.s. over IT-talent', ['Kathmann (GL-PvdA)', 'Van Baarle (DENK)']),
      },
      {
        name: 'a staffer\'s trial: a gewijzigde motie without the number of the motie it replaces',
        text: motie('# Gewijzigde motie van het lid Boswijk c.s. ter vervanging van die gedrukt onder nr.\n\nVoorgesteld 12 maart 2026', ['Boswijk', 'Erkens']),
        expected: [{ text: 'ter vervanging van die gedrukt onder nr.', ...W }],
        fixed: motie('# Gewijzigde motie van het lid Boswijk c.s. ter vervanging van die gedrukt onder nr.\n\nVoorgesteld 12 maart 2026', ['Boswijk', 'Erkens']),
      },
      {
        name: 'a staffer\'s trial: a gewijzigde motie that does not say which motie it replaces',
        text: motie('# Gewijzigde motie van het lid Boswijk over het dienjaar\n\nVoorgesteld 12 maart 2026', ['Boswijk']),
        expected: [{ text: 'Gewijzigde motie', ...W }],
        fixed: motie('# Gewijzigde motie van het lid Boswijk over het dienjaar\n\nVoorgesteld 12 maart 2026', ['Boswijk']),
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

  it('a member who does not sign is said so, not taken for a slip of a signer the kop names too ("Bikker en Becker", signed Bikker; "Bakker" near Bikker and Backer)', () => {
    expect(findingsOf(motie('Motie van de leden Bikker en Becker over X', ['Bikker']), 'motie-indiener').map((f) => [f.text, f.message])).toEqual([
      ['Becker', '‘Becker’ staat in de kop, maar tekent de motie niet: zet de naam onder de motie of haal hem uit de kop.'],
    ]);
    expect(findingsOf(motie('Motie van het lid Bakker over X', ['Bikker', 'Backer']), 'motie-indiener').map((f) => [f.text, f.fixes.length])).toEqual([['Bakker', 0]]);
  });

  it('"de leden" under more signers than it names: "het lid … c.s." or all by name, the member\'s choice (offered, not preferred)', () => {
    const text = motie('Motie van de leden Kathmann en Van Baarle over IT-talent', ['Kathmann', 'Van Baarle', 'Six Dijkstra', 'Vijlbrief']);
    const [f, ...rest] = findingsOf(text, 'motie-indiener');
    expect(rest).toEqual([]);
    expect(f!.message).toBe('Onder de motie tekenen ook Six Dijkstra, Vijlbrief; de kop noemt alleen Kathmann en Van Baarle: schrijf ‘het lid Kathmann c.s.’ of noem alle ondertekenaars.');
    expect(f!.fixes.map((x) => [x.title, !!x.isPreferred])).toEqual([['Vervang door ‘het lid Kathmann c.s.’', false]]);
    const edit = f!.fixes[0]!.edits[0]!;
    expect(text.slice(0, edit.start) + edit.newText + text.slice(edit.end)).toBe(motie('Motie van het lid Kathmann c.s. over IT-talent', ['Kathmann', 'Van Baarle', 'Six Dijkstra', 'Vijlbrief']));
  });

  it('two namesakes told apart by their initials are no name signed twice (a reviewer: the fix took one out); one co-signer "tekent"', () => {
    expect(findingsOf(motie('Motie van de leden A. Mulder en E. Mulder over X', ['A. Mulder', 'E. Mulder']), 'motie-indiener')).toEqual([]);
    const [f] = findingsOf(motie('Motie van het lid Kathmann over IT-talent', ['Kathmann', 'Van Baarle']), 'motie-indiener');
    expect(f!.message).toBe('Onder de motie tekent ook Van Baarle; de kop noemt alleen Kathmann: schrijf ‘Kathmann c.s.’.');
  });

  it('a kop with "(t.v.v. nr. 995)" after the name: the signature the fix offers is the name alone (a reviewer)', () => {
    const [f] = findingsOf(motie('Gewijzigde motie van het lid Kathmann (t.v.v. nr. 995) over IT-talent', []), 'motie-indiener');
    expect(f!.fixes.map((x) => x.title)).toEqual(['Zet Kathmann eronder']);
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
