import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The text and retrieval modules are pure core: no file system, process, editor or LSP imports, and no throw.
const dirs = ['src/core/text', 'src/core/retrieval'];
const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.ts')).map((f) => path.join(d, f)));

describe('pure core: text and retrieval', () => {
  it('has the modules', () => {
    expect(files.map((f) => path.basename(f))).toEqual(
      expect.arrayContaining(['tokenize.ts', 'normalize.ts', 'stem.ts', 'compounds.ts', 'search.ts', 'alignment.ts', 'synonyms.ts', 'analyzer.ts', 'analysedTexts.ts', 'postings.ts', 'quoteMatcher.ts']),
    );
  });

  it.each(files)('%s imports nothing impure and never throws', (file) => {
    const src = readFileSync(file, 'utf8');
    const imports = [...src.matchAll(/^\s*import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
    for (const spec of imports) expect(spec).not.toMatch(/^(node:)?(fs|fs\/promises|process|child_process|path|os)$|^vscode/);
    expect(src).not.toMatch(/\bprocess\./);
    expect(src).not.toMatch(/\bthrow\b/);
  });
});
