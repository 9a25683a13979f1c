import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderExportMarkdown, renderExportReport, renderExportText } from '../../../src/core/service';
import { loadDocxWriter } from '../../../src/host/bundles';
import { exportService, ROOT } from './exportService';

// Every fixture motie and Kamervragen exported in each format and compared with the expected files committed beside
// them in test/fixtures/__export__/ (reviewed by hand). The .docx is read back with mammoth (its HTML: paragraphs,
// bold and italics, footnotes), never compared by bytes. AKKOORDWIJZER_UPDATE_EXPORTS=1 rewrites the expected files.
const UPDATE = process.env.AKKOORDWIJZER_UPDATE_EXPORTS === '1';
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const EXPECTED = path.join(FIXTURES, '__export__');

const drafts = ['moties', 'vragen'].flatMap((dir) =>
  readdirSync(path.join(FIXTURES, dir))
    .filter((f) => f.endsWith('.md') && !f.endsWith('.fixed.md'))
    .map((f) => ({ dir, name: f.replace(/\.md$/, ''), file: path.join(FIXTURES, dir, f) })),
);

function compare(file: string, actual: string): void {
  if (UPDATE) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(existsSync(file), `${path.relative(ROOT, file)} is missing (AKKOORDWIJZER_UPDATE_EXPORTS=1 writes it; review it)`).toBe(true);
  expect(actual, path.relative(ROOT, file)).toBe(readFileSync(file, 'utf8'));
}

describe('export of every fixture draft', () => {
  const service = exportService();
  it('covers both kinds', () => {
    expect(drafts.filter((d) => d.dir === 'moties').length).toBeGreaterThan(10);
    expect(drafts.filter((d) => d.dir === 'vragen').length).toBeGreaterThan(8);
  });
  for (const { dir, name, file } of drafts) {
    it(`${dir}/${name}`, async () => {
      const doc = { uri: pathToFileURL(file).href, version: 1, text: readFileSync(file, 'utf8') };
      const strict = service.exportDraft(doc);
      // Errors stop the export; the fixtures with errors are exported with the override, which the report records.
      expect(strict.report.blocked).toBe(strict.report.errors.length > 0);
      expect(strict.document === undefined).toBe(strict.report.blocked);
      const { report, document } = service.exportDraft(doc, { toch: true });
      expect(report.overridden).toBe(strict.report.blocked);
      const base = path.join(EXPECTED, dir, name);
      compare(`${base}.rapport.txt`, renderExportReport(report, 'nl'));
      compare(`${base}.txt`, renderExportText(document!));
      compare(`${base}.md`, renderExportMarkdown(document!));
      const docx = await loadDocxWriter().renderDocx(document!);
      const html = await mammoth.convertToHtml({ buffer: Buffer.from(docx) });
      expect(html.messages).toEqual([]);
      compare(`${base}.docx.html`, `${html.value.replace(/<\/(p|li|ol)>/g, '</$1>\n')}`);
    });
  }
});
