import type { BudgetExceeded } from '../draft/budget';
import type { Localized } from '../types';
import type { Rule } from './types';

/** Where a budget is set: the editor's setting, and the key of `.akkoordwijzer.yaml` (the CLI reads only that one). */
const SETTING = {
  nl: (key: string) => `instelling akkoordwijzer.werkbudget.${key}; in .akkoordwijzer.yaml werkbudget.${key}`,
  en: (key: string) => `setting akkoordwijzer.werkbudget.${key}; in .akkoordwijzer.yaml werkbudget.${key}`,
};

/** The numbers as a Dutch or English reader writes them (1.000.000 / 1,000,000). */
const n = (x: number, taal: 'nl' | 'en') => x.toLocaleString(taal === 'nl' ? 'nl-NL' : 'en-GB');

export const werkbudget: Rule = {
  id: 'werkbudget',
  kinds: ['motie', 'kamervragen', 'other'],
  overBudget: true,
  defaultSeverity: 'info',
  title: { nl: 'Document te groot, te diep genest of met te veel voetnoten om volledig te controleren', en: 'Document too large, too deeply nested or with too many footnotes to check in full' },
  docs: {
    summary: {
      nl: 'Meldt één keer dat een document groter is dan het werkbudget (standaard 1 miljoen tekens), dieper genest (standaard 100 niveaus citaten of lijsten) of meer voetnoten heeft (standaard 1.000), en dus slechts gedeeltelijk is gecontroleerd: een motie of Kamervragen alleen op woordgebruik, binnen het budget; een ander document niet.',
      en: 'Notes once that a document is larger than the work budget (by default 1 million characters), nested more deeply (by default 100 levels of quotes or lists) or has more footnotes (by default 1,000), and so was checked in part only: a motie or Kamervragen for word use, within the budget; another document not at all.',
    },
    rationale: {
      nl: 'Elke toetsaanslag laat de server het document controleren. Een geplakt bestand van megabytes, duizenden geneste lijsten of duizenden voetnoten zou de editor laten haperen, voor alle open documenten. Een motie is een paar kilobyte, lange Kamervragen zijn 50 kB. Daarboven wordt alleen het deel binnen het budget gelezen: de tekens tot de grens (standaard een miljoen, tot een regeleinde), zonder de regels die te diep genest zijn en zonder de voetnoten boven het budget. Dat deel wordt alleen op woordgebruik gecontroleerd (vage begrippen, herhaalde woorden, lidwoorden, schrijfwijze, trema’s, tussenzinnen, werkwoordsvormen en, als die aan staat, spelling): niet op de vorm van de motie of de Kamervragen, citaten of toezeggingen, want in een afgekapt document zouden die valse meldingen geven (een ‘ontbrekende’ slotzin die na de grens staat). Deze melding zegt het; de grenzen zijn instelbaar (`akkoordwijzer.werkbudget.tekens`, `akkoordwijzer.werkbudget.nesting`, `akkoordwijzer.werkbudget.voetnoten`, in `.akkoordwijzer.yaml` `werkbudget: { tekens, nesting, voetnoten }`; 0 is geen grens). Onder nesting valt ook een citaat of lijst die zonder `>` of inspringing doorloopt: meer dan tien regels per niveau (standaard 1.000) kosten de parser meer dan lineaire tijd. Het budget telt tekens, nesting en voetnoten, geen milliseconden: de uitkomst hangt niet af van de computer. Een document dat geen motie of Kamervragen is, wordt boven het budget niet gecontroleerd.',
      en: 'Every keystroke makes the server check the document. A pasted file of megabytes, thousands of nested lists or thousands of footnotes would make the editor stall, for every open document. A motie is a few kilobytes, long Kamervragen 50 kB. Above the budget only the part within it is read: the characters up to the limit (by default a million, up to a line end), without the lines nested too deeply and without the footnotes over the budget. That part is checked for word use only (vague terms, repeated words, articles, spelling conventions, diaereses, inserted phrases, verb forms and, when switched on, spelling): not for the form of the motie or the questions, quotations or commitments, which in a document cut short would give false findings (a "missing" closing line that stands past the limit). This note says so; the limits are settings (`akkoordwijzer.werkbudget.tekens`, `akkoordwijzer.werkbudget.nesting`, `akkoordwijzer.werkbudget.voetnoten`, in `.akkoordwijzer.yaml` `werkbudget: { tekens, nesting, voetnoten }`; 0 is no limit). Nesting includes a quote or list that runs on without `>` or indentation: more than ten lines per level (1,000 by default) cost the parser more than linear time. The budget counts characters, nesting and footnotes, not milliseconds: the outcome does not depend on the computer. A document that is not a motie or Kamervragen is not checked above the budget.',
    },
    // 101 quotation levels: one over the default nesting budget (a 5 MB paste would not fit on this page).
    bad: `${'> '.repeat(101)}een citaat in een citaat, 101 niveaus diep`,
    good: '> een citaat van de minister, één niveau diep',
    fixes: { nl: 'Geen automatische oplossing: splits het document, of verhoog de grens in de instellingen.', en: 'No automatic fix: split the document, or raise the limit in the settings.' },
  },
  check(ctx) {
    const { draft } = ctx;
    const over = draft.budgetExceeded;
    if (!over) return;
    const lineEnd = draft.text.indexOf('\n', over.at);
    const end = Math.min(lineEnd < 0 ? draft.text.length : lineEnd, over.at + 200);
    const found = { nl: n(over.found, 'nl'), en: n(over.found, 'en') };
    const limit = { nl: n(over.limit, 'nl'), en: n(over.limit, 'en') };
    const what: Localized = {
      chars: {
        nl: `het document heeft ${found.nl} tekens, meer dan het werkbudget van ${limit.nl} (${SETTING.nl('tekens')}).`,
        en: `the document has ${found.en} characters, more than the work budget of ${limit.en} (${SETTING.en('tekens')}).`,
      },
      nesting: {
        nl: `hier zijn citaten of lijsten ${found.nl} niveaus diep genest, meer dan het werkbudget van ${limit.nl} (${SETTING.nl('nesting')}).`,
        en: `quotes or lists are nested ${found.en} levels deep here, more than the work budget of ${limit.en} (${SETTING.en('nesting')}).`,
      },
      lazy: {
        nl: `hier loopt een citaat of lijst ${found.nl} regels door zonder ‘>’ of inspringing, meer dan het werkbudget van ${limit.nl} (tien keer de grens voor nesting: ${SETTING.nl('nesting')}).`,
        en: `a quote or list runs on here for ${found.en} lines without ‘>’ or indentation, more than the work budget of ${limit.en} (ten times the nesting limit: ${SETTING.en('nesting')}).`,
      },
      footnotes: {
        nl: `het document heeft ${found.nl} voetnoten, meer dan het werkbudget van ${limit.nl}; dit is de eerste daarboven (${SETTING.nl('voetnoten')}).`,
        en: `the document has ${found.en} footnotes, more than the work budget of ${limit.en}; this is the first one over it (${SETTING.en('voetnoten')}).`,
      },
    }[over.what];
    // A motie or Kamervragen is checked in part: the cheap checks run on the part within the budget (`Rule.overBudget`).
    const draftKind = draft.kind !== 'other';
    ctx.report({
      start: over.at,
      end: Math.max(end, over.at),
      message: {
        nl: `${draftKind ? 'Deels' : 'Niet'} gecontroleerd: ${what.nl}${draftKind ? partly(over.what, draft.text.length, over.limit).nl : ''}`,
        en: `${draftKind ? 'Partly checked' : 'Not checked'}: ${what.en}${draftKind ? partly(over.what, draft.text.length, over.limit).en : ''}`,
      },
    });
  },
};

/** What was checked of a motie or Kamervragen over its budget, `checked` characters of it read. */
function partly(what: BudgetExceeded['what'], checked: number, limit: number): Localized {
  const only = {
    nl: 'alleen op woordgebruik gecontroleerd (zoals vage begrippen en herhaalde woorden), niet op vorm, citaten of toezeggingen.',
    en: 'for word use only (such as vague terms and repeated words), not for form, quotations or commitments.',
  };
  return {
    chars: { nl: ` Alleen de eerste ${n(checked, 'nl')} tekens zijn gelezen, en die zijn ${only.nl}`, en: ` Only the first ${n(checked, 'en')} characters were read, and they were checked ${only.en}` },
    nesting: {
      nl: ` Regels die dieper dan ${n(limit, 'nl')} niveaus genest zijn, zijn overgeslagen; de rest is ${only.nl}`,
      en: ` Lines nested more than ${n(limit, 'en')} levels deep were skipped; the rest was checked ${only.en}`,
    },
    lazy: { nl: ` Deze regel is overgeslagen en het citaat of de lijst eindigt hier; de rest is ${only.nl}`, en: ` This line was skipped and the quote or list ends here; the rest was checked ${only.en}` },
    footnotes: { nl: ` Voetnoten vanaf hier zijn overgeslagen, en het document is ${only.nl}`, en: ` Footnotes from here on were skipped, and the document was checked ${only.en}` },
  }[what];
}
