import { lacksTrema } from '../text/trema';
import { or } from '../../shared/wording';
import type { Rule } from './types';
import { ownTokens, proseParts, stillTyped, webAddresses, type Token } from './util';


/** A word part of a token: the letters between hyphens ("ICT-beleid" → "ICT", "beleid"). */
const PART = /[\p{L}\p{M}'’]+/gu;

/** Typographic and plain apostrophes: the word list writes the plain one ("auto's"). */
const APOSTROPHES = /[’]/g;

/** Only lower-case words are judged: a capital marks a name, an abbreviation or a title, which no word list knows. */
const LOWER = /^[\p{Ll}\p{M}'’]+$/u;

/** Marks right beside a word that make it part of something else: "minderheids- en", "(semi-)", "(minderheids)kabinet". */
const ELIDED_AFTER = /^(?:-|\)\p{L}|\.\p{L})/u;
const ELIDED_BEFORE = /(?:-|\p{L}\(|\/)$/u;


/**
 * Whether a neighbouring word makes the phrase foreign or a name: a word of three letters or more that the list does
 * not know at all ("Statement of Shared Commitments", "Tjeed de Groot").
 */
function strangeNeighbour(t: Token | undefined, known: (w: string) => boolean): boolean {
  if (!t || t.minor || t.lower.length < 3) return false;
  return t.lower.split(/-/).some((p) => p.length >= 3 && /^\p{L}+$/u.test(p) && !known(p.replace(APOSTROPHES, "'")));
}

export const spelfout: Rule = {
  id: 'spelfout',
  scope: 'part',
  readsWords: true,
  overBudget: true,
  kinds: ['motie', 'kamervragen'],
  // Off by default: on the held-apart third of the real documents its findings were wrong (test/eval/real/README.md).
  defaultSeverity: 'off',
  onSeverity: 'info',
  title: { nl: 'Spelfout', en: 'Misspelling' },
  docs: {
    summary: {
      nl: 'Signaleert een woord dat geen Nederlands woord is terwijl een woord op één toetsaanslag afstand dat wel is (‘speekt’ → ‘spreekt’), en een ontbrekend accent of trema (‘barriere’).',
      en: 'Flags a word that is not Dutch while a word one keystroke away is (‘speekt’ → ‘spreekt’), and a missing accent or diaeresis (‘barriere’).',
    },
    rationale: {
      nl:
        'Een motie en Kamervragen worden gepubliceerd zoals ze zijn ingediend; een tikfout in het dictum (‘speekt uit’) of ' +
        'in de naam van een programma blijft voorgoed in het Kamerstuk staan. De regel gebruikt de woordenlijst van ' +
        'OpenTaal (die ook in LibreOffice en Firefox zit) en is met opzet terughoudend: hij meldt een woord alleen als ' +
        'het niet in de lijst staat, ook niet als samenstelling (‘vrachtwagen’ + ‘heffing’), afleiding (‘uitvoerbaarder’) ' +
        'of scheidbaar werkwoord (‘uit’ + ‘kunnen’), én een woord op één letter afstand er wel in staat. Een woord dat ' +
        'alleen in een accent of trema verschilt (‘barriere’, ‘comite’) wordt altijd gemeld; een ontbrekend trema dat de regel ' +
        '`trema` kent (‘ministeriele’), meldt die regel, die standaard aan staat (ook als `trema` uit staat, meldt deze ' +
        'regel het niet). Niet gemeld: woorden ' +
        'met een hoofdletter (namen, afkortingen), woorden van minder dan zes letters (behalve een ontbrekend trema, ' +
        'accent of meervouds-apostrof: ‘cameras’), ' +
        'woorden naast een onbekend woord (een Engelse titel, een naam), Engelse woorden (‘big tech’), het laatste woord ' +
        'van de tekst zolang er niets op volgt (u typt het nog), webadressen, citaten, voetnoten en de namen van de indieners. Klopt een woord toch, zet dan `<!-- akkoordwijzer-disable-next-line spelfout -->` boven de regel.',
      en:
        'A motie and written questions are published as submitted; a typo in the dictum (‘speekt uit’) or in the name ' +
        'of a programme stays in the Kamerstuk for good. The rule uses OpenTaal’s word list (also in LibreOffice and ' +
        'Firefox) and is cautious on purpose: it flags a word only when the list does not have it, not even as a ' +
        'compound (‘vrachtwagen’ + ‘heffing’), derivation (‘uitvoerbaarder’) or separable verb (‘uit’ + ‘kunnen’), and ' +
        'a word one letter away is in it. A word that differs only in an accent or diaeresis (‘barriere’, ‘comite’) is ' +
        'always flagged; a missing diaeresis the rule `trema` knows (‘ministeriele’) is that rule’s, which is on by default ' +
        '(this rule does not report it, also when `trema` is off). Left alone: words with a capital (names, abbreviations), words of fewer than ' +
        'six letters (except a missing diaeresis, accent or plural apostrophe: ‘cameras’), words beside an unknown word (an English title, a name), English words (‘big ' +
        'tech’), the last word of the text while nothing follows it (you are still typing it), web addresses, ' +
        'quotations, footnotes and the names of the indieners. If a word is right after all, put ' +
        '`<!-- akkoordwijzer-disable-next-line spelfout -->` above the line.',
    },
    bad: 'Nationaal lsolatieprogramma; de barriere is niet weggenomen.',
    good: 'Nationaal Isolatieprogramma; de barrière is niet weggenomen.',
    fixes: {
      nl: 'Vervangt het woord door een van de voorgestelde woorden (de voorkeur alleen als er één is).',
      en: 'Replaces the word with one of the suggested words (preferred only when there is one).',
    },
  },
  check(ctx) {
    const { draft, speller } = ctx;
    if (!speller) return;
    const { text } = draft;
    for (const part of proseParts(draft)) {
      const tokens = ownTokens(draft, part);
      const partText = text.slice(part.start, part.end);
      const urls = webAddresses(text, part);
      for (let k = 0; k < tokens.length; k++) {
        const token = tokens[k]!;
        if (token.minor || token.capital) continue;
        // The formula that opens the part ("speekt uit") is `motie-formule`'s: one finding per slip.
        if (part.opener && token.start < part.opener.end && token.end > part.opener.start) continue;
        if (urls.some((u) => token.start < u.end && token.end > u.start)) continue;
        const written = text.slice(token.start, token.end);
        for (const m of written.matchAll(PART)) {
          const word = m[0].replace(/['’]+$/u, '');
          if (word.length < 4 || !LOWER.test(word)) continue;
          // A missing diaeresis the rule `trema` knows is its finding (on by default): one finding per slip.
          if (lacksTrema(word)) continue;
          const start = token.start + m.index;
          const end = start + word.length;
          if (ELIDED_AFTER.test(text.slice(end, end + 2)) || ELIDED_BEFORE.test(text.slice(Math.max(0, start - 2), start))) continue;
          // The last word of the text with nothing after it is still being typed (or was cut off where it was copied).
          if (stillTyped(text, end)) continue;
          const found = speller.check(word.replace(APOSTROPHES, "'"));
          if (!found) continue;
          if (strangeNeighbour(tokens[k - 1], speller.known) || strangeNeighbour(tokens[k + 1], speller.known)) continue;
          const typographic = word.includes('’') || /\p{L}’\p{L}/u.test(partText);
          // A lower-case l typed or copied for a capital I in a name ("Nationaal lsolatieprogramma": the word before has a
          // capital) means the capital; in a sentence ("het lnformatiepunt") the lower-case i.
          const inName = tokens[k - 1]?.capital === true && text.slice(tokens[k - 1]!.end, token.start).trim() === '';
          const capitalI = (c: string) => (inName && word.startsWith('l') && c.startsWith('i') && c.slice(1) === word.slice(1) ? `I${c.slice(1)}` : c);
          const candidates = found.candidates.map((c) => capitalI(typographic ? c.replace(/'/g, '’') : c));
          const shown = candidates.map((c) => `‘${c}’`);
          ctx.report({
            start,
            end,
            message: found.diacritics
              ? {
                  nl: `Spelfout: ‘${word}’ mist een trema of accent: ${shown.join(' of ')}.`,
                  en: `Misspelling: ‘${word}’ lacks a diaeresis or accent: ${shown.join(' or ')}.`,
                }
              : {
                  nl: `Mogelijke spelfout: ‘${word}’ staat niet in de woordenlijst. Bedoelde u ${or(shown).nl}?`,
                  en: `Possible misspelling: ‘${word}’ is not in the Dutch word list. Did you mean ${or(shown).en}?`,
                },
            fixes: candidates.map((c) => ({
              title: { nl: `Vervang door ‘${c}’`, en: `Replace with ‘${c}’` },
              edits: [{ start, end, newText: c }],
              isPreferred: candidates.length === 1,
            })),
            data: { word, candidates },
          });
        }
      }
    }
  },
};
