/**
 * Corpus scale for `startup.bench.ts`: a synthetic corpus of n commitments compiled as the snapshot compiles a corpus
 * (its loaded model and its analysed index as JSON files), and read back in another process as a start reads them.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createCorpusSet, createDraftService, restoreCorpus, storedCorpus, type Commitment, type Corpus, type IndexState, type LoadedCorpus } from '../src/core/service';
import { loadBuiltinLexicon, loadBuiltinSynonyms } from '../src/host/data';
import { percentile, draftSentences, syntheticCommitments } from './synthetic';

export interface ScaleFigures {
  compileMs: number;
  snapshotBytes: number;
  loadMs: number;
  firstDiagnosticsMs: number;
  rankMedianMs: number;
  heapMB: number;
}

const CORPUS_FILE = 'corpus.json';
const INDEX_FILE = 'index.json';
const URI = 'file:///bench/synthetic.akkoord.yaml';

/** One agreement (`ca2026`, in force from 2026) holding the synthetic commitments, as `loadCorpus` would give it. */
function syntheticCorpus(n: number): LoadedCorpus {
  const source = { verified: 'original' as const, quotedIn: [] };
  const commitments: Commitment[] = syntheticCommitments(n).map((d, i) => ({
    key: `ca2026:c${i}`,
    corpusId: 'ca2026',
    id: `c${i}`,
    text: d.text,
    fragments: [],
    ...(d.chapter ? { chapter: d.chapter } : {}),
    tags: [],
    ministry: [],
    firmness: 'inzet',
    source,
    span: { start: i * 100, end: i * 100 + 99 },
    line: i * 4,
    character: 4,
  }));
  const corpus: Corpus = {
    uri: URI,
    format: 1,
    id: 'ca2026',
    title: 'Synthetisch akkoord',
    kind: 'coalitieakkoord',
    parties: [],
    complete: false,
    replaces: [],
    period: { from: '2026-01-01' },
    language: 'nl',
    source,
    commitments,
    passages: [],
    renamed: {},
  };
  return { uri: URI, corpus, problems: [], builtin: false };
}

// The built-in data as every start has it (read before the clock starts: its cost does not grow with the corpus).
const vagueTerms = loadBuiltinLexicon().terms;
const synonyms = loadBuiltinSynonyms().lexicon;

function service(loaded: LoadedCorpus, store: { load: () => unknown; save: (fingerprint: string, state: IndexState) => void }) {
  const set = createCorpusSet([loaded], [], [], { indexStore: { load: store.load, save: store.save } });
  return createDraftService({ vagueTerms, synonyms, corpus: set, today: () => '2026-03-12' });
}

/** Analyse n synthetic commitments and write the corpus and its index into `folder`. */
export function makeScaleSnapshot(n: number, folder: string): Pick<ScaleFigures, 'compileMs' | 'snapshotBytes'> {
  const loaded = syntheticCorpus(n);
  const t0 = performance.now();
  let saved: IndexState | undefined;
  service(loaded, { load: () => undefined, save: (_, state) => (saved = state) }).engine();
  writeFileSync(path.join(folder, CORPUS_FILE), JSON.stringify(storedCorpus(loaded)));
  writeFileSync(path.join(folder, INDEX_FILE), JSON.stringify(saved));
  const compileMs = performance.now() - t0;
  return { compileMs, snapshotBytes: statSync(path.join(folder, CORPUS_FILE)).size + statSync(path.join(folder, INDEX_FILE)).size };
}

/** Read the compiled corpus back, check a motie, rank draft sentences, and weigh the heap. */
export function loadScaleSnapshot(folder: string, motie: string): Omit<ScaleFigures, 'compileMs' | 'snapshotBytes'> {
  const t0 = performance.now();
  const loaded = restoreCorpus(JSON.parse(readFileSync(path.join(folder, CORPUS_FILE), 'utf8')), URI, false);
  if (!loaded) throw new Error('the compiled corpus did not read back');
  const svc = service(loaded, { load: () => JSON.parse(readFileSync(path.join(folder, INDEX_FILE), 'utf8')), save: () => undefined });
  const engine = svc.engine()!;
  const loadMs = performance.now() - t0;
  if (engine.source !== 'stored') throw new Error('the compiled index was not used');
  const t1 = performance.now();
  svc.findings({ uri: 'file:///bench/motie.md', version: 1, text: motie });
  const firstDiagnosticsMs = performance.now() - t1;
  // As in the retrieval bench: other sentences first (the JIT warm, most words of the measured ones still new to the
  // analyzer's word cache), then each measured sentence once, through the engine as the rules call it.
  for (const s of draftSentences(7, 300)) engine.rank(s, ['ca2026']);
  const times = draftSentences(2026, 300).map((s) => {
    const t = performance.now();
    engine.rank(s, ['ca2026']);
    return performance.now() - t;
  });
  (globalThis as { gc?: () => void }).gc?.();
  return { loadMs, firstDiagnosticsMs, rankMedianMs: percentile(times), heapMB: process.memoryUsage().heapUsed / 1024 / 1024 };
}
