import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/core/corpus/load';
import { buildCa2021, ID_LOCK_FILE, RENAMED_FILE, TEXT_FILE } from '../../../tools/corpus/ca2021';
import { isTableLine, repairText, splitUnits, weakId } from '../../../src/core/corpus/build';
import type { Paragraph } from '../../../tools/corpus/ca2021/parse';
import { OVERRIDES_FILE } from '../../../tools/corpus/ca2021/overrides';
import { parseAgreement } from '../../../tools/corpus/ca2021/parse';
import { GENERIC_RULES_FILE, readRules } from '../../../tools/corpus/ca2021/rules';
import { readTags } from '../../../tools/corpus/generate';
import { BuildError } from '../../../tools/corpus/util';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const read = (rel: string): string => readFileSync(path.join(ROOT, rel), 'utf8');
const knownTags = new Set(readTags(read).map((t) => t.id));
const rules = readRules(read, knownTags);
const parsed = parseAgreement(read(TEXT_FILE), TEXT_FILE, { gluedHeadings: rules.gluedHeadings });
const built = buildCa2021(read, knownTags);

describe('parsing the 2021 text', () => {
  it('reads the table of contents and skips it', () => {
    expect([...parsed.toc.keys()]).toEqual([
      'Democratische rechtsorde',
      'Duurzaam land',
      'Veiligheid en sterke samenleving',
      'Bestaanszekerheid en kansengelijkheid',
      'Welvarend land',
      'Gezondheid',
      'Internationaal',
      'Bijlage: financiën',
    ]);
    expect(parsed.toc.get('Bestaanszekerheid en kansengelijkheid')).toContain('Naar een samenleving waar iedereen zichtbaar zichzelf kan zijn');
    // No paragraph comes from the table of contents: the first chapter's first paragraph is its real text.
    const first = parsed.paragraphs.find((p) => p.chapter === 'Democratische rechtsorde')!;
    expect(first.text.startsWith('De democratische rechtsorde is het fundament')).toBe(true);
    expect(first.line).toBe(61);
  });

  it('has every chapter, with the introduction first', () => {
    expect(parsed.chapters).toEqual(['Inleiding', ...parsed.toc.keys()]);
  });

  it('splits headings the PDF glued to the start of a paragraph or after a full stop', () => {
    const firstOf = (section: string) => parsed.paragraphs.find((p) => p.section === section)!;
    expect(firstOf('Media').text.startsWith('Persvrijheid is onmisbaar')).toBe(true);
    expect(firstOf('Digitalisering').text.startsWith('De huidige digitale revolutie')).toBe(true);
    expect(firstOf('Naar een samenleving waar iedereen zichtbaar zichzelf kan zijn').text.startsWith('We willen dat iedereen in Nederland vrij kan zijn.')).toBe(true);
    expect(firstOf('Migratie').text.startsWith('Nederland staat voor een rechtvaardig')).toBe(true);
    // The paragraph before a glued heading ends at the full stop.
    const beforeMedia = parsed.paragraphs[parsed.paragraphs.indexOf(firstOf('Media')) - 1]!;
    expect(beforeMedia.text.endsWith('wordt een mandaatregeling nader uitgewerkt.')).toBe(true);
    const energiemix = parsed.paragraphs.find((p) => p.subsection === 'Energiemix')!;
    expect(energiemix.section).toBe('Klimaat en energie');
    expect(energiemix.text.startsWith('Energie blijven we gebruiken')).toBe(true);
  });

  it('records stand-alone sub-headings', () => {
    const p = parsed.paragraphs.find((x) => x.text.startsWith('We vergroten de toegang tot het recht voor burgers en mkb door griffierechten'))!;
    expect(p).toMatchObject({ chapter: 'Democratische rechtsorde', section: 'Versterking van de democratische rechtsorde', subsection: 'Relatie burger-overheid', number: 5 });
    const justitie = parsed.paragraphs.find((x) => x.text.startsWith('Het Wetboek van Strafvordering'))!;
    expect(justitie).toMatchObject({ section: 'Justitie en Veiligheid' });
    expect(justitie.subsection).toBeUndefined();
  });

  it('joins a paragraph the PDF broke at a page end', () => {
    const p = parsed.paragraphs.find((x) => x.text.startsWith('De publieke omroep is geworteld'))!;
    expect(p.text).toContain('grote en veelal buitenlandse commerciële ondernemingen.');
    expect(parsed.paragraphs.some((x) => x.text.startsWith('commerciële ondernemingen'))).toBe(false);
  });

  it('keeps table rows apart', () => {
    expect(isTableLine('Totaal 6.541 17.273 26.259 29.532 13.310 EMU-saldo -3,2% -2,3%')).toBe(true);
    expect(isTableLine('We investeren €30 miljoen structureel in 2022 en 2023.')).toBe(false);
    const tables = parsed.paragraphs.filter((p) => p.table);
    expect(tables.length).toBeGreaterThan(10);
    expect(tables.every((p) => p.chapter === 'Bijlage: financiën')).toBe(true);
  });
});

describe('units', () => {
  const para = (start: string) => parsed.paragraphs.find((p) => p.text.startsWith(start))!;
  const unitsOf = (p: Paragraph) => splitUnits(repairText(p.text), rules, { table: p.table }).units;

  it('attach a sentence that continues the same promise', () => {
    const units = unitsOf(para('Mensenhandel doet grove afbreuk')).map((u) => u.text);
    expect(units[0]).toBe('Mensenhandel doet grove afbreuk aan de waardigheid van mensen. Daarom gaan we uitbuiting tegen en vergroten we de toegankelijkheid van hulpverlening.');
    expect(units[1]).toBe('Artikel 273f van het Wetboek van Strafrecht wordt gemoderniseerd om vervolging van daders te verbeteren.');
  });

  it('are at most maxSentences long', () => {
    for (const u of built.units) expect(u.unit.sentences.length).toBeLessThanOrEqual(rules.maxSentences);
  });

  it('restore a full stop the PDF lost', () => {
    const units = unitsOf(para('We willen een duidelijker scheiding')).map((u) => u.text);
    expect(units).toContain('We willen de controlerende en wetgevende rol van de Kamer versterken');
    expect(units.some((u) => u.startsWith('Wij willen constructief samenwerken'))).toBe(true);
  });

  it('glue a sentence that cannot stand alone to the promise before it, within the paragraph', () => {
    const unitOf = (start: string) => built.units.find((u) => u.unit.sentences.some((x) => x.startsWith(start)))!.unit;
    expect(unitOf('Structureel trekken we €3 miljard uit.').text).toBe('We investeren deze kabinetsperiode €10,7 miljard in onderhoud en intensivering van onze defensie uitgaven. Structureel trekken we €3 miljard uit.');
    expect(unitOf('We trekken hier €800 miljoen').sentences[0]).toBe('Om de onderwijskwaliteit in Nederland te verhogen, investeren we in goede en voldoende leraren en schoolleiders.');
    expect(unitOf('We investeren hiertoe €200 miljoen').sentences[0]).toMatch(/^De financiering van de partners in de asielketen/);
    expect(unitOf('Een algoritmetoezichthouder bewaakt dit.').sentences[0]).toMatch(/^We regelen wettelijk dat algoritmes/);
    // Never across paragraphs: the Caribbean total is a paragraph of its own.
    expect(unitOf('In totaal investeren we €30 miljoen structureel.').sentences).toHaveLength(1);
  });

  it('let a context sentence that the next sentence builds on open the next unit', () => {
    const unitOf = (start: string) => built.units.find((u) => u.unit.sentences.some((x) => x.startsWith(start)))!.unit;
    expect(unitOf('Ook vragen de opgaven die er liggen').sentences).toEqual([
      'Ook vragen de opgaven die er liggen dikwijls een Europese of zelfs mondiale aanpak.',
      'Daarom gaat Nederland een voortrekkersrol spelen voor en binnen een sterke en slagvaardige Europese Unie.',
    ]);
  });

  it('cover every word of every paragraph, in order', () => {
    const paragraphs = [...new Set(built.units.map((u) => u.paragraph))];
    expect(paragraphs.map((p) => p.text)).toEqual(parsed.paragraphs.map((p) => p.text));
    for (const p of paragraphs) {
      const clean = repairText(p.text);
      const units = built.units.filter((u) => u.paragraph === p).map((u) => u.unit.text);
      expect(units.join(' ').replace(/\s+/g, '')).toBe(clean.replace(/\s+/g, ''));
    }
  });
});

describe('classification', () => {
  it('files the promises the reviewer found among the context passages as commitments', () => {
    const corpus = loadCorpus(read('corpus/ca2021.akkoord.yaml'), 'x', { knownTags }).corpus!;
    const commitment = (part: string) => corpus.commitments.find((c) => c.text.includes(part));
    for (const part of [
      'Daarom scherpen we de landelijke regie en de toelatingscriteria',
      'tot 27 jaar niet langer meetellen als kostendeler',
      'via een hogere ouderen korting',
      'een betaling per behandeling tot een maximum van 385 euro',
      'voorzien van een herkomstetiket',
      'Het bindend studieadvies (BSA) wordt aangepast.',
      'Woningen met slechte isolatie mogen op termijn niet meer worden verhuurd.',
      'Het Rijk neemt meer verantwoordelijkheid voor de huisvesting van statushouders',
      'anoniem solliciteren',
      'Defensie stoot overbodig vastgoed af',
    ]) {
      expect(commitment(part), part).toBeDefined();
    }
  });

  it('matches words with diacritics as whole words', () => {
    // fold() itself is tested with the core (test/unit/corpus/build/classify.test.ts).
    const byId = new Map(built.units.filter((u) => u.id).map((u) => [u.id!, u.classification]));
    expect(byId.get('reintegratie-aanpakken-hervormen')?.tags).not.toContain('integratie');
  });
});

describe('the generated 2021 corpus', () => {
  const corpus = loadCorpus(read('corpus/ca2021.akkoord.yaml'), 'x', { knownTags }).corpus!;

  it('has the agreed metadata', () => {
    expect(corpus).toMatchObject({ id: 'ca2021', kind: 'coalitieakkoord', parties: ['VVD', 'D66', 'CDA', 'ChristenUnie'], date: '2021-12-15', complete: true, replacedBy: 'hla2024', source: { verified: 'original' } });
    expect(corpus.source.document).toContain('favstats/coalitieakkoord2021');
  });

  it('has several hundred commitments from every chapter', () => {
    expect(corpus.commitments.length).toBeGreaterThan(500);
    const chapters = new Set(corpus.commitments.map((c) => c.chapter));
    for (const ch of parsed.chapters) expect(chapters, ch).toContain(ch);
    expect(corpus.passages.filter((p) => p.kind === 'context').length).toBeGreaterThan(100);
  });

  it('uses every firmness', () => {
    expect(new Set(corpus.commitments.map((c) => c.firmness))).toEqual(new Set(['besluit', 'wetgeving', 'financiering', 'inzet', 'onderzoek', 'doel', 'standpunt']));
  });

  it('gives readable, stable, unique ids', () => {
    const ids = corpus.commitments.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]{2,60}$/);
    const byId = new Map(corpus.commitments.map((c) => [c.id, c]));
    expect(byId.get('griffierechten-verlagen')!.text).toBe('We vergroten de toegang tot het recht voor burgers en mkb door griffierechten te verlagen.');
    expect(byId.get('algoritmes-wettelijk-controleren')!.firmness).toBe('wetgeving');
    expect(byId.get('verhuurderheffing-afschaffen')).toMatchObject({ section: 'Volkshuisvesting en Ruimtelijk ordening', tags: expect.arrayContaining(['wonen']) });
  });

  it('records chapter, section and paragraph', () => {
    const c = corpus.commitments.find((x) => x.id === 'griffierechten-verlagen')!;
    expect(c).toMatchObject({ chapter: 'Democratische rechtsorde', section: 'Versterking van de democratische rechtsorde', subsection: 'Relatie burger-overheid', paragraph: 5 });
  });

  it('keeps the whole text: every unit is a commitment or a passage', () => {
    const texts = new Set([...corpus.commitments.map((c) => c.text), ...corpus.passages.map((p) => p.text)]);
    for (const u of built.units) expect(texts.has(u.unit.text), u.unit.text.slice(0, 60)).toBe(true);
  });
});

describe('overrides', () => {
  const withOverrides = (yaml: string) => (rel: string) => (rel === OVERRIDES_FILE ? yaml : read(rel));

  it('must say why', () => {
    expect(() => buildCa2021(withOverrides('overrides:\n  - match: "We vergroten de toegang tot het recht voor burgers en mkb door griffierechten"\n    id: x\n'), knownTags)).toThrow(/reason/);
  });

  it('must match a unit', () => {
    expect(() => buildCa2021(withOverrides('overrides:\n  - match: "Deze zin staat niet in het akkoord"\n    reason: test\n'), knownTags)).toThrow(BuildError);
  });

  it('must match only one unit', () => {
    expect(() => buildCa2021(withOverrides('overrides:\n  - match: "We"\n    kind: context\n    reason: test\n'), knownTags)).toThrow(/maak "match" langer/);
  });

  it('change the classification', () => {
    const r = buildCa2021(withOverrides('overrides:\n  - match: "Klimaatverandering is dé uitdaging"\n    kind: commitment\n    firmness: standpunt\n    id: klimaat-uitdaging\n    reason: test\n'), knownTags);
    const c = r.corpus.commitments.find((x) => x.id === 'klimaat-uitdaging')!;
    expect(c).toMatchObject({ firmness: 'standpunt', text: 'Klimaatverandering is dé uitdaging voor onze generatie.' });
  });
});

describe('id stability', () => {
  // A rule change that alters how ids would be made (more words that may not be used in an id).
  const changedRules = (rel: string): string =>
    rel === GENERIC_RULES_FILE ? read(rel).replace('idStopwords: [', 'idStopwords: [toegang, kinderopvang, vergoeding, woningbouw, klimaatbeleid, ') : read(rel);
  const ids = (r: ReturnType<typeof buildCa2021>) => r.corpus.commitments.map((c) => c.id);

  it('keeps every id of an unchanged text when the rules change', () => {
    expect(ids(buildCa2021(changedRules, knownTags))).toEqual(ids(built));
  });

  it('would rename commitments without the lock (so the test above can fail)', () => {
    const noLock = (rel: string): string => (rel === ID_LOCK_FILE ? '' : changedRules(rel));
    const fresh = ids(buildCa2021(noLock, knownTags));
    expect(fresh).not.toEqual(ids(built));
    expect(new Set(fresh).size).toBe(fresh.length);
  });

  it('writes the lock in document order with every commitment', () => {
    const lines = built.idLock.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines.map((l) => l.split('\t')[0])).toEqual(ids(built));
  });
});

describe('ids that say something', () => {
  it('gives no weak id anywhere when every id is derived afresh', () => {
    const fresh = buildCa2021((rel) => (rel === ID_LOCK_FILE || rel === RENAMED_FILE ? '' : read(rel)), knownTags);
    expect(fresh.corpus.commitments.map((c) => c.id).filter((id) => weakId(id, rules))).toEqual([]);
  });

  it('no longer uses the ids the reviewer found empty or misleading', () => {
    const ids = new Set(built.corpus.commitments.map((c) => c.id));
    for (const old of ['vrij', 'defensie', 'media', 'juridisch', 'mkb', 'slachtoffer', 'committeren', 'keuring-toezicht', 'uitvoering-orde', 'leraren-schoolleiders', 'hierboven-unhcr-verhogen', 'risico-slimmer-betaalbaarder', 'saba-sint-eustatius', 'basisbeurs-terug', 'beleid-opgave-neerkomt']) {
      expect(ids.has(old), old).toBe(false);
    }
    for (const id of rules.retiredIds.keys()) expect(ids.has(id), id).toBe(false);
  });
});

describe('renamed ids', () => {
  it('the committed renamed.tsv points every old id at a commitment that exists', () => {
    const ids = new Set(built.corpus.commitments.map((c) => c.id));
    const rows = read(RENAMED_FILE).split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
    expect(rows.length).toBeGreaterThan(10);
    for (const [from, to] of rows) {
      expect(ids.has(from!), from).toBe(false);
      expect(ids.has(to!), `${from} → ${to}`).toBe(true);
    }
    const map = new Map(rows.map(([a, b]) => [a!, b!]));
    expect(map.get('defensie')).toBe('defensie-10-7-miljard');
    expect(map.get('algoritmetoezichthouder')).toBe('algoritmes-wettelijk-controleren');
    expect(map.get('saba-sint-eustatius')).toBe('caribisch-nederland-30-miljoen');
  });
});

describe('repeated promises (seeAlso)', () => {
  const corpus = loadCorpus(read('corpus/ca2021.akkoord.yaml'), 'x', { knownTags }).corpus!;
  const idOf = (start: string) => {
    const c = corpus.commitments.find((x) => x.text.startsWith(start) || x.text.includes(` ${start}`));
    expect(c, start).toBeDefined();
    return c!.id;
  };
  const linked = (a: string, b: string) => corpus.commitments.find((c) => c.id === idOf(a))!.seeAlso?.includes(idOf(b)) ?? false;

  // Real pairs from the text: the same promise stated twice, and neighbours that are not repeats.
  it.each([
    ['In stappen verhogen we de vergoeding van de kinderopvang tot 95% voor werkende ouders.', 'We maken het aantrekkelijker voor ouders om werk en zorg te combineren', true],
    ['In stappen verhogen we de vergoeding van de kinderopvang tot 95% voor werkende ouders voor kinderen tot 12 jaar.', 'We maken het aantrekkelijker voor ouders om werk en zorg te combineren', true],
    ['Ook vragen de opgaven die er liggen dikwijls', 'Ook de internationale rechtsorde, mensenrechten', true],
    ['We vergroten de toegang tot het recht voor burgers en mkb door griffierechten te verlagen.', 'We vergroten de toegang tot het recht voor burgers en mkb door de griffierechten', true],
    ['En we versterken de sociale advocatuur.', 'We versterken de sociale advocatuur in lijn met scenario 1', true],
    ['We hebben de ambitie om de toeslagen af te schaffen, zodat mensen niet meer verdwalen in de ingewikkelde', 'We hebben de ambitie om de toeslagen af te schaffen, zodat mensen niet meer verdwalen in ingewikkelde', true],
    ['We zetten de brede armoede- en schuldenaanpak met volle kracht door.', 'Ook zetten we de brede armoede- en schuldenaanpak', true],
    ['Ook hervormen en vereenvoudigen we de huurtoeslag.', 'Tegelijkertijd hervormen en vereenvoudigen we de huurtoeslag', true],
    ['We stellen voor de komende 10 jaar in totaal €7,5 mrd beschikbaar', 'Ook de nieuwe woningen in de 14 verstedelijkingsgebieden', true],
    ['We staan pal voor onze persvrijheid.', 'We staan pal voor de persvrijheid en voor journalisten', true],
    ['Het bindend studieadvies (BSA) wordt aangepast.', 'We evalueren zo snel als mogelijk de voor- en nadelen van het bindend studie advies', false],
    ['In totaal investeren we €30 mln structureel in media.', 'In totaal investeren we €30 miljoen structureel.', false],
    ['Met respect voor verschillen verbeteren we de zorg rondom het (zelfgekozen) levenseinde.', 'We versterken de deskundigheid van artsen', false],
    ['We geven invulling aan de herijking van het sociaal minimum.', 'We herijken elke vier jaar het sociaal minimum', false],
    ['We investeren structureel €1 miljard per jaar voor het vergroten van de kansengelijkheid', 'In totaal investeren we structureel €1 miljard per jaar voor het versterken van de onderwijskwaliteit', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(linked(a, b)).toBe(expected);
    expect(linked(b, a)).toBe(expected);
  });

  it('every seeAlso names another commitment of the file, and links both ways', () => {
    const byId = new Map(corpus.commitments.map((c) => [c.id, c]));
    const withAlso = corpus.commitments.filter((c) => c.seeAlso);
    expect(withAlso.length).toBeGreaterThanOrEqual(20);
    for (const c of withAlso) {
      for (const other of c.seeAlso!) {
        expect(other).not.toBe(c.id);
        expect(byId.get(other)?.seeAlso, `${c.id} → ${other}`).toContain(c.id);
      }
    }
  });
});
