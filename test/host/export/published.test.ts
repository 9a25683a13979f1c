import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderExportText } from '../../../src/core/service';
import { loadDocxWriter } from '../../../src/host/bundles';
import { exportService, paragraphs, ROOT } from './exportService';

// Motie 26 643, nr. 1465 as a staffer types it in Markdown (a heading for the title, a citation key, emphasis, other
// line breaks) must export to the text the Kamer published, from "De Kamer," to the members' names. The expected
// text is the published one, copied verbatim into the real-document evaluation set, not the tool's output.
const TYPED = path.join(ROOT, 'test/fixtures/__export__/typed/kst-26643-1465-stoffer-kathmann.md');
const PUBLISHED = path.join(ROOT, 'test/eval/real/docs/2026/kst-26643-1465-stoffer-kathmann-digitale-autonomie.md');

/** The paragraphs from "De Kamer," to the end: the part of the published layout the staffer's draft must give. */
function fromDeKamer(text: string): string[] {
  const all = paragraphs(text.replace(/<!--[\s\S]*?-->/g, ''));
  return all.slice(all.indexOf('De Kamer,'));
}

describe('a real published motie, typed in as Markdown', () => {
  const service = exportService();
  const doc = { uri: pathToFileURL(TYPED).href, version: 1, text: readFileSync(TYPED, 'utf8') };
  const published = fromDeKamer(readFileSync(PUBLISHED, 'utf8'));

  it('the published text is what the test expects (De Kamer, … the two names)', () => {
    expect(published[0]).toBe('De Kamer,');
    expect(published.slice(-3)).toEqual(['en gaat over tot de orde van de dag.', 'Stoffer', 'Kathmann']);
    expect(published).toHaveLength(8);
  });

  it('exports as plain text to the published text, without errors to override', () => {
    const { report, document } = service.exportDraft(doc);
    expect(report.blocked).toBe(false);
    expect(report.errors).toEqual([]);
    // The key is gone, and the prose names the agreement: no warning that a citation would be lost.
    expect(report.warnings.map((w) => w.code)).not.toContain('citeersleutel-zonder-vermelding');
    expect(fromDeKamer(renderExportText(document!))).toEqual(published);
  });

  it('exports as .docx to the published text (read back with mammoth)', async () => {
    const { document } = service.exportDraft(doc);
    const docx = await loadDocxWriter().renderDocx(document!);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(docx) });
    expect(fromDeKamer(value)).toEqual(published);
  });
});
