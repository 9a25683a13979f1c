import { describe, expect, it } from 'vitest';
import { citationEngine, exportIndexState } from '../../../src/core/citation/engine';
import { rankForQuery } from '../../../src/core/citation/lookup';
import { createCorpusSet, type CorpusSet } from '../../../src/core/corpus/registry';
import { decodeTable, encodeTable, fromBase64, isIndexState, toBase64, type IndexState, type IndexStore } from '../../../src/core/retrieval/snapshot';
import { postingsTable } from '../../../src/core/retrieval/postings';
import { emptyLexicon } from '../../../src/core/retrieval/synonyms';
import { loadBuiltinSynonyms } from '../../../src/host/data';
import { builtinCorpus, ROOT } from '../rules/helpers';

const synonyms = loadBuiltinSynonyms(ROOT).lexicon;

/** An index store in memory that keeps what it is given as JSON text, as a file would. */
function memoryStore(): IndexStore & { saved: Map<string, string>; asked: string[] } {
  const saved = new Map<string, string>();
  const asked: string[] = [];
  return {
    saved,
    asked,
    load(fingerprint) {
      asked.push(fingerprint);
      const text = saved.get(fingerprint);
      return text === undefined ? undefined : JSON.parse(text);
    },
    save: (fingerprint, state) => void saved.set(fingerprint, JSON.stringify(state)),
  };
}

/** A new corpus set (a new corpus version, so a new engine) over the built-in files, with `store`. */
const setWith = (store: IndexStore): CorpusSet => createCorpusSet(builtinCorpus().files, [...builtinCorpus().tags.values()], [], { indexStore: store });

/** Sentences to rank: the start of every 25th commitment, reworded a little, and a few written by hand. */
function sentences(set: CorpusSet): string[] {
  const own = set.commitments.filter((_, i) => i % 25 === 0).map((c) => `De regering moet ${c.text.split(/\s+/).slice(2, 14).join(' ')}`);
  return [...own, 'Het kabinet richt een digitale dienst op met doorzettingsmacht.', 'stikstofuitstoot van de landbouw halveren vóór 2030', ''];
}

describe('the analysed index as data', () => {
  it('base64 gives back every byte, for every length', () => {
    for (let n = 0; n < 12; n++) {
      const bytes = Uint8Array.from({ length: n * 7 + (n % 3) }, (_, i) => (i * 151 + n * 13) & 0xff);
      expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    }
    expect(fromBase64('ab$d')).toBeUndefined();
    expect(fromBase64('abcde')).toBeUndefined();
  });

  it('a postings table read back is the same table; an inconsistent one is refused', () => {
    const table = postingsTable({ documents: 3, starts: Int32Array.from([0, 2, 2, 3]), postingDocs: Int32Array.from([0, 2, 1]), impacts: Float32Array.from([0.5, 1.25, 0.1]), common: Uint8Array.from([0, 0, 1]) });
    const back = decodeTable(JSON.parse(JSON.stringify(encodeTable(table))), 3)!;
    expect([...back.starts, ...back.postingDocs, ...back.impacts, ...back.common]).toEqual([...table.starts, ...table.postingDocs, ...table.impacts, ...table.common]);
    expect(back.contains(0, 2)).toBe(true);
    expect(back.contains(1, 0)).toBe(false);
    // A posting naming a document that does not exist, and starts that do not end at the postings' length.
    expect(decodeTable({ ...encodeTable(table), documents: 2 }, 3)).toBeUndefined();
    expect(decodeTable({ ...encodeTable(table), starts: toBase64(new Uint8Array(Int32Array.from([0, 2, 2, 4]).buffer)) }, 3)).toBeUndefined();
  });

  it('an engine read back from the store ranks, checks quotes and looks words up exactly as the analysed one', () => {
    const store = memoryStore();
    const analysed = citationEngine(setWith(store), synonyms);
    expect(analysed.source).toBe('analysed');
    expect(store.saved.size).toBe(1);
    const stored = citationEngine(setWith(store), synonyms);
    expect(stored.source).toBe('stored');
    expect(store.asked[1]).toBe(store.asked[0]);
    for (const s of sentences(analysed.corpus)) {
      expect(stored.rankWithCoverage(s, ['ca2026', 'ca2021']), s).toEqual(analysed.rankWithCoverage(s, ['ca2026', 'ca2021']));
      expect(stored.quotes.check(s), s).toEqual(analysed.quotes.check(s));
    }
    for (const typed of ['doorzettings', 'stikstof landbouw', 'ca2021:alg']) expect(rankForQuery(stored.lookup, typed)).toEqual(rankForQuery(analysed.lookup, typed));
    expect(exportIndexState(stored)).toEqual(JSON.parse(store.saved.values().next().value!));
  });

  it('never uses a state for other texts, another lexicon, or one that is damaged; a failing store costs only the analysis', () => {
    const store = memoryStore();
    citationEngine(setWith(store), synonyms);
    const [fingerprint, text] = [...store.saved][0]!;
    const state = JSON.parse(text) as IndexState;
    expect(isIndexState(state, fingerprint)).toBe(true);
    expect(isIndexState(state, fingerprint.replace(/^./, (c) => (c === '0' ? '1' : '0')))).toBe(false);
    expect(isIndexState({ ...state, analyzerVersion: state.analyzerVersion + 1 }, fingerprint)).toBe(false);

    // Another lexicon is another fingerprint: nothing stored for it is read.
    const other = citationEngine(setWith(store), emptyLexicon);
    expect(other.source).toBe('analysed');
    expect(store.asked.at(-1)).not.toBe(fingerprint);

    const damaged: unknown[] = [
      '{"format":1',
      { ...state, terms: 'not a list' },
      { ...state, commitments: { ...state.commitments, postingDocs: state.commitments.postingDocs.slice(0, 40) } },
      { ...state, passages: { ...state.passages, documents: 1 } },
    ];
    for (const bad of damaged) {
      const engine = citationEngine(setWith({ load: () => (typeof bad === 'string' ? safeParse(bad) : bad), save: () => undefined }), synonyms);
      expect(engine.source).toBe('analysed');
    }
    const failing = citationEngine(setWith({ load: () => { throw new Error('disk gone'); }, save: () => { throw new Error('disk full'); } }), synonyms);
    expect(failing.source).toBe('analysed');
    expect(failing.rank('een digitale dienst met doorzettingsmacht oprichten', ['ca2026'])[0]?.key).toBe('ca2026:nederlandse-digitale-dienst');
  });
});

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
