import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/core/features/codeActions';
import { check, vragen } from './helpers';

/** Regressions in the citation rules found in review, against the built-in corpora. */
const motie = (body: string, date = '2026-03-12') =>
  `---\nsoort: motie\ndatum: ${date}\n---\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n${body}\n\nverzoekt de regering de WNT vóór 1 juli te wijzigen,\n\nen gaat over tot de orde van de dag.\n\nJansen\n`;
const NDD = 'We richten een Nederlandse Digitale Dienst op: compact, deskundig en met doorzettingsmacht.';
const ids = (text: string) => check(text, { corpus: true }).findings.map((f) => f.ruleId);

describe('citation rules', () => {
  it('a bare year in the text does not name an agreement', () => {
    const text = motie(`constaterende dat sinds 2021 veel ICT-projecten zijn mislukt;\n\nconstaterende dat in het coalitieakkoord staat: ‘${NDD}’;`);
    expect(ids(text)).not.toContain('citaat-ander-akkoord');
    expect(ids(text)).toContain('citeer-toezegging');
  });

  it("a minister's promise in a debate is not a quotation of the agreement", () => {
    const text = motie('constaterende dat de minister in het debat heeft toegezegd: ‘we komen voor de zomer met een brief over de cloud’;', '2023-03-01');
    expect(ids(text).filter((id) => id.startsWith('citaat-'))).toEqual([]);
  });

  it('a quotation of two sentences is one sentence unit: one hint, and its citation goes after the closing mark', () => {
    const two = `${NDD} Deze dienst ondersteunt de digitalisering Rijksbreed, stelt kwaliteitsstandaarden op en borgt goede ontwerpkeuzes.`;
    const text = motie(`constaterende dat in het coalitieakkoord staat: ‘${two}’;`);
    const hints = check(text, { corpus: true }).findings.filter((f) => f.ruleId === 'citeer-toezegging');
    expect(hints).toHaveLength(1);
    const cite = hints[0]!.fixes[0]!.edits[0]!;
    expect(text.slice(cite.start - 1, cite.start + 1)).toBe('’;');
  });

  it('a key in a group not closed on its line: closed by the fix, and no second key beside it (a staffer\'s trial: "Citeer" doubled it)', () => {
    const sentence = 'constaterende dat het kabinet een Nederlandse Digitale Dienst met doorzettingsmacht wil oprichten';
    const text = motie(`${sentence} [@ca2026:nederlandse-digitale-dienst, tot ieders tevredenheid;`);
    const found = check(text, { corpus: true }).findings;
    expect(found.map((f) => f.ruleId)).not.toContain('citeer-toezegging');
    const open = found.filter((f) => f.ruleId === 'onbekende-toezegging');
    expect(open.map((f) => [f.text, f.message])).toEqual([['@ca2026:nederlandse-digitale-dienst', 'De verwijzing “ca2026:nederlandse-digitale-dienst” is niet gesloten: zet ‘]’ achter de sleutel.']]);
    const edit = open[0]!.fixes[0]!.edits[0]!;
    expect(text.slice(0, edit.start) + edit.newText + text.slice(edit.end)).toContain('[@ca2026:nederlandse-digitale-dienst], tot');
    // Closed on the next line of its paragraph (hard-wrapped): a group is read on one line, so its keys went unchecked;
    // the fix joins the lines, not a "]" after the first key, which left a stray "]" (reviewers).
    const wrappedText = motie(`${sentence} [@ca2026:nederlandse-digitale-diesnt;\n  @ca2026:krijgsmacht-122000-mensen];`);
    const wrapped = check(wrappedText, { corpus: true }).findings.filter((f) => f.ruleId === 'onbekende-toezegging');
    expect(wrapped.map((f) => f.message)).toEqual([
      'De verwijzing “ca2026:nederlandse-digitale-diesnt” loopt over twee regels: zet haar op één regel, anders wordt ze niet gecontroleerd en niet omgezet in een voetnoot.',
    ]);
    const joined = applyEdits(wrappedText, wrapped[0]!.fixes[0]!.edits).text;
    expect(joined).toContain('[@ca2026:nederlandse-digitale-diesnt; @ca2026:krijgsmacht-122000-mensen];');
    // Once on one line, its keys are checked: the slip is found.
    expect(check(joined, { corpus: true }).findings.filter((f) => f.ruleId === 'onbekende-toezegging').map((f) => f.text)).toEqual(['@ca2026:nederlandse-digitale-diesnt']);
    // Closed later on the line, or another bibliography's key: nothing.
    expect(ids(motie(`${sentence} [@ca2026:nederlandse-digitale-dienst, p. 3];`))).not.toContain('onbekende-toezegging');
    expect(ids(motie(`${sentence} [@smith2020, p. 3;`))).not.toContain('onbekende-toezegging');
  });

  it('the footnote fix says where words the corpus has only as quoted come from (a staffer\'s trial: they went in as the agreement\'s own, page and all)', () => {
    const text = vragen('1. Wanneer krijgt de Nederlandse Digitale Dienst, die het kabinet met doorzettingsmacht wil oprichten, zijn bevoegdheden?');
    const hint = check(text, { corpus: true }).findings.find((f) => f.ruleId === 'citeer-toezegging')!;
    const note = hint.fixes.find((f) => f.title.startsWith('Voeg een voetnoot'))!.edits.map((e) => e.newText).join('');
    expect(note).toMatch(/: ‘We richten een Nederlandse Digitale Dienst op: .*’ \(zoals geciteerd in [^)]+\) \[@ca2026:nederlandse-digitale-dienst\]/);
    // A motie has no footnotes: its source goes in an overweging, which says where the words come from too (a staffer's trial).
    const inMotie = check(motie(`constaterende dat in het coalitieakkoord staat: ‘${NDD}’;`), { corpus: true }).findings.find((f) => f.ruleId === 'citeer-toezegging')!;
    expect(inMotie.fixes.map((f) => f.title)).toEqual(['Citeer ca2026:nederlandse-digitale-dienst']);
  });

  it('a key cited in one sentence of an overweging is not suggested again for its next sentence', () => {
    const text = motie(`constaterende dat het kabinet een Nederlandse Digitale Dienst met doorzettingsmacht opricht [@ca2026:nederlandse-digitale-dienst]. Die Nederlandse Digitale Dienst krijgt doorzettingsmacht over de ICT van het Rijk;`);
    expect(check(text, { corpus: true }).findings.filter((f) => f.ruleId === 'citeer-toezegging' && f.commitments.includes('ca2026:nederlandse-digitale-dienst'))).toEqual([]);
  });

  it('a sentence that cites a key with a slip gets the key put right, not a second key beside it (a trial of the language server)', () => {
    const sentence = 'constaterende dat het kabinet een Nederlandse Digitale Dienst met doorzettingsmacht wil oprichten';
    expect(ids(motie(`${sentence} [@ca2026:nederlandse-digitale-diesnt];`))).toEqual(expect.arrayContaining(['onbekende-toezegging']));
    expect(ids(motie(`${sentence} [@ca2026:nederlandse-digitale-diesnt];`))).not.toContain('citeer-toezegging');
    // Without the key, and with a key of another bibliography, the suggestion stands.
    expect(ids(motie(`${sentence};`))).toContain('citeer-toezegging');
    expect(ids(motie(`${sentence} [@smith2020];`))).toContain('citeer-toezegging');
    // A slip with no look-alike ("todo") cites nothing yet: the suggestion stands (a reviewer).
    expect(ids(motie(`${sentence} [@ca2026:todo];`))).toContain('citeer-toezegging');
  });

  it('"de toezegging" or a minister promising is no claim of a firm promise; "het kabinet heeft toegezegd" is', () => {
    const about = '[@ca2026:geintegreerd-inlichtingenbeeld-cyber]';
    expect(ids(motie(`constaterende dat de toezegging over het eerder en beter onderkennen van de cyberdreiging nog loopt ${about};`))).not.toContain('toezegging-stelligheid');
    expect(ids(motie(`constaterende dat het kabinet heeft toegezegd het eerder en beter onderkennen van de cyberdreiging te regelen ${about};`))).toContain('toezegging-stelligheid');
  });

  it('a clear lead over the next commitment suffices on a solid score, but not when it covers little of the sentence', () => {
    const key = 'ca2021:minimumloon-7-5-procent-hoger';
    const offered = (dictum: string) =>
      check(motie(`constaterende dat jongeren tot 21 jaar een lager minimumjeugdloon krijgen;\n\n${dictum}`, '2022-09-14'), { corpus: true }).findings.filter(
        (f) => f.ruleId === 'citeer-toezegging' && f.commitments.includes(key),
      );
    expect(offered('verzoekt de regering de stapsgewijze verhoging van het minimumloon ook voor jongeren en stagiairs te laten gelden,')).toHaveLength(1);
    // The same words in a sentence about more than the promise: a third of it matched is no evidence.
    expect(offered('verzoekt de regering de stapsgewijze verhoging van het minimumloon ook voor jongeren en stagiairs te laten gelden en de effecten op hun werkgelegenheid te volgen,')).toEqual([]);
  });
});
