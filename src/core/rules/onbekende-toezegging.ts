import { agreementNames } from '../citation/format';
import { didYouMean } from '../citation/lookup';
import { splitCitationKey } from '../corpus/citationKey';
import { firstWords } from '../text/shorten';
import type { Rule } from './types';

export const onbekendeToezegging: Rule = {
  id: 'onbekende-toezegging',
  kinds: ['motie', 'kamervragen', 'other'],
  defaultSeverity: 'warning',
  title: { nl: 'Onbekende citeersleutel', en: 'Unknown citation key' },
  docs: {
    summary: {
      nl: 'Een citeersleutel als `[@ca2026:…]` moet een bekende toezegging in een geladen corpus aanwijzen.',
      en: 'A citation key like `[@ca2026:…]` must name a known commitment in a loaded corpus.',
    },
    rationale: {
      nl: 'Een verwijzing naar een toezegging die niet bestaat (een tikfout, een oude sleutel) laat de lezer met lege handen. De snelle oplossing stelt de sleutels voor die er het meest op lijken.',
      en: 'A reference to a commitment that does not exist (a typo, an old key) leaves the reader empty-handed. The quick fix offers the closest keys.',
    },
    bad: 'constaterende dat het kabinet een Nederlandse Digitale Dienst opricht [@ca2026:nederlandse-digitale-diesnt];',
    good: 'constaterende dat het kabinet een Nederlandse Digitale Dienst opricht [@ca2026:nederlandse-digitale-dienst];',
    fixes: { nl: 'Vervangt de sleutel door een bekende sleutel die erop lijkt (‘bedoelde u …’).', en: 'Replaces the key with a known key that resembles it (‘did you mean …’).' },
  },
  check(ctx) {
    const { draft, corpus } = ctx;
    if (corpus.corpora.length === 0) return;
    for (const ref of draft.citations) {
      const { corpusId } = splitCitationKey(ref.key);
      // Keys of other bibliographies (Pandoc's `[@smith2020]`) are not ours to judge.
      if (!corpusId || (!corpus.corpus(corpusId) && !/^ca\d{4}$/.test(corpusId))) continue;
      if (corpus.get(ref.key)) continue;
      const close = didYouMean(ctx.engine?.lookup, ref.key);
      const known = corpus.corpus(corpusId) ? agreementNames(corpus, corpusId) : undefined;
      ctx.report({
        start: ref.start,
        end: ref.end,
        message: known
          ? {
              nl: `Onbekende toezegging “${ref.key}” in ${known.nl}.${close[0] ? ` Bedoelde u “${close[0].key}”?` : ''}`,
              en: `Unknown commitment “${ref.key}” in ${known.en}.${close[0] ? ` Did you mean “${close[0].key}”?` : ''}`,
            }
          : { nl: `Onbekend corpus “${corpusId}” in “${ref.key}”.`, en: `Unknown corpus “${corpusId}” in “${ref.key}”.` },
        fixes: close.map((c, i) => ({
          title: { nl: `Bedoelde u ${c.key}? (${firstWords(c.text, 50)})`, en: `Did you mean ${c.key}? (${firstWords(c.text, 50)})` },
          edits: [{ start: ref.start + 1, end: ref.end, newText: c.key }],
          ...(i === 0 && close.length === 1 ? { isPreferred: true } : {}),
        })),
        commitments: close.map((c) => c.key),
      });
    }
  },
};
