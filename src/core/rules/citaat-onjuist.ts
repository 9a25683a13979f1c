import { diffSummary } from '../citation/diff';
import { agreementNames } from '../citation/format';
import { verifyQuotes } from '../citation/quoteChecks';
import type { Rule } from './types';

export const citaatOnjuist: Rule = {
  id: 'citaat-onjuist',
  kinds: ['motie', 'kamervragen'],
  defaultSeverity: 'warning',
  title: { nl: 'Onjuist citaat uit het akkoord', en: 'Misquoted agreement' },
  docs: {
    summary: {
      nl: 'Een citaat dat aan het akkoord wordt toegeschreven maar in een enkel woord afwijkt (een woord veranderd, weggelaten of toegevoegd).',
      en: 'A quotation attributed to the agreement that differs by a word (changed, dropped or added).',
    },
    rationale: {
      nl: 'Een verkeerd geciteerd akkoord geeft de bewindspersoon een gemakkelijke uitweg (‘dat staat er niet’). De melding toont het verschil woord voor woord; de snelle oplossing zet de exacte woorden terug. Door de citerende bron ingekorte passages (‘(…)’) bewijzen nooit dat een langer citaat fout is.',
      en: 'A misquoted agreement hands the minister an easy way out (‘that is not what it says’). The finding shows the difference word by word; the quick fix puts back the exact words. Passages shortened by a quoter (‘(…)’) never prove a longer quotation wrong.',
    },
    bad: 'In het coalitieakkoord staat: ‘We richten een Nederlandse Digitale Dienst op: compact, deskundig en met regie.’',
    good: 'In het coalitieakkoord staat: ‘We richten een Nederlandse Digitale Dienst op: compact, deskundig en met doorzettingsmacht.’',
    fixes: { nl: 'Vervangt het citaat door de exacte woorden van het akkoord.', en: 'Replaces the quotation with the agreement’s exact words.' },
  },
  check(ctx) {
    const { draft, engine, corpus } = ctx;
    if (!engine) return;
    for (const q of verifyQuotes(draft, engine)) {
      if (q.verdict !== 'misquote') continue;
      const { quote } = q.attributed;
      const diff = diffSummary(q.alignment.diff);
      const inner = draft.text.slice(quote.inner.start, quote.inner.end);
      // Keep the draft's own closing punctuation inside the marks when the agreement's words end without it.
      const trailing = /[.!?;,]$/.test(inner) && !/[.!?;,]$/.test(q.alignment.suggestion) ? inner.slice(-1) : '';
      const name = agreementNames(corpus, q.foundIn ?? q.target ?? '');
      ctx.report({
        start: quote.inner.start,
        end: quote.inner.end,
        message: { nl: `Dit citaat wijkt af van ${name.nl}: ${diff.nl}.`, en: `This quotation differs from ${name.en}: ${diff.en}.` },
        commitments: q.key ? [q.key] : [],
        fixes: [
          {
            title: { nl: 'Zet de exacte woorden van het akkoord terug', en: 'Put back the agreement’s exact words' },
            edits: [{ start: quote.inner.start, end: quote.inner.end, newText: q.alignment.suggestion + trailing }],
            isPreferred: true,
          },
        ],
        data: { diff: q.alignment.diff, corpusText: q.alignment.corpusText, ...(q.key ? { key: q.key } : {}) },
      });
    }
  },
};
