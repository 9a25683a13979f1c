import { lowerSeverity } from '../types';
import type { Rule } from './types';
import { partsOf } from './util';
import { reportedVague } from './vaag-begrip';

/** Dicta that ask the government to do something need a verb: "… het mandaat te geven", "om … te regelen". */
const ASKS = /^(?:en\s+)?(?:verzoekt|roept|draagt|dringt|vraagt|nodigt)\b/i;
/**
 * "te" right before an infinitive: "te geven", "aan te passen", "te laten onderzoeken". Not "te hoge kosten" or
 * "te allen tijde": the word after "te" must end in -n, as every Dutch infinitive does. A verb left to fill in ("te
 * <regelen>", the templates' place for it) is one: `invulplek` asks for it.
 */
const INFINITIVE = /\bte\s+(?:(?!allen\b|zijner\b|goeder\b)[\p{L}-]*\p{L}n\b|\\?<\p{L}[^<>\n]*>)/iu;
/** A request put as a dat-clause ("verzoekt de regering dat … gekomen wordt"): the opener's words, then "dat". */
const DAT_CLAUSE = /^\s*,?\s*dat\b/i;
/**
 * Where the words after that "dat" end a first clause: a "te" before it makes "dat" a demonstrative ("dat te voorkomen",
 * "dat besluit in te trekken"; a reviewer), not a conjunction.
 */
const FIRST_CLAUSE_END = /\b(?:om|dat|die|zodat|wordt|worden)\b|[,;:]/i;
/** Infinitives that ask only for effort; the vague-term lexicon covers more ("te onderzoeken", "in gesprek te gaan"). */
const WEAK = /\b(?:te\s+(?:kijken|bekijken|overwegen|bespreken|agenderen)|na\s+te\s+denken|in\s+overweging\s+te\s+nemen|in\s+gesprek\s+te\s+(?:gaan|treden)|het\s+gesprek\s+aan\s+te\s+gaan|aandacht\s+te\s+(?:besteden|vragen|hebben)|zich\s+in\s+te\s+spannen|ernaar\s+te\s+streven|te\s+streven)\b/gi;

export const motieDictumWerkwoord: Rule = {
  id: 'motie-dictum-werkwoord',
  kinds: ['motie'],
  defaultSeverity: 'warning',
  title: { nl: 'Dictum zonder handeling', en: 'Dictum without an action' },
  docs: {
    summary: {
      nl: 'Een verzoek aan de regering noemt een handeling: ‘verzoekt de regering … te <werkwoord>’.',
      en: 'A request to the government names an action: ‘verzoekt de regering … te <verb>’.',
    },
    rationale: {
      nl: 'Een dictum als ‘verzoekt de regering aandacht voor dit probleem’ vraagt niets wat de regering kan doen of laten; het is niet te toetsen (de ingestelde ernst). Ook ‘te bekijken’ vraagt alleen een inspanning: noem het besluit, de maatregel of de termijn (één stap lager, want er wordt wel iets gevraagd). Woorden die ook in de lijst met vage begrippen staan (‘te onderzoeken’, ‘in gesprek te gaan’) meldt de regel vaag-begrip, niet deze. Een verzoek als dat-zin (‘verzoekt de regering dat bij de uitwerking met een voorstel gekomen wordt’) vraagt wel iets, maar niet in de vorm van de Kamer: noem de handeling met ‘te’ (één stap lager). Een uitspraak met een infinitief (‘spreekt uit het onwenselijk te vinden dat …’) is goed Nederlands, met de Kamer als onderwerp; ook ‘spreekt uit niet te bezuinigen’ laat de regel daarom staan: of de Kamer zelf het onderwerp kan zijn, is niet aan de woorden te zien.',
      en: 'A dictum like ‘asks the government attention for this problem’ asks nothing the government can do; it cannot be checked (the configured severity). ‘To look at’ (‘te bekijken’) asks only effort: name the decision, the measure or the deadline (one step lower, since something is asked). Words that are also in the list of vague terms (‘te onderzoeken’, ‘in gesprek te gaan’) are reported by the rule vaag-begrip, not this one. A request put as a that-clause (‘verzoekt de regering dat … gekomen wordt’) does ask something, but not in the Kamer\'s form: name the action with ‘te’ (one step lower). A statement with an infinitive (‘spreekt uit het onwenselijk te vinden dat …’) is good Dutch, with the Kamer as its subject; so the rule also leaves ‘spreekt uit niet te bezuinigen’ alone: whether the Kamer itself can be the subject cannot be told from the words.',
    },
    bad: 'verzoekt de regering meer aandacht voor ransomware bij ziekenhuizen,',
    good: 'verzoekt de regering het NCSC vóór 1 januari 2027 het mandaat te geven ziekenhuizen actief te helpen,',
    fixes: { nl: 'Geen automatische oplossing.', en: 'No automatic fix.' },
  },
  check(ctx) {
    const { draft } = ctx;
    const masked = draft.lines.masked;
    for (const dictum of partsOf(draft, 'dictum')) {
      const words = masked.slice(dictum.start, dictum.wordsEnd);
      if (!ASKS.test(words)) continue;
      const opener = dictum.opener ?? { start: dictum.start, end: dictum.start };
      const afterOpener = masked.slice(opener.end, dictum.wordsEnd);
      const dat = DAT_CLAUSE.exec(afterOpener);
      const clause = dat ? afterOpener.slice(dat[0].length) : '';
      const cut = clause.search(FIRST_CLAUSE_END);
      if (dat && opener.end > opener.start && !INFINITIVE.test(cut < 0 ? clause : clause.slice(0, cut))) {
        const said = masked.slice(opener.start, opener.end).replace(/\s+/g, ' ');
        ctx.report({
          start: opener.start,
          end: opener.end + dat[0].length,
          severity: lowerSeverity(ctx.severity),
          message: {
            nl: `Schrijf een verzoek niet als dat-zin: noem de handeling (‘${said} … te <werkwoord>’).`,
            en: `Do not write a request as a that-clause: name the action (‘${said} … te <verb>’).`,
          },
        });
        continue;
      }
      if (!INFINITIVE.test(afterOpener)) {
        ctx.report({
          start: dictum.start,
          end: dictum.wordsEnd,
          message: {
            nl: 'Het dictum vraagt geen handeling: zeg wat de regering moet doen (‘… te <werkwoord>’), liefst met een termijn.',
            en: 'The dictum asks for no action: say what the government must do (‘… te <verb>’), preferably with a deadline.',
          },
        });
        continue;
      }
      // Only effort asked: every infinitive is a weak one ("te bekijken en te overwegen").
      const weak = [...afterOpener.matchAll(WEAK)];
      if (weak.length === 0 || INFINITIVE.test(afterOpener.replace(WEAK, ' '))) continue;
      // What vaag-begrip reports here is its finding (one per slip); this rule reports the others, also a phrase the
      // lexicon knows that vaag-begrip leaves alone where it stands ("vóór 1 juli 2027 te kijken naar").
      const vague = reportedVague(draft, dictum, ctx.lexicon, 'warning').map((x) => x.m);
      for (const w of weak) {
        const at = opener.end + w.index;
        const end = at + w[0].length;
        if (vague.some((m) => m.start < end && at < m.end)) continue;
        const said = w[0].replace(/\s+/g, ' ');
        ctx.report({
          start: at,
          end,
          severity: lowerSeverity(ctx.severity),
          message: {
            nl: `“${said}” vraagt alleen een inspanning: noem het besluit of de maatregel en een termijn.`,
            en: `“${said}” asks only for effort: name the decision or measure and a deadline.`,
          },
        });
      }
    }
  },
};
