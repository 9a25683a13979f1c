import { isKamerToezeggingOverdue } from '../corpus/kamerToezeggingen';
import { FIRMNESS_LABELS } from '../corpus/labels';
import type { CorpusSet } from '../corpus/registry';
import type { Commitment } from '../corpus/types';
import { firstWords } from '../text/shorten';
import { registerStatusLine } from './kamerToezegging';
import type { Taal } from '../types';
import type { CommitmentSummary } from '../../shared/summaries';

export type { CommitmentSummary };

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
