import { describe, expect, it } from 'vitest';
import { alternateAll, type Run } from '../../bench/measure';

describe('alternateAll', () => {
  it('gives each measure its runs, after one warm-up each, in an order that turns round every other round', async () => {
    const calls: string[] = [];
    const measure = (name: string) => (): Run => (calls.push(name), { ms: calls.length, rss: 0, cpu: 0 });
    const runs = await alternateAll(4, [measure('a'), measure('b'), measure('c')]);
    expect(calls.join('')).toBe('abc' + 'abc' + 'cba' + 'abc' + 'cba');
    expect(runs.map((r) => r.length)).toEqual([4, 4, 4]);
    // The runs of each measure, in the order of the measures: the first measure's are the calls of "a" after its warm-up.
    expect(runs[0]!.map((r) => calls[r.ms - 1])).toEqual(['a', 'a', 'a', 'a']);
  });
});
