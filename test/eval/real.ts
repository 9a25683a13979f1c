/*
 * The real-document evaluation (test/eval/real/): published moties and Kamervragen, checked by the product as a user
 * would check them (built-in corpora, no front matter added), every finding judged by a staffer's standard.
 *
 * - `index.yaml`: the documents, their source, date, whether the text is complete, and their split (`dev` or `held`).
 * - `judgements.yaml`: one verdict per finding, keyed by (document, rule, line, text): useful / noise / wrong.
 *   A finding without a committed verdict counts as wrong.
 * - `gold.yaml`: per document, the sentences that refer to a commitment of the agreement in force, with the key(s) read
 *   from the agreement by hand. Citation precision and recall are measured against it.
 * - `misses.yaml`: what a careful staffer would flag that the tool did not, when the set was judged.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { computeLineStarts } from '../../src/core/markdown/lines';
import { positionAt } from '../../src/core/text/positions';
import type { DraftService, Finding } from '../../src/core/service';
import { explainCitations } from '../../src/core/citation/suggest';
import { ROOT } from './evaluate';

export const REAL = path.join(ROOT, 'test', 'eval', 'real');

export type Split = 'dev' | 'held';
export type Verdict = 'useful' | 'noise' | 'wrong';

export interface RealDoc {
  id: string;
  /** Path relative to test/eval/real/docs. */
  file: string;
  kind: 'motie' | 'kamervragen';
  number: string;
  url: string;
  date: string;
  complete: boolean;
  split: Split;
  stratum: string;
}

export interface Judgement {
  doc: string;
  rule: string;
  line: number;
  text: string;
  /** For a finding that names commitments (a citation offer): the first one; the verdict holds for that one only. */
  commitment?: string;
  verdict: Verdict;
  reason: string;
}

export interface GoldSentence {
  line: number;
  text: string;
  keys: string[];
}

export interface Miss {
  doc: string;
  line: number;
  /** The rule that should catch it, or `nieuw: …` for what no rule checks yet. */
  rule: string;
  text: string;
  note: string;
}

/** A finding as the evaluation keys it: document, rule, 1-based line of its start, its text's first line. */
export interface KeyedFinding {
  doc: string;
  rule: string;
  line: number;
  endLine: number;
  text: string;
  severity: Finding['severity'];
  message: string;
  commitments: string[];
  /** Offsets of what it covers in the document (for the misses it catches); not part of its key. */
  start?: number;
  end?: number;
}

/**
 * The rules that say a part is missing or unfinished. A partial document (cut off by the source's excerpt, or copied
 * without its header) lacks parts because of how it was copied, not how it was written: their findings there measure
 * the copy, and are left out of every figure. `motie-dictum-werkwoord` (a dictum without the verb of its request) is one
 * of them: a copy cut off inside its dictum ("verzoekt de regering tevens o") lacks the verb the published motie has.
 */
export const COMPLETENESS_RULES = new Set([
  'motie-aanhef',
  'motie-slot',
  'motie-dictum',
  'motie-dictum-werkwoord',
  'motie-afsluiting',
  'vragen-adressaat',
  'vragen-nummering',
]);

/** The rules whose warnings and errors say a document is not correctly formed. */
export const STRUCTURE_RULE = /^(?:motie|vragen)-/;
/** The notice that the agreement in force at the draft's date is not loaded: reported apart from the advice. */
export const NOT_LOADED_RULE = 'akkoord-niet-geladen';
export const CITATION_RULE = 'citeer-toezegging';

const read = <T>(file: string): T => parse(readFileSync(path.join(REAL, file), 'utf8')) as T;

export function loadDocs(): RealDoc[] {
  return read<{ documents: RealDoc[] }>('index.yaml').documents;
}
export function loadJudgements(): Judgement[] {
  return read<{ judgements: Judgement[] | null }>('judgements.yaml').judgements ?? [];
}
export function loadGold(): Map<string, GoldSentence[]> {
  const g = read<{ documents: Record<string, { sentences: GoldSentence[] | null }> }>('gold.yaml').documents;
  return new Map(Object.entries(g).map(([id, d]) => [id, d.sentences ?? []]));
}
export function loadMisses(): Miss[] {
  return read<{ misses: Miss[] | null }>('misses.yaml').misses ?? [];
}

export function docText(doc: RealDoc): string {
  return readFileSync(path.join(REAL, 'docs', doc.file), 'utf8');
}

/** The key text of a finding: the first line of the text it covers, at most 80 characters. */
export function keyText(text: string): string {
  return (text.split(/\r\n|\r|\n/)[0] ?? '').slice(0, 80);
}

let version = 0;
/** Check one document as a user would: its own file name, no added front matter. */
export function findingsOf(service: DraftService, doc: RealDoc): KeyedFinding[] {
  const text = docText(doc);
  const starts = computeLineStarts(text);
  const uri = `file:///eval/real/${doc.id}.md`;
  const findings = service.findings({ uri, version: ++version, text });
  service.forget(uri);
  return findings.map((f) => ({
    doc: doc.id,
    rule: f.ruleId,
    line: positionAt(starts, f.start).line + 1,
    endLine: positionAt(starts, f.end).line + 1,
    text: keyText(f.text),
    severity: f.severity,
    message: f.message,
    commitments: f.commitments,
    start: f.start,
    end: f.end,
  }));
}

export const judgementKey = (x: { doc: string; rule: string; line: number; text: string; commitment?: string | undefined }) =>
  `${x.doc}\u0000${x.rule}\u0000${x.line}\u0000${x.text}\u0000${x.commitment ?? ''}`;
const findingKey = (f: KeyedFinding) => judgementKey({ ...f, commitment: f.commitments[0] });

export interface RuleFigures {
  findings: number;
  useful: number;
  noise: number;
  wrong: number;
  /** Findings without a committed judgement (counted as wrong as well). */
  unjudged: number;
}

export interface RealScores {
  docs: number;
  perRule: Map<string, RuleFigures>;
  total: RuleFigures;
  /** Warnings and errors of `motie-*` / `vragen-*` rules on complete documents (each one is wrong by definition of a published document, unless judged useful). */
  structure: KeyedFinding[];
  /** `gold`/`found` count citations (a document's gold sentences grouped by shared keys), not sentences. */
  citations: { suggestions: number; correct: number; gold: number; found: number; precision: number; recall: number; wrongOnes: KeyedFinding[] };
  misses: { listed: number; caught: number; byRule: Map<string, { listed: number; caught: number }> };
  notLoaded: KeyedFinding[];
  unjudged: KeyedFinding[];
}

const empty = (): RuleFigures => ({ findings: 0, useful: 0, noise: 0, wrong: 0, unjudged: 0 });

/** Score the findings of a set of documents against the committed judgements, gold citations and misses. */
export function scoreReal(
  docs: RealDoc[],
  findings: KeyedFinding[],
  judgements: Judgement[],
  gold: Map<string, GoldSentence[]>,
  misses: Miss[],
  textOf: (doc: RealDoc) => string = docText,
): RealScores {
  const ids = new Set(docs.map((d) => d.id));
  const complete = new Set(docs.filter((d) => d.complete).map((d) => d.id));
  const verdicts = new Map(judgements.map((j) => [judgementKey(j), j.verdict] as const));
  const perRule = new Map<string, RuleFigures>();
  const total = empty();
  const unjudged: KeyedFinding[] = [];
  const notLoaded: KeyedFinding[] = [];
  const structure: KeyedFinding[] = [];
  const mine = findings.filter((f) => ids.has(f.doc) && (complete.has(f.doc) || !COMPLETENESS_RULES.has(f.rule)));
  for (const f of mine) {
    if (f.rule === NOT_LOADED_RULE) {
      notLoaded.push(f);
      continue;
    }
    const figures = perRule.get(f.rule) ?? empty();
    perRule.set(f.rule, figures);
    const verdict = verdicts.get(findingKey(f));
    for (const fig of [figures, total]) {
      fig.findings++;
      if (verdict) fig[verdict]++;
      else {
        fig.wrong++;
        fig.unjudged++;
      }
    }
    if (!verdict) unjudged.push(f);
    if (STRUCTURE_RULE.test(f.rule) && (f.severity === 'warning' || f.severity === 'error') && complete.has(f.doc) && verdict !== 'useful') structure.push(f);
  }

  // Citations. A suggestion is right when its first commitment is a gold key of a sentence it covers. Recall counts
  // what a document cites, not sentences: the tool suggests a commitment once per document, on the sentence it fits
  // best, so the gold sentences of a document that share keys form one citation to find (found when a right
  // suggestion names one of its keys).
  let suggestions = 0;
  let correct = 0;
  let goldCount = 0;
  let found = 0;
  const wrongOnes: KeyedFinding[] = [];
  const rightByDoc = new Map<string, KeyedFinding[]>();
  for (const id of ids) {
    const sentences = gold.get(id) ?? [];
    const offered = mine.filter((f) => f.doc === id && f.rule === CITATION_RULE);
    const covers = (f: KeyedFinding, s: GoldSentence) => s.line >= f.line && s.line <= f.endLine;
    const right = offered.filter((f) => sentences.some((s) => covers(f, s) && s.keys.includes(f.commitments[0] ?? '')));
    suggestions += offered.length;
    correct += right.length;
    wrongOnes.push(...offered.filter((f) => !right.includes(f)));
    rightByDoc.set(id, right);
    for (const group of citationGroups(sentences)) {
      goldCount++;
      if (right.some((f) => group.has(f.commitments[0] ?? ''))) found++;
    }
  }

  const listed = misses.filter((m) => ids.has(m.doc));
  const byId = new Map(docs.map((d) => [d.id, d] as const));
  const useful = (f: KeyedFinding) => verdicts.get(findingKey(f)) === 'useful';
  const texts = new Map<string, { text: string; starts: number[] }>();
  const text = (id: string) => {
    let t = texts.get(id);
    if (!t) {
      const read = textOf(byId.get(id)!);
      texts.set(id, (t = { text: read, starts: computeLineStarts(read) }));
    }
    return t;
  };
  const caughtOnes = listed.filter((m) => isCaught(m, mine, rightByDoc.get(m.doc) ?? [], useful, () => text(m.doc)));
  const caught = caughtOnes.length;
  // Per rule the miss was listed under ("nieuw: …" together): caught / listed.
  const ruleOf = (m: Miss) => (m.rule.startsWith('nieuw') ? 'nieuw:*' : m.rule);
  const byRule = new Map<string, { listed: number; caught: number }>();
  for (const m of listed) {
    const r = byRule.get(ruleOf(m)) ?? { listed: 0, caught: 0 };
    r.listed++;
    byRule.set(ruleOf(m), r);
  }
  for (const m of caughtOnes) byRule.get(ruleOf(m))!.caught++;
  return {
    docs: ids.size,
    perRule,
    total,
    structure,
    citations: {
      suggestions,
      correct,
      gold: goldCount,
      found,
      precision: suggestions === 0 ? 1 : correct / suggestions,
      recall: goldCount === 0 ? 1 : found / goldCount,
      wrongOnes,
    },
    misses: { listed: listed.length, caught, byRule },
    notLoaded,
    unjudged,
  };
}

/** The commitment keys a citation miss's note names ("near-verbatim ca2026:europese-digitale-infrastructuur (…)"). */
const NOTE_KEY = /\b[a-z][a-z0-9-]*\d{4}:[a-z0-9]+(?:-[a-z0-9]+)*/g;

/**
 * Whether the tool catches a listed miss, judged the same way on both splits, whatever rule the miss was listed under:
 * - a citation miss: a right suggestion (by the gold, as recall counts it) of a commitment its note names, anywhere in
 *   its document, since the tool suggests a commitment once per document, on the sentence it fits best; a note that
 *   names no key, a right suggestion on its line;
 * - any other miss: a finding of the rule it was listed under whose span overlaps the miss's words on its line, or a
 *   finding of another rule, judged useful, that lies at least half within those words (a slip listed as `spelfout`
 *   that `schrijfwijze` now reports is caught; a citation suggestion over the whole sentence, or a finding elsewhere
 *   on the line, is not). Where the words are not on the line as written (an ellipsis, a line break), a finding of
 *   the rule it was listed under that covers the line.
 * Until the fourteenth session a miss counted as caught only by a finding of the rule it was listed under covering its
 * line: the dev misses were relabelled as rules came to catch them and the held ones were not, and a citation miss
 * caught on a neighbouring sentence counted as missed (5/96 held then, ~13/96 by the same yardstick on both splits).
 */
function isCaught(m: Miss, findings: readonly KeyedFinding[], right: readonly KeyedFinding[], useful: (f: KeyedFinding) => boolean, text: () => { text: string; starts: number[] }): boolean {
  const covers = (f: KeyedFinding) => f.doc === m.doc && f.line <= m.line && m.line <= f.endLine;
  if (m.rule === CITATION_RULE) {
    const keys: string[] = m.note.match(NOTE_KEY) ?? [];
    return keys.length > 0 ? right.some((f) => keys.includes(f.commitments[0] ?? '')) : right.some(covers);
  }
  const span = missSpan(m, text());
  if (!span) return findings.some((f) => f.rule === m.rule && covers(f));
  return findings.some((f) => {
    if (f.doc !== m.doc || f.start === undefined || f.end === undefined) return false;
    const overlap = Math.min(f.end, span.end) - Math.max(f.start, span.start);
    return f.rule === m.rule ? overlap > 0 : overlap > 0 && 2 * overlap >= f.end - f.start && useful(f);
  });
}

/** Where a miss's words stand on its line (as written, else ignoring case); undefined when they are not there. */
function missSpan(m: Miss, { text, starts }: { text: string; starts: number[] }): { start: number; end: number } | undefined {
  const from = starts[m.line - 1];
  if (from === undefined) return undefined;
  const line = text.slice(from, starts[m.line] ?? text.length);
  let at = line.indexOf(m.text);
  if (at < 0) at = line.toLowerCase().indexOf(m.text.toLowerCase());
  return at < 0 ? undefined : { start: from + at, end: from + at + m.text.length };
}

/** The citations a document makes: its gold sentences grouped by shared keys. */
export function citationGroups(sentences: readonly GoldSentence[]): Set<string>[] {
  const groups: Set<string>[] = [];
  for (const s of sentences) {
    let keys = new Set(s.keys);
    for (const g of groups.filter((g) => [...g].some((k) => keys.has(k)))) {
      groups.splice(groups.indexOf(g), 1);
      keys = new Set([...keys, ...g]);
    }
    groups.push(keys);
  }
  return groups;
}

/** Every document's findings, in document order. */
export function allFindings(service: DraftService, docs: RealDoc[]): KeyedFinding[] {
  return docs.flatMap((d) => findingsOf(service, d));
}

/**
 * Why a gold citation got no right suggestion, the furthest the matcher came on any of its sentences: no citation
 * unit covers them (`no-unit`), the agreement that counts is not the gold key's (`agreement`), no gold key among the
 * eligible hits (`paraphrase`: no shared words), a gold key ranked below another (`rank`), first but too weak
 * (`threshold`), a constatering that states a fact (`subject`: not ranked), accepted but offered on another sentence
 * of the document or cited there already (`one-per-document`).
 */
export const MISS_REASONS = ['no-unit', 'agreement', 'paraphrase', 'rank', 'threshold', 'subject', 'one-per-document'] as const;
export type MissReason = (typeof MISS_REASONS)[number];

export interface CitationMiss {
  doc: string;
  keys: string[];
  reason: MissReason;
  /** The sentence where the matcher came furthest (1-based line), and its best hit there. */
  line: number;
  best?: string;
}

/** The gold citations of `docs` without a right suggestion, each with why (see `MISS_REASONS`). */
export function citationMisses(service: DraftService, docs: RealDoc[], findings: KeyedFinding[], gold: Map<string, GoldSentence[]>): CitationMiss[] {
  const engine = service.engine();
  if (!engine) return [];
  const out: CitationMiss[] = [];
  for (const doc of docs) {
    const sentences = gold.get(doc.id) ?? [];
    if (!sentences.length) continue;
    const text = docText(doc);
    const starts = computeLineStarts(text);
    const uri = `file:///eval/real/${doc.id}.md`;
    const { draft } = service.analyze({ uri, version: ++version, text });
    service.forget(uri);
    const units = explainCitations(draft, engine).map((e) => ({ ...e, from: positionAt(starts, e.unit.start).line + 1, to: positionAt(starts, e.unit.end).line + 1 }));
    const right = findings.filter((f) => f.doc === doc.id && f.rule === CITATION_RULE && sentences.some((s) => s.line >= f.line && s.line <= f.endLine && s.keys.includes(f.commitments[0] ?? '')));
    for (const group of citationGroups(sentences)) {
      if (right.some((f) => group.has(f.commitments[0] ?? ''))) continue;
      let miss: CitationMiss = { doc: doc.id, keys: [...group], reason: 'no-unit', line: sentences.find((s) => s.keys.some((k) => group.has(k)))!.line };
      for (const s of sentences.filter((x) => x.keys.some((k) => group.has(k)))) {
        for (const u of units.filter((x) => s.line >= x.from && s.line <= x.to)) {
          const rank = u.eligible.findIndex((e) => group.has(e.hit.key));
          const reason: MissReason =
            !u.target || ![...group].some((k) => k.startsWith(`${u.target}:`))
              ? 'agreement'
              : u.verdict === 'off-subject' && u.eligible.length === 0
                ? 'subject'
                : rank < 0
                ? 'paraphrase'
                : rank > 0
                  ? 'rank'
                  : u.verdict === 'weak' || u.verdict === 'no-hit'
                    ? 'threshold'
                    : 'one-per-document';
          if (MISS_REASONS.indexOf(reason) > MISS_REASONS.indexOf(miss.reason)) miss = { ...miss, reason, line: s.line, best: u.eligible[0]?.hit.key };
        }
      }
      out.push(miss);
    }
  }
  return out;
}
