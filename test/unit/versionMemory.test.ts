/*
 * A version lends its parts, paragraphs and units to the next (`draft.prior`), and the next to the one after it: no
 * earlier version may stay reachable through that chain, or a long editing session keeps every version it saw (a part
 * cache that held its draft did: 0.55 MB a keystroke). Checked with weak references after a forced collection.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createEvalService } from '../eval/evaluate';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const ROOT = path.resolve(__dirname, '../..');
const SOURCES = ['test/eval/real/docs/vragen-rutte4/kv-2022Z15803-opvangcrisis.md', 'test/eval/real/docs/moties-rutte4/kst-36045-4-sjoerdsma-defensiebudget-eerder.md'];

describe('versions of a document', () => {
  for (const source of SOURCES) {
    it(`keep no earlier version alive while a draft is typed in (${path.basename(source)})`, async () => {
      const { service } = createEvalService({ everyRule: true });
      const uri = `file:///memory/${path.basename(source)}`;
      let text = readFileSync(path.join(ROOT, source), 'utf8');
      const middle = text.indexOf('\n\n', Math.floor(text.length / 2));
      const drafts: WeakRef<object>[] = [];
      for (let version = 0; version < 12; version++) {
        text = `${text.slice(0, middle)}${'ab '[version % 3]}${text.slice(middle)}`;
        drafts.push(new WeakRef(service.analyze({ uri, version, text }).draft));
      }
      await new Promise((resolve) => setImmediate(resolve));
      gc();
      // Only the newest version is kept (the service's cache); its predecessor's parts, not its draft.
      expect(drafts.slice(0, -1).filter((d) => d.deref() !== undefined).length).toBe(0);
      expect(drafts.at(-1)!.deref()).toBeDefined();
    });
  }

  it('keep none alive within one job either: a run that checks version after version without yielding', async () => {
    // A `WeakRef` read or made keeps its target until the current job ends; the evaluation and the in-process typing
    // benchmark check many versions in one job, and a memo that held its draft's line model by one kept them all.
    const { service } = createEvalService({ everyRule: true });
    const uri = 'file:///memory/one-job.md';
    let text = readFileSync(path.join(ROOT, SOURCES[1]!), 'utf8');
    const middle = text.indexOf('\n\n', Math.floor(text.length / 2));
    const freed: number[] = [];
    const registry = new FinalizationRegistry<number>((version) => freed.push(version));
    const VERSIONS = 12;
    for (let version = 0; version < VERSIONS; version++) {
      text = `${text.slice(0, middle)}${'ab '[version % 3]}${text.slice(middle)}`;
      registry.register(service.analyze({ uri, version, text }).draft.lines, version);
    }
    gc(); // still the same job
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(freed.length).toBeGreaterThanOrEqual(VERSIONS - 2);
  });
});

