/**
 * A memo keyed by an object, kept on the object itself (one hidden property per object, holding every memo's value
 * for it) rather than in a module's `WeakMap`. For a full garbage collection the two are alike: the value lives as
 * long as its key. For V8's young-generation collection (the scavenge that runs every few keystrokes) they are not: a
 * `WeakMap` made at start lives in the old generation, and the scavenge keeps the value of each of its entries alive
 * whether or not the key still is, promoting it; only the next full collection frees it. Keyed by a keystroke's draft,
 * its parts or its lines, whose values reach the draft, that kept every version since the last scavenge alive.
 * A value on its object dies with the object in the next scavenge.
 *
 * For objects that live one version of a document (a `Draft`, its `parts`, its `lines`, a `Part`). A key that cannot
 * take a property (frozen) is kept in a `WeakMap`, as before. The property is read like any other, so an object made
 * with `Object.create(key)` would see and write its prototype's memos: never key by such an object.
 */
const MEMOS = Symbol('memos');

type Carrier = { [MEMOS]?: Map<ObjectMemo<never, unknown>, unknown> };

export class ObjectMemo<K extends object, V> {
  private readonly frozen = new WeakMap<K, V>();

  get(key: K): V | undefined {
    const memos = (key as Carrier)[MEMOS];
    return memos ? (memos.get(this) as V | undefined) : this.frozen.get(key);
  }

  has(key: K): boolean {
    const memos = (key as Carrier)[MEMOS];
    return memos ? memos.has(this) : this.frozen.has(key);
  }

  /** Remember `value` for `key`; gives `value` back. */
  set(key: K, value: V): V {
    const carrier = key as Carrier;
    let memos = carrier[MEMOS];
    if (!memos) {
      if (!Object.isExtensible(key)) {
        this.frozen.set(key, value);
        return value;
      }
      // Not enumerable: a spread copy of the object (`{ ...draft }`) never carries the memos of the original.
      Object.defineProperty(key, MEMOS, { value: (memos = new Map()), enumerable: false });
    }
    memos.set(this, value);
    return value;
  }

  delete(key: K): boolean {
    const memos = (key as Carrier)[MEMOS];
    return memos ? memos.delete(this) : this.frozen.delete(key);
  }
}
