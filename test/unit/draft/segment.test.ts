import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDraft } from '../../../src/core/draft/model';
import type { Draft } from '../../../src/core/draft/types';

const FIXTURES = path.resolve(__dirname, '../../fixtures');
const load = (rel: string): Draft => {
  const text = readFileSync(path.join(FIXTURES, rel), 'utf8');
  return buildDraft({ uri: `file:///fixtures/${path.basename(rel)}`, version: 1, text });
};
/** The parts as "kind: opener" (the opener as written, whitespace folded). */
const outline = (d: Draft) =>
  d.parts.filter((p) => p.kind !== 'kop' && p.kind !== 'indiener').map((p) => `${p.kind}: ${d.text.slice(p.opener?.start ?? p.start, p.opener?.end ?? p.start).replace(/\s+/g, ' ')}`);
const words = (d: Draft, kind: string) => d.parts.filter((p) => p.kind === kind).map((p) => d.lines.masked.slice(p.start, p.wordsEnd).replace(/\s+/g, ' '));

describe('a motie still being written', () => {
  it('names after an overweging, with no dictum or slot yet, are the indieners, not the overweging\'s last line (a reviewer: its fix asked for "De Vries;")', () => {
    const text = '# Motie\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat het zo is;\n\noverwegende dat dit zo is\n\nDe Vries\nBikker\n';
    const d = buildDraft({ uri: 'file:///m.motie.md', version: 1, text });
    expect(words(d, 'overweging')).toEqual(['constaterende dat het zo is;', 'overwegende dat dit zo is']);
    expect(words(d, 'indiener')).toEqual(['De Vries Bikker']);
    // A capitalised line with prose after it is still part of the overweging.
    const prose = buildDraft({ uri: 'file:///m.motie.md', version: 1, text: text.replace('De Vries\nBikker\n', 'De Vries\n\nen nog een regel tekst van de overweging\n') });
    expect(words(prose, 'indiener')).toEqual([]);
  });

  it('a slot wrapped after its "en" starts at that "en" (it was the dictum\'s last line, and --fix wrote a second slot)', () => {
    const head = 'De Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat het zo is;\n\n';
    for (const [tail, dictum] of [
      ['verzoekt de regering de Kamer een brief te sturen, en\ngaat over tot de orde van de dag.\n\nDe Vries\n', 'verzoekt de regering de Kamer een brief te sturen,'],
      ['verzoekt de regering de Kamer een brief te sturen,\nen\ngaat over tot de orde van de dag.\n\nDe Vries\n', 'verzoekt de regering de Kamer een brief te sturen,'],
      ['verzoekt de regering de Kamer een brief te sturen, en\ngaat over tot de orde van de nacht.\n\nDe Vries\n', 'verzoekt de regering de Kamer een brief te sturen,'],
      ['verzoekt de regering de Kamer een brief te sturen, en\ngaat over naar de orde van de dag.\n\nDe Vries\n', 'verzoekt de regering de Kamer een brief te sturen,'],
      ['verzoekt de regering de Kamer een brief te sturen, en\ngaat over tot de orde van de dag\n\nDe Vries\n', 'verzoekt de regering de Kamer een brief te sturen,'],
    ] as const) {
      const d = buildDraft({ uri: 'file:///m.motie.md', version: 1, text: head + tail });
      expect(words(d, 'dictum'), tail).toEqual([dictum]);
      expect(words(d, 'slot'), tail).toHaveLength(1);
      expect(words(d, 'slot')[0]!.startsWith('en gaat over'), tail).toBe(true);
      expect(words(d, 'indiener'), tail).toEqual(['De Vries']);
    }
    // Not after a word that only ends in "en", nor when more follows on the line, nor when the sentence runs on.
    for (const tail of [
      'verzoekt de regering te zorgen dat de Kamer beslissen\ngaat over tot de orde van de dag.\n',
      'verzoekt de regering te sturen, en\ngaat over tot de orde van de dag zonder meer,\n\nen gaat over tot de orde van de dag.\n',
      'verzoekt de regering te zorgen dat de minister de stukken ontvangt en\ngaat over tot de orde van de dag\nzonder de Kamer te informeren,\n\nen gaat over tot de orde van de dag.\n',
    ]) {
      const d = buildDraft({ uri: 'file:///m.motie.md', version: 1, text: head + tail });
      expect(words(d, 'slot').filter((s) => !s.startsWith('en gaat over tot de orde van de dag.')), tail).toEqual([]);
      expect(words(d, 'dictum'), tail).toHaveLength(1);
    }
  });

  it('a slot and an aanhef misspelt beyond the formula table are the slot and the aanhef, marked as slips (they were the dictum\'s last line and the kop: the export and compare put the slot in the dictum)', () => {
    const body = 'gehoord de beraadslaging,\n\nconstaterende dat het zo is;\n\nverzoekt de regering een brief te sturen,\n\n';
    const slips = (d: Draft) => d.parts.filter((p) => p.slip).map((p) => `${p.kind}: ${d.text.slice(p.opener!.start, p.opener!.end)}`);
    for (const slot of ['en gaat over to de orde van de dag.', 'en gaan over tot de orde van de dag', 'En gaat ovr tot de orde van de dag.']) {
      const d = buildDraft({ uri: 'file:///m.motie.md', version: 1, text: `# Motie\n\nDe Kamer,\n\n${body}${slot}\n\nDe Vries\n` });
      expect(words(d, 'dictum'), slot).toEqual(['verzoekt de regering een brief te sturen,']);
      expect(slips(d), slot).toEqual([`slot: ${slot}`]);
      expect(words(d, 'indiener'), slot).toEqual(['De Vries']);
    }
    for (const kop of ['De Kammer,', '# Motie van het lid De Vries\nDe Kamr']) {
      const d = buildDraft({ uri: 'file:///m.motie.md', version: 1, text: `${kop}\n\n${body}en gaat over tot de orde van de dag.\n` });
      expect(slips(d), kop).toEqual([`aanhef: ${kop.split('\n').at(-1)}`]);
      expect(d.parts.filter((p) => p.kind === 'kop').map((p) => d.text.slice(p.start, p.wordsEnd)), kop).toEqual(kop.includes('\n') ? ['Motie van het lid De Vries'] : []);
    }
    // A line that only speaks of "gaat over", the slot with more words, a slip inside the dictum's paragraph or before a
    // dictum: no slip, the dictum's words.
    for (const tail of [
      'verzoekt de regering ervoor te zorgen dat het beheer\n\nen gaat over naar de gemeenten per 1 januari,\n\nen gaat over tot de orde van de dag.\n',
      'verzoekt de regering een brief te sturen,\nen gaat over to de orde van de dag.\n',
      'verzoekt de regering een brief te sturen, en gaat over to de orde van de dag.\n',
    ]) {
      const d = buildDraft({ uri: 'file:///m.motie.md', version: 1, text: `De Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat het zo is;\n\n${tail}` });
      expect(slips(d), tail).toEqual([]);
      expect(words(d, 'dictum'), tail).toHaveLength(1);
    }
    // "De Kammer," only right before the motie's first part: a kop line like it further up stays the kop.
    const up = buildDraft({ uri: 'file:///m.motie.md', version: 1, text: `De Kammer,\n\nMotie van het lid De Vries\n\n${body}` });
    expect(slips(up)).toEqual([]);
    // Nor before a slot with no body before it: the motie lacks more than its aanhef.
    expect(slips(buildDraft({ uri: 'file:///m.motie.md', version: 1, text: 'De Kammer,\n\nen gaat over tot de orde van de dag.\n' }))).toEqual([]);
  });

  it('thousands of blocks of names and one line of prose after them are read in linear time (each block looked to the end)', () => {
    const text = `De Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat het zo is;\n\n${'De Vries\n\n'.repeat(20_000)}en nog een regel tekst\n`;
    const t0 = performance.now();
    const d = buildDraft({ uri: 'file:///m.motie.md', version: 1, text });
    expect(performance.now() - t0).toBeLessThan(10_000); // a hang guard for the test run (quadratic: minutes), not a speed claim
    expect(words(d, 'indiener')).toEqual([]);
  });
});

describe('motie segmentation on real moties', () => {
  it('Kamerstuk 26643-244 (El Fassed): two overwegende, two constaterende, two dicta', () => {
    const d = load('moties/real-26643-244-open-standaarden.md');
    expect(outline(d)).toEqual([
      'aanhef: De Kamer,',
      'beraadslaging: gehoord de beraadslaging,',
      'overweging: overwegende dat',
      'overweging: overwegende dat',
      'overweging: constaterende dat',
      'overweging: constaterende dat',
      'dictum: verzoekt de regering',
      'dictum: verzoekt de regering',
      'slot: en gaat over tot de orde van de dag.',
    ]);
    expect(words(d, 'indiener')).toEqual(['El Fassed']);
  });

  it('Kamerstuk 29279-760 (Van Baarle): no blank lines, parts wrapped over lines', () => {
    const d = load('moties/real-29279-760-motiveringsplicht.md');
    expect(outline(d)).toEqual([
      'aanhef: De Kamer,',
      'beraadslaging: gehoord de beraadslaging,',
      'overweging: constaterende dat',
      'overweging: overwegende dat',
      'dictum: verzoekt de regering',
      'slot: en gaat over tot de orde van de dag.',
    ]);
    expect(words(d, 'overweging')[0]).toBe(
      'constaterende dat de regering op dit moment werkt aan een herziening van de Algemene wet bestuursrecht om de principes van behoorlijk bestuur hierin aan te scherpen;',
    );
    expect(words(d, 'dictum')[0]).toMatch(/^verzoekt de regering om de motiveringsplicht .* of op risicoprofilering,$/);
    expect(d.parts.find((p) => p.kind === 'dictum')!.lines.map((l) => l.line)).toEqual([11, 12, 13]); // 0-based
  });

  it('Kamerstuk 33959-5 (Klein): "spreekt als haar mening uit" and "verzoekt de Voorzitter"', () => {
    expect(outline(load('moties/real-33959-5-spreekt-uit.md')).filter((o) => o.startsWith('dictum'))).toEqual([
      'dictum: spreekt als haar mening uit',
      'dictum: verzoekt de Voorzitter',
    ]);
  });

  it('Kamerstuk 35200-VII-14: "van mening dat" and "verzoekt de regering tevens"; four indieners lines in 26643-469', () => {
    expect(outline(load('moties/real-35200-VII-14-richtlijn-algoritmes.md'))).toContain('overweging: van mening dat');
    expect(words(load('moties/real-26643-469-ncsc-ransomware.md'), 'indiener')).toEqual(['Verhoeven', 'Hijink', 'Buitenweg', 'Krol']);
  });

  it('a motie in one paragraph splits at every part', () => {
    const d = load('moties/asiel-een-alinea.md');
    expect(outline(d)).toEqual([
      'aanhef: De Kamer,',
      'beraadslaging: gehoord de beraadslaging,',
      'overweging: constaterende dat',
      'overweging: overwegende dat',
      'dictum: verzoekt de regering',
      'slot: en gaat over tot de orde van de dag.',
    ]);
    expect(words(d, 'aanhef')).toEqual(['De Kamer,']);
    expect(words(d, 'overweging')[1]).toBe('overwegende dat wachten zonder besluit asielzoekers en gemeenten in onzekerheid laat;');
  });

  it('CRLF, front matter, list items, upper-case openers and "Voorts/Tevens"', () => {
    expect(outline(load('moties/stikstof-zonder-slot.md')).map((o) => o.split(':')[0])).toEqual(['aanhef', 'beraadslaging', 'overweging', 'overweging', 'dictum']);
    expect(outline(load('moties/zorg-lijstjes.md'))).toContain('overweging: constaterende dat');
    expect(outline(load('moties/ndd-doorzettingsmacht.motie.md'))).toEqual(expect.arrayContaining(['overweging: CONSTATERENDE DAT', 'overweging: Voorts constaterende dat']));
    expect(outline(load('moties/defensie-zonder-aanhef.md'))).toEqual([
      'overweging: Constaterende dat',
      'overweging: Tevens overwegende dat',
      'dictum: VERZOEKT DE REGERING',
      'slot: en gaat over tot de orde van de dag.',
    ]);
  });

  it('a short opener word inside a wrapped sentence does not start a part', () => {
    const text = 'De Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat de kosten van het project, zoals\ngezien de inflatie verwacht, stijgen;\n\nverzoekt de regering X te doen,\n\nen gaat over tot de orde van de dag.\n';
    const d = buildDraft({ uri: 'file:///a.md', version: 1, text });
    expect(outline(d).map((o) => o.split(':')[0])).toEqual(['aanhef', 'beraadslaging', 'overweging', 'dictum', 'slot']);
  });
});

describe('Kamervragen still being written', () => {
  it('a bare number as the last line is the next question\'s number being typed, not a label that turns the list into the header (a staffer\'s trial: the fix made "4" a "1")', () => {
    const head = 'Vragen van het lid Van Dijk (CDA) aan de minister van Financiën over X (ingezonden 12 maart 2026)\n\n1. Wat is uw reactie?\n\n2. Kunt u dat doen?\n\n3. Wanneer?\n\n';
    const typing = buildDraft({ uri: 'file:///v.vragen.md', version: 1, text: `${head}4` });
    expect(typing.parts.filter((p) => p.kind === 'vraag').map((p) => p.number?.value)).toEqual([1, 2, 3, 4]);
    // With a question after it, the bare number is a label as before ("4⏎⏎Hoe verder?").
    const labelled = buildDraft({ uri: 'file:///v.vragen.md', version: 1, text: 'Vragen van het lid Van Dijk (CDA) aan de minister van Financiën over X (ingezonden 12 maart 2026)\n\n1\n\nWat is uw reactie?\n\n2\n\nHoe verder?\n' });
    expect(labelled.parts.filter((p) => p.kind === 'vraag').map((p) => p.number?.value)).toEqual([1, 2]);
  });
});

describe('Kamervragen as a bare list of questions', () => {
  it('a paragraph opening with a clause ("Wanneer de gemeente niet betaalt, …") is context, not a question without its "?" (a reviewer)', () => {
    const text = 'Vragen van het lid Van Dijk (CDA) aan de minister van Financiën over X (ingezonden 12 maart 2026)\n\nBent u bekend met het bericht over de opvang?\n\nWanneer de gemeente niet betaalt, sluit de opvang.\n\nHoeveel plaatsen gaan er verloren\n';
    const d = buildDraft({ uri: 'file:///v.vragen.md', version: 1, text });
    expect(words(d, 'vraag')).toEqual(['Bent u bekend met het bericht over de opvang?', 'Hoeveel plaatsen gaan er verloren']);
  });
});

describe('Kamervragen segmentation on real Kamervragen', () => {
  it('2023Z08338: header with addressee, "Vraag 1" alone on its line, nine questions', () => {
    const d = load('vragen/real-2023Z08338-cybercriminaliteit.md');
    expect(d.adressaat?.text).toBe('de Minister van Justitie en Veiligheid');
    expect(d.parts.filter((p) => p.kind === 'vraag').map((p) => p.number?.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(words(d, 'vraag')[0]).toBe('Vraag 1 Bent u bekend met bovenstaand bericht?');
  });

  it('2025D04328: the answer document: headers, "Antwoord van …", questions and answers apart', () => {
    const d = load('vragen/real-2025D04328-antwoord-erkens.md');
    // The page title "Antwoord schriftelijke vragen : …" is no answer; "Antwoord van Minister …" opens the answers.
    expect(d.parts.map((p) => p.kind)).toEqual(['toelichting', 'header', 'antwoord', 'vraag', 'antwoord']);
    expect(words(d, 'vraag')[0]).toMatch(/^Vraag 1 Deelt u de mening .* Zo nee, waarom niet\?$/);
  });

  it('2025D30461: addressee "de Minister en de Staatssecretaris van …", five questions', () => {
    const d = load('vragen/real-2025D30461-techgiganten.vragen.md');
    expect(d.adressaat?.text).toBe('de Minister en de Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties');
    expect(d.parts.filter((p) => p.kind === 'vraag').map((p) => p.number?.value)).toEqual([1, 2, 3, 4, 5]);
  });

  it('the openkamer rendering: numbered notes before "• Vraag 1" are notes, not questions', () => {
    // Excerpt of https://www.openkamer.org/kamervraag/2025Z10400 (Kamervragen 2025Z10400, Kathmann en Six Dijkstra).
    const text = [
      'Kamervraag 2025Z10400',
      '',
      'De groeiende afhankelijkheid van Amerikaanse techgiganten',
      '',
      '1. BNR, 20 mei 2025, Overheidsorganisaties blijven in de Amerikaanse cloud, ondanks zorgen in de Tweede Kamer | BNR Nieuwsradio',
      '2. Dit betreft de volgende zbo’s: UWV, Sociale Verzekeringsbank (SVB), Centraal Bureau voor de Statistiek (CBS)',
      '3. Kamerstuk 26 643, nr. 1315',
      '  • Vraag 1',
      '    Bent u bekend met het bericht: «Overheidsorganisaties blijven in de Amerikaanse cloud, ondanks zorgen in de Tweede Kamer»1? Bent u tevens bekend met het feit dat de hoofdaanklager van het Internationaal Strafhof onlangs de toegang tot Microsoft-diensten is ontzegd op laste van de Amerikaanse regering?',
      '  • Vraag 2',
      '    Kunt u bevestigen dat Rijkswaterstaat, die BNR met zestien andere overheidsorganisaties onder de loep heeft genomen,2 de overstap naar clouddiensten van Amerikaanse dienstverleners niet heroverweegt? Zo ja, kunt u dit besluit onderbouwen?',
      '',
    ].join('\n');
    const d = buildDraft({ uri: 'file:///2025Z10400.vragen.md', version: 1, text });
    expect(d.parts.filter((p) => p.note).length).toBe(3);
    expect(d.parts.filter((p) => p.kind === 'vraag').map((p) => p.number?.value)).toEqual([1, 2]);
  });

  it('published notes "1 NOS, …" after the questions, and a list restarting at 1 with sources', () => {
    const noten = load('vragen/stikstof-noten.md');
    expect(noten.parts.filter((p) => p.note).map((p) => noten.text.slice(p.start, p.start + 8))).toEqual(['1 NU.nl,']);
    const lijst = load('vragen/defensie-lijst.md');
    expect(lijst.parts.filter((p) => p.kind === 'vraag').map((p) => p.number?.value)).toEqual([1, 2, 3]);
    expect(lijst.parts.filter((p) => p.note)).toHaveLength(2);
  });
});
