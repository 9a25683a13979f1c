import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { loadDocxWriter } from '../../../src/host/bundles';
import { exportService } from './exportService';

describe('Word export of notes referred to twice (a staffer\'s trial: one footnote had two references)', () => {
  it('the first reference is the footnote, a later one its number in superscript', async () => {
    const text = [
      'Vragen van het lid Jansen (D66) aan de minister van Defensie over munitie (ingezonden 3 maart 2026).',
      '',
      '1. Kent u het bericht «X»?[^nos]',
      '',
      '2. Klopt het bericht «Y»?[^nos]',
      '',
      '[^nos]: NOS, 2 maart 2026.',
      '',
    ].join('\n');
    const { document } = exportService().exportDraft({ uri: 'file:///w/v.vragen.md', version: 1, text });
    const docx = await loadDocxWriter().renderDocx(document!);
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(docx) });
    expect(value.match(/id="footnote-ref-\d+"/g)).toHaveLength(1);
    expect(value).toContain('«Y»?<sup>1</sup>');
    expect(value).toContain('<li id="footnote-1"><p>NOS, 2 maart 2026.');
  });
});

describe('Word export of a paragraph under a question', () => {
  it('keeps it a paragraph of its own, after an empty line (it was joined onto the question\'s line; a staffer\'s trial)', async () => {
    const text = ['Vragen van het lid Jansen (D66) aan de minister van Defensie over munitie (ingezonden 3 maart 2026).', '', '1. Kent u het bericht «X»?', '', 'Het bericht meldt tekorten.', ''].join('\n');
    const { document } = exportService().exportDraft({ uri: 'file:///w/v.vragen.md', version: 1, text });
    const docx = await loadDocxWriter().renderDocx(document!);
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(docx) });
    expect(value).toContain('1. Kent u het bericht «X»?<br /><br />');
    expect(value).toContain('Het bericht meldt tekorten.');
  });
});
