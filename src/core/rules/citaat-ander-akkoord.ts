import { agreementNames } from '../citation/format';
import { verifyQuotes } from '../citation/quoteChecks';
import type { Rule } from './types';

export const citaatAnderAkkoord: Rule = {
  id: 'citaat-ander-akkoord',
  kinds: ['motie', 'kamervragen'],
  defaultSeverity: 'warning',
  title: { nl: 'Citaat uit een ander akkoord', en: 'Quotation from another agreement' },
  docs: {
    summary: {
      nl: 'Een citaat dat aan het ene akkoord wordt toegeschreven (bijv. ‘Aan de slag’), maar uit een ander komt (bijv. het akkoord van 2021).',
      en: 'A quotation attributed to one agreement (e.g. ‘Aan de slag’) that comes from another (e.g. the 2021 agreement).',
    },
    rationale: {
      nl: 'Akkoorden lijken op elkaar en worden door elkaar geciteerd. Wie het kabinet aanspreekt op woorden uit het vorige akkoord, krijgt als antwoord dat die afspraak niet meer geldt. De melding noemt het akkoord waar de woorden wel in staan. Omdat van ‘Aan de slag’ alleen geciteerde passages bekend zijn, zegt de melding dan ook dat de woorden niet in de bekende passages staan.',
      en: 'Agreements resemble each other and get mixed up. Holding the cabinet to words of the previous agreement invites the answer that it no longer applies. The finding names the agreement the words are in. Since only quoted passages of ‘Aan de slag’ are known, the finding then also says that the words are not in the known passages.',
    },
    bad: 'constaterende dat het coalitieakkoord ‘Aan de slag’ stelt: ‘We regelen wettelijk dat algoritmes worden gecontroleerd op transparantie, discriminatie en willekeur.’;',
    good: 'constaterende dat het coalitieakkoord van 2021 stelde: ‘We regelen wettelijk dat algoritmes worden gecontroleerd op transparantie, discriminatie en willekeur.’;',
    fixes: { nl: 'Geen automatische oplossing: pas de toeschrijving of het citaat aan.', en: 'No automatic fix: change the attribution or the quotation.' },
  },
  check(ctx) {
    const { draft, engine, corpus } = ctx;
    if (!engine) return;
    for (const q of verifyQuotes(draft, engine)) {
      if (q.verdict !== 'other-agreement' || !q.foundIn || !q.target) continue;
      const { quote } = q.attributed;
      const from = agreementNames(corpus, q.foundIn);
      const to = agreementNames(corpus, q.target);
      const complete = corpus.corpus(q.target)?.complete ?? false;
      const close = q.alignment.verdict === 'close';
      ctx.report({
        start: quote.inner.start,
        end: quote.inner.end,
        message: {
          nl: `Deze woorden komen uit ${from.nl}${close ? ' (met een afwijking)' : ''}, niet uit ${to.nl}${complete ? '' : ': ze staan niet in de bekende passages daarvan'}.`,
          en: `These words come from ${from.en}${close ? ' (with a difference)' : ''}, not from ${to.en}${complete ? '' : ': they are not in its known passages'}.`,
        },
        commitments: q.key ? [q.key] : [],
        data: { diff: q.alignment.diff, corpusText: q.alignment.corpusText, foundIn: q.foundIn, ...(q.key ? { key: q.key } : {}) },
      });
    }
  },
};
