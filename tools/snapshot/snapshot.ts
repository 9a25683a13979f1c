import { createDraftService } from '../../src/core/service';
import { CorpusStore } from '../../src/host/corpusStore';
import { loadBuiltinLexicon, loadBuiltinSynonyms, packageRoot } from '../../src/host/data';
import { loadCorpusSet } from '../../src/host/load';
import { SnapshotFolders } from '../../src/host/snapshotCache';

/**
 * Write the snapshot of the built-in data of the package at `root` into `outDir`: the store compiles into it as into a
 * cache, from no snapshot; the vague terms and synonyms likewise; and the engine of the built-in set is built (with
 * the built-in synonyms, as every start uses them) so its index is stored too. Returns what it compiled.
 */
export function writeSnapshot(outDir: string, root = packageRoot()): { corpora: number; commitments: number } {
  const data = new SnapshotFolders([], outDir);
  const vagueTerms = loadBuiltinLexicon(root, data).terms;
  const synonyms = loadBuiltinSynonyms(root, data).lexicon;
  data.flush();
  const store = new CorpusStore(root, { snapshot: false, cache: outDir });
  const { set } = loadCorpusSet(store, { folders: [], extraFiles: [] });
  createDraftService({ vagueTerms, synonyms, corpus: set }).engine();
  store.flushCache();
  return { corpora: set.corpora.length, commitments: set.commitments.length };
}
