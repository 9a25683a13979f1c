/*
 * House style that a reviewer would otherwise have to remember: one way to choose a language, memos of a version that
 * die with it, and functions short enough to read as named steps.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { longFunctions, ROOT, sourceFiles } from './sources';

const SHIPPED = [...sourceFiles('src'), ...sourceFiles('client/src')];

describe('house style', () => {
  it('user-facing text is chosen one way: a Localized message and pick(), no inline language ternaries', () => {
    // Where reading the language itself (a setting, a config value) compares with 'en', that is not choosing text.
    const reads = new Set(['src/core/types.ts', 'src/core/config.ts', 'client/src/i18n.ts']);
    const bad = SHIPPED.filter((f) => !reads.has(f)).flatMap((file) =>
      readFileSync(path.join(ROOT, file), 'utf8')
        .split('\n')
        .flatMap((line, n) => (/(?:===|!==)\s*'en'|'en'\s*(?:===|!==)|\ben\s*\?\s*[`'"]/.test(line) ? [`${file}:${n + 1}: ${line.trim()}`] : [])),
    );
    expect(bad).toEqual([]);
  });

  it('a memo of one version of a document is an ObjectMemo, not a module WeakMap keyed by the version (see objectMemo.ts)', () => {
    // V8's young-generation collection keeps the value of every entry of such a map alive until a full collection, and
    // with it each keystroke's draft (test/unit/typingMemory.test.ts measures it for a motie).
    // The type too (`byVersion: WeakMap<readonly Part[], …>` was made as an untyped `new WeakMap()`).
    const version = /\bWeakMap<\s*(?:Draft\b|Part\b|(?:readonly\s+)?Part\[\]|Line\[\]|LineModel\b|Quote\[\]|PriorVersion\b|Draft\['(?:lines|parts)'\]|CitationUnit\b)/;
    const bad = sourceFiles('src').flatMap((file) =>
      readFileSync(path.join(ROOT, file), 'utf8')
        .split('\n')
        .flatMap((line, n) => (version.test(line) ? [`${file}:${n + 1}: ${line.trim()}`] : [])),
    );
    expect(bad).toEqual([]);
  });

  it('no function is longer than 100 lines (split it into named steps)', () => {
    const files = [...SHIPPED, ...sourceFiles('tools')];
    const bad = files.flatMap((file) => longFunctions(file, 100).map((f) => `${file}:${f.line} ${f.name} (${f.lines} lines)`));
    expect(bad).toEqual([]);
  });
});
