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

  // What outlives a version must not hold a slice of its text: V8 keeps the whole text a slice was taken from. Part-scoped
  // rules' reports outlive their version in the document's store (`PartReports`, kept for stale parts until pruned),
  // and a report holding a slice (the message of a long vague term) kept that version's text: 1,200 keystrokes in a
  // 178 kB motie kept 224 MB. (The spelling check's memos kept a long word's slice as a key as well; typing inside such
  // a word fills those memos, bounded, faster than texts would be kept, so a heap snapshot showed that one: no test.)
  // Each version here is a text of its own, as over LSP.
  it('keep no earlier text alive through the reports a document keeps for its later versions (next to a long vague term)', async () => {
    const { service } = createEvalService({ everyRule: true });
    const uri = 'file:///memory/long-words.md';
    const overwegingen = Array.from({ length: 1500 }, (_, i) => `overwegende dat het aantal woningen in gemeente nummer ${i} sterk is gedaald en dat de wachtlijsten daar ${i % 7} jaar zijn;`);
    const dictum = 'verzoekt de regering een regieorganisatie voor woningbouw op te richten die nagaat hoe zij met een woningbouwprogramma de woningnood kan verminderen,';
    let text = `Motie van het lid De Vries over woningbouw\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n${overwegingen.join('\n\n')}\n\n${dictum}\n\nen gaat over tot de orde van de dag.\n\nDe Vries\n`;
    const at = text.indexOf('hoe zij');
    expect(service.analyze({ uri, version: 0, text }).findings.some((f) => f.ruleId === 'vaag-begrip' && f.text.startsWith('regieorganisatie'))).toBe(true);
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    const before = process.memoryUsage().heapUsed;
    const KEYSTROKES = 200;
    for (let version = 1; version <= KEYSTROKES; version++) {
      text = Buffer.from(`${text.slice(0, at)}${version % 2 ? 'a' : ' '}${text.slice(at)}`).toString();
      service.analyze({ uri, version, text });
      if (version % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
    gc();
    // Every version's text kept would be at least a byte per character each: 200 × ~180 kB, ~36 MB.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan((KEYSTROKES * text.length) / 4);
  });

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

