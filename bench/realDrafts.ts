/*
 * Long drafts for the benchmarks, made from the published documents of the real-document evaluation
 * (test/eval/real/docs): real questions and real overwegingen, in the layout a staffer writes, grown to a size.
 * Deterministic: the same size gives the same text. By default (the typing benchmarks) the questions and overwegingen
 * of two folders are taken in turn and again, so a long draft repeats them (a 500 kB motie is its first 50 kB nine
 * times); `distinct` takes those of every document once and never repeats one, up to the ~130 kB of questions and
 * ~115 kB of overwegingen there are (for what a check costs per kB of new text: a process's memos serve a repeat).
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

/** The folders the typing benchmarks take their drafts from; `distinct` drafts take every folder. */
const QUESTION_FOLDERS = ['vragen-rutte4', 'vragen-rutte4-b'];
const MOTIE_FOLDERS = ['moties-rutte4', 'moties-rutte4-b'];

function allFolders(): string[] {
  return readdirSync(DOCS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** `distinct`: every question or overweging at most once (see above). */
interface Distinct {
  distinct?: boolean;
}

/** Each text once, in the order first seen. */
const once = (texts: string[]): string[] => [...new Set(texts)];

/** The questions of published Kamervragen, without their labels, in document order. */
function realQuestions(folders = QUESTION_FOLDERS): string[] {
  const out: string[] = [];
  for (const doc of folders.flatMap(documents)) {
    const paragraphs = doc.split(/\n\s*\n/).map((p) => p.trim());
    for (const p of paragraphs) {
      if (/^Vraag \d+$/.test(p) || /^Vragen van/.test(p) || /^\d{4}Z\d+$/.test(p) || !p.includes('?')) continue;
      out.push(p.replace(/^\d+[.)]\s*/, '').replace(/\?\d+$/, '?'));
    }
  }
  return out;
}

/** The overwegingen of published moties ("constaterende dat …;", "overwegende dat …;"). */
function realOverwegingen(folders = MOTIE_FOLDERS): string[] {
  const out: string[] = [];
  for (const doc of folders.flatMap(documents)) {
    for (const p of doc.split(/\n\s*\n/).map((x) => x.trim())) if (/^(?:constaterende|overwegende|van mening|gelet op)/i.test(p) && p.endsWith(';')) out.push(p);
  }
  return out;
}

/**
 * Kamervragen of about `size` characters: the header, numbered questions ("Vraag N") taken in turn from the real
 * documents, every fifth with a footnote marker, and the footnotes at the end. Questions are numbered up to 999 at
 * most (the formulas read three digits), so a long draft puts two or three real questions under one number.
 */
export function kamervragenDraft(size: number, options: Distinct = {}): string {
  const real = options.distinct ? once(realQuestions(allFolders())) : realQuestions();
  // `distinct`: one question per number (the grouping below would wrap around and repeat questions).
  const perNumber = options.distinct ? 1 : Math.max(1, Math.ceil(size / 200_000));
  const questions = real.map((_, i) => Array.from({ length: perNumber }, (__, k) => real[(i * perNumber + k) % real.length]!).join(' '));
  const head = 'Vragen van het lid Van der Molen (CDA) aan de Minister van Binnenlandse Zaken en Koninkrijksrelaties over de uitvoering van het coalitieakkoord (ingezonden 14 maart 2023).\n\n';
  const body: string[] = [];
  const notes: string[] = [];
  let length = head.length;
  for (let i = 0; length < size - 200; i++) {
    if (options.distinct && i >= questions.length) throw new Error(`kamervragenDraft: only ${length} characters of distinct questions`);
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
export function motieDraft(size: number, options: Distinct = {}): string {
  const overwegingen = options.distinct ? once(realOverwegingen(allFolders())) : realOverwegingen();
  const head = 'Motie van het lid Van der Molen over de uitvoering van het coalitieakkoord\n\nVoorgesteld 14 maart 2023\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n';
  const tail = 'verzoekt de regering de Kamer vóór de zomer van 2023 te informeren over de voortgang,\n\nen gaat over tot de orde van de dag.\n\nVan der Molen\n';
  const body: string[] = [];
  let length = head.length + tail.length;
  for (let i = 0; length < size; i++) {
    if (options.distinct && i >= overwegingen.length) throw new Error(`motieDraft: only ${length} characters of distinct overwegingen`);
    const o = `${overwegingen[i % overwegingen.length]!}\n\n`;
    body.push(o);
    length += o.length;
  }
  return `${head}${body.join('')}${tail}`;
}
