// Regular-expression literals written in ASCII in the bundles, for tools/build.mjs.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

const NON_ASCII = /[^\x00-\x7f]/;

/*
 * esbuild escapes the non-ASCII characters of strings and templates (`"\xE9"`) but leaves those of regular-expression
 * literals as written (`/[ëïöü]/`, `/['‘’]/`): 73 literals in src/ held 326 of them, and one such character is enough
 * to make V8 hold the whole 1.2 MB bundle as a string of two bytes a character. Reading it then takes the slow path of
 * UTF-8 decoding (4.6 → 3.1 ms of a server start), and the scanner, which compiles the bundle at the start and every
 * function again when it first runs, reads two bytes a character instead of one. Here each such character becomes
 * `\uXXXX`, one UTF-16 code unit at a time: the same pattern with and without the `u` flag (a surrogate pair written as
 * two escapes is one code point under `u`, as written), in a class, a range or a literal run alike. The sources keep
 * the characters as written (`/[ëïöü]/` reads better than its escapes).
 */

/** `source` (TypeScript) with every non-ASCII character inside a regular-expression literal written as `\uXXXX`. */
export function asciiRegexLiterals(source, fileName = 'source.ts') {
  if (!NON_ASCII.test(source)) return source;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false);
  const edits = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const start = node.getStart(file);
      const literal = source.slice(start, node.getEnd());
      if (NON_ASCII.test(literal)) edits.push({ start, end: node.getEnd(), text: escapeLiteral(literal, fileName) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const e of edits.reverse()) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

function escapeLiteral(literal, fileName) {
  let out = '';
  for (let i = 0; i < literal.length; i++) {
    const code = literal.charCodeAt(i);
    if (code < 0x80) {
      out += literal[i];
      continue;
    }
    // `\é` (an identity escape) would become `\\u00E9`, a backslash and letters: not written in src/, and refused.
    if (/(?:^|[^\\])(?:\\\\)*\\$/.test(literal.slice(0, i))) throw new Error(`${fileName}: a backslash before a non-ASCII character in ${literal}`);
    out += `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return out;
}

/** The esbuild plugin: TypeScript files under src/ with such a literal are handed to esbuild rewritten (lines unchanged). */
export const asciiRegexPlugin = {
  name: 'ascii-regex-literals',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!NON_ASCII.test(text)) return undefined;
      return { contents: asciiRegexLiterals(text, args.path), loader: 'ts' };
    });
  },
};
