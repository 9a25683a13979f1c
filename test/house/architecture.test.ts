/*
 * The folders are the architecture (DEVELOPERS.md, "The house"); these tests keep them so. Each rule names the layer
 * it protects and why, so a failure says what to change rather than only that something moved.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, ROOT, sourceFiles, typeImportsOnly, type Import } from './sources';

const NODE_BUILTINS = new Set(builtinModules);
const isNodeBuiltin = (i: Import) => i.specifier.startsWith('node:') || (i.pkg !== undefined && NODE_BUILTINS.has(i.pkg));

/**
 * What the pure core may use: the Markdown parser, the YAML reader, jsdiff's word diff (comparing versions of a draft).
 * Adding one is a decision. (The Snowball Dutch stemmer is written out in src/core/text/snowballDutch.ts.)
 */
const CORE_PACKAGES = new Set([
  'yaml',
  'unified',
  'remark-parse',
  'mdast',
  'mdast-util-frontmatter',
  'mdast-util-gfm-footnote',
  'micromark-extension-frontmatter',
  'micromark-extension-gfm-footnote',
  'diff',
]);

/**
 * Shared files the core may import: grammar and vocabulary that both sides read and that import nothing (the shared
 * folder's own rule below keeps it so): the citation keys a draft writes, the kinds of corpus file (the schema's
 * `kind:`, the editor's import asks which), and how a message lists words ("a, b of c"). Anything else in the shared folder (the wire protocol) stays out of the core.
 */
const SHARED_FOR_CORE = new Set(['src/shared/citationKey.ts', 'src/shared/corpusKinds.ts', 'src/shared/dates.ts', 'src/shared/summaries.ts', 'src/shared/wording.ts']);

/** Packages the client may import for their types only (erased by the bundler, so the client still ships none). */
const CLIENT_TYPE_PACKAGES = new Set(['markdown-it']);

/** `file → import` for every import of the files below `dir` that `bad` rejects. */
function violations(dir: string, bad: (i: Import, file: string) => boolean): string[] {
  return sourceFiles(dir).flatMap((file) => importsOf(file).flatMap((i) => (bad(i, file) ? [`${file} → ${i.specifier}`] : [])));
}

describe('the layers', () => {
  const core = sourceFiles('src/core');
  it('the core has its source files', () => expect(core.length).toBeGreaterThan(50));
  for (const file of core) {
    it(`${file} imports no node, vscode or LSP module and nothing outside the core, and reads no process state`, () => {
      // Pure: it runs anywhere (a web worker, a test) and everything external is injected through the facade.
      const bad = importsOf(file).filter((i) => isNodeBuiltin(i) || (i.pkg !== undefined && !CORE_PACKAGES.has(i.pkg)) || (i.target !== undefined && !i.target.startsWith('src/core/') && !SHARED_FOR_CORE.has(i.target)));
      expect(bad.map((i) => i.specifier)).toEqual([]);
      expect(readFileSync(path.join(ROOT, file), 'utf8')).not.toMatch(/\bprocess\.(env|argv|cwd|exit|stdout|stderr)\b/);
    });
  }

  it('the shared folder imports nothing outside itself (the client bundles it)', () => {
    expect(violations('src/shared', (i) => i.pkg !== undefined || !i.target!.startsWith('src/shared/'))).toEqual([]);
  });

  it('the client imports only vscode, the language client and the shared folder (never the core)', () => {
    const allowed = new Set(['vscode', 'vscode-languageclient']);
    const typeOnly = (i: Import, file: string) => CLIENT_TYPE_PACKAGES.has(i.pkg!) && typeImportsOnly(file, i.specifier);
    const bad = violations('client/src', (i, file) => (i.pkg !== undefined ? !allowed.has(i.pkg) && !typeOnly(i, file) : !i.target!.startsWith('client/src/') && !i.target!.startsWith('src/shared/')));
    expect(bad).toEqual([]);
  });

  it('the core reads from the shared folder only the grammar, vocabulary and list shapes both sides share, and those files import nothing', () => {
    const targets = sourceFiles('src/core').flatMap((f) => importsOf(f).flatMap((i) => (i.target?.startsWith('src/shared/') ? [i.target] : [])));
    expect(new Set(targets)).toEqual(SHARED_FOR_CORE);
    for (const file of SHARED_FOR_CORE) expect(importsOf(file)).toEqual([]);
  });

  for (const file of ['src/host', 'src/lsp', 'src/cli'].flatMap((dir) => sourceFiles(dir))) {
    it(`${file} reaches the core through its facade (src/core/service.ts) only`, () => {
      const bad = importsOf(file).filter((i) => i.target !== undefined && i.target.startsWith('src/core/') && i.target !== 'src/core/service.ts');
      expect(bad.map((i) => i.specifier)).toEqual([]);
    });
  }

  it('the host and the CLI import no editor or LSP module (the CLI runs without an editor; vscode-uri is plain URI code)', () => {
    const lsp = (i: Import) => i.pkg !== undefined && /^vscode(?!-uri$)/.test(i.pkg);
    expect([...violations('src/host', lsp), ...violations('src/cli', lsp)]).toEqual([]);
  });

  it('the host serves both adapters and knows neither; the language server and the CLI do not import each other', () => {
    const into = (prefix: string) => (i: Import) => i.target !== undefined && i.target.startsWith(prefix);
    expect(violations('src/host', (i) => into('src/lsp/')(i) || into('src/cli/')(i))).toEqual([]);
    expect(violations('src/lsp', into('src/cli/'))).toEqual([]);
    expect(violations('src/cli', into('src/lsp/'))).toEqual([]);
  });

  it('shipped code never imports build-time tools, tests or the client', () => {
    const bad = violations('src', (i) => i.target !== undefined && !i.target.startsWith('src/'));
    expect(bad).toEqual([]);
  });

  it('the generic corpus pipeline is core code that the build tools use, not the other way round', () => {
    expect(sourceFiles('src/core/corpus/build').length).toBeGreaterThan(3);
    const tools = sourceFiles('tools/corpus').flatMap((f) => importsOf(f).map((i) => i.target ?? ''));
    expect(tools.some((t) => t.startsWith('src/core/corpus/build/'))).toBe(true);
  });
});

/*
 * Child processes (issue 18): the tools start one program, the local `git` for comparing with an earlier version
 * (src/host/git.ts, without a shell). No other source file of the product imports `child_process`; the bundle
 * loader only preloads the module (src/host/bundleLoader.cjs), it starts nothing.
 */
describe('child processes', () => {
  it('only src/host/git.ts imports child_process, in the product sources', () => {
    const product = ['src', 'client/src'].flatMap((dir) => violations(dir, (i) => i.specifier === 'child_process' || i.specifier === 'node:child_process'));
    expect(product).toEqual(['src/host/git.ts → node:child_process']);
  });
});
