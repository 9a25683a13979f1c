import type { Draft } from '../draft/types';
import { TextMemo } from '../text/textMemo';
import { ObjectMemo } from '../text/objectMemo';

/**
 * Memoise a computation per draft version (a `Draft` is built once per document version) and per second key (the
 * search engine or the corpus set): the rules that share a result compute it once per keystroke.
 */
export function perDraft<K extends object, T>(compute: (draft: Draft, key: K) => T): (draft: Draft, key: K) => T {
  // The draft's own `WeakMap` by engine or corpus set: a draft kept in the cache must not keep an engine that a corpus
  // change replaced (a strong map would). Made with its draft, it is young and dies with it.
  const memo = new ObjectMemo<Draft, WeakMap<K, T>>();
  return (draft, key) => {
    let byKey = memo.get(draft);
    if (!byKey) memo.set(draft, (byKey = new WeakMap()));
    if (byKey.has(key)) return byKey.get(key)!;
    const value = compute(draft, key);
    byKey.set(key, value);
    return value;
  };
}

/**
 * Memoise a pure computation on one unit of a draft (a sentence, a part) per owner (a corpus version, an agreement
 * timeline) and text: after a keystroke only the units whose text changed compute again, so per-unit work never
 * becomes per-document work. `context` holds whatever else the result depends on (a date); the memo is cleared when
 * its texts pass `maxChars` characters (`TextMemo`), so a long session does not keep every text it ever saw.
 */
export function perUnitText<O extends object, T>(compute: (owner: O, text: string, context: string) => T, maxChars = 2_000_000): (owner: O, text: string, context?: string) => T {
  const memo = new WeakMap<O, TextMemo<{ value: T }>>();
  return (owner, text, context = '') => {
    let byText = memo.get(owner);
    if (!byText) memo.set(owner, (byText = new TextMemo(maxChars)));
    const key = `${context}\u0000${text}`;
    const known = byText.get(key);
    if (known) return known.value;
    const value = compute(owner, text, context);
    byText.set(key, { value });
    return value;
  };
}
