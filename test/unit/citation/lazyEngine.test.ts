import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAgreementList } from '../../../src/core/corpus/agreements';
import { createCorpusSet } from '../../../src/core/corpus/registry';
import { createDraftService } from '../../../src/core/service';
import { CorpusStore } from '../../../src/host/corpusStore';

const ROOT = path.resolve(__dirname, '../../..');
const CALENDAR = loadAgreementList(readFileSync(path.join(ROOT, 'corpus', 'agreements.yaml'), 'utf8')).agreements;
const BUILTIN = new CorpusStore(ROOT, { snapshot: false }).build({ folders: [], extraFiles: [], openText: () => undefined });

describe('the citation engine is made when a rule first asks for it', () => {
  it('a note no rule needs it for leaves it unmade; a motie makes it, once', () => {
    // The index store is where the engine looks first: a look means the engine is being made.
    let looks = 0;
    const corpus = createCorpusSet(BUILTIN.files, [...BUILTIN.tags.values()], CALENDAR, { indexStore: { load: () => void looks++, save: () => undefined } });
    const service = createDraftService({ vagueTerms: [], corpus, today: () => '2026-06-01' });
    const note = service.findings({ uri: 'file:///notities.md', version: 1, text: '# Notities\n\nHet kabinet wil een Nederlandse Digitale Dienst oprichten.\n' });
    expect(note).toEqual([]);
    expect(looks).toBe(0);
    const motie = 'De Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering een Nederlandse Digitale Dienst op te richten met doorzettingsmacht,\n\nen gaat over tot de orde van de dag.\n';
    expect(service.findings({ uri: 'file:///motie.md', version: 1, text: motie }).map((f) => f.ruleId)).toContain('citeer-toezegging');
    expect(looks).toBe(1);
    service.findings({ uri: 'file:///motie.md', version: 2, text: motie + '\n' });
    expect(looks).toBe(1);
  });
});
