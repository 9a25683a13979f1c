import type { Rule } from './types';

/** The numbers as a Dutch or English reader writes them (1.000.000 / 1,000,000). */
const n = (x: number, taal: 'nl' | 'en') => x.toLocaleString(taal === 'nl' ? 'nl-NL' : 'en-GB');

export const werkbudget: Rule = {
  id: 'werkbudget',
  kinds: ['other', 'motie', 'kamervragen'],
  defaultSeverity: 'info',
  title: { nl: 'Document te groot, te diep genest of met te veel voetnoten om te controleren', en: 'Document too large, too deeply nested or with too many footnotes to check' },
  docs: {
    summary: {
      nl: 'Meldt één keer dat een document niet is gecontroleerd omdat het groter is dan het werkbudget (standaard 1 miljoen tekens), dieper genest (standaard 100 niveaus citaten of lijsten) of meer voetnoten heeft (standaard 1.000).',
      en: 'Notes once that a document was not checked because it is larger than the work budget (by default 1 million characters), nested more deeply (by default 100 levels of quotes or lists) or has more footnotes (by default 1,000).',
    },
    rationale: {
      nl: 'Elke toetsaanslag laat de server het document controleren. Een geplakt bestand van megabytes, duizenden geneste lijsten of duizenden voetnoten zou de editor laten haperen, voor alle open documenten. Een motie is een paar kilobyte, lange Kamervragen zijn 50 kB. Daarboven wordt het document niet ontleed en niet gecontroleerd, en zegt deze melding waarom; de grenzen zijn instelbaar (`akkoordwijzer.werkbudget.tekens`, `akkoordwijzer.werkbudget.nesting`, `akkoordwijzer.werkbudget.voetnoten`, 0 is geen grens). Het budget telt tekens, nesting en voetnoten, geen milliseconden: de uitkomst hangt niet af van de computer.',
      en: 'Every keystroke makes the server check the document. A pasted file of megabytes, thousands of nested lists or thousands of footnotes would make the editor stall, for every open document. A motie is a few kilobytes, long Kamervragen 50 kB. Above the budget the document is not parsed or checked, and this note says why; the limits are settings (`akkoordwijzer.werkbudget.tekens`, `akkoordwijzer.werkbudget.nesting`, `akkoordwijzer.werkbudget.voetnoten`, 0 is no limit). The budget counts characters, nesting and footnotes, not milliseconds: the outcome does not depend on the computer.',
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
      message: {
        chars: {
          nl: `Niet gecontroleerd: het document heeft ${n(over.found, 'nl')} tekens, meer dan het werkbudget van ${n(over.limit, 'nl')} (instelling akkoordwijzer.werkbudget.tekens).`,
          en: `Not checked: the document has ${n(over.found, 'en')} characters, more than the work budget of ${n(over.limit, 'en')} (setting akkoordwijzer.werkbudget.tekens).`,
        },
        nesting: {
          nl: `Niet gecontroleerd: hier zijn citaten of lijsten ${n(over.found, 'nl')} niveaus diep genest, meer dan het werkbudget van ${n(over.limit, 'nl')} (instelling akkoordwijzer.werkbudget.nesting).`,
          en: `Not checked: quotes or lists are nested ${n(over.found, 'en')} levels deep here, more than the work budget of ${n(over.limit, 'en')} (setting akkoordwijzer.werkbudget.nesting).`,
        },
        footnotes: {
          nl: `Niet gecontroleerd: het document heeft ${n(over.found, 'nl')} voetnoten, meer dan het werkbudget van ${n(over.limit, 'nl')}; dit is de eerste daarboven (instelling akkoordwijzer.werkbudget.voetnoten).`,
          en: `Not checked: the document has ${n(over.found, 'en')} footnotes, more than the work budget of ${n(over.limit, 'en')}; this is the first one over it (setting akkoordwijzer.werkbudget.voetnoten).`,
        },
      }[over.what],
    });
  },
};
