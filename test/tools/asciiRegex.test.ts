import * as esbuild from 'esbuild';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build-time module in plain JavaScript, without types.
import { asciiRegexLiterals, asciiRegexPlugin } from '../../tools/asciiRegex.mjs';

const ROOT = path.resolve(__dirname, '../..');
const rewrite = asciiRegexLiterals as (source: string, fileName?: string) => string;
const NON_ASCII = /[^\x00-\x7f]/;

/** The regular expression a literal written as TypeScript makes. */
const literal = (source: string): RegExp => new Function(`return ${source};`)() as RegExp;

describe('regular-expression literals in ASCII (tools/asciiRegex.mjs)', () => {
  it('writes the non-ASCII characters of a literal as escapes, and nothing else', () => {
    const source = "const a = /[ëïöü]/g; // één\nconst b = 'vóór'; const c = /['‘’](\\d{2})/u;\n";
    const out = rewrite(source);
    expect(out).toBe("const a = /[\\u00EB\\u00EF\\u00F6\\u00FC]/g; // één\nconst b = 'vóór'; const c = /['\\u2018\\u2019](\\d{2})/u;\n");
    expect(out.split('\n').length).toBe(source.split('\n').length);
  });

  it('the escaped literal matches what the written one matches, with and without the u and i flags', () => {
    const cases = ['/[ëïöü]/g', '/^[a-zà-ÿ]/u', '/[¹²³⁴⁵⁶⁷⁸⁹⁰]+/', "/['‘’]s(?![\\p{L}\\p{N}])/u", '/financi[eë]n/i', '/VÓÓR/iu', '/😀+/u', '/[😀-😂]/u', '/x😀?/'];
    const inputs = ['ë', 'Ë', 'ï', 'à', 'ÿ', 'Z', '²', '⁰', '‘s', '’s', "'s", 'financiën', 'FINANCIËN', 'vóór', 'VÓÓR', '😀😀', '😁', '\uD83D', 'x\uD83D', 'x😀', 'a'];
    for (const c of cases) {
      const escaped = rewrite(`const r = ${c};`).slice('const r = '.length, -1);
      expect(NON_ASCII.test(escaped), c).toBe(false);
      const [was, now] = [literal(c), literal(escaped)];
      expect(now.flags).toBe(was.flags);
      for (const input of inputs) expect(now.exec(input)?.[0], `${c} on ${input}`).toBe(was.exec(input)?.[0]);
    }
  });

  it('refuses a backslash right before a non-ASCII character (an identity escape it would break)', () => {
    expect(() => rewrite('const r = /\\é/;')).toThrow(/backslash/);
    expect(rewrite('const r = /\\\\é/;')).toBe('const r = /\\\\\\u00E9/;');
  });

  it('the server and CLI bundles are ASCII, so V8 holds them one byte a character', async () => {
    for (const entry of ['src/lsp/main.ts', 'src/cli/main.ts']) {
      const result = await esbuild.build({
        entryPoints: [path.join(ROOT, entry)],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        minifyWhitespace: true,
        minifySyntax: true,
        write: false,
        logLevel: 'silent',
        define: { 'import.meta.url': 'importMetaUrl', __VERSION__: '"0"' },
        plugins: [asciiRegexPlugin as esbuild.Plugin],
      });
      const code = result.outputFiles[0]!.text;
      const at = code.search(NON_ASCII);
      expect(at < 0 ? '' : code.slice(Math.max(0, at - 60), at + 10), entry).toBe('');
    }
  }, 60_000);
});
