import type { Draft } from '../draft/types';

/**
 * Memoise a computation per draft version (a `Draft` is built once per document version) and per second key (the
 * search engine or the corpus set): the rules that share a result compute it once per keystroke.
 */
export function perDraft<K extends object, T>(compute: (draft: Draft, key: K) => T): (draft: Draft, key: K) => T {
  const memo = new WeakMap<Draft, WeakMap<K, T>>();
  return (draft, key) => {
    let byKey = memo.get(draft);
    if (!byKey) memo.set(draft, (byKey = new WeakMap()));
    if (byKey.has(key)) return byKey.get(key)!;
    const value = compute(draft, key);
    byKey.set(key, value);
    return value;
  };
}
