import type { PartKind } from '../draft/types';
import { lowerSeverity } from '../types';
import type { Rule } from './types';
import { inside, matchCase } from './util';

/** Where the Kamer asks something, vagueness counts fully; elsewhere one step lower; in answers and names not at all. */
const FULL: ReadonlySet<PartKind> = new Set(['dictum', 'vraag']);
const LOWER: ReadonlySet<PartKind> = new Set(['overweging', 'kop', 'header', 'toelichting', 'beraadslaging']);

export const vaagBegrip: Rule = {
  id: 'vaag-begrip',
  kinds: ['motie', 'kamervragen'],
  defaultSeverity: 'warning',
  title: { nl: 'Vaag beleidsbegrip', en: 'Vague policy term' },
  docs: {
    summary: {
      nl: 'Signaleert vage beleidstaal (‘regie’, ‘inzetten op’, ‘bezien’, ‘waar mogelijk’ …) en zegt wat steviger is.',
      en: 'Flags vague policy language (‘regie’, ‘inzetten op’, ‘bezien’, ‘waar mogelijk’ …) and says what is firmer.',
    },
    rationale: {
      nl:
        'Een motie of Kamervraag is pas toetsbaar als duidelijk is wie wat vóór wanneer doet. Woorden als ‘regie’ en ' +
        '‘inzetten op’ beloven een inspanning, geen resultaat. De ernst hangt af van de plek: in het dictum en in een ' +
        'vraag geldt de ingestelde ernst, in overwegingen en de kop één stap lager, en binnen een citaat (bijvoorbeeld de ' +
        'woorden van het coalitieakkoord zelf) niet: dat is niet uw vaagheid. De lijst staat in `lexicon/vague-terms.yaml` ' +
        'en is uit te breiden met de instelling `akkoordwijzer.lexicon.extra` of `.akkoordwijzer.yaml`.',
      en:
        'A motie or question can only be checked when it says who does what by when. Words like ‘regie’ and ‘inzetten ' +
        'op’ promise effort, not results. Severity depends on the place: the configured severity in the dictum and in a ' +
        'question, one step lower in overwegingen and the heading, and none inside a quotation (e.g. the agreement\'s own ' +
        'words). The list is `lexicon/vague-terms.yaml`, extendable through `akkoordwijzer.lexicon.extra` or `.akkoordwijzer.yaml`.',
    },
    bad: 'verzoekt de regering de Nederlandse Digitale Dienst de regie te geven over de digitale overheid,',
    good: 'verzoekt de regering de Nederlandse Digitale Dienst doorzettingsmacht te geven over ICT-besluiten van alle ministeries,',
    fixes: {
      nl: 'Vervangt het begrip door een stevigere term waar een directe vervanging bestaat (‘regie’ → ‘doorzettingsmacht’).',
      en: 'Replaces the term with a firmer one where a drop-in replacement exists (‘regie’ → ‘doorzettingsmacht’).',
    },
  },
  check(ctx) {
    const { draft, lexicon } = ctx;
    const masked = draft.lines.masked;
    for (const part of draft.parts) {
      const severity = FULL.has(part.kind) ? ctx.severity : LOWER.has(part.kind) ? lowerSeverity(ctx.severity) : undefined;
      if (!severity) continue;
      for (const m of lexicon.match(masked, part.start, part.end)) {
        if (draft.quotes.some((q) => inside(m, q))) continue;
        const text = draft.text.slice(m.start, m.end);
        const replacement = m.term.replacements[m.form];
        const firm = replacement ?? m.term.compare?.firm.nl;
        ctx.report({
          start: m.start,
          end: m.end,
          severity,
          message: {
            nl: `Vaag begrip “${text}”: ${m.term.instead.nl}`,
            en: `Vague term “${text}”: ${m.term.instead.en}`,
          },
          fixes: replacement
            ? [
                {
                  title: { nl: `Vervang “${text}” door “${matchCase(text, replacement)}”`, en: `Replace “${text}” with “${matchCase(text, replacement)}”` },
                  edits: [{ start: m.start, end: m.end, newText: matchCase(text, replacement) }],
                  isPreferred: true,
                },
              ]
            : [],
          data: { term: m.term.id, form: m.form, ...(firm ? { firm } : {}) },
        });
      }
    }
  },
};
