import { setFlagsFromString } from 'node:v8';

/**
 * V8's flags for the CLI and the language server, set at their entry point before any work (and by the loader,
 * `bundleLoader.cjs`, before it compiles the bundle: V8 keys its code cache by the flags).
 */
export const PROCESS_FLAGS: readonly string[] = [
  /*
   * Regular expressions are compiled to machine code on their first run instead of being interpreted first: V8
   * interprets a new expression and compiles it only when it runs again (tier-up). The vague-term matcher is one
   * large Unicode, case-insensitive alternation run over every part of a draft; interpreted, its first runs cost more
   * than compiling it outright (a start of `check` on a 1 KB motie: median 505 → 353 ms over 7 alternating runs).
   */
  '--no-regexp-tier-up',
  /*
   * No allocation-site pretenuring. V8 watches where objects are made and, where most of them survive a collection,
   * makes that site's later objects directly in the old generation. Opening a draft makes its whole model at once and
   * keeps it, so the sites of lines, parts and units learn "long-lived"; on every keystroke after that they made the
   * new version's objects old, where only a full collection frees them, and pointing from there at the young objects
   * beside them, kept those alive through the young-generation collections too. With the rule context a class and
   * the memos of a version on its objects (`CheckContext`, `ObjectMemo`), typing 40 characters into a 50 kB motie
   * still gave the old generation 11.6–12.1 MB with pretenuring, 1.7–2.6 MB without
   * (test/unit/typingMemory.test.ts). Over LSP, against that build, the slowest keystroke of 300 in that motie fell from
   * 20–24 to 12–14 ms, the p95 from 5.8–6.8 to 5.4–5.6 ms (`bench/README.md`, fifteenth session). A start is no slower
   * (server spawn to first diagnostics, 25 alternating first starts: 228 against 226 ms), nor is a CLI check of 110 kB.
   */
  '--no-allocation-site-pretenuring',
];

/** Set `PROCESS_FLAGS`. The results are the same; only the way the engine gets there changes. */
export function tuneProcess(): void {
  for (const flag of PROCESS_FLAGS) setFlagsFromString(flag);
}
