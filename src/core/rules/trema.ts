import { lacksTrema, withTrema } from '../text/trema';
import type { Span } from '../types';
import type { Rule } from './types';
import { inMachineText, ownTokens, proseParts, stillTyped, webAddresses } from './util';

/** What joins the pieces of a word token (`ownTokens`): hyphens and apostrophes. */
const SEPARATORS = "-'’";

export const trema: Rule = {
  id: 'trema',
  scope: 'part',
  kinds: ['motie', 'kamervragen'],
  overBudget: true,
  defaultSeverity: 'warning',
  title: { nl: 'Trema ontbreekt', en: 'Missing diaeresis' },
  docs: {
    summary: {
      nl: 'Signaleert een woord dat zonder trema geen woord is: ‘geinformeerd’ (‘geïnformeerd’), ‘ministeriele’ (‘ministeriële’), ‘coordinatie’ (‘coördinatie’).',
      en: 'Flags a word that is no word without its diaeresis: ‘geinformeerd’ (‘geïnformeerd’), ‘ministeriele’ (‘ministeriële’), ‘coordinatie’ (‘coördinatie’).',
    },
    rationale: {
      nl:
        'Een ontbrekend trema is de spelfout die het vaakst in ingediende Kamerstukken blijft staan: wie snel typt, slaat ' +
        'het over, en het woord ziet er bijna goed uit. De regel kent de bijna 3.000 woorden met een trema uit de ' +
        'woordenlijst van OpenTaal (ook in LibreOffice en Firefox) die zonder trema geen Nederlands of Engels woord zijn, ' +
        'en meldt zo’n woord alleen als het precies zo zonder trema geschreven is. Daarom staat deze regel standaard aan, ' +
        'anders dan de bredere regel `spelfout`. Namen met een trema (‘Daniël’ naast ‘Daniel’) en woorden die zonder trema ' +
        'ook bestaan blijven ongemoeid, net als woorden in hoofdletters (koppen, afkortingen), web- en e-mailadressen, ' +
        'citeersleutels, bestandsnamen, hashtags, citaten, ' +
        'voetnoten, de namen van de indieners en het laatste woord van de tekst zolang er niets op volgt (u typt het nog). ' +
        'Een samenstelling die niet in de lijst staat (‘ketencoordinatie’) ziet de regel niet.',
      en:
        'A missing diaeresis is the slip that most often stays in a submitted Kamerstuk: a fast typist skips it, and the word ' +
        'looks almost right. The rule knows the nearly 3,000 words with a diaeresis in OpenTaal’s word list (also in ' +
        'LibreOffice and Firefox) that are no Dutch or English word without it, and flags such a word only when it is ' +
        'written exactly so without the diaeresis. That is why this rule is on by default, unlike the broader rule ' +
        '`spelfout`. Names with a diaeresis (‘Daniël’ beside ‘Daniel’) and words that exist without it are left alone, as are ' +
        'words in capitals (headings, abbreviations), web and e-mail addresses, citation keys, file names, hashtags, ' +
        'quotations, footnotes, the names of the indieners and ' +
        'the last word of the text while nothing follows it (you are still typing it). A compound that is not in the list ' +
        '(‘ketencoordinatie’) is not seen.',
    },
    bad: 'verzoekt de regering de Kamer vóór 1 juli over de ministeriele regeling te informeren,',
    good: 'verzoekt de regering de Kamer vóór 1 juli over de ministeriële regeling te informeren,',
    fixes: { nl: 'Zet het trema op het woord (‘ministeriele’ → ‘ministeriële’).', en: 'Puts the diaeresis on the word (‘ministeriele’ → ‘ministeriële’).' },
  },
  check(ctx) {
    const { draft } = ctx;
    const { text } = draft;
    for (const part of proseParts(draft)) {
      let urls: Span[] | undefined;
      for (const token of ownTokens(draft, part)) {
        if (token.minor || inMachineText(text, token.start, token.end)) continue;
        // A token is letters joined by hyphens and apostrophes ("agro-industriele"): each piece is looked up on its own.
        const { lower } = token;
        for (let from = 0; from < lower.length; ) {
          let to = from;
          while (to < lower.length && !SEPARATORS.includes(lower[to]!)) to++;
          const piece = lower.slice(from, to);
          const start = token.start + from;
          from = to + 1;
          if (!lacksTrema(piece)) continue;
          const end = start + piece.length;
          const written = text.slice(start, end);
          const right = withTrema(written);
          // A letter whose lower case is longer shifted the offsets; such a word is no Dutch word of the list anyway.
          if (!right || written.toLowerCase() !== piece) continue;
          // The last word of the text with nothing after it is still being typed (or was cut off where it was copied).
          if (stillTyped(text, end)) continue;
          urls ??= webAddresses(text, part);
          if (urls.some((u) => start < u.end && end > u.start)) continue;
          ctx.report({
            start,
            end,
            message: { nl: `‘${written}’ mist een trema: ‘${right}’.`, en: `‘${written}’ lacks its diaeresis: ‘${right}’.` },
            fixes: [{ title: { nl: `Vervang door ‘${right}’`, en: `Replace with ‘${right}’` }, edits: [{ start, end, newText: right }], isPreferred: true }],
            data: { word: written, right },
          });
        }
      }
    }
  },
};
