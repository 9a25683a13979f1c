import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderExportMarkdown, renderExportText } from '../../../src/core/service';
import { loadDocxWriter } from '../../../src/host/bundles';
import { exportService } from './exportService';

// Kamervragen holding keys of agreements that are not loaded: `ca2030` (no such agreement) and `hla2024` (in the
// calendar, not loaded by default), with "-" for the colon and with it, in a question and in a note (a reviewer).
const TEXT = [
  'Vragen van het lid De Vries (D66) aan de minister van Justitie en Veiligheid over ransomware in ziekenhuizen (ingezonden 1 maart 2026).',
  '',
  '1. Kent u de afspraak over ziekenhuizen [@ca2030-xyz] en die over woningbouw [@hla2024-abc]?',
  '',
  '2. Hoe verhoudt dat zich tot de eerdere afspraak [@hla2024:abc]?[^1]',
  '',
  '[^1]: Het hoofdlijnenakkoord over woningbouw [@hla2024-def].',
  '',
].join('\n');

const QUESTIONS = [
  '1. Kent u de afspraak over ziekenhuizen[1] en die over woningbouw[2]?',
  '2. Hoe verhoudt dat zich tot de eerdere afspraak[3]?[4]',
];
const NOTES = ['ca2030-xyz (onbekende toezegging)', 'hla2024-abc (onbekende toezegging)', 'hla2024:abc (onbekende toezegging)', 'Het hoofdlijnenakkoord over woningbouw. hla2024-def (onbekende toezegging)'];

describe('Kamervragen export of keys of an agreement that is not loaded', () => {
  const doc = { uri: 'file:///werk/ransomware.vragen.md', version: 1, text: TEXT };

  it('stops: each key is an error that says the agreement is not loaded', () => {
    const { report, document } = exportService().exportDraft(doc);
    expect(document).toBeUndefined();
    expect(report.errors.map((e) => [e.line, e.code, e.text])).toEqual([
      [2, 'onbekende-toezegging', '@ca2030-xyz'],
      [2, 'onbekende-toezegging', '@hla2024-abc'],
      [4, 'onbekende-toezegging', '@hla2024:abc'],
      [6, 'onbekende-toezegging', '@hla2024-def'],
    ]);
    expect(report.errors.every((e) => / is niet geladen /.test(e.message))).toBe(true);
    // With "-" for the colon, hla2024's key is told how a key is written, as ca2030's is.
    expect(report.errors[1]!.message).toMatch(/^“hla2024-abc” is geen citeersleutel: een sleutel is ‘corpus:toezegging’, zoals “hla2024:abc”/);
  });

  it('with the override keeps every word of the questions and writes each key as it is, marked, in its note: text, Markdown and Word alike', async () => {
    const { report, document } = exportService().exportDraft(doc, { toch: true });
    expect(report.overridden).toBe(true);
    const text = renderExportText(document!);
    for (const q of QUESTIONS) expect(text).toContain(q);
    expect(text).toContain(NOTES.map((n, i) => `[${i + 1}] ${n}`).join('\n'));
    expect(renderExportMarkdown(document!)).toContain(NOTES.map((n, i) => `[^${i + 1}]: ${n}`).join('\n'));
    const { value, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(await loadDocxWriter().renderDocx(document!)) });
    expect(messages).toEqual([]);
    expect(value).toContain('1. Kent u de afspraak over ziekenhuizen<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> en die over woningbouw<sup>');
    expect([...value.matchAll(/<li id="footnote-\d+"><p>(.*?) <a href/g)].map((m) => m[1])).toEqual(NOTES);
  });
});
