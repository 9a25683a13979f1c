import { detached } from './detach';

/**
 * A memo keyed by text, bounded by the characters it holds rather than by its number of entries: a paragraph typed
 * into grows with every keystroke, and a count of entries would keep every version of it. Keys are stored as copies
 * (`detached`), so a kept key never keeps the document it was sliced from. Cleared whole when full: cheaper than an
 * LRU, and what was cleared is computed again on the next keystroke.
 */
export class TextMemo<V> {
  private readonly entries = new Map<string, V>();
  private chars = 0;

  constructor(private readonly maxChars = 4_000_000) {}

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  /** Remember `value` under `key` and give it back; `weight`: the characters it holds besides its key (its own texts). */
  set(key: string, value: V, weight = 0): V {
    const size = key.length + weight;
    if (this.chars + size > this.maxChars) this.clear();
    this.entries.set(detached(key), value);
    this.chars += size;
    return value;
  }

  clear(): void {
    this.entries.clear();
    this.chars = 0;
  }
}
