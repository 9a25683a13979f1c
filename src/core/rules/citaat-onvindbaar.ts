import { agreementNames, commitmentLabel, relatedCommitments } from '../citation/format';
import { verifyQuotes } from '../citation/quoteChecks';
import type { Rule } from './types';

export const citaatOnvindbaar: Rule = {
  id: 'citaat-onvindbaar',
  kinds: ['motie', 'kamervragen'],
  defaultSeverity: 'warning',
  title: { nl: 'Citaat niet gevonden in het akkoord', en: 'Quotation not found in the agreement' },
  docs: {
    summary: {
      nl: 'Een citaat dat aan het akkoord wordt toegeschreven maar in geen bekende passage staat; met de toezeggingen die er het dichtst bij komen.',
      en: 'A quotation attributed to the agreement that is in no known passage; with the nearest commitments.',
    },
    rationale: {
      nl: 'Een citaat dat niet in het akkoord staat, ondermijnt de hele motie. Akkoordwijzer redeneert alleen over afwezigheid als het corpus het hele document bevat: van ‘Aan de slag’ (2026) zijn alleen passages bekend die in publicaties zijn geciteerd, dus daar is de melding informatief (‘niet gevonden in de bekende passages’). Bij een volledig akkoord (`complete: true`: ‘Omzien naar elkaar’, of ‘Aan de slag’ zodra u het hele akkoord als eigen corpus hebt ingelezen, dat dan het meegeleverde vervangt) is het een waarschuwing: ‘staat niet in het akkoord’.',
      en: 'A quotation that is not in the agreement undermines the whole motie. Absence is only asserted when the corpus holds the whole document: of ‘Aan de slag’ only quoted passages are known, so there the finding is informational (‘not found in the known passages’). For a complete agreement (`complete: true`: ‘Omzien naar elkaar’, or ‘Aan de slag’ once you have imported the whole agreement as your own corpus, which then replaces the built-in one) it is a warning: ‘not in the agreement’.',
    },
    bad: 'Volgens het coalitieakkoord ‘krijgt iedere burger recht op een eigen digitale kluis’.',
    good: 'Volgens het coalitieakkoord geldt: ‘Overheidsdiensten worden toegankelijk en begrijpelijk ontworpen voor iedereen’.',
    fixes: { nl: 'Geen automatische oplossing; de melding noemt de dichtstbijzijnde toezeggingen.', en: 'No automatic fix; the finding names the nearest commitments.' },
  },
  check(ctx) {
    const { draft, engine, corpus } = ctx;
    if (!engine) return;
    for (const q of verifyQuotes(draft, engine)) {
      if (q.verdict !== 'unknown') continue;
      const { quote } = q.attributed;
      const target = q.target ? corpus.corpus(q.target) : undefined;
      const complete = target?.complete ?? false;
      const name = q.target ? agreementNames(corpus, q.target) : { nl: 'het akkoord', en: 'the agreement' };
      const nearest = q.nearest.map((c) => c.key);
      const near = q.nearest[0] ? commitmentLabel(q.nearest[0]) : undefined;
      const tail = { nl: near ? ` Het dichtst bij komt ${near}.` : '', en: near ? ` Closest: ${near}.` : '' };
      ctx.report({
        start: quote.inner.start,
        end: quote.inner.end,
        severity: complete ? ctx.severity : ctx.severity === 'error' || ctx.severity === 'warning' ? 'info' : ctx.severity,
        message: complete
          ? { nl: `Dit citaat staat niet in ${name.nl}.${tail.nl}`, en: `This quotation is not in ${name.en}.${tail.en}` }
          : { nl: `Dit citaat is niet gevonden in de bekende passages van ${name.nl}.${tail.nl}`, en: `This quotation was not found in the known passages of ${name.en}.${tail.en}` },
        commitments: nearest,
        related: relatedCommitments(corpus, q.nearest),
      });
    }
  },
};
