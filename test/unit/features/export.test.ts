import { describe, expect, it } from 'vitest';
import { createDraftService, renderExportMarkdown, renderExportReport, renderExportText, type ExportResult, type ExportRun } from '../../../src/core/service';
import { failOnRuleError } from '../../support/strict';
import { builtinCorpus, LEXICON } from '../rules/helpers';

const service = createDraftService({ vagueTerms: LEXICON, corpus: builtinCorpus(), today: () => '2026-12-01', onRuleError: failOnRuleError });
let version = 0;
const exportOf = (text: string, uri = 'file:///w/concept.md', toch = false): ExportResult => service.exportDraft({ uri, version: ++version, text }, { toch });

const motie = (overweging: string, dictum = 'verzoekt de regering vóór 1 juli 2027 een plan naar de Kamer te sturen,') =>
  ['---', 'soort: motie', '---', '# Motie van het lid Kathmann over de digitale dienst', '', 'De Kamer,', '', 'gehoord de beraadslaging,', '', overweging, '', dictum, '', 'en gaat over tot de orde van de dag.', '', 'Kathmann', ''].join('\n');

const vragen = (body: string, header = 'Vragen van het lid Six Dijkstra (NSC) aan de minister van Defensie over de krijgsmacht (ingezonden 1 december 2026).') =>
  ['---', 'soort: kamervragen', '---', header, '', body, ''].join('\n');

describe('export of a motie: indented paragraphs', () => {
  it('keeps a paragraph pasted with a tab or four spaces in front: it was read as code and left out (a staffer\'s trial)', () => {
    const r = exportOf(motie('constaterende dat de NS de dienstregeling uitdunt;\n\n\toverwegende dat goed openbaar vervoer onmisbaar is;', '    verzoekt de regering de dienstregeling te handhaven,'));
    const text = renderExportText(r.document!);
    expect(text).toContain('\n\noverwegende dat goed openbaar vervoer onmisbaar is;\n\n');
    expect(text).toContain('\n\nverzoekt de regering de dienstregeling te handhaven,\n\n');
    expect(r.report.errors).toEqual([]);
    // A fenced block stays code.
    expect(renderExportText(exportOf(motie('constaterende dat X;\n\n```\noverwegende dat Y;\n```')).document!)).not.toContain('overwegende dat Y');
  });
});

describe('export: placeholders and escapes (a staffer\'s trial: "<gemeente>" vanished, "10\\%" kept its backslash)', () => {
  it('stops on a placeholder left to fill in, and keeps it in the text when exported anyway', () => {
    const text = motie('constaterende dat X;', 'verzoekt de regering met de gemeenten <gemeente> en \\<stad\\> een regeling te <b>snel</b> treffen,');
    const stopped = exportOf(text);
    expect(stopped.report.blocked).toBe(true);
    expect(stopped.report.errors.map((e) => [e.code, e.message])).toEqual([
      ['invulplek', 'Nog in te vullen: ‘<gemeente>’. Vul het in voor u de tekst indient.'],
      ['invulplek', 'Nog in te vullen: ‘<stad>’. Vul het in voor u de tekst indient.'],
    ]);
    expect(renderExportText(exportOf(text, undefined, true).document!)).toContain('\nverzoekt de regering met de gemeenten <gemeente> en <stad> een regeling te snel treffen,\n');
    // An address in angle brackets is a link; a comparison, Word's markup and an HTML block are no placeholder (a reviewer).
    expect(exportOf(motie('constaterende dat <https://www.tweedekamer.nl> het zegt;')).report.errors).toEqual([]);
    expect(exportOf(motie('constaterende dat gezinnen met een inkomen < € 30.000 en een vermogen > € 50.000 (<18 jaar) niets krijgen<o:p></o:p>;')).report.errors).toEqual([]);
    expect(exportOf(motie('constaterende dat X;\n\n<section>\n\noverwegende dat Y;\n\n</section>')).report.errors).toEqual([]);
  });

  it('drops the backslash of any escaped punctuation', () => {
    const r = exportOf(motie('constaterende dat art\\_2, \\#3 en 10\\% zijn genoemd \\(zie \\"bijlage\\"\\)\\;'));
    expect(renderExportText(r.document!)).toContain('\nconstaterende dat art_2, #3 en 10% zijn genoemd (zie "bijlage");\n');
  });

  it('a document that is no draft: the report does not offer the override that cannot help', () => {
    const r = exportOf('# Notities\n\nEen lijst.\n', 'file:///w/notities.md', true);
    expect(renderExportReport(r.report, 'nl').split('\n')[0]).toBe('Export gestopt.');
    // The editor reads the same: it offers no "Toch exporteren" (a reviewer: it did, and stopped again).
    expect(r.report.final).toBe(true);
    expect(exportOf(motie('constaterende dat <gemeente> X;')).report.final).toBeUndefined();
  });
});

describe('export of a motie: lists', () => {
  it('keeps each item of a list in an overweging or dictum on a line of its own, with its number or dash (they were folded and lost; a staffer\'s trial)', () => {
    const r = exportOf(motie('constaterende dat:\n- 40% van de gemeenten een tekort heeft;\n- de tarieven niet zijn geïndexeerd;', 'verzoekt de regering:\n1. vóór de Voorjaarsnota een plan te presenteren;\n2. de tarieven jaarlijks te indexeren,'));
    const text = renderExportText(r.document!);
    expect(text).toContain('\nconstaterende dat:\n   - 40% van de gemeenten een tekort heeft;\n   - de tarieven niet zijn geïndexeerd;\n');
    expect(text).toContain('\nverzoekt de regering:\n   1. vóór de Voorjaarsnota een plan te presenteren;\n   2. de tarieven jaarlijks te indexeren,\n');
  });
});

describe('export of a motie: citation keys', () => {
  it('drops a key from the text, with the space before it', () => {
    const r = exportOf(motie('constaterende dat het coalitieakkoord een Nederlandse Digitale Dienst belooft [@ca2026:nederlandse-digitale-dienst];'));
    const text = renderExportText(r.document!);
    expect(text).toContain('constaterende dat het coalitieakkoord een Nederlandse Digitale Dienst belooft;\n');
    expect(text).not.toContain('@');
    expect(r.document!.notes).toEqual([]);
    expect(r.report.warnings.map((w) => w.code)).not.toContain('citeersleutel-zonder-vermelding');
  });

  it('warns, and says where, when the prose names neither the agreement nor its words', () => {
    const r = exportOf(motie('constaterende dat er een digitale dienst komt [@ca2026:nederlandse-digitale-dienst];'));
    const lost = r.report.warnings.filter((w) => w.code === 'citeersleutel-zonder-vermelding');
    expect(lost).toHaveLength(1);
    expect(lost[0]!.line).toBe(9);
    expect(lost[0]!.text).toBe('[@ca2026:nederlandse-digitale-dienst]');
    expect(lost[0]!.message).toContain('de constatering (regel 10)');
    expect(r.report.blocked).toBe(false);
  });

  it('counts six words of the commitment in a row as naming it', () => {
    const r = exportOf(motie('constaterende dat de nieuwe dienst volgens het kabinet “kwaliteitsstandaarden op[stelt] en goede ontwerpkeuzes borgt”, maar dat stelt kwaliteitsstandaarden op en borgt goede ontwerpkeuzes [@ca2026:nederlandse-digitale-dienst];'));
    expect(r.report.warnings.map((w) => w.code)).not.toContain('citeersleutel-zonder-vermelding');
  });

  it('counts the commitment\'s words quoted in pieces of three or more, and calls a constatering so (a staffer\'s trial: "… die ‘compact, deskundig en met doorzettingsmacht’ is" was said to name neither)', () => {
    const quoted = exportOf(motie('constaterende dat het kabinet een Nederlandse Digitale Dienst wil oprichten die "compact, deskundig en met doorzettingsmacht" is [@ca2026:nederlandse-digitale-dienst];'));
    expect(quoted.report.warnings.map((w) => w.code)).not.toContain('citeersleutel-zonder-vermelding');
    // Single words of it here and there are no quotation.
    const scattered = exportOf(motie('constaterende dat er een dienst komt die compact is en deskundig, met macht [@ca2026:nederlandse-digitale-dienst];'));
    expect(scattered.report.warnings.find((w) => w.code === 'citeersleutel-zonder-vermelding')!.message).toContain('de constatering (regel 10)');
  });

  it('a key in a footnote is written out in its note, once: not again beside the quotation the note gives already, and no warning that it is lost (a staffer\'s trial)', () => {
    const note = '[^1]: Coalitieakkoord ‘Aan de slag’ (2026): ‘We richten een Nederlandse Digitale Dienst op: compact, deskundig en met doorzettingsmacht. Deze dienst ondersteunt de digitalisering Rijksbreed, stelt kwaliteitsstandaarden op en borgt goede ontwerpkeuzes.’ [@ca2026:nederlandse-digitale-dienst]';
    const r = exportOf(`${motie('overwegende dat de afhankelijkheid van leveranciers groot blijft;[^1]')}\n${note}\n`);
    expect(r.document!.notes).toHaveLength(1);
    expect(r.document!.notes[0]!.text.match(/compact, deskundig/g)).toHaveLength(1);
    expect(r.report.warnings.map((w) => w.code)).not.toContain('citeersleutel-zonder-vermelding');
    // A note that only names the key still gets the commitment's words.
    const bare = exportOf(vragen('1. Hoe staat het met de dienst?[^1]\n\n[^1]: Zie het akkoord [@ca2026:nederlandse-digitale-dienst].'));
    expect(bare.document!.notes[0]!.text).toMatch(/^Zie het akkoord\. Aan de slag.*“We richten een Nederlandse Digitale Dienst op/);
    // A note that only leads in ("Zie [@key].") takes the commitment in the key's place: it read "Zie. Aan de slag …" (a reviewer).
    for (const lead of ['Zie', 'Zie ook', 'Vgl.', 'Bron:']) {
      const led = exportOf(vragen(`1. Hoe staat het met de dienst?[^1]\n\n[^1]: ${lead} [@ca2026:nederlandse-digitale-dienst].`));
      expect(led.document!.notes[0]!.text).toMatch(new RegExp(`^${lead.replace('.', '\\.')} Aan de slag.*“We richten een Nederlandse Digitale Dienst op`));
    }
    // Two keys joined by "en", and a colon after the lead-in: the same (they read "Zie en. …" and "zie ook:. …"; a reviewer).
    const two = exportOf(vragen('1. Hoe staat het met de dienst?[^1]\n\n[^1]: Zie [@ca2026:nederlandse-digitale-dienst] en [@ca2021:uitvoeringsorganisaties-aanspreekbaar-versterken].'));
    expect(two.document!.notes[0]!.text).toMatch(/^Zie Aan de slag[^]*“We richten een Nederlandse Digitale Dienst op/);
    expect(two.document!.notes[0]!.text).not.toMatch(/\ben\.|Zie en/);
    const colon = exportOf(vragen('1. Hoe staat het met de dienst?[^1]\n\n[^1]: zie ook: [@ca2026:nederlandse-digitale-dienst].'));
    expect(colon.document!.notes[0]!.text).toMatch(/^zie ook Aan de slag/);
    // A note that quotes the words without naming the agreement keeps its title (a reviewer: the source was lost).
    const unnamed = exportOf(vragen('1. Hoe staat het met de dienst?[^1]\n\n[^1]: Zie ‘een Nederlandse Digitale Dienst op: compact, deskundig en met doorzettingsmacht’ [@ca2026:nederlandse-digitale-dienst].'));
    expect(unnamed.document!.notes[0]!.text).toMatch(/^Zie ‘een Nederlandse Digitale Dienst op: compact, deskundig en met doorzettingsmacht’\. Aan de slag/);
  });

  it('says where in the dictum, in English when asked', () => {
    const en = createDraftService({ vagueTerms: LEXICON, corpus: builtinCorpus(), today: () => '2026-12-01', settings: { taal: 'en' } });
    const r = en.exportDraft({ uri: 'file:///w/m.md', version: 1, text: motie('constaterende dat er veel te doen is;', 'verzoekt de regering een dienst op te richten [@ca2026:nederlandse-digitale-dienst],') });
    const lost = r.report.warnings.find((w) => w.code === 'citeersleutel-zonder-vermelding')!;
    expect(lost.message).toMatch(/^The citation key ca2026:nederlandse-digitale-dienst is dropped on export, and the dictum \(line 12\)/);
  });
});

describe('export of a motie: the layout', () => {
  it('makes the title from the members and the date from today when the draft has neither', () => {
    const text = ['De Kamer,', '', 'gehoord de beraadslaging,', '', 'verzoekt de regering een plan te sturen,', '', 'en gaat over tot de orde van de dag.', '', 'Kathmann', '', 'Six Dijkstra', ''].join('\n');
    const r = exportOf(text, 'file:///w/x.motie.md');
    expect(r.document!.title).toBe('Motie van de leden Kathmann en Six Dijkstra');
    expect(renderExportText(r.document!).split('\n\n').slice(0, 3)).toEqual(['Motie van de leden Kathmann en Six Dijkstra', 'Voorgesteld 1 december 2026', 'De Kamer,']);
    // Said, as for Kamervragen: the date goes to the Griffie (a new user's trial: it was added without a word).
    expect(r.report.warnings.map((w) => w.code)).toEqual(['voorgesteld-vandaag']);
    expect(r.report.warnings[0]!.message).toMatch(/^De motie noemt geen datum: de export zet er ‘Voorgesteld 1 december 2026’ in, de datum van vandaag\./);
    // A date of the draft's own (front matter, or a "Voorgesteld" line): that one, without a word.
    const dated = exportOf(['---', 'datum: 2026-11-20', '---', text].join('\n'), 'file:///w/x.motie.md');
    expect(renderExportText(dated.document!)).toContain('Voorgesteld 20 november 2026');
    expect(dated.report.warnings).toEqual([]);
    expect(exportOf(['Voorgesteld 19 november 2026', '', text].join('\n'), 'file:///w/x.motie.md').report.warnings).toEqual([]);
  });

  it('a slot and an aanhef misspelt beyond the formula table go out as the slot and the aanhef, as written, with motie-slot\'s and motie-aanhef\'s warnings (as any misspelt formula: the export writes the text, the report says what to fix); the slot was the dictum\'s last paragraph, the aanhef a kop line', () => {
    const text = motie('constaterende dat het regent;').replace('en gaat over tot de orde van de dag.', 'en gaat over to de orde van de dag.').replace('De Kamer,', 'De Kammer,');
    const r = exportOf(text);
    expect(r.report.blocked).toBe(false);
    const said = (run: ExportRun) => ('text' in run ? run.text : '\n');
    expect(r.document!.blocks.map((b) => [b.role, b.runs.map(said).join('')])).toEqual([
      ['titel', 'Motie van het lid Kathmann over de digitale dienst'],
      ['voorgesteld', 'Voorgesteld 1 december 2026'],
      ['aanhef', 'De Kammer,'],
      ['beraadslaging', 'gehoord de beraadslaging,'],
      ['overweging', 'constaterende dat het regent;'],
      ['dictum', 'verzoekt de regering vóór 1 juli 2027 een plan naar de Kamer te sturen,'],
      ['slot', 'en gaat over to de orde van de dag.'],
      ['indiener', 'Kathmann'],
    ]);
    expect(r.report.warnings.map((w) => [w.code, w.text]).filter(([code]) => code !== 'voorgesteld-vandaag')).toEqual([
      ['motie-aanhef', 'De Kammer,'],
      ['motie-slot', 'en gaat over to de orde van de dag.'],
    ]);
  });

  it('uses "het lid X c.s." for three members and front matter onderwerp', () => {
    const text = ['---', 'onderwerp: de digitale dienst', '---', 'De Kamer,', '', 'gehoord de beraadslaging,', '', 'verzoekt de regering een plan te sturen,', '', 'en gaat over tot de orde van de dag.', '', 'Kathmann', '', 'Six Dijkstra', '', 'Dassen', ''].join('\n');
    expect(exportOf(text, 'file:///w/x.motie.md').document!.title).toBe('Motie van het lid Kathmann c.s. over de digitale dienst');
  });

  it('renders Markdown with the title as a heading and escapes what would become syntax', () => {
    const r = exportOf(motie('constaterende dat 2 * 3 gelijk is aan [zes];'));
    const md = renderExportMarkdown(r.document!);
    expect(md.startsWith('# Motie van het lid Kathmann over de digitale dienst\n\nVoorgesteld 1 december 2026\n\nDe Kamer,')).toBe(true);
    expect(md).toContain('constaterende dat 2 \\* 3 gelijk is aan \\[zes\\];');
  });
});

describe('export stops on errors', () => {
  const noDictum = ['---', 'soort: motie', '---', 'Motie van het lid Kathmann', '', 'De Kamer,', '', 'gehoord de beraadslaging,', '', 'constaterende dat het regent;', '', 'en gaat over tot de orde van de dag.', '', 'Kathmann', ''].join('\n');

  it('lists the errors and gives no document', () => {
    const r = exportOf(noDictum);
    expect(r.report.blocked).toBe(true);
    expect(r.document).toBeUndefined();
    expect(r.report.errors.map((e) => e.code)).toContain('motie-dictum');
    const report = renderExportReport(r.report, 'nl');
    expect(report).toMatch(/^Export gestopt: \d+ fout(?:en)? in het concept\. .*‘Toch exporteren’ \(CLI: --toch\)\.\nFouten:\n {2}\d+: motie-dictum: /);
  });

  it('exports with the override, which the report records', () => {
    const r = exportOf(noDictum, undefined, true);
    expect(r.report.blocked).toBe(false);
    expect(r.report.overridden).toBe(true);
    expect(r.document!.blocks.map((b) => b.role)).toEqual(['titel', 'voorgesteld', 'aanhef', 'beraadslaging', 'overweging', 'slot', 'indiener']);
    expect(renderExportReport(r.report, 'en')).toMatch(/^Exported anyway, with \d+ errors? in the draft/);
  });

  it('an override without errors records nothing', () => {
    const r = exportOf(motie('constaterende dat het regent;'), undefined, true);
    expect(r.report).toMatchObject({ blocked: false, overridden: false, errors: [] });
  });

  it('a document that is neither a motie nor Kamervragen is not exported, even with the override', () => {
    const r = exportOf('# Boodschappen\n\nMelk en brood.\n', 'file:///w/lijst.md', true);
    expect(r.document).toBeUndefined();
    expect(r.report.errors.map((e) => e.code)).toEqual(['geen-concept']);
  });
});

describe('export of Kamervragen', () => {
  it('makes a citation key a numbered note with the agreement, page and words, in one sequence with footnotes', () => {
    const body = [
      '1. Bent u bekend met het bericht «Defensie zoekt mensen»?[^a]',
      '',
      '2. Hoe staat het met de belofte van een krijgsmacht van 122.000 mensen [@ca2026:krijgsmacht-122000-mensen]?',
      '',
      '[^a]: NOS, 1 december 2026.',
    ].join('\n');
    const doc = exportOf(vragen(body)).document!;
    expect(doc.notes[0]).toEqual({ number: 1, text: 'NOS, 1 december 2026.' });
    expect(doc.notes[1]!.number).toBe(2);
    expect(doc.notes[1]!.text).toMatch(/^Aan de slag\. Bouwen aan een beter Nederland, p\. 31: “.+”$/);
    const text = renderExportText(doc);
    expect(text).toContain('1. Bent u bekend met het bericht «Defensie zoekt mensen»?[1]\n');
    expect(text).toContain('2. Hoe staat het met de belofte van een krijgsmacht van 122.000 mensen[2]?\n');
    expect(text).toMatch(/\n\n\[1\] NOS, 1 december 2026\.\n\[2\] Aan de slag/);
    expect(renderExportMarkdown(doc)).toContain('mensen[^2]?');
  });

  it('numbers the questions 1 to n as the Kamer publishes them, and says so when they were written otherwise (a staffer\'s trial: "1. 1. 1." went out as written)', () => {
    const r = exportOf(vragen('1. Hoeveel?\n\n1. Wat?\n\n1. Wanneer?'));
    expect(renderExportText(r.document!)).toMatch(/\n1\. Hoeveel\?\n\n2\. Wat\?\n\n3\. Wanneer\?\n/);
    expect(r.report.warnings.filter((w) => w.code === 'vragen-hernummerd').map((w) => w.message)).toEqual(['De vragen zijn genummerd als 1, 1, 1: de export nummert ze 1 tot en met 3, zoals de Kamer ze publiceert.']);
    const labels = exportOf(vragen('Vraag 1\nHoeveel?\n\nVraag 3\nWat?'));
    expect(renderExportText(labels.document!)).toContain('\n2. Wat?\n');
    // Numbered right: nothing said.
    expect(exportOf(vragen('1. Hoeveel?\n\n2. Wat?')).report.warnings.map((w) => w.code)).not.toContain('vragen-hernummerd');
  });

  it('a line of 250,000 characters of glued notes exports (its runs overflowed the call stack; a reviewer)', () => {
    const r = exportOf(vragen(`1. Is dit ${'?1'.repeat(125_000)}\n\nNoten\n\n1 NOS, 1 maart 2026`), undefined, true);
    expect(r.document!.blocks.filter((b) => b.role === 'vraag')).toHaveLength(1);
  });

  it('stops on a glued note number the list lacks (a staffer\'s trial: "voortgang?4" went out)', () => {
    const r = exportOf(vragen('1. Klopt X?1\n\n2. Klopt Y?4\n\nNoten\n\n1 NOS, 1 maart 2026'));
    expect(r.report.blocked).toBe(true);
    expect(r.report.errors.map((e) => [e.code, e.text])).toEqual([['voetnoten', '4']]);
    // A footnote nothing refers to stops nothing.
    expect(exportOf(vragen('1. Klopt X?\n\n[^a]: NOS.')).report.blocked).toBe(false);
  });

  it('stops on a marker without its footnote, in Kamervragen and in a motie: the export left it out, and the source with it (a staffer\'s trial)', () => {
    const r = exportOf(vragen('1. Kent u het bericht «X»?[^1]\n\n2. Klopt Y?[^2]\n\n[^1]: NOS, 1 maart 2026.'));
    expect(r.report.blocked).toBe(true);
    expect(r.report.errors.map((e) => [e.code, e.text])).toEqual([['voetnoten', '[^2]']]);
    expect(r.report.warnings.map((w) => w.code)).not.toContain('voetnoten');
    const m = exportOf(motie('constaterende dat het aantal meldingen stijgt[^bron];'));
    expect(m.report.errors.map((e) => [e.code, e.text])).toEqual([['voetnoten', '[^bron]']]);
    expect(exportOf(motie('constaterende dat het aantal meldingen stijgt[^bron];'), undefined, true).report.overridden).toBe(true);
  });

  it('a key cited twice refers to one note (it gave two notes with the same words; a staffer\'s trial)', () => {
    const body = ['1. Hoe staat het met de dienst [@ca2026:nederlandse-digitale-dienst]?', '', '2. Klopt X?[^a]', '', '3. En de dienst [@ca2026:nederlandse-digitale-dienst]?', '', '[^a]: NOS, 1 december 2026.'].join('\n');
    const doc = exportOf(vragen(body)).document!;
    expect(doc.notes.map((n) => n.number)).toEqual([1, 2]);
    const text = renderExportText(doc);
    expect(text).toContain('1. Hoe staat het met de dienst[1]?\n');
    expect(text).toContain('3. En de dienst[1]?\n');
  });

  it('says when a note gives words the corpus has only as another publication quoted them (a staffer\'s trial: they went out as the agreement\'s own, page and all)', () => {
    const r = exportOf(vragen('1. Hoe staat het met de dienst [@ca2026:nederlandse-digitale-dienst]?\n\n2. En met de krijgsmacht [@ca2026:krijgsmacht-122000-mensen] [@ca2026:krijgsmacht-122000-mensen]?'));
    const notes = r.report.warnings.filter((w) => w.code === 'noot-niet-gecontroleerd');
    expect(notes.map((w) => w.text)).toEqual(['@ca2026:nederlandse-digitale-dienst', '@ca2026:krijgsmacht-122000-mensen']);
    expect(notes[1]!.message).toBe('De voetnoot bij ca2026:krijgsmacht-122000-mensen geeft de tekst zoals kivi.nl die citeerde; ze is niet gecontroleerd in het akkoord zelf. Controleer de woorden en de pagina in het akkoord.');
    // A motie drops its keys: no note, nothing to say.
    expect(exportOf(motie('constaterende dat het kabinet een dienst opricht [@ca2026:nederlandse-digitale-dienst];')).report.warnings.map((w) => w.code)).not.toContain('noot-niet-gecontroleerd');
  });

  it('stops on a key that names no commitment (its note would say "onbekende toezegging"); the override writes it (a reviewer)', () => {
    const text = vragen('1. Hoe staat het met de belofte [@ca2026:bestaat-niet]?');
    const stopped = exportOf(text);
    expect(stopped.report.blocked).toBe(true);
    expect(stopped.document).toBeUndefined();
    expect(stopped.report.errors.map((e) => [e.code, e.text])).toEqual([['onbekende-toezegging', '@ca2026:bestaat-niet']]);
    expect(stopped.report.warnings.map((w) => w.code)).not.toContain('onbekende-toezegging');
    const toch = exportOf(text, undefined, true);
    expect(toch.report.overridden).toBe(true);
    expect(toch.document!.notes.map((n) => n.text)).toEqual(['ca2026:bestaat-niet (onbekende toezegging)']);
    // So does a key in a group left open, in a motie too: it went out as written (a staffer's trial).
    expect(exportOf(motie('constaterende dat het kabinet een dienst opricht [@ca2026:nederlandse-digitale-dienst, zoals beloofd;')).report.errors.map((e) => [e.code, e.text])).toEqual([
      ['onbekende-toezegging', '@ca2026:nederlandse-digitale-dienst'],
    ]);
    // A key of ours without its colon is one too ("ca2026-xyz" went out as a note; a trial of the CLI in CI).
    expect(exportOf(vragen('1. Hoe staat het met de belofte [@ca2026-xyz]?')).report.errors.map((e) => [e.code, e.text])).toEqual([['onbekende-toezegging', '@ca2026-xyz']]);
    // A motie drops its keys from the text: an unknown one stops nothing there.
    expect(exportOf(motie('constaterende dat het coalitieakkoord een dienst belooft [@ca2026:bestaat-niet];')).report.blocked).toBe(false);
  });

  it('reads the header into its parts', () => {
    expect(exportOf(vragen('1. Klopt het?')).document!.header).toEqual({
      indieners: 'Six Dijkstra (NSC)',
      adressaat: 'de minister van Defensie',
      onderwerp: 'de krijgsmacht',
      ingezonden: '1 december 2026',
    });
  });

  it('adds "(ingezonden <datum>)" when the header has none, and says so when that date is today', () => {
    const r = exportOf(vragen('1. Klopt het?', 'Vragen van het lid Six Dijkstra (NSC) aan de minister van Defensie over de krijgsmacht.'));
    expect(r.document!.title).toBe('Vragen van het lid Six Dijkstra (NSC) aan de minister van Defensie over de krijgsmacht (ingezonden 1 december 2026).');
    expect(r.report.warnings.map((w) => [w.code, w.line])).toEqual([['ingezonden-vandaag', 3]]);
    expect(r.report.warnings[0]!.message).toBe(
      'De kop noemt geen datum: de export zet er ‘(ingezonden 1 december 2026)’ achter, de datum van vandaag. Dient u de vragen later in, zet dan die datum in de kop, of als ‘datum:’ in de front matter.',
    );
    // The draft's own date: that one, without a word.
    const dated = exportOf(vragen('1. Klopt het?', 'Vragen van het lid Six Dijkstra (NSC) aan de minister van Defensie over de krijgsmacht.').replace('soort: kamervragen', 'soort: kamervragen\ndatum: 2026-11-20'));
    expect(dated.document!.title).toBe('Vragen van het lid Six Dijkstra (NSC) aan de minister van Defensie over de krijgsmacht (ingezonden 20 november 2026).');
    expect(dated.report.warnings).toEqual([]);
  });

  it('reads "Aanvullende vragen van het lid …" as the header: dated and closed as any (a staffer\'s trial)', () => {
    const r = exportOf(vragen('1. Wat is X?', 'Aanvullende vragen van het lid Six Dijkstra (NSC) aan de minister van Defensie over de krijgsmacht'));
    expect(renderExportText(r.document!).split('\n')[0]).toBe('Aanvullende vragen van het lid Six Dijkstra (NSC) aan de minister van Defensie over de krijgsmacht (ingezonden 1 december 2026).');
    expect(r.document!.header).toMatchObject({ indieners: 'Six Dijkstra (NSC)', adressaat: 'de minister van Defensie', onderwerp: 'de krijgsmacht' });
  });

  it('closes a header that gives its date with a full stop, as the Kamer publishes it', () => {
    const doc = exportOf(vragen('1. Klopt het?', 'Vragen van het lid Six Dijkstra (NSC) aan de minister van Defensie over de krijgsmacht (ingezonden 20 november 2026)')).document!;
    expect(doc.title).toBe('Vragen van het lid Six Dijkstra (NSC) aan de minister van Defensie over de krijgsmacht (ingezonden 20 november 2026).');
  });

  it('a note number glued to a mark, as published ("?1", "»2", "¹"), refers to the list\'s note: "?[1]", a footnote in Markdown (it stayed a bare "1")', () => {
    const body = ['1. Kent u het bericht «X»?1', '', '2. Klopt het dat de regering «Y»2 wil en in 2026,5 miljoen uitgeeft?', '', '3. Klopt Z?³', '', 'Noten', '', '1 NOS, 1 december 2026', '', '2 NRC, 2 december 2026', '', '3 Trouw, 3 december 2026'].join('\n');
    const doc = exportOf(vragen(body)).document!;
    const text = renderExportText(doc);
    expect(text).toContain('1. Kent u het bericht «X»?[1]\n');
    expect(text).toContain('2. Klopt het dat de regering «Y»[2] wil en in 2026,5 miljoen uitgeeft?\n');
    expect(text).toContain('3. Klopt Z?[3]\n');
    expect(renderExportMarkdown(doc)).toContain('«X»?[^1]\n');
    expect(renderExportMarkdown(doc)).toContain('[^1]: NOS, 1 december 2026');
    // Two notes glued together, as published: "?12" is notes 1 and 2.
    expect(renderExportText(exportOf(vragen(['1. Kent u de berichten «X» en «Y»?12', '', '1 NOS, 1 december 2026', '', '2 NRC, 2 december 2026'].join('\n'))).document!)).toContain('«Y»?[1][2]\n');
    // Numbers that are no notes stay numbers (a reviewer: "blz.[1][2]", "9:[1][5] uur").
    const notes5 = ['1 A', '2 B', '3 C', '4 D', '5 E'].join('\n\n');
    const plain = renderExportText(exportOf(vragen(`1. Klopt het volgens blz.12 en art.3, om 9:15 uur, in de verhouding 1:2, in de zomer van ’24 met "10 vragen"?\n\nNoten\n\n${notes5}`)).document!);
    expect(plain).toContain('1. Klopt het volgens blz.12 en art.3, om 9:15 uur, in de verhouding 1:2, in de zomer van ’24 met "10 vragen"?\n');
    // A note after the full stop that ends the question is one.
    expect(renderExportText(exportOf(vragen(`1. Dit is gemeld.3\n\nNoten\n\n${notes5}`)).document!)).toContain('1. Dit is gemeld.[1]\n');
    // A number no note of the list has stays a number.
    expect(renderExportText(exportOf(vragen(['1. Kent u het bericht «X»?4', '', '1 NOS, 1 december 2026'].join('\n')), undefined, true).document!)).toContain('«X»?4\n');
  });

  it('keeps each sub-question on a line of its own, with its mark (the lines were folded and a nested list lost its numbers)', () => {
    const body = ['1. Hoeveel vacatures zijn er bij:', '   1) de marine;', '   2) de landmacht?', '', '2. Kunt u dit per regio aangeven:', 'a) voor de basis-ggz;', 'b) voor de specialistische', 'ggz?'].join('\n');
    const doc = exportOf(vragen(body)).document!;
    const text = renderExportText(doc);
    expect(text).toContain('1. Hoeveel vacatures zijn er bij:\n   1) de marine;\n   2) de landmacht?\n\n');
    expect(text).toContain('2. Kunt u dit per regio aangeven:\n   a) voor de basis-ggz;\n   b) voor de specialistische ggz?\n');
    // A wrapped line that starts with an initial or a dash is no item (a reviewer: "heer⏎P. de Jong" broke the line).
    const wrapped = renderExportText(exportOf(motie('constaterende dat de gesprekken met de heer\nP. de Jong zijn vastgelopen;\n\noverwegende dat de regering\n– anders dan toegezegd – niets deed;')).document!);
    expect(wrapped).toContain('\nconstaterende dat de gesprekken met de heer P. de Jong zijn vastgelopen;\n');
    expect(wrapped).toContain('\noverwegende dat de regering – anders dan toegezegd – niets deed;\n');
    // Markdown: a hard break, the sub-question inside the question's item, its number no list of its own.
    expect(renderExportMarkdown(doc)).toContain('1. Hoeveel vacatures zijn er bij:\\\n   1\\) de marine;\\\n   2\\) de landmacht?\n');
  });

  it('keeps a paragraph that explains a question as a paragraph under it: it was joined onto the question\'s line (a staffer\'s trial)', () => {
    const body = ['1. Bent u bekend met het bericht «X»?[^1]', '', 'Het bericht meldt dat 9.000 vacatures openstaan.', '', '2. Hoeveel staan er open?', '', '[^1]: NOS, 1 december 2026.'].join('\n');
    const doc = exportOf(vragen(body)).document!;
    expect(doc.blocks.filter((b) => b.role === 'vraag')).toHaveLength(2);
    expect(renderExportText(doc)).toContain('\n1. Bent u bekend met het bericht «X»?[1]\n\n   Het bericht meldt dat 9.000 vacatures openstaan.\n\n2. Hoeveel staan er open?\n');
    expect(renderExportMarkdown(doc)).toContain('\n1. Bent u bekend met het bericht «X»?[^1]\n\n   Het bericht meldt dat 9.000 vacatures openstaan.\n\n2. Hoeveel staan er open?\n');
  });

  it('indents a question\'s explanation as far as its words start, from question 10 on too (by three spaces it fell out of the Markdown list; a reviewer)', () => {
    const questions = Array.from({ length: 11 }, (_, i) => `${i + 1}. Klopt punt ${i + 1}?`);
    questions[9] += '\n\nHet advies meldt dat punt 10 telt.';
    const doc = exportOf(vragen(questions.join('\n\n'))).document!;
    expect(renderExportMarkdown(doc)).toContain('\n10. Klopt punt 10?\n\n    Het advies meldt dat punt 10 telt.\n\n11. Klopt punt 11?');
    expect(renderExportText(doc)).toContain('\n10. Klopt punt 10?\n\n    Het advies meldt');
  });

  it('numbers all notes in the order the reader meets them: a footnote between "?1" and "?2" (a staffer\'s trial: 1, 3, 2)', () => {
    const body = ['1. Kent u het bericht «X»?1', '', '2. Kent u het artikel «Y»?[^1]', '', '3. Klopt Z?2', '', '[^1]: Telegraaf, 3 maart 2026.', '', 'Noten', '', '1 NOS, 1 maart 2026', '', '2 NZa, 2 maart 2026', '', '3 RIVM, niet aangehaald'].join('\n');
    const doc = exportOf(vragen(body)).document!;
    const text = renderExportText(doc);
    expect(text).toContain('1. Kent u het bericht «X»?[1]\n');
    expect(text).toContain('2. Kent u het artikel «Y»?[2]\n');
    expect(text).toContain('3. Klopt Z?[3]\n');
    expect(doc.notes).toEqual([
      { number: 1, text: 'NOS, 1 maart 2026' },
      { number: 2, text: 'Telegraaf, 3 maart 2026.' },
      { number: 3, text: 'NZa, 2 maart 2026' },
      { number: 4, text: 'RIVM, niet aangehaald' },
    ]);
  });

  it('numbers the notes of a key after a published list of notes', () => {
    const body = ['1. Kent u het bericht «X»?1', '', '2. Klopt de belofte [@ca2026:krijgsmacht-122000-mensen]?', '', '1 NOS, 1 december 2026'].join('\n');
    const doc = exportOf(vragen(body)).document!;
    expect(doc.notes.map((n) => n.number)).toEqual([1, 2]);
    expect(doc.notes[0]!.text).toBe('NOS, 1 december 2026');
  });
});
