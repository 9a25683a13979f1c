/*
 * Classification, not only extraction: the quoted 2026 passages embedded among other agreement text
 * (test/unit/corpus/import/ca2026Embedded.ts), typeset as an official agreement PDF with pdfkit, imported as
 * `akkoordwijzer corpus import --id ca2026` does (the shipped PDF bundle and word list, the generic table, the
 * built-in ca2026). The annotations behind the built-in corpus (corpus/sources/ca2026/annotations.yaml) are the answers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/core/service';
import { importFile, type ImportFileResult } from '../../../src/host/import/importFile';
import { shippedPdfReader } from '../../../src/host/import/loadPdf';
import { typesetAgreement } from '../../support/agreementPdf';
import { ALTERED_TEXT, altered, ca2026, classificationScores, embeddedParagraphs } from '../../unit/corpus/import/ca2026Embedded';
import { knownTags } from '../../unit/corpus/import/fixtures';
import { tempDir } from '../../support/tempDirs';

let imported: ImportFileResult;
let out: string;

beforeAll(async () => {
  const pdf = await typesetAgreement(embeddedParagraphs(), [ca2026.title, 'Coalitieakkoord 2026']);
  const dir = tempDir('akkoord-ca2026-pdf');
  const file = path.join(dir, 'coalitieakkoord.pdf');
  writeFileSync(file, pdf.bytes);
  out = path.join(dir, 'ca2026.akkoord.yaml');
  imported = await importFile({ file, id: 'ca2026', out, readPdf: shippedPdfReader() });
}, 120_000);

const found = () => imported.result!.units.filter((u) => u.builtin);

describe('importing a PDF that holds the quoted 2026 passages among other text', () => {
  it('keeps the key of every built-in commitment the PDF states word for word', () => {
    expect(imported.problems).toEqual([]);
    expect(imported.result!.kept.sort()).toEqual(ca2026.commitments.filter((c) => c !== altered).map((c) => c.id).sort());
    for (const u of found()) expect(u.id).toBe(u.builtin!.id);
    const corpus = loadCorpus(readFileSync(out, 'utf8'), out, { knownTags }).corpus!;
    for (const c of ca2026.commitments) expect(corpus.commitments.some((x) => x.id === c.id)).toBe(true);
  });

  it('reports the altered passage as not found, with the wording the PDF has', () => {
    const missing = imported.result!.missing.find((m) => 'id' in m.entry && m.entry.id === altered.id)!;
    expect(missing.reason).toBe('close');
    expect(missing.nearest).toContain('vergroten');
    expect(ALTERED_TEXT).toContain('vergroten');
    expect(imported.report.map((l) => l.nl).join('\n')).toContain('ca2026:salarispad-it-specialisten: afwijkend in het document');
  });

  it('classifies at least 80 % of the found commitments as the annotations do, firmness and ministry', () => {
    const scores = classificationScores(found());
    expect(found()).toHaveLength(51);
    expect(scores.firmness / found().length).toBeGreaterThanOrEqual(0.8);
    expect(scores.ministry / scores.annotated).toBeGreaterThanOrEqual(0.8);
  });
});
