import { createDraftService } from '../../src/core/service';
import { CorpusStore } from '../../src/host/corpusStore';
import { packageRoot } from '../../src/host/data';
import { loadBuiltinData, loadCorpusSet } from '../../src/host/load';

/**
 * Write the snapshot of the built-in corpora of the package at `root` into `outDir`: the store compiles into it as
 * into a cache, from no snapshot, and the engine of the built-in set is built (with the built-in synonyms, as every
 * start uses them) so its index is stored too. Returns what it wrote about.
 */
export function writeSnapshot(outDir: string, root = packageRoot()): { corpora: number; commitments: number } {
  const store = new CorpusStore(root, { snapshot: false, cache: outDir });
  const { set } = loadCorpusSet(store, { folders: [], extraFiles: [] });
  const { vagueTerms, synonyms } = loadBuiltinData();
  createDraftService({ vagueTerms, synonyms, corpus: set }).engine();
  store.flushCache();
  return { corpora: set.corpora.length, commitments: set.commitments.length };
}
