import { describe, expect, it } from 'vitest';
import { restoreCorpus, storedCorpus } from '../../../src/core/corpus/snapshot';
import { loadCorpus } from '../../../src/core/service';

const YAML = `format: 1
id: test2026
title: Testakkoord
kind: coalitieakkoord
complete: false
source:
  verified: original
  document: Het akkoord zelf
commitments:
  - id: een
    text: We bouwen meer woningen.
    tags: [wonen]
    firmness: doel
  - id: twee
    text: We verlagen de lasten.
    tags: [financien]
    firmness: besluit
  - id: drie
    text: We investeren in de zorg.
    tags: [financien]
    firmness: financiering
    source:
      verified: quoted
      quotedIn:
        - publication: Een krant
          url: https://example.org/artikel
          date: 2026-02-01
`;

describe('a stored corpus', () => {
  const uri = 'file:///test.akkoord.yaml';
  const loaded = { ...loadCorpus(YAML, uri, ['wonen', 'financien']), uri, builtin: false };

  it('writes each distinct source once and reads back the same corpus', () => {
    expect(loaded.problems).toEqual([]);
    expect(loaded.corpus?.commitments.length).toBe(3);
    const stored = JSON.parse(JSON.stringify(storedCorpus(loaded)));
    expect(stored.sources.length).toBe(2);
    expect(stored.loaded.corpus.commitments.map((c: { source: unknown }) => typeof c.source)).toEqual(['number', 'number', 'number']);
    expect(restoreCorpus(stored, loaded.uri, false)).toEqual(loaded);
  });

  it('is not used when a source number points nowhere (a damaged file)', () => {
    const stored = JSON.parse(JSON.stringify(storedCorpus(loaded)));
    stored.loaded.corpus.commitments[1].source = stored.sources.length;
    expect(restoreCorpus(stored, loaded.uri, false)).toBeUndefined();
    stored.loaded.corpus.commitments[1].source = 'een';
    expect(restoreCorpus(stored, loaded.uri, false)).toBeUndefined();
  });
});
