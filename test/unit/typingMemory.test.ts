/*
 * Between two full collections, V8's young-generation collection frees a keystroke's garbage, as long as nothing in
 * the old generation points at it: what it keeps alive it copies, and what it keeps twice it promotes to the old
 * generation, where only the next full collection frees it (a pause of ~20 ms). A version's draft was reached from there
 * through the getter of a rule context made as an object literal (V8 puts a literal's accessors in the old generation
 * at once), through the values of a module's `WeakMap` keyed by the version (the young collection keeps the value of
 * each entry) and through objects made at sites V8 had learnt to pretenure. For these 40 keystrokes the old generation
 * gains 1.7–2.6 MB (Node 24: 1.2 MB); with the rule context an object literal again 20.2 MB, with the memos of a
 * version in module `WeakMap`s again 13.6 MB, without the process flags 11.6–12.1 MB (`CheckContext`, `ObjectMemo`,
 * `PROCESS_FLAGS`).
 *
 * A file of its own (vitest runs each file in a process of its own: `pool: 'forks'`, isolated): the process flags are
 * set here before anything is analysed, as the CLI and the server set them at their start, so nothing V8 learnt to
 * pretenure in another test is measured.
 */
import { constants, PerformanceObserver } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { motieDraft } from '../../bench/realDrafts';
import { tuneProcess } from '../../src/host/process';
import { createEvalService } from '../eval/evaluate';

tuneProcess();
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;

/** The old generation's objects (not its code): where a young collection promotes to. */
const oldGeneration = () => v8.getHeapSpaceStatistics().reduce((n, s) => (s.space_name === 'old_space' || s.space_name === 'large_object_space' ? n + s.space_used_size : n), 0);

describe('typing into a draft', () => {
  it('gives the old generation little while only young-generation collections run', async () => {
    const { service } = createEvalService({ everyRule: true });
    const uri = 'file:///memory/typing.md';
    let text = motieDraft(50_000);
    const at = text.indexOf(';', Math.floor(text.length / 2));
    expect(at).toBeGreaterThan(0);
    const phrase = ' Welke gemeenten hebben daarover al een plan ingediend, en welke middelen zijn daarvoor gereserveerd?';
    const type = (i: number) => {
      text = `${text.slice(0, at + i)}${phrase[i % phrase.length]}${text.slice(at + i)}`;
      return service.analyze({ uri, version: i, text });
    };
    // Warm: the model of the draft, the memos of its sentences, the compiled code.
    for (let i = 0; i < 40; i++) type(i);
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    gc();
    // A full collection in between would free what was promoted and hide it.
    let full = 0;
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if ((e as unknown as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) full++;
    });
    observer.observe({ entryTypes: ['gc'] });
    const before = oldGeneration();
    const KEYSTROKES = 40;
    let last: ReturnType<typeof type> | undefined;
    for (let i = 40; i < 40 + KEYSTROKES; i++) {
      last = type(i);
      await new Promise((resolve) => setImmediate(resolve));
      gc({ type: 'minor' });
    }
    const grown = oldGeneration() - before;
    await new Promise((resolve) => setImmediate(resolve));
    observer.disconnect();
    // A motie whose rules ran on the version typed last.
    expect(last!.draft.kind).toBe('motie');
    expect(last!.findings.length).toBeGreaterThan(0);
    expect(full).toBe(0);
    expect(grown).toBeLessThan(KEYSTROKES * 200 * 1024);
  });
});
