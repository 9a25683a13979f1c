/*
 * The repository's source files and what they import, read with the TypeScript compiler's own pre-processor (so
 * `import type`, re-exports and dynamic imports all count), for the house tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const ROOT = path.resolve(__dirname, '../..');

const SOURCE = /\.(?:ts|mts|cts)$/;

/** Source files below `dir` (repository-relative, `/`-separated); declaration files left out. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string) => {
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      const p = path.join(abs, e.name);
      if (e.isDirectory()) walk(p);
      else if (SOURCE.test(e.name) && !e.name.endsWith('.d.ts')) out.push(path.relative(ROOT, p).split(path.sep).join('/'));
    }
  };
  walk(path.join(ROOT, dir));
  return out.sort();
}

export interface Import {
  /** As written: `./x`, `node:fs`, `vscode-languageserver/node`. */
  specifier: string;
  /** For a relative import: the repository-relative file it names (extension-less specifiers resolved to `.ts`). */
  target?: string;
  /** For a package: its name (`@scope/name` or `name`). */
  pkg?: string;
}

/** `x/y` names `x/y.ts` or, for a folder, `x/y/index.ts` (as the bundler and TypeScript resolve it). */
function resolveRelative(rel: string): string {
  if (/\.[cm]?[jt]s$/.test(rel)) return rel;
  return !existsSync(path.join(ROOT, `${rel}.ts`)) && existsSync(path.join(ROOT, rel, 'index.ts')) ? `${rel}/index.ts` : `${rel}.ts`;
}

export function importsOf(file: string): Import[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles.map(({ fileName: specifier }) => {
    if (specifier.startsWith('.')) {
      const abs = path.resolve(path.dirname(path.join(ROOT, file)), specifier);
      const rel = path.relative(ROOT, abs).split(path.sep).join('/');
      return { specifier, target: resolveRelative(rel) };
    }
    const parts = specifier.split('/');
    return { specifier, pkg: specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]! };
  });
}

/** Whether every import of `specifier` in `file` is `import type` (erased when bundled); false when there is none. */
export function typeImportsOnly(file: string, specifier: string): boolean {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const decls = sf.statements.filter((s): s is ts.ImportDeclaration => ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier) && s.moduleSpecifier.text === specifier);
  const typeOnly = (d: ts.ImportDeclaration) => {
    const clause = d.importClause;
    if (!clause) return false;
    if (clause.isTypeOnly) return true;
    const named = clause.namedBindings;
    return !clause.name && named !== undefined && ts.isNamedImports(named) && named.elements.every((e) => e.isTypeOnly);
  };
  return decls.length > 0 && decls.every(typeOnly);
}

/** Every function (declaration, method, arrow, expression) longer than `max` lines. */
export function longFunctions(file: string, max: number): { name: string; line: number; lines: number }[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: { name: string; line: number; lines: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const last = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      const name = node.name && ts.isIdentifier(node.name) ? node.name.text : ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name) ? node.parent.name.text : '(anonymous)';
      if (lines > max) out.push({ name, line: first + 1, lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}
