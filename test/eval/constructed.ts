/*
 * The constructed toezegging cases (test/eval/real/constructed/, README of test/eval/real): drafts written by hand
 * against a constructed register of toezeggingen and the 2021 agreement, to measure `al-toegezegd` where published
 * documents give it little to find. Counted apart from the real documents: they were written by the engineers, so
 * they flatter the matcher; the real documents stay the yardstick.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { createDraftService, type DraftService } from '../../src/core/service';
import { CorpusStore } from '../../src/host/corpusStore';
import { loadBuiltinLexicon, loadBuiltinSynonyms } from '../../src/host/data';
import { failOnRuleError } from '../support/strict';
import { EVAL_TODAY } from './evaluate';
import { allFindings, loadJudgements, REAL, scoreReal, type KeyedFinding, type Miss, type RealDoc, type RealScores } from './real';

export const CONSTRUCTED = path.join(REAL, 'constructed');
/** The rules the constructed cases are written for; other rules' findings on them are not scored. */
export const CONSTRUCTED_RULES = new Set(['al-toegezegd']);

interface ConstructedIndex {
  register: string;
  documents: { id: string; file: string; kind: 'motie' | 'kamervragen' }[];
  misses: Miss[] | null;
}

const index = (): ConstructedIndex => parse(readFileSync(path.join(CONSTRUCTED, 'index.yaml'), 'utf8')) as ConstructedIndex;

/** The constructed drafts as documents of the harness (their files lie beside `docs/`, not in it). */
export function loadConstructedDocs(): RealDoc[] {
  return index().documents.map((d) => ({ ...d, file: path.join('..', 'constructed', d.file), number: '', url: '', date: '', complete: true, split: 'dev', stratum: 'constructed' }));
}

/** The evaluation's service with the constructed register loaded beside the built-in corpora. */
export function createConstructedService(): DraftService {
  const corpus = new CorpusStore().build({ folders: [], extraFiles: [path.join(CONSTRUCTED, index().register)], openText: () => undefined });
  return createDraftService({ vagueTerms: loadBuiltinLexicon().terms, corpus, synonyms: loadBuiltinSynonyms().lexicon, onRuleError: failOnRuleError, today: () => EVAL_TODAY });
}

/** The findings of the constructed rules on the constructed drafts, scored against the committed judgements. */
export function scoreConstructed(service: DraftService = createConstructedService()): { findings: KeyedFinding[]; scores: RealScores } {
  const docs = loadConstructedDocs();
  const findings = allFindings(service, docs).filter((f) => CONSTRUCTED_RULES.has(f.rule));
  return { findings, scores: scoreReal(docs, findings, loadJudgements(), new Map(), index().misses ?? []) };
}
