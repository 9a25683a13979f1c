/** The generator's output model: plain objects whose key order is the order in the YAML file. */

import type { CorpusKind, Firmness, PassageKind, Quotation, Verified } from '../../src/core/corpus/types';

export interface SourceOut {
  verified?: Exclude<Verified, 'unknown'>;
  document?: string;
  quotedIn?: Quotation[];
}

export interface CommitmentOut {
  id: string;
  text: string;
  fragments?: string[];
  chapter?: string;
  section?: string;
  subsection?: string;
  paragraph?: number;
  page?: number;
  theme?: string;
  tags: string[];
  ministry?: string[];
  firmness: Firmness;
  deadline?: string;
  amount?: string;
  seeAlso?: string[];
  source?: SourceOut;
  note?: string;
}

export interface PassageOut {
  text: string;
  kind: PassageKind;
  chapter?: string;
  section?: string;
  subsection?: string;
  paragraph?: number;
  page?: number;
  theme?: string;
  source?: SourceOut;
  note?: string;
}

export interface CorpusOut {
  format: 1;
  id: string;
  title: string;
  shortTitle?: string;
  kind: CorpusKind;
  parties: string[];
  date: string;
  published?: string;
  url?: string;
  complete: boolean;
  replaces?: string[];
  replacedBy?: string;
  period?: { from?: string; until?: string };
  language: string;
  source: SourceOut;
  commitments: CommitmentOut[];
  passages: PassageOut[];
}

const COMMITMENT_ORDER: (keyof CommitmentOut)[] = ['id', 'text', 'fragments', 'chapter', 'section', 'subsection', 'paragraph', 'page', 'theme', 'tags', 'ministry', 'firmness', 'deadline', 'amount', 'seeAlso', 'source', 'note'];
const PASSAGE_ORDER: (keyof PassageOut)[] = ['text', 'kind', 'chapter', 'section', 'subsection', 'paragraph', 'page', 'theme', 'source', 'note'];
const CORPUS_ORDER: (keyof CorpusOut)[] = ['format', 'id', 'title', 'shortTitle', 'kind', 'parties', 'date', 'published', 'url', 'complete', 'replaces', 'replacedBy', 'period', 'language', 'source', 'commitments', 'passages'];
const QUOTATION_ORDER: (keyof Quotation)[] = ['publication', 'url', 'date', 'excerpt', 'note'];
const SOURCE_ORDER: (keyof SourceOut)[] = ['verified', 'document', 'quotedIn'];

/** Copy `o` with keys in `order`, dropping undefined values and empty lists. */
function ordered<T extends object>(o: T, order: (keyof T)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of order) {
    const v = o[k];
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out[k as string] = v;
  }
  return out;
}

function source(s: SourceOut): Record<string, unknown> {
  const o = ordered(s, SOURCE_ORDER);
  if (s.quotedIn) o['quotedIn'] = s.quotedIn.map((q) => ordered(q, QUOTATION_ORDER));
  return o;
}

/** The corpus as a plain object in file order. */
export function toPlain(c: CorpusOut): Record<string, unknown> {
  const o = ordered(c, CORPUS_ORDER);
  o['source'] = source(c.source);
  o['commitments'] = c.commitments.map((x) => {
    const y = ordered(x, COMMITMENT_ORDER);
    if (x.source) y['source'] = source(x.source);
    return y;
  });
  const passages = c.passages.map((x) => {
    const y = ordered(x, PASSAGE_ORDER);
    if (x.source) y['source'] = source(x.source);
    return y;
  });
  if (passages.length > 0) o['passages'] = passages;
  else delete o['passages'];
  return o;
}
