import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/core/features/codeActions';
import { FIX_ALL_RULE_IDS } from '../../../src/core/features/fixAll';
import { explainCitations } from '../../../src/core/citation/suggest';
import { findingsOf, HEADER, motie, serviceWith, vragen } from './helpers';

/*
 * al-toegezegd: a request for what a loaded commitment already promises firmly. The 2021 agreement decides "We
 * verhogen het minimumloon stapsgewijs met 7,5% …" (besluit) and "We voeren … een basisbeurs voor alle studenten
 * in …" (besluit); the constructed register (test/fixtures/toezeggingen) holds an open promise TZ202603-130 (a letter
 * on the Nederlandse Digitale Dienst before 1 July 2026) and a kept one TZ202604-011.
 */
const REGISTER = 'test/fixtures/toezeggingen/register.akkoord.yaml';
/** A party's programme (`kind: verkiezingsprogramma`), and the same promises as a file of toezeggingen. */
const PROGRAMME = 'test/fixtures/corpus/programma.akkoord.yaml';
const TOEZEGGINGEN = 'test/fixtures/toezeggingen/toezeggingen-proef.akkoord.yaml';
const DATED = (body: string) => motie(body).replace(/^/, 'Voorgesteld 12 oktober 2022\n\n');
const rule = 'al-toegezegd';

describe('al-toegezegd', () => {
  it('reports a dictum citing a firm commitment of the agreement in force, naming it and its firmness', () => {
    const text = DATED('verzoekt de regering het minimumloon stapsgewijs met 7,5% te verhogen [@ca2021:minimumloon-7-5-procent-hoger],');
    const [f, ...rest] = findingsOf(text, rule, { corpus: true });
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('info');
    expect(f?.commitments).toEqual(['ca2021:minimumloon-7-5-procent-hoger']);
    expect(f?.message).toMatch(/^Dit verzoek vraagt wat het akkoord al besluit: “We verhogen het minimumloon .*” \(ca2021:minimumloon-7-5-procent-hoger\)\. Vraag iets wat het akkoord nog niet regelt: een termijn, een rapportage aan de Kamer of de middelen\.$/);
    expect(f?.text.startsWith('verzoekt de regering het minimumloon')).toBe(true);
  });

  it('counts a sentence\'s words, not their occurrences: a question on the agency\'s powers is not asking for the promise on IT staff "in dienst van het Rijk"', () => {
    const text = vragen('1. Welke bevoegdheden krijgt de dienst precies, en bent u bereid de dienst meer regie te geven over IT-projecten van het Rijk?');
    expect(findingsOf(text, rule, { corpus: true })).toEqual([]);
  });

  it('speaks English with taal en', () => {
    const text = DATED('verzoekt de regering het minimumloon stapsgewijs met 7,5% te verhogen [@ca2021:minimumloon-7-5-procent-hoger],');
    expect(findingsOf(text, rule, { corpus: true, taal: 'en' })[0]?.message).toMatch(/^This request asks for what the agreement already decides: “We .*” \(ca2021:minimumloon-7-5-procent-hoger\)\. Ask for something the agreement does not yet settle: /);
  });

  it('offers three fixes, none preferred and none in fix-all; each adds to the request and ends the finding', () => {
    const text = DATED('verzoekt de regering het minimumloon stapsgewijs met 7,5% te verhogen [@ca2021:minimumloon-7-5-procent-hoger],');
    const [f] = findingsOf(text, rule, { corpus: true });
    expect(f?.fixes.map((x) => x.title)).toEqual(['Vraag om een rapportage aan de Kamer vóór …', 'Vraag om een termijn', 'Vraag naar de middelen']);
    expect(f?.fixes.some((x) => x.isPreferred)).toBe(false);
    expect(FIX_ALL_RULE_IDS).not.toContain(rule);
    const after = applyEdits(text, f!.fixes[1]!.edits).text;
    expect(after).toContain('te verhogen en de Kamer te laten weten vóór welke datum dit gerealiseerd is [@ca2021:minimumloon-7-5-procent-hoger],');
    expect(findingsOf(after, rule, { corpus: true })).toEqual([]);
  });

  it('finds an uncited request that is clearly about a firm commitment', () => {
    // The agreement's own timing ("per studiejaar 2023/2024") adds nothing to the promise.
    const text = DATED('verzoekt de regering per studiejaar 2023/2024 een basisbeurs voor alle studenten in te voeren,');
    expect(findingsOf(text, rule, { corpus: true }).map((f) => f.commitments[0])).toEqual(['ca2021:basisbeurs-inkomensafhankelijke-beurs']);
    const plain = DATED('verzoekt de regering een basisbeurs voor alle studenten en een inkomensafhankelijke aanvullende beurs in te voeren,');
    expect(findingsOf(plain, rule, { corpus: true }).map((f) => f.commitments[0])).toEqual(['ca2021:basisbeurs-inkomensafhankelijke-beurs']);
  });

  it.each([
    ['a deadline', 'verzoekt de regering vóór 1 januari 2023 het minimumloon stapsgewijs met 7,5% te verhogen [@ca2021:minimumloon-7-5-procent-hoger],'],
    ['a report', 'verzoekt de regering de Kamer te informeren over het stapsgewijs verhogen van het minimumloon met 7,5% [@ca2021:minimumloon-7-5-procent-hoger],'],
    ['going further', 'verzoekt de regering het minimumloon stapsgewijs met 7,5% te verhogen, ook voor jongeren [@ca2021:minimumloon-7-5-procent-hoger],'],
    ['the opposite', 'verzoekt de regering het minimumloon niet met 7,5% te verhogen [@ca2021:minimumloon-7-5-procent-hoger],'],
    // A staffer's trial: "wettelijk te borgen" of a promise to build was told it asked what stands already.
    ['a duty in law', 'verzoekt de regering de stapsgewijze verhoging van het minimumloon met 7,5% wettelijk te borgen [@ca2021:minimumloon-7-5-procent-hoger],'],
    ['a bill', 'verzoekt de regering een wetsvoorstel in te dienen om het minimumloon stapsgewijs met 7,5% te verhogen [@ca2021:minimumloon-7-5-procent-hoger],'],
    ['a statement, not a request', 'spreekt uit dat het minimumloon stapsgewijs met 7,5% moet worden verhoogd [@ca2021:minimumloon-7-5-procent-hoger],'],
  ])('is silent on a request that adds or differs: %s', (_why, dictum) => {
    expect(findingsOf(DATED(dictum), rule, { corpus: true })).toEqual([]);
  });

  it('a request that only names an existing law still asks for the promise (a reviewer: "in de wet" made it silent)', () => {
    const text = DATED('verzoekt de regering het minimumloon, zoals bedoeld in de wet op het minimumloon, stapsgewijs met 7,5% te verhogen [@ca2021:minimumloon-7-5-procent-hoger],');
    expect(findingsOf(text, rule, { corpus: true }).map((f) => f.commitments[0])).toEqual(['ca2021:minimumloon-7-5-procent-hoger']);
  });

  it('is silent on effort, and on an agreement not in force on the draft’s date', () => {
    const old = motie('verzoekt de regering het minimumloon stapsgewijs met 7,5% te verhogen [@ca2021:minimumloon-7-5-procent-hoger],').replace(/^/, 'Voorgesteld 12 oktober 2019\n\n');
    expect(findingsOf(old, rule, { corpus: true })).toEqual([]);
  });

  it('reports a question asking for an open promise of the register, with its status and deadline; not a kept one, nor one made after the draft', () => {
    const april = HEADER.replace('1 maart 2026', '1 april 2026');
    const ask = '1\n\nBent u bereid de Kamer per brief te berichten over de Nederlandse Digitale Dienst [@toezeggingen:tz202603-130]?';
    expect(findingsOf(vragen(ask), rule, { corpus: REGISTER })).toEqual([]);
    const open = vragen(ask, april);
    const [f] = findingsOf(open, rule, { corpus: REGISTER });
    expect(f?.message).toMatch(/^Dit verzoek vraagt wat de regering de Kamer al heeft toegezegd: “.*” \(toezeggingen:tz202603-130\), toezegging TZ202603-130, openstaand, termijn 1 juli 2026\. Vraag iets wat de toezegging nog niet regelt: /);
    expect(f?.fixes[0]?.title).toBe('Vraag om een rapportage aan de Kamer vóór 1 juli 2026');
    const kept = vragen('1\n\nBent u bereid de Kamer per brief te berichten over de herziening van de toeslagen [@toezeggingen:tz202604-011]?', HEADER.replace('1 maart 2026', '1 mei 2026'));
    expect(findingsOf(kept, rule, { corpus: REGISTER })).toEqual([]);
  });

  it('an open promise whose deadline has passed on the draft\'s date asks why, not for a report by a day gone by (a staffer\'s trial)', () => {
    const december = HEADER.replace('1 maart 2026', '10 december 2026');
    const ask = '1\n\nBent u bereid de Kamer per brief te berichten over de Nederlandse Digitale Dienst [@toezeggingen:tz202603-130]?';
    const [f] = findingsOf(vragen(ask, december), rule, { corpus: REGISTER });
    expect(f?.message).toMatch(/^Dit verzoek vraagt wat de regering de Kamer al heeft toegezegd: “.*” \(toezeggingen:tz202603-130\), toezegging TZ202603-130, openstaand, termijn 1 juli 2026 \(verlopen\)\. Vraag waarom de toezegging nog niet is nagekomen/);
    expect(f?.fixes.map((x) => x.title)).toEqual(['Vraag waarom de termijn is verstreken, en om een nieuwe', 'Vraag naar de middelen']);
    expect(f?.fixes.flatMap((x) => x.edits.map((e) => e.newText)).join('')).not.toContain('vóór 1 juli 2026');
  });

  it('is silent on what only a party’s programme promises (the citation is offered; the government promised nothing), and reports it as a toezegging', () => {
    const dictum = 'verzoekt de regering het eigen risico in de zorg volledig af te schaffen [@partij-proef:eigen-risico-afschaffen],';
    const text = motie(dictum).replace(/^/, 'Voorgesteld 12 oktober 2026\n\n');
    expect(findingsOf(text, rule, { corpus: PROGRAMME })).toEqual([]);
    const uncited = motie('verzoekt de regering de klassen in het basisonderwijs te verkleinen tot hoogstens 23 leerlingen,').replace(/^/, 'Voorgesteld 12 oktober 2026\n\n');
    expect(findingsOf(uncited, 'citeer-toezegging', { corpus: PROGRAMME }).map((f) => f.commitments[0])).toEqual(['partij-proef:klassen-verkleinen']);
    expect(findingsOf(uncited, rule, { corpus: PROGRAMME })).toEqual([]);
    // The same promise in a file of toezeggingen is the government's, and the message says it was promised.
    const promised = findingsOf(text.replace('partij-proef:', 'toezegging-proef:'), rule, { corpus: TOEZEGGINGEN });
    expect(promised.map((f) => f.commitments[0])).toEqual(['toezegging-proef:eigen-risico-afschaffen']);
    expect(promised[0]?.message).toMatch(/^Dit verzoek vraagt wat de regering al heeft toegezegd: “.*” \(toezegging-proef:eigen-risico-afschaffen\)\. Vraag iets wat de toezegging nog niet regelt: /);
    expect(promised[0]?.message).not.toContain('akkoord');
  });

  it('reports the agreement in force also when a loaded programme saying the same ranks above it', () => {
    const text = DATED('verzoekt de regering een basisbeurs voor alle studenten en een inkomensafhankelijke aanvullende beurs in te voeren,');
    // The programme's promise is the best hit of the sentence: the agreement's is found beneath it.
    const service = serviceWith({ corpus: PROGRAMME });
    const { draft } = service.analyze({ uri: 'file:///werk/concept.md', version: 1, text });
    const [unit] = explainCitations(draft, service.engine()!).filter((e) => e.unit.part.kind === 'dictum');
    expect(unit?.eligible[0]?.hit.key).toBe('partij-proef:basisbeurs-aanvullende-beurs');
    const [f, ...rest] = findingsOf(text, rule, { corpus: PROGRAMME });
    expect(rest).toEqual([]);
    expect(f?.commitments).toEqual(['ca2021:basisbeurs-inkomensafhankelijke-beurs']);
    expect(f?.message).toContain('Dit verzoek vraagt wat het akkoord al besluit: “');
    // Also when the request cites the programme (its hit is then cited, not offered): the agreement promises it anyway.
    const citing = DATED('verzoekt de regering een basisbeurs voor alle studenten en een inkomensafhankelijke aanvullende beurs in te voeren [@partij-proef:basisbeurs-aanvullende-beurs],');
    expect(findingsOf(citing, rule, { corpus: PROGRAMME }).map((x) => x.commitments[0])).toEqual(['ca2021:basisbeurs-inkomensafhankelijke-beurs']);
  });

  it('does nothing without a corpus', () => {
    expect(findingsOf(DATED('verzoekt de regering het minimumloon met 7,5% te verhogen,'), rule)).toEqual([]);
  });
});
