import type { Localized } from '../types';

/**
 * How to load an agreement that is not loaded: import its text as a corpus file with the calendar's id, from the editor
 * or on the command line (both show the message). It said "put the corpus file in the draft's folder", which assumes a
 * file the user does not have (a reviewer).
 */
export function addAgreement(id: string): Localized {
  return {
    nl: `Voeg het toe: importeer de tekst met ‘Importeer een akkoord of programma’ (id ‘${id}’) of met ‘akkoordwijzer corpus import --id ${id} BESTAND’.`,
    en: `Add it: import its text with ‘Importeer een akkoord of programma’ (id ‘${id}’) or with ‘akkoordwijzer corpus import --id ${id} FILE’.`,
  };
}
