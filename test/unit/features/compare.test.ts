import { describe, expect, it } from 'vitest';
import { createDraftService, renderComparison, type Comparison } from '../../../src/core/service';

const svc = createDraftService({ vagueTerms: [], today: () => '2026-03-01' });

function motie(overwegingen: string[], dicta: string[], indieners = ['Jansen']): string {
  return [
    'Motie van het lid Jansen over de cloud',
    '',
    'De Kamer,',
    '',
    'gehoord de beraadslaging,',
    '',
    ...overwegingen.flatMap((o) => [o, '']),
    ...dicta.flatMap((d) => [d, '']),
    'en gaat over tot de orde van de dag.',
    '',
    ...indieners.flatMap((n) => [n, '']),
  ].join('\n');
}

const O1 = 'constaterende dat de Rijksoverheid voor haar kantoorsoftware afhankelijk is van één Amerikaanse leverancier;';
const O2 = 'overwegende dat het kabinet heeft toegezegd de afhankelijkheid van niet-Europese clouddiensten af te bouwen;';
const O3 = 'overwegende dat gemeenten dezelfde afhankelijkheid kennen;';
const D1 = 'verzoekt de regering voor de zomer een plan te sturen om die afhankelijkheid af te bouwen,';
const D2 = 'verzoekt de regering tevens gemeenten daarbij te betrekken,';

function compare(before: string, after: string): Comparison {
  return svc.compare({ uri: 'file:///w/motie.md', version: 0, text: before }, { uri: 'file:///w/motie.md', version: 1, text: after });
}

const summary = (c: Comparison, taal: 'nl' | 'en' = 'nl') => renderComparison(c, taal, 'text', { before: 'A', after: 'B' }).split('\n')[4];

describe('compare two versions of a motie', () => {
  it('says when nothing changed in the overwegingen and the dictum', () => {
    const c = compare(motie([O1, O2], [D1]), motie([O1, O2], [D1]));
    // Kop, aanhef, beraadslaging, two overwegingen, the dictum, the slot and the ondertekening.
    expect(c.changes.map((x) => x.group)).toEqual(['kop', 'aanhef', 'beraadslaging', 'overweging', 'overweging', 'dictum', 'slot', 'ondertekening']);
    expect(c.changes.map((x) => x.change)).toEqual(['ongewijzigd', 'ongewijzigd', 'ongewijzigd', 'ongewijzigd', 'ongewijzigd', 'ongewijzigd', 'ongewijzigd', 'ongewijzigd']);
    expect(summary(c)).toBe('Geen verschil in de overwegingen en het dictum.');
  });

  it('reports a changed aanhef and "gehoord de beraadslaging" (a new user\'s trial: "De kamer" → "De Kamer," was not said)', () => {
    const after = motie([O1], [D1]);
    const before = after.replace('De Kamer,', 'De kamer').replace('gehoord de beraadslaging,', 'gehoord de beraadslaging');
    expect(summary(compare(before, after))).toBe('Motie: aanhef gewijzigd, ‘gehoord de beraadslaging’ gewijzigd; overwegingen en dictum ongewijzigd.');
    expect(summary(compare(before, after), 'en')).toBe('Motie: opening changed, ‘gehoord de beraadslaging’ changed; overwegingen and dictum unchanged.');
  });

  it('reports the slot added to a motie that lacked it, and the slot removed (it said nothing of either)', () => {
    const withSlot = motie([O1], [D1]);
    const without = withSlot.replace('en gaat over tot de orde van de dag.\n\n', '');
    expect(summary(compare(without, withSlot))).toBe('Motie: slot toegevoegd; overwegingen en dictum ongewijzigd.');
    expect(summary(compare(withSlot, without))).toBe('Motie: slot geschrapt; overwegingen en dictum ongewijzigd.');
    expect(summary(compare(without, withSlot), 'en')).toBe('Motie: closing formula added; overwegingen and dictum unchanged.');
  });

  it('a slot misspelt beyond the formula table is the slot: "slot gewijzigd", the dictum unchanged (it said the dictum gained "en gaat over to …" and the slot was struck)', () => {
    const right = motie([O1], [D1]);
    const slip = right.replace('en gaat over tot de orde van de dag.', 'en gaat over to de orde van de dag.');
    const c = compare(right, slip);
    expect(summary(c)).toBe('Motie: slot gewijzigd; overwegingen en dictum ongewijzigd.');
    expect(c.changes.find((x) => x.group === 'slot')!.words!.filter((w) => w.added || w.removed).map((w) => w.value)).toEqual(['tot', 'to']);
  });

  it('names a reworded overweging and gives the changed words', () => {
    const c = compare(motie([O1, O2], [D1]), motie([O1, O2.replace('niet-Europese', 'Amerikaanse')], [D1]));
    const changed = c.changes.filter((x) => x.change === 'gewijzigd');
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ group: 'overweging', before: { number: 2 }, after: { number: 2 }, moved: false });
    expect(changed[0]!.words!.filter((w) => w.removed).map((w) => w.value.trim())).toEqual(['niet-Europese']);
    expect(changed[0]!.words!.filter((w) => w.added).map((w) => w.value.trim())).toEqual(['Amerikaanse']);
    const text = renderComparison(c, 'nl', 'text', { before: 'motie.md@HEAD', after: 'motie.md' });
    expect(text).toContain('Gewijzigde motie: overweging 1 gewijzigd.');
    expect(text).toContain('Overweging 1 gewijzigd:\n\noverwegende dat het kabinet heeft toegezegd de afhankelijkheid van [-niet-Europese-]{+Amerikaanse+} clouddiensten af te bouwen;');
    expect(renderComparison(c, 'nl', 'markdown', { before: 'a', after: 'b' })).toContain('## Overweging 1 gewijzigd\n\noverwegende dat het kabinet heeft toegezegd de afhankelijkheid van ~~niet-Europese~~ **Amerikaanse** clouddiensten');
  });

  it('marks in the Markdown view what Markdown would not mark: a change next to a hyphen, and the draft\'s own asterisks shown as written (a staffer\'s trial: "~~non-~~profit", "*~~miljoenen~~***miljarden****")', () => {
    const q = (words: string) => `Vragen van het lid Jansen (D66) aan de minister van Financiën over X.\n\n1. Deelt u de mening dat de ${words} sector en de *miljoenen* kosten tellen?\n`;
    const md = renderComparison(compare(q('non-profit'), q('profit').replace('*miljoenen*', '*miljarden*')), 'nl', 'markdown', { before: 'a', after: 'b' });
    expect(md).toContain('de <del>non-</del>profit sector');
    expect(md).toContain('\\*~~miljoenen~~ **miljarden**\\*');
  });

  it('names a part of the dictum by what it does, numbered among the parts that do the same: an uitspraak is no verzoek (it said "verzoek 1" for "spreekt uit")', () => {
    const U = 'spreekt uit dat de Rijksoverheid niet afhankelijk mag zijn van één leverancier,';
    const c = compare(motie([O1], [U, D1]), motie([O1], [U.replace('één leverancier', 'één Amerikaanse leverancier'), D1.replace('voor de zomer', 'vóór 1 juli')]));
    expect(summary(c)).toBe('Gewijzigde motie: uitspraak 1 gewijzigd, verzoek 1 gewijzigd.');
    const other = compare(motie([O1], ['betreurt het dat de Rijksoverheid niets doet,', D1]), motie([O1], ['betreurt het dat de Rijksoverheid weinig doet,', D1, D2]));
    expect(summary(other)).toBe('Gewijzigde motie: uitspraak 1 gewijzigd, verzoek 2 toegevoegd.');
    // A "spreekt uit" put before the only verzoek: that is still verzoek 1 (a staffer's trial: "verzoek 2 gewijzigd (was 1)").
    const spoken = compare(motie([O1], [D1]), motie([O1], [U, D1.replace('voor de zomer', 'vóór 1 juli')]));
    expect(summary(spoken)).toBe('Gewijzigde motie: uitspraak 1 toegevoegd, verzoek 1 gewijzigd.');
    expect(spoken.changes.filter((x) => x.group === 'dictum').map((x) => [x.change, x.after?.act, x.after?.actNumber])).toEqual([
      ['toegevoegd', 'uitspraak', 1],
      ['gewijzigd', 'verzoek', 1],
    ]);
  });

  it('says a dictum was split into items under its formula, with the words that changed, never a request made of the formula and an item (a staffer\'s trial: "{+verzoekt de regering: de Kamer … te informeren,+}" added)', () => {
    const sentence = 'verzoekt de regering de Nederlandse Digitale Dienst vóór 1 januari 2027 wettelijk te verankeren en de Kamer over de uitwerking te informeren,';
    const list = 'verzoekt de regering:\n- de Nederlandse Digitale Dienst vóór 1 januari 2027 wettelijk te verankeren;\n- de Kamer over de uitwerking te informeren,';
    const split = compare(motie([O1], [sentence]), motie([O1], [list]));
    expect(summary(split)).toBe('Gewijzigde motie: verzoek 1 in punten gesplitst en gewijzigd.');
    const text = renderComparison(split, 'nl', 'text', { before: 'A', after: 'B' });
    expect(text).toContain('Verzoek 1 in punten gesplitst en gewijzigd:\n\nverzoekt de regering{+:+} de Nederlandse Digitale Dienst vóór 1 januari 2027 wettelijk te verankeren [-en-]{+;+} de Kamer over de uitwerking te informeren,\n');
    expect(text).not.toContain('regering: de Kamer');
    expect(split.changes.find((x) => x.group === 'dictum')).toMatchObject({ change: 'gewijzigd', restructured: { into: 'items', reworded: true } });
    // Only the punctuation between the items changed: split, joined, and not "gewijzigd".
    const same = 'verzoekt de regering: de Nederlandse Digitale Dienst vóór 1 januari 2027 wettelijk te verankeren; de Kamer over de uitwerking te informeren,';
    expect(summary(compare(motie([O1], [same]), motie([O1], [list])))).toBe('Gewijzigde motie: verzoek 1 in punten gesplitst.');
    expect(summary(compare(motie([O1], [list]), motie([O1], [same])), 'en')).toBe('Gewijzigde motie (amended motion): verzoek 1 joined into one sentence.');
  });

  it('compares the items of a list one by one with the verzoeken they were in the other version (the list was kept whole: paired with one, the other "geschrapt", its words still there)', () => {
    const list = (items: string[]) => motie([O1], [`verzoekt de regering:\n${items.map((i) => `- ${i}`).join(';\n')},`]);
    const plan = 'voor de zomer een plan te sturen om die afhankelijkheid af te bouwen';
    const separate = compare(motie([O1], [D1, D2]), list([plan, 'gemeenten daarbij te betrekken']));
    // Verzoek 1 has the same words as the list's first item: the list's marks are no change (a reviewer).
    expect(summary(separate)).toBe('Gewijzigde motie: verzoek 2 gewijzigd.');
    expect(renderComparison(separate, 'nl', 'text', { before: 'A', after: 'B' })).toContain('verzoekt de regering [-tevens-]{+:+} gemeenten daarbij te betrekken,');
    expect(summary(compare(list([plan, 'gemeenten daarbij te betrekken']), motie([O1], [D1, D2])))).toBe('Gewijzigde motie: verzoek 2 gewijzigd.');
    const D3 = 'verzoekt de regering de Kamer halfjaarlijks te informeren,';
    expect(summary(compare(motie([O1], [D1, D3]), list([plan, 'gemeenten daarbij te betrekken', 'de Kamer halfjaarlijks te informeren'])))).toBe('Gewijzigde motie: verzoek 2 toegevoegd.');
  });

  it('a verzoek that became an item of a list with the same words is unchanged: the formula\'s colon and the item\'s closing mark are the list\'s layout (a reviewer: "verzoekt de regering{+:+} …" was "gewijzigd")', () => {
    const items = (list: string[], last = ',') => `verzoekt de regering:\n${list.map((i) => `- ${i}`).join(';\n')}${last}`;
    const plan = 'voor de zomer een plan te sturen om die afhankelijkheid af te bouwen';
    const gemeenten = 'gemeenten daarbij te betrekken';
    const joined = compare(motie([O1], [D1, `verzoekt de regering ${gemeenten},`]), motie([O1], [items([plan, gemeenten])]));
    expect(joined.changes.filter((x) => x.group === 'dictum').map((x) => x.change)).toEqual(['ongewijzigd', 'ongewijzigd']);
    expect(summary(joined)).toBe('Geen verschil in de overwegingen en het dictum.');
    expect(renderComparison(joined, 'nl', 'text', { before: 'A', after: 'B' })).not.toContain('{+:+}');
    expect(summary(compare(motie([O1], [items([plan, gemeenten])]), motie([O1], [D1, `verzoekt de regering ${gemeenten},`])))).toBe('Geen verschil in de overwegingen en het dictum.');
    // An item added after the last one: the one before it closes with ";" now, no change of its own.
    expect(summary(compare(motie([O1], [items([plan, gemeenten])]), motie([O1], [items([plan, gemeenten, 'de Kamer halfjaarlijks te informeren'])])))).toBe('Gewijzigde motie: verzoek 3 toegevoegd.');
    // A sentence's own closing mark is no list's (other words are a change still: below, "[-tevens-]{+:+}").
    expect(summary(compare(motie([O1], [D1]), motie([O1], [D1.replace(/,$/, '.')])))).toBe('Gewijzigde motie: verzoek 1 gewijzigd.');
    // Nor is a full stop: the last item closed with "." where "," was, or a verzoek with "." that became an item (a reviewer).
    expect(summary(compare(motie([O1], [items([plan, gemeenten])]), motie([O1], [items([plan, gemeenten], '.')])))).toBe('Gewijzigde motie: verzoek 2 gewijzigd.');
    expect(summary(compare(motie([O1], [`verzoekt de regering ${plan}.`, `verzoekt de regering ${gemeenten},`]), motie([O1], [items([plan, gemeenten])])))).toBe('Gewijzigde motie: verzoek 1 gewijzigd.');
  });

  it('names an added and a removed overweging by their numbers, and a verzoek added to the dictum', () => {
    const added = compare(motie([O1, O2], [D1]), motie([O1, O3, O2], [D1, D2]));
    // The constatering first, then the overwegingen, each numbered among its kind (as the outline names them): the old
    // overweging 1 is now the second, because one came before it, so it did not move.
    expect(summary(added)).toBe('Gewijzigde motie: overweging 1 toegevoegd, verzoek 2 toegevoegd.');
    const removed = compare(motie([O1, O3, O2], [D1, D2]), motie([O1, O2], [D1]));
    expect(summary(removed)).toBe('Gewijzigde motie: overweging 1 geschrapt, verzoek 2 geschrapt.');
    expect(renderComparison(removed, 'nl', 'text', { before: 'a', after: 'b' })).toContain('Overweging 1 geschrapt:\n\n[-overwegende dat gemeenten dezelfde afhankelijkheid kennen;-]');
    expect(summary(compare(motie([O1], []), motie([O1], [D1])))).toBe('Gewijzigde motie: verzoek 1 toegevoegd.');
  });

  it('names a request added to a dictum written as a list under one formula, Markdown or published bullets (a staffer\'s trial: "dictum gewijzigd", the diff across the items)', () => {
    for (const mark of ['- ', '• ']) {
      const list = (items: string[]) => motie([O1], [`verzoekt het kabinet\n\n${items.map((i) => `${mark}${i}`).join('\n')}`]);
      const c = compare(list(['de middelen te oormerken,', 'de Kamer voor de zomer te informeren,']), list(['de middelen te oormerken,', 'de bevindingen van Knot over te nemen,', 'de Kamer voor de zomer te informeren,']));
      expect(summary(c), mark).toBe('Gewijzigde motie: verzoek 2 toegevoegd.');
      expect(renderComparison(c, 'nl', 'text', { before: 'a', after: 'b' })).toContain('{+verzoekt het kabinet de bevindingen van Knot over te nemen,+}');
    }
  });

  it('calls a reordered overweging moved, not removed and added', () => {
    const c = compare(motie([O1, O2, O3], [D1]), motie([O3, O1, O2], [D1]));
    expect(c.changes.filter((x) => x.group === 'overweging').map((x) => [x.change, x.moved, x.before?.number, x.after?.number])).toEqual([
      ['ongewijzigd', true, 3, 1],
      ['ongewijzigd', false, 1, 2],
      ['ongewijzigd', false, 2, 3],
    ]);
    expect(summary(c)).toBe('Gewijzigde motie: overweging 1 verplaatst (was 2).');
    const reworded = compare(motie([O1, O2, O3], [D1]), motie([O3.replace('gemeenten', 'provincies'), O1, O2], [D1]));
    expect(summary(reworded, 'en')).toBe('Gewijzigde motie (amended motion): overweging 1 moved and changed (was 2).');
  });

  it('treats a rewritten single dictum as the dictum changed, and a new signatory as a change of the ondertekening only', () => {
    const c = compare(motie([O1], [D1]), motie([O1], ['verzoekt de regering alle clouddiensten van de overheid in Europa onder te brengen,']));
    // Named as when there are more (it was "dictum" alone, "verzoek 2" next to a "spreekt uit").
    expect(summary(c)).toBe('Gewijzigde motie: verzoek 1 gewijzigd.');
    expect(summary(compare(motie([O1], ['besluit de cloud te verlaten,']), motie([O1], ['besluit de cloud snel te verlaten,'])))).toBe('Gewijzigde motie: dictum 1 gewijzigd.');
    expect(summary(compare(motie([O1], [D1]), motie([O1], [D1], ['Jansen', 'De Vries'])))).toBe('Motie: ondertekening gewijzigd; overwegingen en dictum ongewijzigd.');
  });
});

describe('compare the ondertekening and the kop of a motie', () => {
  it('compares the signatories as members, not as words (a staffer\'s trial: "Kathmann Van Baarle [-Six-] Dijkstra", "[-Kathmann-] Van Baarle {+Kathmann+}")', () => {
    const signed = (names: string[]) => motie([O1], [D1], names);
    const body = (c: Comparison, taal: 'nl' | 'en' = 'nl') => renderComparison(c, taal, 'text', { before: 'A', after: 'B' }).split('Ondertekening gewijzigd:\n\n')[1];
    const other = compare(signed(['Kathmann', 'Van Baarle', 'Six Dijkstra']), signed(['Kathmann', 'Van Baarle', 'Dijkstra']));
    expect(summary(other)).toBe('Motie: ondertekening gewijzigd; overwegingen en dictum ongewijzigd.');
    expect(body(other)).toBe('Six Dijkstra ondertekent niet meer; Dijkstra ondertekent mee\n');
    expect(other.changes.find((x) => x.group === 'ondertekening')!.signatories).toEqual({ removed: ['Six Dijkstra'], added: ['Dijkstra'], reordered: false });
    const first = compare(signed(['Kathmann', 'Van Baarle', 'Six Dijkstra']), signed(['Van Baarle', 'Kathmann', 'Six Dijkstra']));
    expect(body(first)).toBe('eerste indiener nu Van Baarle (was Kathmann)\n');
    expect(renderComparison(first, 'en', 'text', { before: 'A', after: 'B' })).toContain('Signatories changed:\n\nfirst signatory now Van Baarle (was Kathmann)\n');
    // One name a line, the lines without a blank line between them (as the Kamer prints them).
    const lines = (names: string[]) => motie([O1], [D1], [names.join('\n')]);
    expect(body(compare(lines(['Kathmann', 'Van Baarle']), lines(['Kathmann', 'Van Baarle', 'Six Dijkstra', 'Vijlbrief'])))).toBe('Six Dijkstra en Vijlbrief ondertekenen mee\n');
    expect(body(compare(lines(['Kathmann', 'Van Baarle', 'Bikker']), lines(['Kathmann', 'Bikker', 'Van Baarle'])))).toBe('volgorde nu Kathmann, Bikker, Van Baarle\n');
    // Names on one line by commas; a party after a name makes no other member; a line that names no member one by one
    // is a line (a staffer's trial: "De Hoop, Bikker ondertekent niet meer", "Ondersteund door de leden … ondertekent mee").
    expect(body(compare(lines(['De Hoop, Bikker']), lines(['De Hoop (GL-PvdA)', 'Bikker (ChristenUnie)', 'Grinwis (ChristenUnie)'])))).toBe('Grinwis (ChristenUnie) ondertekent mee\n');
    expect(body(compare(signed(['De Hoop', 'Bikker']), signed(['De Hoop', 'Bikker', 'Ondersteund door de leden Van Baarle en Vijlbrief.'])))).toBe('‘Ondersteund door de leden Van Baarle en Vijlbrief.’ toegevoegd\n');
  });

  it('reads the signers as tweedekamer.nl publishes them, under "Ondertekenaars" (the labels and "Tweede Kamerlid" were members: the first signer was "Ondertekenaars")', () => {
    const published = (first: string, co: string) => motie([O1], [D1], [[first, 'Ondertekenaars', '-', 'Eerste ondertekenaar', `${first}, Tweede Kamerlid`, 'Mede ondertekenaar', `${co}, Tweede Kamerlid`].join('\n')]);
    const body = (c: Comparison) => renderComparison(c, 'nl', 'text', { before: 'A', after: 'B' }).split('Ondertekening gewijzigd:\n\n')[1];
    expect(body(compare(published('Kathmann', 'Van Baarle'), published('Van Baarle', 'Kathmann')))).toBe('eerste indiener nu Van Baarle (was Kathmann)\n');
    const alone = motie([O1], [D1], [['Kathmann', 'Ondertekenaars', '-', 'Eerste ondertekenaar', 'Kathmann, Tweede Kamerlid'].join('\n')]);
    expect(body(compare(alone, published('Kathmann', 'Van Baarle')))).toBe('Van Baarle ondertekent mee\n');
    expect(compare(alone, published('Kathmann', 'Van Baarle')).changes.find((x) => x.group === 'ondertekening')!.signatories).toEqual({ removed: [], added: ['Van Baarle'], reordered: false });
  });

  it('names the kop\'s lines by what they are: the title changed (now a gewijzigde motie, with the number it replaces) and the date tabled (a staffer\'s trial: "kop toegevoegd, kop toegevoegd, kop geschrapt, kop geschrapt")', () => {
    const body = motie([O1], [D1]).replace('Motie van het lid Jansen over de cloud\n', '');
    const tabled = compare(`# Motie van het lid Grinwis c.s. over 100.000 woningen per jaar\n\nVoorgesteld 5 oktober 2023\n${body}`, `# Gewijzigde motie van het lid Grinwis c.s. ter vervanging van die gedrukt onder nr. 34\n\nVoorgesteld 12 maart 2026\n${body}`);
    expect(summary(tabled)).toBe('Motie: titel gewijzigd (nu gewijzigde motie, ter vervanging van nr. 34), datum voorgesteld 5 oktober 2023 → 12 maart 2026; overwegingen en dictum ongewijzigd.');
    expect(summary(tabled, 'en')).toBe('Motie: title changed (now a gewijzigde motie, replacing nr. 34), date tabled 5 oktober 2023 → 12 maart 2026; overwegingen and dictum unchanged.');
    // The title's words: a full stop kept between changed words given with them ("[-over 100-]{+… nr+}.[-000 …-]").
    expect(renderComparison(tabled, 'nl', 'text', { before: 'A', after: 'B' })).toContain('[-Motie-]{+Gewijzigde motie+} van het lid Grinwis c.s. [-over 100.000 woningen per jaar-]{+ter vervanging van die gedrukt onder nr. 34+}\n');
    // "Nader gewijzigde motie" too (the title pattern is the formula table's, as motie-vervanging reads it; a reviewer).
    const again = compare(`# Gewijzigde motie van het lid Grinwis c.s. ter vervanging van die gedrukt onder nr. 34\n\nVoorgesteld 5 oktober 2023\n${body}`, `# Motie van het lid Grinwis c.s. over 100.000 woningen per jaar\n\nVoorgesteld 5 oktober 2023\n${body}`);
    expect(summary(compare(`# Motie van het lid Grinwis c.s. over 100.000 woningen per jaar\n\nVoorgesteld 5 oktober 2023\n${body}`, `# Nader gewijzigde motie van het lid Grinwis c.s. ter vervanging van die gedrukt onder nr. 41\n\nVoorgesteld 5 oktober 2023\n${body}`))).toBe('Motie: titel gewijzigd (nu gewijzigde motie, ter vervanging van nr. 41); overwegingen en dictum ongewijzigd.');
    expect(summary(again)).toBe('Motie: titel gewijzigd; overwegingen en dictum ongewijzigd.');
    // Two gewijzigde moties that replace another number: which one it replaces now (only "titel gewijzigd" was said).
    const replacing = (nr: string) => `# Gewijzigde motie van het lid Grinwis c.s. ter vervanging van die gedrukt onder nr. ${nr}\n\nVoorgesteld 5 oktober 2023\n${body}`;
    expect(summary(compare(replacing('12'), replacing('15')))).toBe('Motie: titel gewijzigd (vervangt nu nr. 15, was nr. 12); overwegingen en dictum ongewijzigd.');
    expect(summary(compare(replacing('12'), replacing('15')), 'en')).toBe('Motie: title changed (now replaces nr. 15, was nr. 12); overwegingen and dictum unchanged.');
    expect(summary(compare(replacing('12'), replacing('12').replace('Grinwis c.s.', 'Grinwis en Bikker')))).toBe('Motie: titel gewijzigd; overwegingen en dictum ongewijzigd.');
    // As abbreviated, "(t.v.v. nr. 995)": the number read as motie-vervanging reads it.
    const abbreviated = (nr: string) => `# Gewijzigde motie van het lid Kathmann c.s. (t.v.v. nr. ${nr}) over toezicht\n${body}`;
    expect(summary(compare(abbreviated('995'), abbreviated('998')))).toBe('Motie: titel gewijzigd (vervangt nu nr. 998, was nr. 995); overwegingen en dictum ongewijzigd.');
    // One reader with motie-indiener (a reviewer): "(t.v.v. 12)" without "nr.", and a number after "over …" is the subject's.
    const bare = (nr: string) => `# Gewijzigde motie van het lid Kathmann c.s. (t.v.v. ${nr}) over toezicht\n${body}`;
    expect(summary(compare(bare('12'), bare('15')))).toBe('Motie: titel gewijzigd (vervangt nu nr. 15, was nr. 12); overwegingen en dictum ongewijzigd.');
    const subject = (nr: string) => `# Gewijzigde motie van het lid Kathmann c.s. ter vervanging van die gedrukt onder nr. 12 over de zorg in regio ${nr}\n${body}`;
    expect(summary(compare(subject('3'), subject('4')))).toBe('Motie: titel gewijzigd; overwegingen en dictum ongewijzigd.');
    expect(summary(compare(motie([O1], [D1]), abbreviated('995')))).toBe('Motie: titel gewijzigd (nu gewijzigde motie, ter vervanging van nr. 995); overwegingen en dictum ongewijzigd.');
    // Another title, no gewijzigde motie: only "titel gewijzigd".
    expect(summary(compare(motie([O1], [D1]), motie([O1], [D1]).replace('over de cloud', 'over soevereine clouddiensten')))).toBe('Motie: titel gewijzigd; overwegingen en dictum ongewijzigd.');
    // A line of the kop has no number: "titel gewijzigd (was 1)" was said when the dossier came before the title.
    const kst = compare(motie([O1], [D1]), `36 800 VII Begroting\n\n${motie([O1], [D1]).replace('over de cloud', 'over soevereine clouddiensten')}`);
    expect(summary(kst)).toBe('Motie: kop toegevoegd, titel gewijzigd; overwegingen en dictum ongewijzigd.');
  });
});

describe('compare two versions of Kamervragen', () => {
  const vragen = (qs: string[]) => ['Vragen van het lid Jansen (D66) aan de minister van Economische Zaken over de cloud.', '', ...qs.flatMap((q, i) => [`${i + 1}. ${q}`, ''])].join('\n');
  const Q = ['Bent u bekend met het bericht over de cloud?', 'Hoeveel ministeries gebruiken Amerikaanse clouddiensten?', 'Wanneer ontvangt de Kamer de cloudstrategie?'];

  it('names changed, added and removed questions; renumbering alone is no change', () => {
    const c = compare(vragen(Q), vragen([Q[0]!, Q[2]!.replace('Wanneer', 'Voor welke datum'), 'Bent u bereid deze vragen elk afzonderlijk te beantwoorden?']));
    expect(summary(c)).toBe('Kamervragen: vraag 2 geschrapt, vraag 2 gewijzigd (was 3), vraag 3 toegevoegd.');
    expect(summary(compare(vragen(Q), vragen(Q)), 'en')).toBe('No difference in the header and the questions.');
  });

  it('says a question was renumbered when its number changed other than by the questions before it (a gap closed), by its number as written', () => {
    const numbered = (numbers: number[]) =>
      ['Vragen van het lid Jansen (D66) aan de minister van Economische Zaken over de cloud.', '', ...Q.flatMap((q, i) => [`${numbers[i]}. ${q}`, ''])].join('\n');
    expect(summary(compare(numbered([1, 2, 4]), numbered([1, 2, 3])))).toBe('Kamervragen: vraag 3 hernummerd (was 4).');
    expect(summary(compare(numbered([1, 2, 4]), numbered([1, 2, 3])), 'en')).toBe('Kamervragen: question 3 renumbered (was 4).');
    // Changed as well: said once, with the number it had.
    const changed = numbered([1, 2, 3]).replace('Wanneer', 'Voor welke datum');
    expect(summary(compare(numbered([1, 2, 4]), changed))).toBe('Kamervragen: vraag 3 gewijzigd (was 4).');
    // A question removed and the next keeping its number opens a gap: that one was not renumbered (a reviewer).
    const two = (numbers: number[], qs: string[]) =>
      ['Vragen van het lid Jansen (D66) aan de minister van Economische Zaken over de cloud.', '', ...qs.flatMap((q, i) => [`${numbers[i]}. ${q}`, ''])].join('\n');
    expect(summary(compare(two([1, 2, 3], Q), two([1, 3], [Q[0]!, Q[2]!])))).toBe('Kamervragen: vraag 2 geschrapt.');
  });

  it('compares the notes: a changed source is said, as a footnote by its label and a published note by its number (a staffer\'s trial: "Geen verschil")', () => {
    const withNotes = (notes: string) => ['Vragen van het lid Jansen (D66) aan de minister van Economische Zaken over de cloud.', '', '1. Bent u bekend met het bericht?[^1]', '', '2. Klopt het?2', '', notes].join('\n');
    const before = withNotes('[^1]: NOS, 1 maart 2026.\n\nNoten\n\n2 Trouw, 28 februari 2026');
    const after = withNotes('[^1]: NRC, 2 maart 2026.\n\nNoten\n\n2 de Volkskrant, 27 februari 2026');
    expect(summary(compare(before, after))).toBe('Kamervragen: noot 1 gewijzigd, noot 2 gewijzigd.');
    expect(summary(compare(before, before))).toBe('Geen verschil in de kop, de vragen en de noten.');
    expect(renderComparison(compare(before, after), 'nl', 'text', { before: 'A', after: 'B' })).toContain('[-NOS-]{+NRC+}, [-1-]{+2+} maart 2026.');
    // A note inserted before others: added, the others matched by their words (a staffer's trial: "noot 2 gewijzigd, noot 3 gewijzigd").
    const list = (notes: string[]) => withNotes(`Noten\n\n${notes.map((n, i) => `${i + 1} ${n}`).join('\n\n')}`);
    const inserted = compare(list(['NOS, 1 maart 2026', 'Algemene Rekenkamer, rapport over de cloud', 'AIVD, jaarverslag 2025']), list(['NOS, 1 maart 2026', 'Tweakers, 3 maart 2026', 'Algemene Rekenkamer, rapport over de cloud', 'AIVD, jaarverslag 2025']));
    expect(summary(inserted)).toBe('Kamervragen: noot 2 toegevoegd.');
    // A question that now cites another note changed, its words the same (a staffer's trial: only "noot 3 toegevoegd").
    const cites = (label: string) => withNotes(`[^1]: NOS, 1 maart 2026.\n\n[^3]: Telegraaf, 1 maart 2026.`).replace('bericht?[^1]', `bericht?[^${label}]`);
    const moved = compare(cites('1'), cites('3'));
    expect(summary(moved)).toBe('Kamervragen: vraag 1 gewijzigd.');
    expect(renderComparison(moved, 'nl', 'text', { before: 'A', after: 'B' })).toContain('Bent u bekend met het bericht? [bron ^[-1-]{+3+}]');
  });

  it('says so when the versions are different kinds of document, and compares nothing for other Markdown', () => {
    expect(summary(compare(vragen(Q), motie([O1], [D1])))).toMatch(/^Let op: de versies zijn niet hetzelfde soort document \(kamervragen → motie\)\. Gewijzigde motie:/);
    expect(compare('# Notulen\n\nEen tekst.', '# Notulen\n\nEen andere tekst.').changes).toEqual([]);
  });
});
