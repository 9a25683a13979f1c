import type { TextReader } from '../text/blanked';
import type { Part } from '../draft/types';
import type { Report, Rule } from './types';
import { matchCase, oneLine, ownTokens, proseParts, type Token, WORD_GAP } from './util';

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
/**
 * Words that open a noun phrase. After them the next word is a noun, not a verb ("welke steun u biedt", "welk onderzoek
 * u heeft laten doen"); after "Kunt" the phrase may be meant as the subject ("Kunt de minister …" for "Kan de minister …").
 */
const NOUN_OPENERS: ReadonlySet<string> = new Set(['welk', 'welke', 'hoeveel', 'wiens', 'wier', 'elk', 'elke', 'ieder', 'iedere', 'geen', 'de', 'het', 'een', 'deze', 'dit', 'die', 'dat', 'uw', 'zijn', 'haar', 'hun']);
/**
 * Before a stem after "u", the words that make it a noun ("een vind"): `NOUN_OPENERS` less the pronouns that are the
 * clause's object there ("dat u dit vind", "hoe u het vind", "wat u daarvan vind": a reviewer found the rule's own
 * example unflagged).
 */
const NOUN_BEFORE_STEM: ReadonlySet<string> = new Set([...NOUN_OPENERS].filter((w) => !['dit', 'dat', 'die', 'deze', 'het'].includes(w)));
/** Words after which a verb opens a clause of its own, with its own subject: "en ben u bereid …". */
const COORDINATORS: ReadonlySet<string> = new Set(['en', 'of', 'maar']);
/** A subject other than "u" in the sentence: then "u" may be its object ("Zoals u weet heb ik …", "dat ik u heb gevraagd"). */
const OTHER_SUBJECTS: ReadonlySet<string> = new Set(['ik', 'jij', 'je', 'wij', 'we']);
/**
 * A reflexive imperative with "u" as its object is no slip, also inside a question ("Wat is de boodschap: houd u aan de
 * regels?", "Denk u eens in: …?"): these verbs followed by "u" and one of these particles.
 */
const REFLEXIVE_IMPERATIVES: ReadonlySet<string> = new Set(['denk', 'geef', 'hou', 'houd']);
const IMPERATIVE_PARTICLES: ReadonlySet<string> = new Set(['eens', 'aan', 'in', 'op']);
/** How many words may stand between "u" and the verb of its clause ("dat u dit vind", "hoe u daar tegenover ben"). */
const AFTER_U_REACH = 6;

/** Forms that only "u" (or "jij") takes: at the start of a question without it, the subject is missing ("Kunt de …?"). */
const SECOND_PERSON: ReadonlySet<string> = new Set(['kunt', 'bent', 'hebt', 'wilt', 'zult']);
/** The subjects those forms take. */
const SECOND_PERSON_SUBJECTS: ReadonlySet<string> = new Set(['u', 'je', 'jij', 'jullie']);
/** The form for another subject than "u": "Kunt de minister …" is "Kan de minister …". */
const THIRD_PERSON: ReadonlyMap<string, string> = new Map([
  ['kunt', 'kan'],
  ['bent', 'is'],
  ['hebt', 'heeft'],
  ['wilt', 'wil'],
  ['zult', 'zal'],
]);

/**
 * Forms of zijn, raken and worden that make "bekent met" the adjective "bekend met" ("Bent u bekent met …", "is het
 * kabinet niet bekent met …"). Not "zijn", which is also the possessive ("dat zijn werkgever bekent met tegenzin …"),
 * except right before it.
 */
const COPULAS: ReadonlySet<string> = new Set(['ben', 'bent', 'is', 'was', 'waren', 'raakt', 'raakte', 'raakten', 'geraakt', 'wordt', 'werd', 'werden', 'worden']);
/** How many words may stand between the copula and "bekent met". */
const COPULA_REACH = 3;
/** Words that open another clause: the copula before them is not the one of "bekent" ("die werd verhoord bekent met …"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['die', 'dat', 'wat', 'welke', 'wie', 'waarin', 'waarbij']);

/** A mark inside a sentence that ends a clause ("Zo ja, …", a phrase in brackets). */
const CLAUSE_MARK = /[,;:()]/;
/*
 * What `Sentences` reads in the gap before every word, compiled once: a pattern written in a function is a new object
 * each time it runs, and these ran for every word of every part (16 MB of the 270 MB a cold check of the published
 * documents allocated).
 */
const SENTENCE_END_MARK = /[?!:;]/;
const LAST_MARK = /[.?!:;]/;
const LINE_BREAK = /[\r\n]/;
const DIGIT = /\d/;
const BLANK_LINE = /(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)/;

/**
 * The sentences of one part's own words (quotations, footnotes and code are blanked in them), for every word at once,
 * so each check is a lookup: linear in the words however long the part.
 */
class Sentences {
  /** The sentence of every word. */
  readonly of: Int32Array;
  /**
   * Per sentence: it is (part of) a question: the first mark after it that ends more than a clause (`?`, `.`, `!`, or
   * a break without a mark) is a question mark. A colon or semicolon goes on to what follows ("Kun u het volgende
   * aangeven: de kosten; de baten?").
   */
  readonly question: boolean[] = [];
  /** Per sentence: another subject than "u" stands in it. */
  readonly otherSubject: boolean[] = [];
  /** Per sentence: "u" (or "je", "jij", "jullie") stands in it. */
  readonly secondPerson: boolean[] = [];
  /**
   * Per word: the nearest word at or before it that starts a clause (the first word of a sentence, or one after a
   * comma, semicolon, colon or bracket).
   */
  readonly clauseOf: Int32Array;

  constructor(
    private readonly own: TextReader,
    readonly tokens: readonly Token[],
    part: Part,
  ) {
    this.of = new Int32Array(tokens.length);
    this.clauseOf = new Int32Array(tokens.length);
    // Per sentence: the mark that closes it (`?`, `.`, `!`, `:`, `;`, or '' for a break without one).
    const closing: string[] = [];
    let sentence = -1;
    for (let k = 0; k < tokens.length; k++) {
      const gap = this.gapBefore(k, part.start);
      const mark = k === 0 ? undefined : this.sentenceMark(gap, k);
      if (k === 0 || mark !== undefined) {
        if (sentence >= 0) closing[sentence] = mark ?? '';
        sentence++;
        this.otherSubject.push(false);
        this.secondPerson.push(false);
        this.clauseOf[k] = k;
      } else this.clauseOf[k] = CLAUSE_MARK.test(gap) ? k : this.clauseOf[k - 1]!;
      this.of[k] = sentence;
      const lower = tokens[k]!.lower;
      if (OTHER_SUBJECTS.has(lower)) this.otherSubject[sentence] = true;
      if (SECOND_PERSON_SUBJECTS.has(lower)) this.secondPerson[sentence] = true;
    }
    if (sentence >= 0) closing[sentence] = LAST_MARK.exec(own.slice(tokens[tokens.length - 1]!.end, part.end))?.[0] ?? '';
    for (let i = closing.length - 1; i >= 0; i--) {
      const mark = closing[i];
      this.question[i] = mark === '?' || ((mark === ':' || mark === ';') && (this.question[i + 1] ?? false));
    }
  }

  /** Whether word k starts a clause. */
  startsClause(k: number): boolean {
    return this.clauseOf[k] === k;
  }

  /** Whether word k starts a sentence. */
  startsSentence(k: number): boolean {
    return k === 0 || this.of[k - 1] !== this.of[k];
  }

  /** The text between word k - 1 and word k (from the part's start for the first). */
  gapBefore(k: number, partStart: number): string {
    return this.own.slice(k === 0 ? partStart : this.tokens[k - 1]!.end, this.tokens[k]!.start);
  }

  /**
   * The mark that ends a sentence in the gap before word k, if one does: a question mark, exclamation mark, colon or
   * semicolon; a full stop before a capital or a line break, or after a number ("1. Kun u"; not "jl. u", "o.a. de");
   * a blank line; the line break after a question's number ("Vraag 1" on its own line). '' for a break without a mark.
   */
  private sentenceMark(gap: string, k: number): string | undefined {
    const mark = SENTENCE_END_MARK.exec(gap)?.[0];
    if (mark) return mark;
    const lineBreak = LINE_BREAK.test(gap);
    const afterNumber = DIGIT.test(this.tokens[k - 1]!.lower);
    if (gap.includes('.') && (this.tokens[k]!.capital || lineBreak || afterNumber)) return '.';
    if (BLANK_LINE.test(gap) || (lineBreak && afterNumber)) return '';
    return undefined;
  }

  /** Whether word k stands in a question (`question`; an imperative "Meld u aan." does not). */
  inQuestion(k: number): boolean {
    return this.question[this.of[k]!]!;
  }

  /** Whether words k - 1 and k stand side by side (spaces, at most one line break between). */
  adjacent(k: number): boolean {
    return k > 0 && this.of[k] === this.of[k - 1] && WORD_GAP.test(this.own.slice(this.tokens[k - 1]!.end, this.tokens[k]!.start));
  }
}

/** The verb at k, before "u", is the inverted verb of a question: "Kun u …?", "Zo ja, ben u …?", "Wanneer kun u …?". */
function invertedVerb(sentences: Sentences, k: number): boolean {
  const { tokens } = sentences;
  if (!sentences.inQuestion(k)) return false;
  const verb = tokens[k]!.lower;
  // The word before, in the same clause: "welke steun u biedt" (a noun after "welke"), "en ben u bereid".
  const previous = sentences.startsClause(k) ? '' : tokens[k - 1]!.lower;
  if (NOUN_OPENERS.has(previous)) return false;
  const particle = sentences.of[k + 2] === sentences.of[k] ? tokens[k + 2]!.lower : '';
  if (REFLEXIVE_IMPERATIVES.has(verb) && IMPERATIVE_PARTICLES.has(particle)) return false;
  if (sentences.startsClause(k)) return true;
  if (sentences.otherSubject[sentences.of[k]!]) return false;
  const start = sentences.clauseOf[k]!;
  if (k - start <= QUESTION_OPENING && tokens.slice(start, k).some((t) => QUESTION_WORDS.has(t.lower))) return true;
  return NEVER_WITH_U.has(verb) && COORDINATORS.has(previous);
}

/**
 * The verb of the clause that "u" (at k) is the subject of, written as a stem that never goes with "u" ("dat u dit
 * vind"): its index, if it stands within reach in the same clause, and no other subject stands in the sentence ("Zoals
 * u weet heb ik …", "dat ik u heb gevraagd").
 */
function verbAfterU(sentences: Sentences, k: number): number | undefined {
  const { tokens } = sentences;
  if (sentences.otherSubject[sentences.of[k]!]) return undefined;
  for (let j = k + 1; j < tokens.length && j <= k + AFTER_U_REACH; j++) {
    if (sentences.startsClause(j) || sentences.of[j] !== sentences.of[k]) return undefined;
    const t = tokens[j]!;
    // "Ben" with a capital inside a clause is a name.
    if (NEVER_WITH_U.has(t.lower) && !t.capital && !NOUN_BEFORE_STEM.has(tokens[j - 1]!.lower)) return j;
  }
  return undefined;
}

/** Words `from` to `to` as written, on one line; with "…" for the words between when there are more than one. */
function quoted(text: string, tokens: readonly Token[], from: number, to: number): string {
  if (to - from <= 2) return oneLine(text.slice(tokens[from]!.start, tokens[to]!.end));
  return `${text.slice(tokens[from]!.start, tokens[from]!.end)} … ${text.slice(tokens[to]!.start, tokens[to]!.end)}`;
}

/** The finding for the verb at `v` (a stem where "u" asks for another form), quoted from word `from` to word `to` (one of them `v`). */
function verbReport(text: string, tokens: readonly Token[], v: number, from: number, to: number): Report {
  const verb = tokens[v]!;
  const written = text.slice(verb.start, verb.end);
  const correct = U_FORMS.get(verb.lower)!.map((f) => matchCase(written, f));
  const phrase = quoted(text, tokens, from, to);
  // `v` is `from` or `to`. The phrase as it should read; it starts with the verb ("Kun u" → ‘Kunt u’) or ends with it ("u … vind" → ‘u … vindt’).
  const right = correct.map((c) => `‘${v === from ? c + phrase.slice(written.length) : phrase.slice(0, phrase.length - written.length) + c}’`);
  return {
    start: verb.start,
    end: verb.end,
    message: { nl: `Werkwoordsvorm “${phrase}”: bij ‘u’ hoort ${right.join(' of ')}.`, en: `Verb form “${phrase}”: with ‘u’ it is ${right.join(' or ')}.` },
    fixes: correct.map((c) => ({ title: { nl: `Vervang door ‘${c}’`, en: `Replace with ‘${c}’` }, edits: [{ start: verb.start, end: verb.end, newText: c }], isPreferred: correct.length === 1 })),
    data: { slip: verb.lower, forms: correct },
  };
}

/**
 * "Bent bereid …?": the subject "u" is missing after a form only "u" takes; the fix inserts it. Before a noun phrase
 * ("Kunt de onderstaande vragen …", "Kunt de minister …") that phrase may be meant as the subject: then the form for
 * it is offered too, and neither fix is preferred.
 */
function missingSubject(verb: Token, next: Token | undefined, text: string): Report {
  const written = text.slice(verb.start, verb.end);
  const insert = { title: { nl: `Voeg ‘u’ in na “${written}”`, en: `Insert ‘u’ after “${written}”` }, edits: [{ start: verb.end, end: verb.end, newText: ' u' }] };
  if (!next || !NOUN_OPENERS.has(next.lower)) {
    return {
      start: verb.start,
      end: verb.end,
      message: { nl: `Na ‘${written}’ ontbreekt het onderwerp ‘u’: ‘${written} u …’.`, en: `After ‘${written}’ the subject ‘u’ is missing: ‘${written} u …’.` },
      fixes: [{ ...insert, isPreferred: true }],
      data: { slip: verb.lower, forms: [`${written} u`] },
    };
  }
  const other = matchCase(written, THIRD_PERSON.get(verb.lower)!);
  const phrase = text.slice(verb.start, next.end);
  return {
    start: verb.start,
    end: verb.end,
    message: {
      nl: `“${phrase}”: ‘${written}’ hoort bij ‘u’. Voeg ‘u’ in (‘${written} u ${next.lower} …’), of schrijf ‘${other}’ als ‘${next.lower} …’ het onderwerp is.`,
      en: `“${phrase}”: ‘${written}’ goes with ‘u’. Insert ‘u’ (‘${written} u ${next.lower} …’), or write ‘${other}’ if ‘${next.lower} …’ is the subject.`,
    },
    fixes: [insert, { title: { nl: `Vervang door ‘${other}’`, en: `Replace with ‘${other}’` }, edits: [{ start: verb.start, end: verb.end, newText: other }] }],
    data: { slip: verb.lower, forms: [`${written} u`, other] },
  };
}

/**
 * "Kunt u … en kunt daarbij …?": a form only "u" takes, right after "en", "of" or "maar", opens a clause of its own with
 * its verb first, as the question's first clause did ("Kunt u", "Waarom vindt u"), so it needs its own "u"
 * (kv-2023Z11182). Not where the sentence put "u" before its verb ("zodat u … krijgt en omwonenden kunt ontmoeten",
 * "U bent … en kunt …": the verbs share it). `inverted`: the last "u" before k in its sentence came after its verb.
 */
function coordinatedWithoutU(sentences: Sentences, k: number, inverted: boolean): boolean {
  const { tokens } = sentences;
  if (!inverted || k === 0 || !COORDINATORS.has(tokens[k - 1]!.lower) || !sentences.adjacent(k) || !sentences.inQuestion(k)) return false;
  return !SECOND_PERSON_SUBJECTS.has(tokens[k + 1]?.lower ?? '');
}

/**
 * "bekent met" at k after a copula in its clause: "Bent u bekent met …", "is het kabinet niet bekent met …". A copula
 * right after a relative pronoun, with words before "bekent", is the relative clause's ("de verdachte die werd
 * verhoord bekent met …": there "bekent" is the verb).
 */
function bekentAfterCopula(sentences: Sentences, k: number): boolean {
  const { tokens } = sentences;
  if (tokens[k - 1]?.lower === 'zijn' && sentences.adjacent(k)) return true;
  for (let j = k - 1; j >= 0 && j >= k - 1 - COPULA_REACH && sentences.of[j] === sentences.of[k]; j--) {
    if (COPULAS.has(tokens[j]!.lower)) return !(j < k - 1 && CLAUSE_OPENERS.has(tokens[j - 1]?.lower ?? ''));
    if (sentences.startsClause(j)) break;
  }
  return false;
}

function bekentReport(word: Token, text: string): Report {
  const written = text.slice(word.start, word.end);
  const correct = matchCase(written, 'bekend');
  return {
    start: word.start,
    end: word.end,
    message: {
      nl: `‘${correct} met’, met d: ‘bekent’ komt van ‘bekennen’.`,
      en: `‘${correct} met’ (familiar with), with a d: ‘bekent’ comes from ‘bekennen’ (to confess).`,
    },
    fixes: [{ title: { nl: `Vervang door ‘${correct}’`, en: `Replace with ‘${correct}’` }, edits: [{ start: word.start, end: word.end, newText: correct }], isPreferred: true }],
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
      nl: 'Signaleert een werkwoordsvorm zonder de t die ‘u’ vraagt (‘Kun u’, ‘Ben u bereid’, ‘dat u dit vind’), een vraag die met ‘Kunt’, ‘Bent’, ‘Hebt’, ‘Wilt’ of ‘Zult’ begint zonder ‘u’, en ‘bekent met’ voor ‘bekend met’.',
      en: 'Flags a verb form without the t that ‘u’ asks for (‘Kun u’, ‘Ben u bereid’, ‘dat u dit vind’), a question opening with ‘Kunt’, ‘Bent’, ‘Hebt’, ‘Wilt’ or ‘Zult’ without ‘u’, and ‘bekent met’ for ‘bekend met’.',
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
        'het onderwerp; de oplossing voegt ‘u’ in. Zo ook zo’n vorm direct na ‘en’ of ‘of’ in een vraag die met het werkwoord ' +
        'vóór ‘u’ begon (‘Kunt u uitleggen … en kunt daarbij aangeven …’): het tweede deel begint opnieuw met het werkwoord ' +
        'en heeft een eigen ‘u’ nodig. Stond ‘u’ vóór het werkwoord (‘zodat u … krijgt en omwonenden kunt ontmoeten’), dan ' +
        'delen de werkwoorden het onderwerp en meldt de regel niets. ' +
        'Niet gemeld: ‘kan u’, ‘wil u’ en ‘zal u’ (volgens Taaladvies zijn ‘kan u’ en ‘kunt u’, ‘wil u’ en ‘wilt u’, ‘zal ' +
        'u’ en ‘zult u’ allebei goed), en wat in een citaat, voetnoot, commentaar of code staat.',
      en:
        'Written questions address the minister as ‘u’, and with ‘u’ the verb takes a t: ‘Kunt u’, ‘Bent u bereid’, ' +
        '‘Vindt u’, ‘Wordt u’. In haste the t drops (‘Kun u zich voorstellen …’), and ‘Bent u bekent met het bericht’ is ' +
        'a classic. A spelling check cannot see it: ‘kun’, ‘vind’ and ‘bekent’ are real words. The questions go to the ' +
        'minister and into the record as sent. The rule flags the verb before ‘u’ only in a question (a sentence ending ' +
        'in a question mark), at the start of the sentence or clause, after a question word (‘Wanneer kun u …’) or ' +
        'after ‘Zo ja,’; an imperative (‘Meld u aan.’) is left alone. After ‘u’ it flags only ‘ben’, ‘heb’, ‘kun’, ‘vind’ ' +
        'and ‘word’, and not when ‘ik’ is the subject (‘zoals ik u heb gevraagd’). A question that opens with ‘Kunt’, ' +
        '‘Bent’, ‘Hebt’, ‘Wilt’ or ‘Zult’ without ‘u’ after it (‘Kunt de onderstaande vragen …’) lacks its subject, and so ' +
        'does such a form right after ‘en’ or ‘of’ in a question that put its verb before ‘u’ (‘Kunt u uitleggen … en kunt ' +
        'daarbij aangeven …’); where ‘u’ came before the verb (‘zodat u … krijgt en omwonenden kunt ontmoeten’) the verbs ' +
        'share it. The fix inserts ‘u’. Not flagged: ‘kan u’, ‘wil u’ and ‘zal ' +
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
    for (const part of proseParts(draft)) {
      const tokens = ownTokens(draft, part);
      if (tokens.length === 0) continue;
      const sentences = new Sentences(own, tokens, part);
      // The sentence (its index) in which a verb stood before "u" so far ("Kunt u …"), for `coordinatedWithoutU`.
      let invertedIn = -1;
      for (let k = 0; k < tokens.length; k++) {
        const word = tokens[k]!;
        // The last "u" decides: after "zodat u … krijgt" the verbs that follow share that "u" (a reviewer).
        if (word.lower === 'u') invertedIn = k > 0 && sentences.adjacent(k) && sentences.of[k - 1] === sentences.of[k] && invertedVerb(sentences, k - 1) ? sentences.of[k]! : -1;
        if (word.lower === 'u') {
          const j = verbAfterU(sentences, k);
          if (j !== undefined) {
            ctx.report(verbReport(text, tokens, j, k, j));
            k = j;
          }
          continue;
        }
        if (U_FORMS.has(word.lower) && tokens[k + 1]?.lower === 'u' && sentences.adjacent(k + 1) && invertedVerb(sentences, k)) {
          ctx.report(verbReport(text, tokens, k, k, k + 1));
          k++;
          continue;
        }
        if (SECOND_PERSON.has(word.lower) && coordinatedWithoutU(sentences, k, invertedIn === sentences.of[k])) {
          ctx.report(missingSubject(word, tokens[k + 1], text));
          continue;
        }
        if (SECOND_PERSON.has(word.lower) && sentences.startsSentence(k) && sentences.inQuestion(k) && !sentences.secondPerson[sentences.of[k]!]) {
          ctx.report(missingSubject(word, tokens[k + 1], text));
          continue;
        }
        if (word.lower === 'bekent' && tokens[k + 1]?.lower === 'met' && sentences.adjacent(k + 1) && bekentAfterCopula(sentences, k)) {
          ctx.report(bekentReport(word, text));
        }
      }
    }
  },
};
