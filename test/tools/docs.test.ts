import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { renderRulePage, renderRuleTable, TABLE_END, TABLE_START, withRuleSettings } from '../../tools/docs/generate';
import { RULES } from '../../src/core/rules/index';
import { FORMAT_TABLES, tableEnd, tableStart, withFormatTables } from '../../tools/docs/corpusFormat';
import { externalize, localize } from '../../tools/docs/nls';

const ROOT = path.resolve(__dirname, '../..');
const hint = 'run `npm run docs` to regenerate';

describe('the generated Markdown', () => {
  const rule = RULES.find((r) => r.id === 'invulplek')!;
  const withTags = { ...rule, docs: { ...rule.docs, rationale: { nl: 'Schrijf ‘te <werkwoord>’, niet `<!-- x -->` of ‘<datum>’.', en: 'Write ‘te <verb>’.' } } };

  it('escapes a placeholder in angle brackets in prose, which GitHub hid as an HTML tag, and leaves code spans and examples as written', () => {
    const page = renderRulePage(withTags);
    expect(page).toContain('Schrijf ‘te \\<werkwoord>’, niet `<!-- x -->` of ‘\\<datum>’.');
    expect(page).toContain('Write ‘te \\<verb>’.');
    expect(rule.docs.bad).toContain('<medium>');
    expect(page).toContain(`\`\`\`markdown\n${rule.docs.bad}\n\`\`\``);
    // The README's rule table and the setting's description (Markdown in the Settings editor) as well.
    expect(renderRuleTable()).toContain('‘verzoekt de regering … te \\<werkwoord>’');
    const pkg = withRuleSettings({}) as { contributes: { configuration: { properties: Record<string, { markdownDescription: string }> } } };
    expect(pkg.contributes.configuration.properties['akkoordwijzer.regels.invulplek']!.markdownDescription).toContain('‘\\<gemeente>’');
  });
});

describe('generated documentation is up to date', () => {
  for (const rule of RULES) {
    it(`docs/rules/${rule.id}.md`, () => {
      const page = readFileSync(path.join(ROOT, 'docs', 'rules', `${rule.id}.md`), 'utf8');
      expect(page, hint).toBe(renderRulePage(rule));
    });
  }
  it('the rule table in README.md', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf(TABLE_START), readme.indexOf(TABLE_END) + TABLE_END.length);
    expect(table, hint).toBe(renderRuleTable());
  });
  it('the per-rule settings in package.json, every user-facing manifest string in package.nls.json (Dutch, no English file)', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const nls = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
    const regenerated = externalize(withRuleSettings(pkg), nls);
    expect(regenerated.pkg, hint).toEqual(pkg);
    expect(regenerated.nls, hint).toEqual(nls);
    // Every placeholder has its text, and the texts are Dutch (a sample that must read as such).
    expect(JSON.stringify(localize(pkg, nls))).not.toMatch(/"%[^"%]+%"/);
    expect(nls['command.herstart.title']).toBe('Herstart de server');
    expect(existsSync(path.join(ROOT, 'package.nls.en.json'))).toBe(false);
  });
  it('the field tables of docs/corpus-format.md, each between its markers', () => {
    const doc = readFileSync(path.join(ROOT, 'docs', 'corpus-format.md'), 'utf8');
    for (const name of Object.keys(FORMAT_TABLES)) {
      expect(doc, `markers of table "${name}"`).toContain(tableStart(name));
      expect(doc, `markers of table "${name}"`).toContain(tableEnd(name));
    }
    expect(doc, hint).toBe(withFormatTables(doc));
  });
  it('the rule registry is alphabetical and ids match file names', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
    for (const id of ids) expect(readFileSync(path.join(ROOT, 'src/core/rules', `${id}.ts`), 'utf8')).toContain(`id: '${id}'`);
  });
});

/*
 * Hand-written Markdown: a placeholder in angle brackets in prose (‘<gemeente>’) is read by GitHub as an HTML tag and
 * not shown, so the reader sees ‘’. Written `\<gemeente>` (or in a code span) it shows. Real HTML (comments, <br>,
 * <details>, <img>) is left alone.
 */
describe('hand-written documentation', () => {
  const HTML_TAGS = new Set(['a', 'b', 'br', 'code', 'details', 'div', 'em', 'i', 'img', 'kbd', 'p', 'picture', 'source', 'span', 'sub', 'summary', 'sup', 'table', 'td', 'th', 'tr']);
  // Every Markdown file in the repository but drafts (fixtures, examples, the published documents of the evaluation:
  // their placeholders are the point) and the generated rule pages (tested above).
  const DRAFTS = /^(?:test\/fixtures|test\/e2e\/fixtures|test\/eval\/real\/(?:docs|constructed)|examples|docs\/rules)\//;
  const files = execFileSync('git', ['ls-files', '*.md'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter((f) => f && !DRAFTS.test(f));
  const hidden = (markdown: string): string[] => {
    const found: string[] = [];
    visit(unified().use(remarkParse).use(remarkGfm).parse(markdown), 'html', (node: { value: string }) => {
      // Every tag of the node (an HTML block runs over several lines), comments left out.
      for (const [whole, tag] of node.value.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<\/?([^\s/>!]+)[^>]*>/g)) if (!HTML_TAGS.has(tag!.toLowerCase())) found.push(whole);
    });
    return found;
  };

  it('finds a placeholder GitHub would hide, and not an escaped one, a code span or real HTML', () => {
    expect(hidden('Zoals ‘<gemeente>’ en <titel van het bericht>.')).toEqual(['<gemeente>', '<titel van het bericht>']);
    expect(hidden('Zoals ‘\\<gemeente>’, `<datum>`, <br> en <!-- x -->.\n\n```\n<medium>\n```\n')).toEqual([]);
    // Inside an HTML block of several lines too, not only its first tag.
    expect(hidden('<details>\n<summary>Meer</summary>\nZie <gemeente>.\n</details>\n')).toEqual(['<gemeente>']);
    // The list is the repository's, not written by hand (the walkthroughs were missing from one; a reviewer).
    expect(files.filter((f) => f.startsWith('walkthroughs/')).length).toBeGreaterThan(0);
  });
  for (const file of files) {
    it(file, () => {
      expect(hidden(readFileSync(path.join(ROOT, file), 'utf8')), `${file}: write a placeholder as \\<…> or in a code span`).toEqual([]);
    });
  }
});
