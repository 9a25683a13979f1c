import { describe, expect, it } from 'vitest';
import { ObjectMemo } from '../../../src/core/text/objectMemo';

describe('ObjectMemo', () => {
  it('keeps a value per object and per memo, as a WeakMap would', () => {
    const a = new ObjectMemo<object, string>();
    const b = new ObjectMemo<object, string>();
    const key = {};
    expect(a.get(key)).toBeUndefined();
    expect(a.has(key)).toBe(false);
    expect(a.set(key, 'one')).toBe('one');
    b.set(key, 'two');
    expect([a.get(key), b.get(key), a.has(key)]).toEqual(['one', 'two', true]);
    expect(a.get({})).toBeUndefined();
    expect(a.delete(key)).toBe(true);
    expect([a.get(key), a.has(key), b.get(key)]).toEqual([undefined, false, 'two']);
  });

  it('remembers undefined as a value (has) apart from no value', () => {
    const memo = new ObjectMemo<object, undefined>();
    const key = {};
    memo.set(key, undefined);
    expect(memo.has(key)).toBe(true);
  });

  it('leaves the object as it reads: no key in a spread copy, in Object.keys or in JSON', () => {
    const memo = new ObjectMemo<object, number[]>();
    const draft = { uri: 'file:///a.md', parts: [1, 2] };
    memo.set(draft, [1]);
    memo.set(draft.parts, [2]);
    expect(Object.keys(draft)).toEqual(['uri', 'parts']);
    expect(JSON.stringify(draft)).toBe('{"uri":"file:///a.md","parts":[1,2]}');
    const copy = { ...draft };
    expect(memo.get(copy)).toBeUndefined();
    expect(memo.get(draft.parts)).toEqual([2]);
    expect([...draft.parts]).toEqual([1, 2]);
  });

  it('keeps the values of an object that takes no property (frozen) beside it', () => {
    const memo = new ObjectMemo<object, string>();
    const frozen = Object.freeze({ kind: 'motie' });
    expect(memo.set(frozen, 'x')).toBe('x');
    expect([memo.get(frozen), memo.has(frozen)]).toEqual(['x', true]);
    expect(memo.delete(frozen)).toBe(true);
    expect(memo.get(frozen)).toBeUndefined();
  });
});
