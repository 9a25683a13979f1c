import { own } from '../text/own';
import { distance } from '../text/distance';
import { keyOf, splitCitationKey } from './citationKey';
import type { CorpusSet } from './registry';

/**
 * How a draft wrote a key: with its colon (`ca2026:xyz`), with "-", "_" or "." for the colon after a loaded corpus's or
 * an agreement's id (`ca2026-xyz`, `ca2030-xyz`, `hla2024-xyz`), or without a corpus (`xyz`, `ca2026`).
 */
export type KeyForm = 'colon' | 'slip' | 'bare';

/**
 * Whose a key is, and what it names:
 * - `known`: commitments of a loaded corpus (`keys`: a commitment's id alone may be one in two corpora);
 * - `agreement`: a loaded corpus's id alone (`[@ca2026]`), no commitment;
 * - `unknown`: a key of a loaded corpus, or of an agreement's id (`ca2030`, `hla2024`), that names no commitment: `key`
 *   as meant (the colon put back), `renamed` the key the corpus renamed it to when that loads;
 * - `near-corpus`: a loaded corpus's id with a slip (`ca-2026`), `near` that corpus;
 * - `not-loaded`: a corpus's key whose corpus is not loaded (`toezeggingen-bzk:tz-12`), or the id alone of an agreement
 *   that is not loaded (`ca2030`, `hla2024`);
 * - `foreign`: another bibliography's key (`smith2020`, `doe:2020`, `cpb2024:kerngegevens`, `wrr-2021:p12`).
 */
export type KeyVerdict =
  | { kind: 'known'; keys: string[] }
  | { kind: 'agreement'; corpusId: string }
  | { kind: 'unknown'; key: string; corpusId: string; id: string; loaded: boolean; renamed?: string }
  | { kind: 'near-corpus'; corpusId: string; id: string; near: string }
  | { kind: 'not-loaded'; corpusId: string }
  | { kind: 'foreign' };

export type KeyReading = KeyVerdict & { form: KeyForm };

/**
 * The one reading of a key as a draft writes it, closed (`[@k]`) or in a group left open (`[@k, …`): the rule that
 * judges keys asked three questions of its own, and they differed at the edges (an open `[@wrr-2021:p12` was reported
 * and the closed one not; `[@ca2026-…diesnt]` was offered no look-alike and `[@ca2026:…diesnt]` was; a reviewer).
 */
export function classifyKey(corpus: CorpusSet, key: string): KeyReading {
  const { corpusId, id } = splitCitationKey(key);
  if (corpusId) return { ...withColon(corpus, corpusId, id), form: 'colon' };
  if (corpus.corpus(key)) return { kind: 'agreement', corpusId: key, form: 'bare' };
  if (isAgreementId(corpus, key)) return { kind: 'not-loaded', corpusId: key, form: 'bare' };
  const slipped = [...corpus.corpora.map((c) => c.id), ...corpus.timeline.periods.map((p) => p.id), agreementPrefix(key)].find(
    (c) => c !== undefined && key.length > c.length + 1 && key.startsWith(c) && /[-_.]/.test(key[c.length]!),
  );
  if (slipped) return { ...withColon(corpus, slipped, key.slice(slipped.length + 1)), form: 'slip' };
  const keys = corpus.corpora.map((c) => keyOf(c.id, id)).filter((k) => corpus.get(k) !== undefined);
  return keys.length > 0 ? { kind: 'known', keys, form: 'bare' } : { kind: 'foreign', form: 'bare' };
}

/**
 * A key `<corpusId>:<id>`. Keys of other bibliographies (Pandoc's `[@doe:2020]`) are not ours to judge, unless they
 * read as ours: a loaded corpus's id or an agreement's (`ca2030`, or one of the calendar: `hla2024`, `ra2017`), a
 * loaded corpus's id with a slip ("fractie-zt" for "fractie-tz": it was passed over without a word), or a corpus that
 * is not loaded. A calendar's agreement with a page after it (`[@hla2024:p12]`) may be another bibliography's.
 */
function withColon(corpus: CorpusSet, corpusId: string, id: string): KeyVerdict {
  const key = keyOf(corpusId, id);
  const loaded = corpus.corpus(corpusId) !== undefined;
  // The calendar's agreements (`hla2024`) are told as `ca2030` is, not as a corpus ("Corpus “hla2024” is niet geladen"
  // without the hint how a key is written, for `[@hla2024-xyz]`; a reviewer); with a page after it, another
  // bibliography's key (`[@hla2024:p12]`).
  if (loaded || AGREEMENT_ID.test(corpusId) || (isAgreementId(corpus, corpusId) && !PANDOC_LOCATOR.test(id))) {
    if (corpus.get(key)) return { kind: 'known', keys: [key] };
    const renamed = renamedKey(corpus, corpusId, id);
    return { kind: 'unknown', key, corpusId, id, loaded, ...(renamed ? { renamed } : {}) };
  }
  const near = nearCorpus(corpus, corpusId, id);
  if (near) return { kind: 'near-corpus', corpusId, id, near };
  if (CORPUS_LIKE.test(corpusId) && !PANDOC_LOCATOR.test(id)) return { kind: 'not-loaded', corpusId };
  return { kind: 'foreign' };
}

/**
 * An agreement's id by the convention of the built-in ones, `ca` and the year it was presented: a key that opens with
 * one is ours, loaded or not (`[@ca2030:xyz]`, and `[@ca2030-xyz]`, which was read as another bibliography's key; a
 * helper's trial).
 */
const AGREEMENT_PREFIX = /^ca\d{4}/;
const AGREEMENT_ID = new RegExp(`${AGREEMENT_PREFIX.source}$`);
const AGREEMENT_BEFORE_DASH = new RegExp(`${AGREEMENT_PREFIX.source}(?=[-_.])`);

/** An agreement's id, loaded or not: `ca` and a year (`ca2030`), or one of the calendar (`hla2024`). */
function isAgreementId(corpus: CorpusSet, id: string): boolean {
  return AGREEMENT_ID.test(id) || corpus.timeline.get(id) !== undefined;
}

/** The `ca` and year a key without its colon opens with (`ca2030-xyz`: `ca2030`). */
function agreementPrefix(key: string): string | undefined {
  return AGREEMENT_BEFORE_DASH.exec(key)?.[0];
}

/**
 * A corpus id as corpus files are named: `toezeggingen`, or words joined by hyphens (`toezeggingen-bzk` as `toezeggingen
 * fetch` writes them, `vp-fractie`, `coalitieakkoord-2026` as the import proposes for "Coalitieakkoord 2026.pdf"); the
 * agreements of the calendar (`hla2024`) are told apart before (`withColon`). An author-year prefix without a hyphen is another bibliography's
 * (`[@smith:kosten]`, `[@cpb2024:kerngegevens]`: reported, it stopped the Kamervragen export; a reviewer), and so is a
 * key whose part after the colon is a page or a number (`[@wrr-2021:p12]`, `[@doe:2020]`).
 */
const CORPUS_LIKE = /^toezeggingen$|^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;
const PANDOC_LOCATOR = /^(?:p|pp|nr|blz)?\.?\d+[a-z]?$/i;

/**
 * The loaded corpus whose id is nearest `corpusId`, one or two keystrokes away (ids of four letters or more): the
 * nearest, and of those one that holds `id`.
 */
function nearCorpus(corpus: CorpusSet, corpusId: string, id: string): string | undefined {
  if (corpusId.length < 4) return undefined;
  const typed = corpusId.toLowerCase();
  const near = corpus.corpora
    .map((c) => ({ id: c.id, d: distance(typed, c.id, 2) }))
    .filter((x) => x.d <= 2)
    .map((x) => ({ id: x.id, rank: x.d * 2 + (corpus.get(keyOf(x.id, id)) ? 0 : 1) }));
  return near.sort((a, b) => a.rank - b.rank)[0]?.id;
}

/** The key an old id was renamed to by its corpus's build (`renamed:` in the corpus file), when that key loads. */
function renamedKey(corpus: CorpusSet, corpusId: string, id: string): string | undefined {
  const to = own(corpus.corpus(corpusId)?.renamed, id);
  if (to === undefined) return undefined;
  const key = keyOf(corpusId, to);
  return corpus.get(key) ? key : undefined;
}
