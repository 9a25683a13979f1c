/*
 * The preview's cache of commitment texts: when it asks the server, when it redraws the previews, and what a note
 * shows meanwhile. The server is a table behind promises the test resolves by hand, so the order is the test's.
 */
import { describe, expect, it } from 'vitest';
import { PreviewCache, toCited } from '../../client/src/previewCache';
import type { CommitmentResult } from '../../src/shared/protocol';

type Answer = NonNullable<CommitmentResult>;

function answer(key: string, text: string, extra: Partial<Answer> = {}): Answer {
  return {
    key, text, short: text, corpusId: 'ca2026', corpusTitle: 'Aan de slag', agreementTitle: 'Aan de slag. Bouwen aan een beter Nederland',
    tags: [], tagLabels: [], ministry: [], uri: 'file:///ca2026.akkoord.yaml', line: 0, character: 0, replaced: false, markdown: text, ...extra,
  };
}

/** A server that answers from its table as it stands when asked, once the test releases the answer. */
function server(table: Record<string, Answer | null>) {
  const asked: string[] = [];
  const waiting: (() => void)[] = [];
  let failing = false;
  const ask = (key: string) => {
    asked.push(key);
    const value = table[key] ?? null;
    const fails = failing;
    return new Promise<CommitmentResult>((resolve, reject) => waiting.push(() => (fails ? reject(new Error('no server')) : resolve(value))));
  };
  /** Every waiting answer arrives, the last asked first when `newestFirst`. */
  const release = async (newestFirst = false) => {
    const now = waiting.splice(0);
    for (const go of newestFirst ? now.reverse() : now) go();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { ask, asked, release, table, fail: (on: boolean) => (failing = on) };
}

describe('the preview cache', () => {
  it('answers "loading" first, asks once per key, and redraws once when the answers of a render are in', async () => {
    const s = server({ 'ca2026:a': answer('ca2026:a', 'Woorden A.'), 'ca2026:b': null });
    let redraws = 0;
    const cache = new PreviewCache(s.ask, () => redraws++);
    expect(cache.lookup('ca2026:a')).toEqual({ status: 'loading' });
    expect(cache.lookup('ca2026:b')).toEqual({ status: 'loading' });
    expect(cache.lookup('ca2026:a')).toEqual({ status: 'loading' });
    expect(s.asked).toEqual(['ca2026:a', 'ca2026:b']);
    expect(redraws).toBe(0);
    await s.release();
    expect(redraws).toBe(1);
    expect(cache.lookup('ca2026:a')).toEqual({ status: 'found', commitment: { text: 'Woorden A.', title: 'Aan de slag. Bouwen aan een beter Nederland' } });
    expect(cache.lookup('ca2026:b')).toEqual({ status: 'unknown' });
    expect(s.asked).toHaveLength(2);
  });

  it('when the corpora change, asks again, keeps the old words meanwhile, and redraws only if a note changed', async () => {
    const s = server({ 'ca2026:a': answer('ca2026:a', 'Oud.') });
    let redraws = 0;
    const cache = new PreviewCache(s.ask, () => redraws++);
    cache.lookup('ca2026:a');
    await s.release();
    cache.invalidate();
    expect(s.asked).toEqual(['ca2026:a', 'ca2026:a']);
    await s.release();
    expect(redraws).toBe(1); // the same words: nothing to redraw
    s.table['ca2026:a'] = answer('ca2026:a', 'Nieuw.');
    cache.invalidate();
    expect(cache.lookup('ca2026:a')).toMatchObject({ commitment: { text: 'Oud.' } });
    await s.release();
    expect(redraws).toBe(2);
    expect(cache.lookup('ca2026:a')).toMatchObject({ commitment: { text: 'Nieuw.' } });
  });

  it('ignores an answer asked before the corpora changed', async () => {
    const s = server({ 'ca2026:a': answer('ca2026:a', 'Oud.') });
    const cache = new PreviewCache(s.ask, () => undefined);
    cache.lookup('ca2026:a'); // asked of the old corpora, still waiting
    s.table['ca2026:a'] = null;
    cache.invalidate();
    await s.release(true); // the new answer arrives first, the old one after it
    expect(cache.lookup('ca2026:a')).toEqual({ status: 'unknown' });
  });

  it('without a server: no redraw (no loop), and the next render asks again', async () => {
    const s = server({ 'ca2026:a': answer('ca2026:a', 'Woorden.') });
    let redraws = 0;
    const cache = new PreviewCache(s.ask, () => redraws++);
    s.fail(true);
    cache.lookup('ca2026:a');
    await s.release();
    expect(redraws).toBe(0);
    s.fail(false);
    expect(cache.lookup('ca2026:a')).toEqual({ status: 'loading' });
    expect(s.asked).toEqual(['ca2026:a', 'ca2026:a']);
    await s.release();
    expect(redraws).toBe(1);
  });

  it("leaves out a quoter's topic label, which is no chapter of the document, and keeps section and page", () => {
    expect(toCited(answer('k', 'T.', { chapter: 'defensie: personeel', chapterIsTheme: true, page: 31 }))).toEqual({ text: 'T.', title: 'Aan de slag. Bouwen aan een beter Nederland', page: 31 });
    expect(toCited(answer('k', 'T.', { chapter: 'Wonen', section: 'Bouwen' }))).toMatchObject({ chapter: 'Wonen', section: 'Bouwen' });
  });
});
