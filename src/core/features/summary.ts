import { isKamerToezeggingOverdue } from '../corpus/kamerToezeggingen';
import { FIRMNESS_LABELS } from '../corpus/labels';
import type { CorpusSet } from '../corpus/registry';
import type { Commitment } from '../corpus/types';
import { firstWords } from '../text/shorten';
import { registerStatusLine } from './kamerToezegging';
import type { Taal } from '../types';

/** A commitment as lists show it (the quick pick, the tree, `corpus search`), in the service's language. */
export interface CommitmentSummary {
  key: string;
  text: string;
  /** Its first words, for a one-line label. */
  short: string;
  corpusId: string;
  corpusTitle: string;
  /** The agreement's full title, as a reader of a note sees the source (`corpusTitle` is the short label). */
  agreementTitle: string;
  chapter?: string;
  /** `chapter` is a quoter's topic label, not a chapter of the document (the corpus does not know the chapter). */
  chapterIsTheme?: boolean;
  /** The section within the chapter, when the corpus has them (the tree groups by it under the chapter). */
  section?: string;
  /** The page in the source document, when the corpus has it. */
  page?: number;
  tags: string[];
  tagLabels: string[];
  firmness?: string;
  firmnessLabel?: string;
  ministry: string[];
  /** Where the entry stands: the corpus file (URI) and 0-based line and character. */
  uri: string;
  line: number;
  character: number;
  /** A later agreement replaces this one. */
  replaced: boolean;
  /** A promise from the Kamer's register: "Openstaand — termijn 1 juli 2026 — verlopen". */
  status?: string;
  /** A promise from the Kamer's register: its status as the register says it, whether it is overdue, the ministry's name. */
  register?: { status?: string; overdue: boolean; ministryName?: string };
}

export function summarize(c: Commitment, set: CorpusSet, taal: Taal, today = ''): CommitmentSummary {
  const corpus = set.corpus(c.corpusId);
  const status = registerStatusLine(c, taal, today);
  const chapter = c.chapter ?? c.theme;
  return {
    key: c.key,
    text: c.text,
    short: firstWords(c.text, 80),
    corpusId: c.corpusId,
    corpusTitle: corpus?.shortTitle ?? corpus?.title ?? c.corpusId,
    agreementTitle: corpus?.title ?? c.corpusId,
    ...(chapter ? { chapter } : {}),
    ...(!c.chapter && c.theme ? { chapterIsTheme: true } : {}),
    ...(c.section ? { section: c.section } : {}),
    ...(c.page !== undefined ? { page: c.page } : {}),
    tags: c.tags,
    tagLabels: c.tags.map((t) => set.tags.get(t)?.[taal] ?? t),
    ...(c.firmness ? { firmness: c.firmness, firmnessLabel: FIRMNESS_LABELS[c.firmness].label[taal] } : {}),
    ministry: c.ministry,
    uri: set.fileOf(c.corpusId)?.uri ?? '',
    line: c.line,
    character: c.character,
    replaced: set.isReplaced(c.corpusId),
    ...(status ? { status } : {}),
    ...(c.register ? { register: { ...(c.register.status ? { status: c.register.status } : {}), overdue: isKamerToezeggingOverdue(c, today), ...(c.register.ministryName ? { ministryName: c.register.ministryName } : {}) } } : {}),
  };
}
