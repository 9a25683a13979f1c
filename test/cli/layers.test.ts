import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = path.resolve(__dirname, '../../src/cli');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('the CLI is an adapter', () => {
  for (const file of files(CLI)) {
    it(`${path.relative(CLI, file)} reaches the core through its facade only, and no editor or LSP module`, () => {
      const src = readFileSync(file, 'utf8');
      const imports = [...src.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
      const core = imports.filter((i) => i.startsWith('.') && path.resolve(path.dirname(file), i).startsWith(path.resolve(CLI, '../core')));
      expect(core.map((i) => path.relative(path.resolve(CLI, '..'), path.resolve(path.dirname(file), i)))).toEqual(core.map(() => 'core/service'));
      expect(imports.filter((i) => /^vscode(-languageserver|-languageclient)?($|\/)/.test(i))).toEqual([]);
    });
  }
});
