import { agreementContext } from '../citation/agreement';
import type { AgreementPeriod } from '../corpus/agreements';
import { formatDate } from '../draft/date';
import type { Draft } from '../draft/types';
import type { Localized, Span } from '../types';
import { addAgreement } from './addAgreement';
import type { Rule } from './types';

/** The agreement by its title and cabinet, short: the message stands in the Problems panel. */
function describe(p: AgreementPeriod): Localized {
  return { nl: `‘${p.title}’${p.cabinet ? ` (${p.cabinet})` : ''}`, en: `‘${p.title}’${p.cabinet ? ` (${p.cabinet})` : ''}` };
}

/** The title line: the first line of the heading (kop, header), else the date, else the first prose line. */
function titleSpan(draft: Draft): Span | undefined {
  const head = draft.parts.find((p) => p.kind === 'kop' || p.kind === 'header');
  const line = head?.lines[0] ?? draft.lines.lines[0];
  if (draft.date?.span && (!head || !line)) return draft.date.span;
  return line ? { start: line.contentStart, end: line.end } : draft.date?.span;
}

export const akkoordNietGeladen: Rule = {
  id: 'akkoord-niet-geladen',
  kinds: ['motie', 'kamervragen'],
  defaultSeverity: 'info',
  title: { nl: 'Akkoord van die datum niet geladen', en: 'Agreement of that date not loaded' },
  docs: {
    summary: {
      nl: 'Het akkoord dat gold op de datum van het concept is niet geladen: Akkoordwijzer doet dan geen citeersuggesties en controleert alleen citaten die het concept aan een geladen akkoord toeschrijft, en zegt dat één keer.',
      en: 'The agreement in force on the draft’s date is not loaded: Akkoordwijzer then makes no citation suggestions and checks only quotations the draft attributes to a loaded agreement, and says so once.',
    },
    rationale: {
      nl:
        'Een motie wordt gelezen tegen het akkoord dat gold toen ze werd voorgesteld: een motie van juli 2022 tegen ‘Omzien naar elkaar’ (Rutte IV), een van ' +
        'oktober 2024 tegen het hoofdlijnenakkoord ‘Hoop, lef en trots’ (Schoof). Akkoordwijzer leest de datum uit `datum:` in de front matter, uit ' +
        '‘Voorgesteld …’ of uit ‘(ingezonden …)’; zonder datum geldt vandaag. Welk akkoord wanneer gold, staat met bronnen in `corpus/agreements.yaml`: ' +
        'een akkoord geldt vanaf de dag waarop het werd gepresenteerd tot de presentatie van het volgende.\n\n' +
        'Is dat akkoord niet geladen, dan zou een suggestie uit een ander akkoord de lezer misleiden (een belofte van een ander kabinet). ' +
        'Akkoordwijzer doet daarom geen citeersuggesties en meldt dat één keer, op de titelregel; citaten die het concept zelf aan een geladen akkoord ' +
        'toeschrijft (met een citeersleutel of de naam van het akkoord) controleert het wel. Wie het akkoord wel wil gebruiken, zet de tekst als ' +
        'corpusbestand (`<naam>.akkoord.yaml`, met de `id` uit de kalender) in de werkmap, bijvoorbeeld door de tekst te importeren (‘Importeer een akkoord of programma’, `akkoordwijzer corpus import --id hla2024 <bestand>`); zie ‘Een eigen corpus toevoegen’ in de README.',
      en:
        'A motion is read against the agreement in force when it was tabled: a motion of July 2022 against ‘Omzien naar elkaar’ (Rutte IV), one of October ' +
        '2024 against the outline agreement ‘Hoop, lef en trots’ (Schoof). Akkoordwijzer reads the date from `datum:` in front matter, from ‘Voorgesteld …’ ' +
        'or from ‘(ingezonden …)’; an undated draft is today’s. Which agreement governed when is listed with sources in `corpus/agreements.yaml`: an ' +
        'agreement governs from the day it was presented until the next one was presented.\n\n' +
        'When that agreement is not loaded, a suggestion from another agreement would mislead (another cabinet’s promise). Akkoordwijzer therefore makes ' +
        'no citation suggestions and reports this once, on the title line; quotations the draft itself attributes to a loaded agreement (by a ' +
        'citation key or by its name) are still checked. To use the agreement, put its text in the workspace as a corpus file ' +
        '(`<name>.akkoord.yaml`, with the calendar’s `id`), for instance by importing its text (‘Importeer een akkoord of programma’, `akkoordwijzer corpus import --id hla2024 <file>`); see ‘Adding your own corpus’ in the README.',
    },
    bad: 'MOTIE VAN HET LID DE VRIES\n\nVoorgesteld 3 oktober 2024\n\nDe Kamer, …',
    good: '(het hoofdlijnenakkoord `hla2024` is als corpus geladen)',
    fixes: { nl: 'Geen automatische oplossing: voeg het akkoord toe als corpusbestand (de melding zegt hoe).', en: 'No automatic fix: add the agreement as a corpus file (the message says how).' },
  },
  check(ctx) {
    const { draft, corpus } = ctx;
    // Without the calendar (no agreements known at all) there is nothing to say about which one applies.
    if (corpus.timeline.periods.length === 0) return;
    const agreement = agreementContext(draft, corpus);
    if (agreement.target !== undefined) return;
    const span = titleSpan(draft);
    if (!span) return;
    const day = { nl: formatDate(agreement.date, 'nl'), en: formatDate(agreement.date, 'en') };
    const when = agreement.dated ? { nl: `Op ${day.nl}`, en: `On ${day.en}` } : { nl: `Vandaag (${day.nl})`, en: `Today (${day.en})` };
    const counts = agreement.named ?? agreement.inForce;
    // Short for the Problems panel; what is still checked (quotations the draft attributes to a loaded agreement) is in
    // the hover, with the rationale.
    const silent = { nl: 'dus geen citeersuggesties', en: 'so no citation suggestions' };
    let message: Localized;
    if (!counts) {
      message = { nl: `${when.nl} gold geen akkoord dat Akkoordwijzer kent, ${silent.nl}.`, en: `${when.en} no agreement Akkoordwijzer knows of was in force, ${silent.en}.` };
    } else {
      const d = describe(counts);
      const add = addAgreement(counts.id);
      message = agreement.named
        ? { nl: `Dit concept noemt ${d.nl}; dat is niet geladen, ${silent.nl}. ${add.nl}`, en: `This draft names ${d.en}; it is not loaded, ${silent.en}. ${add.en}` }
        : { nl: `${when.nl} gold ${d.nl}; dat is niet geladen, ${silent.nl}. ${add.nl}`, en: `${when.en}, ${d.en} was in force; it is not loaded, ${silent.en}. ${add.en}` };
    }
    ctx.report({ ...span, message, data: { agreement: counts?.id ?? null, date: agreement.date } });
  },
};
