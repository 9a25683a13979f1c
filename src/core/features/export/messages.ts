import type { Localized } from '../../types';

/** The export's own texts: its report lines and the problems only the export knows. */
export const EXPORT_TEXT = {
  lostCitation: (key: string, where: string): Localized => ({
    nl: `De citeersleutel ${key} valt bij het exporteren weg, en ${where} noemt het akkoord en zijn woorden nergens: de lezer ziet niet meer waar het op steunt. Noem het akkoord in de tekst of citeer zijn woorden.`,
    en: `The citation key ${key} is dropped on export, and ${where} names neither the agreement nor its words: the reader no longer sees what it rests on. Name the agreement in the text or quote its words.`,
  }),
  notADraft: {
    nl: 'Dit document is geen motie en geen Kamervragen: er is niets om te exporteren. Zet `soort: motie` of `soort: kamervragen` in de front matter als het dat wel is.',
    en: 'This document is neither a motie nor Kamervragen: there is nothing to export. Put `soort: motie` or `soort: kamervragen` in its front matter if it is one.',
  },
  overBudget: {
    nl: 'Dit document is groter dan het werkbudget en is maar deels gelezen: een export zou onvolledig zijn. Verhoog de grens (akkoordwijzer.werkbudget) of splits het document.',
    en: 'This document is larger than the work budget and was read only in part: an export would be incomplete. Raise the limit (akkoordwijzer.werkbudget) or split the document.',
  },
  stopped: (errors: number): Localized => ({
    nl: `Export gestopt: ${errors} ${errors === 1 ? 'fout' : 'fouten'} in het concept. Los ${errors === 1 ? 'die' : 'ze'} op, of kies ‘Toch exporteren’ (CLI: --toch).`,
    en: `Export stopped: ${errors} ${errors === 1 ? 'error' : 'errors'} in the draft. Resolve ${errors === 1 ? 'it' : 'them'}, or choose ‘Toch exporteren’ (export anyway; CLI: --toch).`,
  }),
  overridden: (errors: number): Localized => ({
    nl: `Toch geëxporteerd, met ${errors} ${errors === 1 ? 'fout' : 'fouten'} in het concept (‘Toch exporteren’).`,
    en: `Exported anyway, with ${errors} ${errors === 1 ? 'error' : 'errors'} in the draft (‘Toch exporteren’).`,
  }),
  submittedToday: (date: string): Localized => ({
    nl: `De kop noemt geen datum: de export zet er ‘(ingezonden ${date})’ achter, de datum van vandaag. Dient u de vragen later in, zet dan die datum in de kop, of als ‘datum:’ in de front matter.`,
    en: `The header names no date: the export adds ‘(ingezonden ${date})’, today's date. If you send the questions in later, put that date in the header, or as ‘datum:’ in the front matter.`,
  }),
  /** An undated draft whose front matter names a date that cannot be read (the rule `datum` marks it). */
  todayForUnreadable: (written: string, added: string, date: string): Localized => ({
    nl: `De datum ‘${written}’ in de front matter bestaat niet of is niet te lezen: de export zet er ‘${added} ${date}’ in, de datum van vandaag. Schrijf de dag als ‘datum: 2026-03-12’.`,
    en: `The date ‘${written}’ in the front matter does not exist or cannot be read: the export adds ‘${added} ${date}’, today's date. Write the day as ‘datum: 2026-03-12’.`,
  }),
  /** An undated draft whose front matter is no valid YAML (the rule `front-matter` marks it): its date, if any, is not read. */
  todayForBrokenFrontmatter: (added: string, date: string): Localized => ({
    nl: `De front matter is niet te lezen, dus ook een datum erin niet: de export zet er ‘${added} ${date}’ in, de datum van vandaag. Herstel de front matter (zie de melding erbij).`,
    en: `The front matter cannot be read, so neither can a date in it: the export adds ‘${added} ${date}’, today's date. Mend the front matter (see the finding on it).`,
  }),
  proposedToday: (date: string): Localized => ({
    nl: `De motie noemt geen datum: de export zet er ‘Voorgesteld ${date}’ in, de datum van vandaag. Dient u de motie later in, zet dan ‘Voorgesteld <datum>’ onder de titel, of ‘datum:’ in de front matter.`,
    en: `The motie names no date: the export adds ‘Voorgesteld ${date}’, today's date. If you submit the motie later, put ‘Voorgesteld <date>’ under the title, or ‘datum:’ in the front matter.`,
  }),
  renumbered: (written: (number | undefined)[]): Localized => {
    const n = written.length;
    const shown = written.every((w) => w === undefined) ? undefined : [...written.slice(0, 8).map((w) => (w === undefined ? '–' : String(w))), ...(n > 8 ? ['…'] : [])].join(', ');
    if (n === 1) {
      return {
        nl: `${shown ? `De vraag is genummerd als ${shown}` : 'De vraag is niet genummerd'}: de export geeft haar nummer 1, zoals de Kamer dat doet.`,
        en: `${shown ? `The question is numbered ${shown}` : 'The question is not numbered'}: the export numbers it 1, as the Kamer does.`,
      };
    }
    return {
      nl: `${shown ? `De vragen zijn genummerd als ${shown}` : 'De vragen zijn niet genummerd'}: de export nummert ze 1 tot en met ${n}, zoals de Kamer ze publiceert.`,
      en: `${shown ? `The questions are numbered ${shown}` : 'The questions are not numbered'}: the export numbers them 1 to ${n}, as the Kamer publishes them.`,
    };
  },
  placeholder: (text: string): Localized => ({
    nl: `Nog in te vullen: ‘${text}’. Vul het in voor u de tekst indient.`,
    en: `Still to fill in: ‘${text}’. Fill it in before you submit the text.`,
  }),
  /** Stopped by what no override can help: not a draft, or read only in part. */
  cannotExport: { nl: 'Export gestopt.', en: 'Export stopped.' },
  errorsHeading: { nl: 'Fouten:', en: 'Errors:' },
  warningsHeading: { nl: 'Waarschuwingen:', en: 'Warnings:' },
  line: (line: number): Localized => ({ nl: `regel ${line}`, en: `line ${line}` }),
  /** A note with words the corpus has only as another publication quoted them. */
  quotedOnly: (key: string, publication: string): Localized => ({
    nl: `De voetnoot bij ${key} geeft de tekst zoals ${publication} die citeerde; ze is niet gecontroleerd in het akkoord zelf. Controleer de woorden en de pagina in het akkoord.`,
    en: `The footnote for ${key} gives the wording as ${publication} quoted it; it was not checked against the agreement itself. Check the words and the page in the agreement.`,
  }),
  unknownKey: (key: string): Localized => ({ nl: `${key} (onbekende toezegging)`, en: `${key} (unknown commitment)` }),
  partName: {
    overweging: { nl: 'de overweging', en: 'the overweging' },
    constatering: { nl: 'de constatering', en: 'the constatering' },
    dictum: { nl: 'het dictum', en: 'the dictum' },
    other: { nl: 'de alinea', en: 'the paragraph' },
  } satisfies Record<string, Localized>,
};
