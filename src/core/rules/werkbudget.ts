import type { Rule } from './types';

/** The numbers as a Dutch or English reader writes them (1.000.000 / 1,000,000). */
const n = (x: number, taal: 'nl' | 'en') => x.toLocaleString(taal === 'nl' ? 'nl-NL' : 'en-GB');

export const werkbudget: Rule = {
  id: 'werkbudget',
  kinds: ['other', 'motie', 'kamervragen'],
  defaultSeverity: 'info',
  title: { nl: 'Document te groot of te diep genest om te controleren', en: 'Document too large or too deeply nested to check' },
  docs: {
    summary: {
      nl: 'Meldt één keer dat een document niet is gecontroleerd omdat het groter is dan het werkbudget (standaard 1 miljoen tekens) of dieper genest (standaard 100 niveaus citaten of lijsten).',
      en: 'Notes once that a document was not checked because it is larger than the work budget (by default 1 million characters) or nested more deeply (by default 100 levels of quotes or lists).',
    },
    rationale: {
      nl: 'Elke toetsaanslag laat de server het document controleren. Een geplakt bestand van megabytes of duizenden geneste lijsten zou de editor laten haperen, voor alle open documenten. Een motie is een paar kilobyte, lange Kamervragen zijn 50 kB. Daarboven wordt het document niet ontleed en niet gecontroleerd, en zegt deze melding waarom; de grenzen zijn instelbaar (`akkoordwijzer.werkbudget.tekens`, `akkoordwijzer.werkbudget.nesting`, 0 is geen grens). Het budget telt tekens en nesting, geen milliseconden: de uitkomst hangt niet af van de computer.',
      en: 'Every keystroke makes the server check the document. A pasted file of megabytes or thousands of nested lists would make the editor stall, for every open document. A motie is a few kilobytes, long Kamervragen 50 kB. Above the budget the document is not parsed or checked, and this note says why; the limits are settings (`akkoordwijzer.werkbudget.tekens`, `akkoordwijzer.werkbudget.nesting`, 0 is no limit). The budget counts characters and nesting, not milliseconds: the outcome does not depend on the computer.',
    },
    // 101 quotation levels: one over the default nesting budget (a 5 MB paste would not fit on this page).
    bad: `${'> '.repeat(101)}een citaat in een citaat, 101 niveaus diep`,
    good: '> een citaat van de minister, één niveau diep',
    fixes: { nl: 'Geen automatische oplossing: splits het document, of verhoog de grens in de instellingen.', en: 'No automatic fix: split the document, or raise the limit in the settings.' },
  },
  check(ctx) {
    const over = ctx.draft.budgetExceeded;
    if (!over) return;
    const lineEnd = ctx.draft.text.indexOf('\n', over.at);
    const end = Math.min(lineEnd < 0 ? ctx.draft.text.length : lineEnd, over.at + 200);
    ctx.report({
      start: over.at,
      end: Math.max(end, over.at),
      message:
        over.what === 'chars'
          ? {
              nl: `Niet gecontroleerd: het document heeft ${n(over.found, 'nl')} tekens, meer dan het werkbudget van ${n(over.limit, 'nl')} (instelling akkoordwijzer.werkbudget.tekens).`,
              en: `Not checked: the document has ${n(over.found, 'en')} characters, more than the work budget of ${n(over.limit, 'en')} (setting akkoordwijzer.werkbudget.tekens).`,
            }
          : {
              nl: `Niet gecontroleerd: hier zijn citaten of lijsten ${n(over.found, 'nl')} niveaus diep genest, meer dan het werkbudget van ${n(over.limit, 'nl')} (instelling akkoordwijzer.werkbudget.nesting).`,
              en: `Not checked: quotes or lists are nested ${n(over.found, 'en')} levels deep here, more than the work budget of ${n(over.limit, 'en')} (setting akkoordwijzer.werkbudget.nesting).`,
            },
    });
  },
};
