import { describe, expect, it } from 'vitest';
import { buildDraft } from '../../../src/core/draft/model';
import { signatureLines } from '../../../src/core/draft/signatures';

const motie = (signed: string) =>
  `Motie van het lid De Hoop c.s. over X\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering X te doen,\n\nen gaat over tot de orde van de dag.\n\n${signed}\n`;

describe('signatureLines', () => {
  it('gives each line its span and its names: several on a line, a party, a title, a label, a line that is no list of names', () => {
    const text = motie('De Hoop (GL-PvdA), Bikker,\nOndertekenaars\nStephan van Baarle, Tweede Kamerlid\nOndersteund door de leden Van Baarle en Vijlbrief.');
    const lines = signatureLines(buildDraft({ uri: 'file:///m.md', version: 0, text }, '2026-03-01'));
    expect(lines.map((l) => [l.text, text.slice(l.start, l.end), l.label, l.names.map((n) => [n.written, text.slice(n.start, n.end), n.party])])).toEqual([
      ['De Hoop (GL-PvdA), Bikker,', 'De Hoop (GL-PvdA), Bikker', false, [['De Hoop', 'De Hoop', 'GL-PvdA'], ['Bikker', 'Bikker', undefined]]],
      ['Ondertekenaars', 'Ondertekenaars', true, []],
      ['Stephan van Baarle, Tweede Kamerlid', 'Stephan van Baarle, Tweede Kamerlid', false, [['Stephan van Baarle', 'Stephan van Baarle', undefined]]],
      ['Ondersteund door de leden Van Baarle en Vijlbrief.', 'Ondersteund door de leden Van Baarle en Vijlbrief', false, []],
    ]);
  });

  it('does not read a line longer than a list of names can be', () => {
    const long = Array.from({ length: 40 }, (_, i) => `Lid${String.fromCharCode(65 + (i % 26))}`).join(', ');
    const lines = signatureLines(buildDraft({ uri: 'file:///m.md', version: 0, text: motie(`${long}, ${long}`) }, '2026-03-01'));
    expect(lines.map((l) => l.names.length)).toEqual([0]);
  });
});
