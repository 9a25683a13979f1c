import { describe, expect, it } from 'vitest';
import { check, findingsOf, fixed, vragen } from './helpers';

/** Regressions in the draft rules found in review. */
describe('draft rules', () => {
  it('text in a blockquote is not the member’s question', () => {
    const text = vragen('1. Wat vindt u van de passage?\n> Waarom doet de regering niets? Wie gaat erover?\n\n2. Bent u het eens met de stelling:\n> Het kabinet moet meer doen.\n');
    expect(findingsOf(text, 'vragen-meerdere-vragen')).toEqual([]);
    // Vraag 2 has no question mark of its own, but the full stop in the quotation is not offered for a fix.
    const q2 = findingsOf(text, 'vragen-vraagteken');
    expect(q2.map((f) => f.message)).toEqual(['Vraag 2 bevat geen vraagteken: stel een vraag.']);
    expect(q2[0]!.fixes).toEqual([]);
  });

  it('files with a lone CR as line end: questions stay apart, and inserted lines use CR', () => {
    const text = 'Vragen van het lid De Vries (D66) aan de minister van Justitie en Veiligheid over ransomware (ingezonden 1 maart 2026).\r\r1. Wat is er gebeurd?\r\r3. Wat doet u?\r';
    const draft = check(text).draft;
    expect(draft.parts.filter((p) => p.kind === 'vraag').map((p) => p.number?.value)).toEqual([1, 3]);
    const motie = 'De Kamer,\r\rgehoord de beraadslaging,\r\rconstaterende dat x;\r\rverzoekt de regering y te doen,\r\rDe Vries\r';
    expect(fixed(motie, 'motie-slot')).toBe('De Kamer,\r\rgehoord de beraadslaging,\r\rconstaterende dat x;\r\rverzoekt de regering y te doen,\r\ren gaat over tot de orde van de dag.\r\rDe Vries\r');
  });

  it('"gehoord de beraadslaging" goes between the aanhef and a part on the same line', () => {
    const text = 'De Kamer, constaterende dat het regent;\n\nverzoekt de regering een paraplu te kopen,\n\nen gaat over tot de orde van de dag.\n';
    expect(fixed(text, 'motie-aanhef')).toBe('De Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat het regent;\n\nverzoekt de regering een paraplu te kopen,\n\nen gaat over tot de orde van de dag.\n');
  });

  it('a dictum asking only effort is reported for every weak verb the lexicon does not cover', () => {
    const text = 'De Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering de plannen te bekijken en te overwegen,\n\nen gaat over tot de orde van de dag.\n';
    expect(findingsOf(text, 'motie-dictum-werkwoord').map((f) => f.text)).toEqual(['te bekijken', 'te overwegen']);
  });

  it('the source footnote goes after the sentence, not after a question mark in the quoted title', () => {
    const text = vragen('1. Bent u bekend met het bericht ‘Hoe nu verder?’? Zo ja, wat vindt u ervan?');
    const ref = findingsOf(text, 'vragen-bron')[0]!.fixes[0]!.edits[0]!;
    // After "‘Hoe nu verder?’?": the member's question mark, not the one inside the title.
    expect(text.slice(ref.start - 3, ref.start)).toBe('?’?');
  });
});
