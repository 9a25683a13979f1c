/*
 * The editor's view of the Kamer's register of toezeggingen: the register of test/fixtures/toezeggingen, written from
 * constructed answers as `toezeggingen fetch` writes it, loaded beside the built-in corpora.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDraftService } from '../../../src/core/service';
import { loadBuiltinSynonyms } from '../../../src/host/data';
import { CorpusStore } from '../../../src/host/corpusStore';
import { failOnRuleError } from '../../support/strict';
import { LEXICON, motie, ROOT } from '../rules/helpers';

/** Written by `registerText` from the constructed answers (see the fixture README); loaded beside the built-in corpora. */
const file = path.join(ROOT, 'test/fixtures/toezeggingen/register.akkoord.yaml');
const corpus = new CorpusStore(ROOT).build({ folders: [], extraFiles: [file], openText: () => undefined });

const service = (today: string, taal: 'nl' | 'en' = 'nl') =>
  createDraftService({ vagueTerms: LEXICON, corpus, synonyms: loadBuiltinSynonyms(ROOT).lexicon, onRuleError: failOnRuleError, today: () => today, settings: { taal } });
const doc = (text: string) => ({ uri: 'file:///werk/concept.md', version: 1, text });

describe('a promise from the register in the editor', () => {
  it('loads as a corpus of kind toezeggingen without problems', () => {
    expect(corpus.corpus('toezeggingen')?.kind).toBe('toezeggingen');
    expect([...corpus.problemsByUri().values()].flat().map((p) => p.message)).toEqual([]);
  });

  it('the hover on its key shows status and deadline, marked overdue once the deadline has passed, minister and debate', () => {
    const text = motie('constaterende dat de minister heeft toegezegd de Kamer te informeren [@toezeggingen:tz202603-130];');
    const at = text.indexOf('toezeggingen:tz202603-130');
    const before = service('2026-06-30').hover(doc(text), at)!.contents;
    expect(before).toContain('| Status | Openstaand — termijn 1 juli 2026 |');
    expect(before).toContain('| Toegezegd door | Jansen, P., Minister van Binnenlandse Zaken en Koninkrijksrelaties |');
    expect(before).toContain('[Commissiedebat: Digitale overheid](https://www.tweedekamer.nl/debat_en_vergadering/commissievergaderingen/details?id=2026A01894) (19 maart 2026)');
    const after = service('2026-07-02').hover(doc(text), at)!.contents;
    expect(after).toContain('| Status | Openstaand — termijn 1 juli 2026 — **verlopen** |');
    expect(service('2026-07-02', 'en').hover(doc(text), at)!.contents).toContain('| Status | Openstaand — deadline 1 July 2026 — **overdue** |');
  });

  it('the completion line (describeCommitment) leads with status and deadline; a kept promise is never overdue', () => {
    const s = service('2026-12-03');
    expect(s.describeCommitment('toezeggingen:tz202603-130')?.status).toBe('Openstaand — termijn 1 juli 2026 — verlopen');
    expect(s.describeCommitment('toezeggingen:tz202604-011')?.status).toBe('Voldaan — geen termijn');
    expect(s.describeCommitment('toezeggingen:tz202410-077')?.status).toBe('status onbekend — termijn 1 maart 2025');
    expect(s.describeCommitment('ca2026:nederlandse-digitale-dienst')?.status).toBeUndefined();
  });

  it('citing a kept promise is a finding (info) that names the letter; an open one is not', () => {
    const text = motie(
      'constaterende dat de staatssecretaris een brief over de toeslagen toezegde [@toezeggingen:tz202604-011];\n\nconstaterende dat de minister een brief toezegde [@toezeggingen:tz202603-130];',
    );
    const found = service('2026-12-03')
      .findings(doc(text))
      .filter((f) => f.ruleId === 'kamertoezegging-nagekomen');
    expect(found.map((f) => [f.severity, f.message])).toEqual([
      ['info', '“toezeggingen:tz202604-011” is volgens het register al voldaan (brief 2026D20001): citeer die brief, of vraag naar de uitvoering.'],
    ]);
  });

  it('a Kamervragen question asking when a promised letter comes gets that promise, with status and deadline, in its hover', () => {
    const vragen = [
      '---',
      'soort: kamervragen',
      '---',
      'Vragen van het lid De Vries (D66) aan de minister van Binnenlandse Zaken en Koninkrijksrelaties over de Nederlandse Digitale Dienst',
      '',
      '1. Wanneer ontvangt de Kamer de toegezegde brief over de voortgang van de Nederlandse Digitale Dienst?',
      '',
      '2. Hoeveel ambtenaren werken er bij de dienst?',
      '',
    ].join('\n');
    const s = service('2026-12-03');
    const asked = s.hover(doc(vragen), vragen.indexOf('toegezegde brief'))!;
    expect(asked.contents).toContain('Toezegging aan de Kamer waar deze vraag waarschijnlijk over gaat');
    expect(asked.contents).toContain('`toezeggingen:tz202603-130`');
    expect(asked.contents).toContain('Openstaand — termijn 1 juli 2026 — **verlopen**');
    // Another question, about no promise: no such hover.
    const other = s.hover(doc(vragen), vragen.indexOf('ambtenaren'));
    expect(other?.contents ?? '').not.toContain('Toezegging aan de Kamer');
  });
});
