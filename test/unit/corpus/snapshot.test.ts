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
  const loaded = { ...loadCorpus(YAML, uri, { knownTags: ['wonen', 'financien'] }), uri, builtin: false };
  /** A fresh copy of the stored value, as a file gives it (restoring fills in the sources in place). */
  const stored = () => JSON.parse(JSON.stringify(storedCorpus(loaded)));

  it('writes each distinct source once and reads back the same corpus, its entries sharing one source object', () => {
    expect(loaded.problems).toEqual([]);
    expect(loaded.corpus?.commitments.length).toBe(3);
    const value = stored();
    expect(value.sources.length).toBe(2);
    expect(value.loaded.corpus.commitments.map((c: { source: unknown }) => c.source)).toEqual([0, 0, 1]);
    const restored = restoreCorpus(value, loaded.uri, false);
    expect(restored).toEqual(loaded);
    const [een, twee, drie] = restored!.corpus!.commitments;
    expect(een!.source).toBe(twee!.source);
    expect(een!.source).not.toBe(drie!.source);
  });

  it('is not used when its sources are damaged or missing, or it has another format (parsed instead)', () => {
    const damaged: ((v: { format: number; sources: unknown; loaded: { corpus: { commitments: { source: unknown }[] } } }) => void)[] = [
      (v) => (v.loaded.corpus.commitments[1]!.source = v.sources instanceof Array ? v.sources.length : 9),
      (v) => (v.loaded.corpus.commitments[1]!.source = 'een'),
      (v) => (v.loaded.corpus.commitments[1]!.source = 0.5),
      (v) => (v.sources = [null, null]),
      (v) => delete (v as { sources?: unknown }).sources,
      (v) => (v.format = 2),
    ];
    for (const damage of damaged) {
      const value = stored();
      damage(value);
      expect(restoreCorpus(value, loaded.uri, false), damage.toString()).toBeUndefined();
    }
    expect(restoreCorpus(stored(), loaded.uri, false)).toBeDefined();
  });
});
