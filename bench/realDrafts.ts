/*
 * Long drafts for the typing benchmarks, made from the published documents of the real-document evaluation
 * (test/eval/real/docs): real questions and real overwegingen, in the layout a staffer writes, grown to a size.
 * Deterministic: the same size gives the same text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../src/host/data';

const DOCS = path.join(packageRoot(), 'test/eval/real/docs');

function documents(folder: string): string[] {
  const dir = path.join(DOCS, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8').replace(/^<!--[\s\S]*?-->\s*/, ''));
}

/** The questions of published Kamervragen, without their labels, in document order. */
function realQuestions(): string[] {
  const out: string[] = [];
  for (const doc of [...documents('vragen-rutte4'), ...documents('vragen-rutte4-b')]) {
    const paragraphs = doc.split(/\n\s*\n/).map((p) => p.trim());
    for (const p of paragraphs) {
      if (/^Vraag \d+$/.test(p) || /^Vragen van/.test(p) || /^\d{4}Z\d+$/.test(p) || !p.includes('?')) continue;
      out.push(p.replace(/^\d+[.)]\s*/, '').replace(/\?\d+$/, '?'));
    }
  }
  return out;
}

/** The overwegingen of published moties ("constaterende dat …;", "overwegende dat …;"). */
function realOverwegingen(): string[] {
  const out: string[] = [];
  for (const doc of [...documents('moties-rutte4'), ...documents('moties-rutte4-b')]) {
    for (const p of doc.split(/\n\s*\n/).map((x) => x.trim())) if (/^(?:constaterende|overwegende|van mening|gelet op)/i.test(p) && p.endsWith(';')) out.push(p);
  }
  return out;
}

/**
 * Kamervragen of about `size` characters: the header, numbered questions ("Vraag N") taken in turn from the real
 * documents, every fifth with a footnote marker, and the footnotes at the end. Questions are numbered up to 999 at
 * most (the formulas read three digits), so a long draft puts two or three real questions under one number.
 */
export function kamervragenDraft(size: number): string {
  const real = realQuestions();
  const perNumber = Math.max(1, Math.ceil(size / 200_000));
  const questions = real.map((_, i) => Array.from({ length: perNumber }, (__, k) => real[(i * perNumber + k) % real.length]!).join(' '));
  const head = 'Vragen van het lid Van der Molen (CDA) aan de Minister van Binnenlandse Zaken en Koninkrijksrelaties over de uitvoering van het coalitieakkoord (ingezonden 14 maart 2023).\n\n';
  const body: string[] = [];
  const notes: string[] = [];
  let length = head.length;
  for (let i = 0; length < size - 200; i++) {
    const n = i + 1;
    const withNote = n % 5 === 1;
    const q = `Vraag ${n}\n\n${questions[i % questions.length]!}${withNote ? `[^${notes.length + 1}]` : ''}\n\n`;
    if (withNote) notes.push(`[^${notes.length + 1}]: NOS, ‘Bericht ${n}’, 14 maart 2023, https://nos.nl/artikel/${2460000 + n}\n`);
    body.push(q);
    length += q.length + (withNote ? notes.at(-1)!.length : 0);
  }
  return `${head}${body.join('')}${notes.join('')}`;
}

/** A motie of about `size` characters: the aanhef, real overwegingen in turn, one dictum, the slot and the indiener. */
export function motieDraft(size: number): string {
  const overwegingen = realOverwegingen();
  const head = 'Motie van het lid Van der Molen over de uitvoering van het coalitieakkoord\n\nVoorgesteld 14 maart 2023\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n';
  const tail = 'verzoekt de regering de Kamer vóór de zomer van 2023 te informeren over de voortgang,\n\nen gaat over tot de orde van de dag.\n\nVan der Molen\n';
  const body: string[] = [];
  let length = head.length + tail.length;
  for (let i = 0; length < size; i++) {
    const o = `${overwegingen[i % overwegingen.length]!}\n\n`;
    body.push(o);
    length += o.length;
  }
  return `${head}${body.join('')}${tail}`;
}
