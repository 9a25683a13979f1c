import { describe, expect, it } from 'vitest';
import { buildDraft } from '../../../src/core/draft/model';
import type { DraftKind } from '../../../src/core/service';

const MOTIE = 'De Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat X;\n\nverzoekt de regering Y te doen,\n\nen gaat over tot de orde van de dag.\n';
const VRAGEN = 'Vragen van het lid De Vries (D66) aan de minister van Justitie en Veiligheid over X (ingezonden 1 maart 2026).\n\n1. Wat is X?\n\n2. Wat is Y?\n';
const FAQ = '# FAQ\n\n1. Hoe installeer ik dit?\n2. Waar staat de regie van het project?\n3. Wat kost het?\n';

const cases: { name: string; uri: string; text: string; kind: DraftKind; reason: string }[] = [
  { name: 'front matter soort: motie wins over Kamervragen content', uri: 'file:///a.md', text: `---\nsoort: motie\n---\n${VRAGEN}`, kind: 'motie', reason: 'frontmatter' },
  { name: 'front matter soort: kamervragen wins over a .motie.md name', uri: 'file:///a.motie.md', text: `---\nsoort: Kamervragen\n---\n${MOTIE}`, kind: 'kamervragen', reason: 'frontmatter' },
  { name: 'front matter soort: overig switches a motie off', uri: 'file:///a.md', text: `---\nsoort: overig\n---\n${MOTIE}`, kind: 'other', reason: 'frontmatter' },
  { name: 'front matter type: kamervraag', uri: 'file:///a.md', text: `---\ntype: kamervraag\n---\nTekst\n`, kind: 'kamervragen', reason: 'frontmatter' },
  { name: 'an unknown soort falls through to the file name', uri: 'file:///a.motie.md', text: `---\nsoort: memo\n---\nTekst\n`, kind: 'motie', reason: 'filename' },
  { name: 'file name *.motie.md', uri: 'file:///map/ndd.motie.md', text: 'Nog leeg.\n', kind: 'motie', reason: 'filename' },
  { name: 'file name *.vragen.md', uri: 'file:///map/ndd.vragen.md', text: 'Nog leeg.\n', kind: 'kamervragen', reason: 'filename' },
  { name: 'file name *.kamervragen.markdown, escaped', uri: 'file:///map/mijn%20concept.kamervragen.markdown', text: '', kind: 'kamervragen', reason: 'filename' },
  { name: 'a bad escape in the name does not throw', uri: 'file:///map/100%.motie.md', text: '', kind: 'motie', reason: 'filename' },
  { name: 'content: a motie', uri: 'file:///a.md', text: MOTIE, kind: 'motie', reason: 'content' },
  { name: 'content: a motie without its aanhef is still a motie', uri: 'file:///a.md', text: 'constaterende dat X;\n\nverzoekt de regering Y te doen,\n\nen gaat over tot de orde van de dag.\n', kind: 'motie', reason: 'content' },
  { name: 'content: a motie in one paragraph', uri: 'file:///a.md', text: 'De Kamer, gehoord de beraadslaging, constaterende dat X; verzoekt de regering Y te doen, en gaat over tot de orde van de dag.\n', kind: 'motie', reason: 'content' },
  { name: 'content: upper-case "MOTIE VAN HET LID" and an overweging', uri: 'file:///a.md', text: 'Nr. 469 MOTIE VAN HET LID VERHOEVEN C.S.\n\nconstaterende dat X;\n', kind: 'motie', reason: 'content' },
  { name: 'untitled document with a motie', uri: 'untitled:Untitled-1', text: MOTIE, kind: 'motie', reason: 'content' },
  { name: 'untitled document with Kamervragen', uri: 'untitled:Untitled-1', text: VRAGEN, kind: 'kamervragen', reason: 'content' },
  { name: 'untitled empty document', uri: 'untitled:Untitled-1', text: '', kind: 'other', reason: 'none' },
  { name: 'content: Kamervragen by their header', uri: 'file:///a.md', text: VRAGEN, kind: 'kamervragen', reason: 'content' },
  { name: 'content: the header over two lines', uri: 'file:///a.md', text: 'Vragen van het lid De Vries (D66) aan de\nminister van Justitie over X.\n\nTekst.\n', kind: 'kamervragen', reason: 'content' },
  { name: 'content: "Vragen aan de minister" heading and two numbered questions', uri: 'file:///a.md', text: '# Vragen aan de minister van Defensie over de marine\n\n1. Hoeveel vacatures zijn er?\n2. Wat doet u?\n', kind: 'kamervragen', reason: 'content' },
  { name: 'a FAQ: numbered questions alone are not Kamervragen', uri: 'file:///FAQ.md', text: FAQ, kind: 'other', reason: 'none' },
  { name: 'a README that mentions "vragen aan de minister" in prose', uri: 'file:///README.md', text: `Je kunt vragen aan de minister van BZK stellen.\n\n${FAQ}`, kind: 'other', reason: 'none' },
  { name: 'meeting notes: "Vragen van de leden" in prose without questions', uri: 'file:///notes.md', text: 'Vragen van de leden over de begroting werden beantwoord.\n', kind: 'other', reason: 'none' },
  { name: 'meeting notes with one "constaterende dat" and a stray "De Kamer, zo bleek"', uri: 'file:///notes.md', text: 'Tekstvoorstel:\nconstaterende dat X;\n\nDe Kamer, zo bleek, wil snelheid.\n', kind: 'other', reason: 'none' },
  { name: 'a whole motie quoted in a blockquote', uri: 'file:///notes.md', text: MOTIE.split('\n').map((l) => `> ${l}`).join('\n'), kind: 'other', reason: 'none' },
  { name: 'a motie inside a code block', uri: 'file:///README.md', text: `# Sjabloon\n\n\`\`\`\n${MOTIE}\`\`\`\n`, kind: 'other', reason: 'none' },
  { name: 'a FAQ quoting the formulas mid-sentence', uri: 'file:///FAQ.md', text: 'Een motie begint met ‘De Kamer, gehoord de beraadslaging,’ en eindigt met ‘en gaat over tot de orde van de dag’.\n\nVerzoekt u iets? Dan is het een dictum.\n', kind: 'other', reason: 'none' },
];

describe('kind detection', () => {
  for (const c of cases) {
    it(c.name, () => {
      const d = buildDraft({ uri: c.uri, version: 1, text: c.text });
      expect({ kind: d.kind, reason: d.kindReason }).toEqual({ kind: c.kind, reason: c.reason });
    });
  }
});

describe('a kind in front matter that names an Object member', () => {
  it('`soort: constructor` names no kind: the text decides', async () => {
    const { kindFromFrontmatter } = await import('../../../src/core/draft/kind');
    for (const soort of ['constructor', '__proto__', 'toString']) expect(kindFromFrontmatter({ soort })).toBeUndefined();
    expect(kindFromFrontmatter({ soort: 'Motie' })).toBe('motie');
  });
});
