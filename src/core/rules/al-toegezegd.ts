import { alreadyPromised } from '../citation/alreadyPromised';
import { commitmentLabel } from '../citation/format';
import { isKamerToezeggingOverdue, kamerToezeggingStatus } from '../corpus/kamerToezeggingen';
import type { Commitment, CorpusKind } from '../corpus/types';
import { formatDate } from '../draft/date';
import type { Draft } from '../draft/types';
import type { Localized, Span } from '../types';
import type { FixSpec, Rule } from './types';

/**
 * What the request asks for that is already settled, and where: "wat het akkoord al besluit: “…” (key)", "wat de
 * regering de Kamer al heeft toegezegd: “…” (key), toezegging …, openstaand, termijn …" — said as a sentence, with the
 * verb of the commitment's firmness (a decision, a law, money).
 */
function promised(c: Commitment, corpusKind: CorpusKind | undefined, overdue: boolean): { what: Localized; by: Localized } {
  const label = commitmentLabel(c);
  if (c.register) {
    const late = (taal: 'nl' | 'en') => (overdue ? (taal === 'nl' ? ' (verlopen)' : ' (passed)') : '');
    const due = (taal: 'nl' | 'en') => (c.deadline ? `, ${taal === 'nl' ? 'termijn' : 'deadline'} ${formatDate(c.deadline, taal)}${late(taal)}` : '');
    const status = kamerToezeggingStatus(c.register.status ?? '');
    return {
      what: {
        nl: `wat de regering de Kamer al heeft toegezegd: ${label}, toezegging ${c.register.number}, ${status.nl}${due('nl')}`,
        en: `what the government has already promised the Kamer: ${label}, promise ${c.register.number}, ${status.en}${due('en')}`,
      },
      by: { nl: 'de toezegging', en: 'the promise' },
    };
  }
  if (corpusKind === 'toezeggingen') {
    return { what: { nl: `wat de regering al heeft toegezegd: ${label}`, en: `what the government has already promised: ${label}` }, by: { nl: 'de toezegging', en: 'the promise' } };
  }
  const verb = AGREEMENT_VERBS[c.firmness!] ?? AGREEMENT_VERBS['besluit']!;
  return { what: { nl: `${verb.nl}: ${label}`, en: `${verb.en}: ${label}` }, by: { nl: 'het akkoord', en: 'the agreement' } };
}

/** What the agreement already does, by the firmness of a firm commitment (the only ones al-toegezegd reports). */
const AGREEMENT_VERBS: Partial<Record<string, Localized>> = {
  besluit: { nl: 'wat het akkoord al besluit', en: 'what the agreement already decides' },
  wetgeving: { nl: 'wat het akkoord al als wet aankondigt', en: 'what the agreement already announces as a law' },
  financiering: { nl: 'waarover het akkoord al een financieel besluit neemt', en: 'what the agreement already takes a funding decision on' },
};

/** Where an addition goes: after the request's words, before a trailing citation, footnote marker and closing mark. */
function insertionPoint(draft: Draft, unit: Span): number {
  const tail = /(?:\s|\[[^\]\n]*\]|[.;,:?!])*$/.exec(draft.lines.masked.slice(unit.start, unit.end));
  return unit.end - (tail?.[0].length ?? 0);
}

/**
 * The three ways to ask for what adds something. None is preferred and none is in fix-all: the member chooses, and
 * the report's date is a placeholder unless the register gives the promise's deadline.
 */
function additions(draft: Draft, unit: Span, c: Commitment, overdue: boolean): FixSpec[] {
  const at = insertionPoint(draft, unit);
  const add = (title: Localized, text: string): FixSpec => ({ title, edits: [{ start: at, end: at, newText: text }] });
  if (overdue) {
    // Its deadline has passed: a report "vóór 1 juli 2026" in a motie of December asked for a day gone by (a
    // staffer's trial). Ask why, and by when.
    const was = formatDate(c.deadline!, 'nl');
    return [
      add(
        { nl: 'Vraag waarom de termijn is verstreken, en om een nieuwe', en: 'Ask why the deadline passed, and for a new one' },
        ` en de Kamer te laten weten waarom deze toezegging na de termijn van ${was} nog niet is nagekomen en vóór welke datum dat gebeurt`,
      ),
      add({ nl: 'Vraag naar de middelen', en: 'Ask for the means' }, ' en daarbij aan te geven met welke middelen dit wordt uitgevoerd'),
    ];
  }
  const by = c.register && c.deadline ? formatDate(c.deadline, 'nl') : '…';
  return [
    add({ nl: `Vraag om een rapportage aan de Kamer vóór ${by}`, en: `Ask for a report to the Kamer by ${by}` }, ` en de Kamer vóór ${by} te informeren over de uitvoering`),
    add({ nl: 'Vraag om een termijn', en: 'Ask for a deadline' }, ' en de Kamer te laten weten vóór welke datum dit gerealiseerd is'),
    add({ nl: 'Vraag naar de middelen', en: 'Ask for the means' }, ' en daarbij aan te geven met welke middelen dit wordt uitgevoerd'),
  ];
}

export const alToegezegd: Rule = {
  id: 'al-toegezegd',
  kinds: ['motie', 'kamervragen'],
  defaultSeverity: 'info',
  title: { nl: 'Vraagt wat al is toegezegd', en: 'Asks for what is already promised' },
  docs: {
    summary: {
      nl: 'Een dictum of een vraag (‘Bent u bereid …’) die de regering vraagt te doen wat een geladen toezegging al vast belooft: een besluit, wet of financiering uit het akkoord dat op de datum van het stuk gold, of een openstaande toezegging aan de Kamer (uit het register of een bestand met toezeggingen). Wat alleen een verkiezingsprogramma belooft, heeft de regering niet toegezegd.',
      en: 'A dictum or a question (‘Bent u bereid …’) asking the government to do what a loaded commitment already firmly promises: a decision, law or funding of the agreement in force on the draft’s date, or an open promise to the Kamer (from the register or a file of toezeggingen). What only a party’s programme promises, the government has not promised.',
    },
    rationale: {
      nl: 'Een motie die vraagt wat het kabinet al heeft besloten of toegezegd, wordt ‘overbodig’ ontraden of aangenomen zonder dat er iets verandert. Vraag om wat het verzoek toevoegt: een termijn, een rapportage aan de Kamer op een datum, of de middelen. De regel meldt alleen een verzoek dat de toezegging citeert of er duidelijk over gaat, en niet als het verzoek al een termijn, rapportage of middelen noemt, verder gaat of het tegendeel vraagt.',
      en: 'A motie asking for what the cabinet has already decided or promised is advised against as superfluous, or passed without changing anything. Ask for what the request adds: a deadline, a report to the Kamer by a date, or the means. The rule reports only a request that cites the promise or is clearly about it, and not when it already names a deadline, a report or the means, goes further, or asks the opposite.',
    },
    bad: 'verzoekt de regering een Nederlandse Digitale Dienst met doorzettingsmacht op te richten [@ca2026:nederlandse-digitale-dienst],',
    good: 'verzoekt de regering de Kamer vóór 1 juli 2026 te informeren over de oprichting van de Nederlandse Digitale Dienst [@ca2026:nederlandse-digitale-dienst],',
    fixes: {
      nl: 'Vult het verzoek aan met een rapportage aan de Kamer vóór een datum (de termijn van de toezegging, anders `…`), met een vraag om de termijn, of met een vraag naar de middelen. Geen voorkeursoplossing: kies zelf.',
      en: 'Extends the request with a report to the Kamer by a date (the promise’s deadline, else `…`), a question about the deadline, or about the means. No preferred fix: choose yourself.',
    },
  },
  check(ctx) {
    const { draft, engine } = ctx;
    if (!engine) return;
    for (const found of alreadyPromised(draft, engine)) {
      const c = found.commitment;
      // A promise to the Kamer whose deadline has passed on the draft's day (today when undated).
      const overdue = isKamerToezeggingOverdue(c, draft.date?.iso ?? draft.today);
      const { what, by } = promised(c, engine.corpus.corpus(c.corpusId)?.kind, overdue);
      ctx.report({
        start: found.start,
        end: found.end,
        message: overdue
          ? {
              nl: `Dit verzoek vraagt ${what.nl}. Vraag waarom de toezegging nog niet is nagekomen, en vóór welke datum dat gebeurt.`,
              en: `This request asks for ${what.en}. Ask why the promise has not been kept, and by what date it will be.`,
            }
          : {
              nl: `Dit verzoek vraagt ${what.nl}. Vraag iets wat ${by.nl} nog niet regelt: een termijn, een rapportage aan de Kamer of de middelen.`,
              en: `This request asks for ${what.en}. Ask for something ${by.en} does not yet settle: a deadline, a report to the Kamer or the means.`,
            },
        commitments: [c.key],
        fixes: additions(draft, found.unit, c, overdue),
        data: { key: c.key, by: found.by },
      });
    }
  },
};
