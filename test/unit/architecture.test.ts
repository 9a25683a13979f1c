import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = path.resolve(__dirname, '../../src/core');
const FORBIDDEN = [/^vscode($|-)/, /^vscode-languageserver/, /^vscode-languageclient/, /^(node:)?fs(\/|$)/, /^(node:)?child_process$/, /^(node:)?process$/, /^(node:)?net$/, /^(node:)?http/];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('the core is pure', () => {
  const all = files(CORE);
  it('has source files', () => expect(all.length).toBeGreaterThan(10));
  for (const file of all) {
    it(`${path.relative(CORE, file)} imports no editor, LSP, file-system or process module`, () => {
      const src = readFileSync(file, 'utf8');
      const imports = [...src.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
      const bad = imports.filter((i) => FORBIDDEN.some((re) => re.test(i)));
      expect(bad).toEqual([]);
      expect(src).not.toMatch(/\bprocess\.(env|argv|cwd|exit|stdout|stderr)\b/);
      for (const i of imports.filter((x) => x.startsWith('.'))) {
        const target = path.resolve(path.dirname(file), i);
        expect(target.startsWith(CORE), `${i} leaves the core`).toBe(true);
      }
    });
  }
});
