import type { Part } from '../draft/types';
import type { Report, Rule } from './types';
import { ownTokens, type Token } from './util';

/**
 * Verbs whose stem alone is written where "u" asks for the form with t ("Kun u" for "Kunt u"): the stem and the
 * correct forms. Every word here is a real word, so a word list accepts the slip; only the grammar around it tells.
 * Not here: "kan u", "wil u", "zal u" (Taaladvies accepts both "kan u" and "kunt u", "wil u" and "wilt u", "zal u" and
 * "zult u"), and stems that end in t ("acht u", "weet u", "verwacht u": the t is already there).
 */
const U_FORMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['ben', ['bent']],
  ['heb', ['hebt', 'heeft']],
  ['kun', ['kunt']],
  ['vind', ['vindt']],
  ['word', ['wordt']],
  ['beschouw', ['beschouwt']],
  ['beoordeel', ['beoordeelt']],
  ['begrijp', ['begrijpt']],
  ['blijf', ['blijft']],
  ['deel', ['deelt']],
  ['denk', ['denkt']],
  ['doe', ['doet']],
  ['erken', ['erkent']],
  ['ga', ['gaat']],
  ['geef', ['geeft']],
  ['herken', ['herkent']],
  ['hou', ['houdt']],
  ['houd', ['houdt']],
  ['ken', ['kent']],
  ['kom', ['komt']],
  ['maak', ['maakt']],
  ['meen', ['meent']],
  ['neem', ['neemt']],
  ['onderschrijf', ['onderschrijft']],
  ['onderzoek', ['onderzoekt']],
  ['overweeg', ['overweegt']],
  ['sta', ['staat']],
  ['steun', ['steunt']],
  ['verklaar', ['verklaart']],
  ['zie', ['ziet']],
  ['zorg', ['zorgt']],
]);

/**
 * Stems that are no other word and never agree with "u": also wrong after it ("dat u vind", "wat u word gevraagd"),
 * unless "ik" is the subject ("zoals ik u heb gevraagd", "dat ik u ben tegengekomen": there "u" is the object).
 */
const NEVER_WITH_U: ReadonlySet<string> = new Set(['ben', 'heb', 'kun', 'vind', 'word']);

/** Words that open a question and put the verb before "u": "Wanneer kun u …", "Op welke termijn ben u …". */
const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'wat', 'wanneer', 'waarom', 'hoe', 'hoeveel', 'hoeverre', 'hoelang', 'waar', 'waarover', 'waarop', 'waarmee',
  'waardoor', 'waaraan', 'waarvoor', 'waaruit', 'waarin', 'waarbij', 'waarnaar', 'wie', 'welke', 'welk',
]);
/** How many words may stand between the start of a question and its verb ("Op welke termijn kun u"). */
const QUESTION_OPENING = 4;
/** Words before which the verb after them has the subject of its own clause: "en ben u bereid …". */
const COORDINATORS: ReadonlySet<string> = new Set(['en', 'of', 'maar']);
/** A subject other than "u" in the clause: then "u" after the verb is its object. */
const OTHER_SUBJECTS: ReadonlySet<string> = new Set(['ik', 'jij', 'je', 'wij', 'we']);

/** Forms that only "u" (or "jij") takes: at the start of a question without it, the subject is missing ("Kunt de …?"). */
const SECOND_PERSON: ReadonlySet<string> = new Set(['kunt', 'bent', 'hebt', 'wilt', 'zult']);
/** The subjects those forms take. */
const SECOND_PERSON_SUBJECTS: ReadonlySet<string> = new Set(['u', 'je', 'jij', 'jullie']);
/** How far the subject is looked for after the verb ("Bent ook u …"). */
const SUBJECT_REACH = 3;

/** Forms of zijn, raken and worden that make "bekent met" the adjective "bekend met". */
const COPULAS: ReadonlySet<string> = new Set(['ben', 'bent', 'is', 'zijn', 'was', 'waren', 'raakt', 'raakte', 'raakten', 'geraakt', 'wordt', 'werd', 'werden', 'worden']);
/** How many words may stand between the copula and "bekent met" ("Bent u ermee bekent", "is het kabinet niet bekent met"). */
const COPULA_REACH = 3;

/** Spaces only (no line break, no mark): two words of one phrase. */
const SPACES = /^[ \t]+$/;
/** A mark that ends a clause; a line break after a question label ("Vraag 1" on its own line) starts one too. */
const CLAUSE_MARK = /[.?!:;,()]/;
const SENTENCE_END = /[.?!]/;

/** The same word with the capital of `as` ("Kun" → "Kunt"). */
function cased(word: string, as: string): string {
  return as[0] !== as[0]!.toLowerCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** Reads one part's own words (quotations, footnotes and code are blanked in them). */
class PartReader {
  constructor(
    private readonly own: string,
    readonly tokens: Token[],
  ) {}

  /** The text between word k - 1 and word k (from the part's start for the first). */
  gapBefore(k: number, partStart: number): string {
    return this.own.slice(k === 0 ? partStart : this.tokens[k - 1]!.end, this.tokens[k]!.start);
  }

  /** Whether word k starts a clause: the first word, after a mark, or on the line after a question's number. */
  startsClause(k: number, partStart: number): boolean {
    if (k === 0) return true;
    const gap = this.gapBefore(k, partStart);
    return CLAUSE_MARK.test(gap) || (/[\r\n]/.test(gap) && this.tokens[k - 1]!.minor);
  }

  /** Whether word k starts a sentence: the first word, after a full stop, question mark or colon, or a question's number. */
  startsSentence(k: number, partStart: number): boolean {
    if (k === 0) return true;
    const gap = this.gapBefore(k, partStart);
    return /[.?!:]/.test(gap) || (/[\r\n]/.test(gap) && this.tokens[k - 1]!.minor);
  }

  /** Whether the sentence of word k ends in a question mark (an imperative "Meld u aan." does not). */
  inQuestion(k: number, partEnd: number): boolean {
    const rest = this.own.slice(this.tokens[k]!.end, partEnd);
    const end = SENTENCE_END.exec(rest);
    return !!end && end[0] === '?';
  }

  /** Whether words k - 1 and k stand side by side on one line. */
  adjacent(k: number): boolean {
    return k > 0 && SPACES.test(this.own.slice(this.tokens[k - 1]!.end, this.tokens[k]!.start));
  }

  /** The words of the clause before word k (back to its mark), nearest first, at most `limit`. */
  clauseBefore(k: number, partStart: number, limit: number): Token[] {
    const out: Token[] = [];
    for (let j = k - 1; j >= 0 && out.length < limit; j--) {
      if (CLAUSE_MARK.test(this.gapBefore(j + 1, partStart))) break;
      out.push(this.tokens[j]!);
    }
    return out;
  }
}

/** The verb before "u" is the inverted verb of a question: "Kun u …?", "Zo ja, ben u …?", "Wanneer kun u …?". */
function invertedVerb(reader: PartReader, k: number, part: Part): boolean {
  if (!reader.inQuestion(k, part.end)) return false;
  if (reader.startsClause(k, part.start)) return true;
  const before = reader.clauseBefore(k, part.start, QUESTION_OPENING);
  if (before.some((t) => OTHER_SUBJECTS.has(t.lower))) return false;
  if (before.some((t) => QUESTION_WORDS.has(t.lower)) && before.length < QUESTION_OPENING) return true;
  return NEVER_WITH_U.has(reader.tokens[k]!.lower) && COORDINATORS.has(before[0]?.lower ?? '');
}

/** How many words may stand between "u" and the verb of its clause ("dat u dit vind", "hoe u daar tegenover ben"). */
const AFTER_U_REACH = 6;

/**
 * The verb of the clause that "u" is the subject of, written as a stem that never goes with "u" ("dat u dit vind"):
 * its index, if it stands within reach in the same clause and no other subject does ("dat ik u heb gevraagd").
 */
function verbAfterU(reader: PartReader, k: number, partStart: number): number | undefined {
  const { tokens } = reader;
  if (reader.clauseBefore(k, partStart, 12).some((t) => OTHER_SUBJECTS.has(t.lower))) return undefined;
  for (let j = k + 1; j < tokens.length && j <= k + AFTER_U_REACH; j++) {
    if (CLAUSE_MARK.test(reader.gapBefore(j, partStart)) || /[\r\n]{2}|\n[ \t]*\n/.test(reader.gapBefore(j, partStart))) return undefined;
    const t = tokens[j]!;
    if (OTHER_SUBJECTS.has(t.lower)) return undefined;
    // "Ben" with a capital inside a clause is a name.
    if (NEVER_WITH_U.has(t.lower) && !t.capital) return j;
  }
  return undefined;
}

/** The finding for `verb` (a stem where "u" asks for a form with t) in `phrase` (from `phraseStart`, as written). */
function verbReport(verb: Token, text: string, phraseStart: number, phraseEnd: number, forms: readonly string[]): Report {
  const written = text.slice(verb.start, verb.end);
  const phrase = text.slice(phraseStart, phraseEnd).replace(/\s+/g, ' ');
  const correct = forms.map((f) => cased(f, written));
  // The phrase as it should read: "Kun u" → ‘Kunt u’, "u dit vind" → ‘u dit vindt’.
  const right = correct.map((c) => `‘${text.slice(phraseStart, verb.start).replace(/\s+/g, ' ')}${c}${text.slice(verb.end, phraseEnd).replace(/\s+/g, ' ')}’`);
  return {
    start: verb.start,
    end: verb.end,
    message: {
      nl: `Werkwoordsvorm “${phrase}”: bij ‘u’ hoort de vorm met t: ${right.join(' of ')}.`,
      en: `Verb form “${phrase}”: with ‘u’ the verb takes a t: ${right.join(' or ')}.`,
    },
    fixes: correct.map((c) => ({ title: { nl: `Vervang door “${c}”`, en: `Replace with “${c}”` }, edits: [{ start: verb.start, end: verb.end, newText: c }], isPreferred: correct.length === 1 })),
    data: { slip: verb.lower, forms: correct },
  };
}

/** The form for another subject than "u": "Kunt de minister …" is "Kan de minister …". */
const THIRD_PERSON: ReadonlyMap<string, string> = new Map([
  ['kunt', 'kan'],
  ['bent', 'is'],
  ['hebt', 'heeft'],
  ['wilt', 'wil'],
  ['zult', 'zal'],
]);
/** Words that open a noun phrase: after "Kunt" it may be the subject ("Kunt de minister …" for "Kan de minister …"). */
const DETERMINERS: ReadonlySet<string> = new Set(['de', 'het', 'een', 'dit', 'deze', 'die', 'dat', 'uw', 'zijn', 'haar', 'hun']);

/**
 * "Bent bereid …?": the subject "u" is missing after a form only "u" takes; the fix inserts it. Before a noun phrase
 * ("Kunt de onderstaande vragen …", "Kunt de minister …") that phrase may be meant as the subject: then the form for
 * it is offered too, and neither fix is preferred.
 */
function missingSubject(verb: Token, next: Token | undefined, text: string): Report {
  const written = text.slice(verb.start, verb.end);
  const insert = { title: { nl: `Voeg ‘u’ in na “${written}”`, en: `Insert ‘u’ after “${written}”` }, edits: [{ start: verb.end, end: verb.end, newText: ' u' }] };
  if (!next || !DETERMINERS.has(next.lower)) {
    return {
      start: verb.start,
      end: verb.end,
      message: {
        nl: `“${written}” zonder ‘u’: na ‘${written}’ aan het begin van de vraag ontbreekt het onderwerp: ‘${written} u …’.`,
        en: `“${written}” without ‘u’: after ‘${written}’ at the start of the question the subject is missing: ‘${written} u …’.`,
      },
      fixes: [{ ...insert, isPreferred: true }],
      data: { slip: verb.lower, forms: [`${written} u`] },
    };
  }
  const other = cased(THIRD_PERSON.get(verb.lower)!, written);
  const phrase = text.slice(verb.start, next.end);
  return {
    start: verb.start,
    end: verb.end,
    message: {
      nl: `“${phrase}”: ‘${written}’ hoort bij ‘u’. Voeg ‘u’ in (‘${written} u ${next.lower} …’), of schrijf ‘${other}’ als ‘${next.lower} …’ het onderwerp is.`,
      en: `“${phrase}”: ‘${written}’ goes with ‘u’. Insert ‘u’ (‘${written} u ${next.lower} …’), or write ‘${other}’ if ‘${next.lower} …’ is the subject.`,
    },
    fixes: [insert, { title: { nl: `Vervang door “${other}”`, en: `Replace with “${other}”` }, edits: [{ start: verb.start, end: verb.end, newText: other }] }],
    data: { slip: verb.lower, forms: [`${written} u`, other] },
  };
}

function bekentReport(word: Token, text: string): Report {
  const correct = cased('bekend', text);
  return {
    start: word.start,
    end: word.end,
    message: {
      nl: `“${text} met” schrijf je met een d: ‘${correct} met’ (bekend zijn met iets); ‘bekent’ is een vorm van ‘bekennen’.`,
      en: `“${text} met” is written with a d: ‘${correct} met’ (being familiar with something); ‘bekent’ is a form of ‘bekennen’ (to confess).`,
    },
    fixes: [{ title: { nl: `Vervang door “${correct}”`, en: `Replace with “${correct}”` }, edits: [{ start: word.start, end: word.end, newText: correct }], isPreferred: true }],
    data: { slip: 'bekent', forms: [correct] },
  };
}

export const werkwoordsvorm: Rule = {
  id: 'werkwoordsvorm',
  scope: 'part',
  kinds: ['motie', 'kamervragen'],
  overBudget: true,
  defaultSeverity: 'warning',
  title: { nl: 'Werkwoordsvorm', en: 'Verb form' },
  docs: {
    summary: {
      nl: 'Signaleert een werkwoordsvorm zonder de t die ‘u’ vraagt (‘Kun u’, ‘Ben u bereid’, ‘dat u dit vind’), een vraag die met ‘Kunt’ of ‘Bent’ begint zonder ‘u’, en ‘bekent met’ voor ‘bekend met’.',
      en: 'Flags a verb form without the t that ‘u’ asks for (‘Kun u’, ‘Ben u bereid’, ‘dat u dit vind’), a question opening with ‘Kunt’ or ‘Bent’ without ‘u’, and ‘bekent met’ for ‘bekend met’.',
    },
    rationale: {
      nl:
        'Kamervragen spreken de bewindspersoon aan met ‘u’, en bij ‘u’ hoort de werkwoordsvorm met t: ‘Kunt u’, ‘Bent u ' +
        'bereid’, ‘Vindt u’, ‘Wordt u’. In haast valt de t weg (‘Kun u zich voorstellen …’), en ‘Bent u bekent met het ' +
        'bericht’ is een klassieker. Een spellingcontrole ziet dat niet: ‘kun’, ‘vind’ en ‘bekent’ zijn echte woorden. De ' +
        'vragen gaan zoals ze zijn ingezonden naar de bewindspersoon en in de Handelingen. De regel meldt het werkwoord ' +
        'vóór ‘u’ alleen in een vraag (een zin die op een vraagteken eindigt), aan het begin van de zin of bijzin, na een ' +
        'vraagwoord (‘Wanneer kun u …’) of na ‘Zo ja,’; een gebiedende wijs (‘Meld u aan.’) blijft staan. Na ‘u’ meldt ' +
        'hij alleen ‘ben’, ‘heb’, ‘kun’, ‘vind’ en ‘word’, en niet als ‘ik’ het onderwerp is (‘zoals ik u heb gevraagd’). ' +
        'Een vraag die begint met ‘Kunt’, ‘Bent’, ‘Hebt’, ‘Wilt’ of ‘Zult’ zonder ‘u’ erna (‘Kunt de onderstaande vragen …’) mist ' +
        'het onderwerp; de oplossing voegt ‘u’ in. ' +
        'Niet gemeld: ‘kan u’, ‘wil u’ en ‘zal u’ (volgens Taaladvies zijn ‘kan u’ en ‘kunt u’, ‘wil u’ en ‘wilt u’, ‘zal ' +
        'u’ en ‘zult u’ allebei goed), en wat in een citaat, voetnoot, commentaar of code staat.',
      en:
        'Written questions address the minister as ‘u’, and with ‘u’ the verb takes a t: ‘Kunt u’, ‘Bent u bereid’, ' +
        '‘Vindt u’, ‘Wordt u’. In haste the t drops (‘Kun u zich voorstellen …’), and ‘Bent u bekent met het bericht’ is ' +
        'a classic. A spelling check cannot see it: ‘kun’, ‘vind’ and ‘bekent’ are real words. The questions go to the ' +
        'minister and into the record as sent. The rule flags the verb before ‘u’ only in a question (a sentence ending ' +
        'in a question mark), at the start of the sentence or clause, after a question word (‘Wanneer kun u …’) or ' +
        'after ‘Zo ja,’; an imperative (‘Meld u aan.’) is left alone. After ‘u’ it flags only ‘ben’, ‘heb’, ‘kun’, ‘vind’ ' +
        'and ‘word’, and not when ‘ik’ is the subject (‘zoals ik u heb gevraagd’). Not flagged: ‘kan u’, ‘wil u’ and ‘zal ' +
        'u’ (Taaladvies accepts both ‘kan u’ and ‘kunt u’, ‘wil u’ and ‘wilt u’, ‘zal u’ and ‘zult u’), and what stands ' +
        'in a quotation, footnote, comment or code.',
    },
    bad: 'Kun u aangeven wanneer de Kamer de brief ontvangt?',
    good: 'Kunt u aangeven wanneer de Kamer de brief ontvangt?',
    fixes: {
      nl: 'Vervangt het woord door de juiste vorm (‘Kun’ → ‘Kunt’, ‘bekent’ → ‘bekend’); bij ‘heb’ twee keuzes, ‘hebt’ en ‘heeft’, zonder voorkeur. Voegt een ontbrekende ‘u’ in (‘Kunt de’ → ‘Kunt u de’).',
      en: 'Replaces the word with the right form (‘Kun’ → ‘Kunt’, ‘bekent’ → ‘bekend’); for ‘heb’ two choices, ‘hebt’ and ‘heeft’, neither preferred. Inserts a missing ‘u’ (‘Kunt de’ → ‘Kunt u de’).',
    },
  },
  check(ctx) {
    const { draft } = ctx;
    const { text, ownWords: own } = draft;
    for (const part of draft.parts) {
      // The names of the indieners, the list of sources and a minister's answer are not prose the member writes.
      if (part.kind === 'indiener' || part.kind === 'antwoord' || part.note) continue;
      const tokens = ownTokens(draft, part);
      const reader = new PartReader(own, tokens);
      for (let k = 0; k < tokens.length; k++) {
        const word = tokens[k]!;
        const written = text.slice(word.start, word.end);
        if (word.lower === 'u') {
          const j = verbAfterU(reader, k, part.start);
          if (j !== undefined) {
            const verb = tokens[j]!;
            ctx.report(verbReport(verb, text, word.start, verb.end, U_FORMS.get(verb.lower)!));
            k = j;
          }
          continue;
        }
        const forms = U_FORMS.get(word.lower);
        if (forms && tokens[k + 1]?.lower === 'u' && reader.adjacent(k + 1) && invertedVerb(reader, k, part)) {
          ctx.report(verbReport(word, text, word.start, tokens[k + 1]!.end, forms));
          k++;
          continue;
        }
        if (SECOND_PERSON.has(word.lower) && reader.startsSentence(k, part.start) && reader.inQuestion(k, part.end) && k + 1 < tokens.length) {
          const next = tokens.slice(k + 1, k + 1 + SUBJECT_REACH);
          if (!next.some((t) => SECOND_PERSON_SUBJECTS.has(t.lower))) ctx.report(missingSubject(word, next[0], text));
          continue;
        }
        if (word.lower === 'bekent' && tokens[k + 1]?.lower === 'met' && reader.adjacent(k + 1) && reader.clauseBefore(k, part.start, COPULA_REACH + 1).some((t) => COPULAS.has(t.lower))) {
          ctx.report(bekentReport(word, written));
        }
      }
    }
  },
};
