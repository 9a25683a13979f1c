import { snowballDutch } from './snowballDutch';
import { TextMemo } from './textMemo';

/**
 * Dutch word → matching key. The Snowball Dutch stemmer does the suffix work (plural -en/-s, -heid/-heden, -ing,
 * -lijk, -e); around it sit the rules Snowball leaves out and Dutch needs:
 *
 * - participles with ge- and separable verbs: geborgd → borgen, ingezet → inzetten, opgericht → oprichten,
 *   gecentraliseerd → centraliseren, aangenomen → aannemen (strong verbs from a small table), uitgebannen →
 *   uitbannen (a strong participle that is ge- before an infinitive the corpus has);
 * - present tense -t: versterkt → versterken, when the corpus vocabulary knows the verb and not a noun plural;
 * - plurals Snowball keeps: ministeries → ministerie, technologieën → technologie, gemeentes → gemeente,
 *   algoritmes → algoritme, risico's → risico, irregular leden → lid, kinderen → kind, Latin centra → centrum;
 * - diminutives: huisje(s) → huis, when the base word is known;
 * - spelling alternations folded after stemming, so the guessed spelling of an infinitive does not matter:
 *   final v → f and z → s (bedrijven/bedrijf, huizen/huis), doubled vowel before a final consonant
 *   (centraliseer/centraliser) and a doubled final consonant (zegg/zeg, process/proces) are undone;
 * - a few lemmas that must NOT merge with a homograph get a key of their own: weten (to know) is not wet (law),
 *   zorgen (to ensure; worries) is not zorg (care).
 */

/** The words of the corpus, folded, and their Snowball keys: the evidence the vocabulary-checked rules use. */
export interface Vocabulary {
  readonly words: ReadonlySet<string>;
  readonly keys: ReadonlySet<string>;
}

export function createVocabulary(words: Iterable<string>): Vocabulary {
  const w = new Set<string>();
  const k = new Set<string>();
  for (const word of words) {
    if (word.length === 0 || w.has(word)) continue;
    w.add(word);
    k.add(basicKey(word));
  }
  return { words: w, keys: k };
}

export const emptyVocabulary: Vocabulary = { words: new Set(), keys: new Set() };

/** Plain Snowball Dutch stem (the baseline the tests compare against). */
export function snowballStem(word: string): string {
  return snowballDutch(word);
}

/** Memos of words kept across documents and versions (their keys copies, see `TextMemo`). */
const basicKeys = new TextMemo<string>(1_000_000);

/** Snowball plus the spelling alternations; no vocabulary needed. Memoised: the same words come back in every text. */
export function basicKey(word: string): string {
  return basicKeys.get(word) ?? basicKeys.set(word, basicKeyOnce(word));
}

/**
 * `basicKey` without its memo, for a caller that remembers what it derives from the key instead: compound splitting
 * asks about every tail of every new word, most of them asked once, and remembering each in this memo as well (a copy
 * of the string and a slot in a large map) cost a cold check more than the stemming itself.
 */
export function basicKeyOnce(word: string): string {
  return undoSpellingAlternations(snowballDutch(word));
}

function undoSpellingAlternations(stem: string): string {
  if (stem.length <= 3) return stem;
  let s = stem;
  const last = s[s.length - 1];
  if (last === 'v') s = s.slice(0, -1) + 'f';
  else if (last === 'z') s = s.slice(0, -1) + 's';
  // centraliseer/centraliser, zegg/zeg, process/proces: spelling, not meaning.
  return s.replace(LONG_VOWEL_BEFORE_FINAL, '$1$2').replace(DOUBLE_FINAL, '$1');
}

// After a consonant, or after an i or u of its own syllable (evalueer/evaluer, financieel/financiel).
const LONG_VOWEL_BEFORE_FINAL = /(?<=[^aeoy])(a|e|o|u)\1([^aeiouy])$/;
const DOUBLE_FINAL = /([^aeiouy])\1$/;

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** Separable verb particles, longest first so "terug" wins over "te". */
export const SEPARABLE_PARTICLES: readonly string[] = [
  'samen', 'terug', 'achter', 'binnen', 'buiten', 'onder', 'tegen', 'door', 'mee', 'over', 'voor', 'vast', 'neer',
  'rond', 'open', 'weg', 'aan', 'bij', 'los', 'toe', 'uit', 'af', 'in', 'na', 'om', 'op',
];

/**
 * The particles a word may start with, by its first letter, longest first as above: the lemmatiser asks for the first
 * particle a word starts with, for every new word and every tail the compound splitter tries.
 */
const PARTICLES_BY_LETTER = new Map<string, string[]>();
for (const p of SEPARABLE_PARTICLES) PARTICLES_BY_LETTER.set(p[0]!, [...(PARTICLES_BY_LETTER.get(p[0]!) ?? []), p]);
const NO_PARTICLES: readonly string[] = [];
const particlesStarting = (w: string): readonly string[] => PARTICLES_BY_LETTER.get(w[0]!) ?? NO_PARTICLES;

/** Strong and irregular verb forms → infinitive; only forms that are not also common nouns. */
const STRONG: ReadonlyMap<string, string> = buildStrong({
  nemen: 'neemt nam genomen',
  geven: 'geeft gaf gegeven',
  komen: 'komt kwam kwamen gekomen',
  gaan: 'gaat ging gingen gegaan',
  doen: 'doet deed deden gedaan',
  zien: 'ziet zag gezien',
  brengen: 'brengt bracht brachten gebracht',
  denken: 'denkt dacht dachten gedacht',
  zoeken: 'zoekt zocht zochten gezocht',
  houden: 'houdt hield hielden gehouden',
  krijgen: 'krijgt kreeg kregen gekregen',
  blijven: 'blijft bleef bleven gebleven',
  schrijven: 'schrijft schreef schreven geschreven',
  spreken: 'spreekt sprak spraken gesproken',
  vinden: 'vindt vond vonden gevonden',
  bieden: 'biedt bood boden geboden',
  dragen: 'draagt droeg droegen gedragen',
  sluiten: 'sluit sloot gesloten',
  helpen: 'helpt hielp hielpen geholpen',
  beginnen: 'begint begon begonnen',
  liggen: 'ligt lag gelegen',
  kiezen: 'kiest koos kozen gekozen',
  verliezen: 'verliest verloor verloren',
  wijzen: 'wijst gewezen',
  lijken: 'lijkt leek geleken',
  trekken: 'trekt trok trokken getrokken',
  treffen: 'treft trof troffen getroffen',
  schieten: 'schiet schoot schoten geschoten',
  verbieden: 'verbiedt verbood verboden',
  besluiten: 'besluit besloot besloten',
  vragen: 'vraagt vroegen gevraagd',
  laten: 'liet lieten gelaten',
  lopen: 'loopt liep liepen gelopen',
  roepen: 'roept riep riepen geroepen',
  slaan: 'slaat sloeg sloegen geslagen',
  staan: 'stond stonden gestaan',
  weten: 'weet wist wisten geweten',
  zorgen: 'zorgt zorgde zorgden gezorgd',
  ontwikkelen: 'ontwikkelt',
  voeren: 'voert voerde voerden gevoerd',
  leggen: 'legt legde legden gelegd',
  zetten: 'zet zette zetten gezet',
  stellen: 'stelt stelde stelden gesteld',
});

function buildStrong(table: Record<string, string>): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const [inf, forms] of Object.entries(table)) {
    out.set(inf, inf);
    for (const f of forms.split(' ')) out.set(f, inf);
  }
  return out;
}

/**
 * A table looked up by a word of a draft. A `Map`: an object has a prototype (with "constructor" in a draft, the
 * stemmer got Object and the citation rules failed), and even without one, reading a property by a word sliced from a
 * text looks the word up in V8's table of all property names first (a fifth of the lemmatiser's time in a profile of
 * a cold check).
 */
function wordTable(entries: Record<string, string>): ReadonlyMap<string, string> {
  return new Map(Object.entries(entries));
}

/** Lemmas with a key of their own, so they never merge with a homograph (see the negative pairs in the tests). */
const OWN_KEY = wordTable({ weten: 'weten~v', zorgen: 'zorgen~v' });

/** Irregular and Latin plurals → singular. Not data → datum: in policy text "data" is gegevens. */
const PLURALS = wordTable({
  leden: 'lid', steden: 'stad', schepen: 'schip', kinderen: 'kind', volkeren: 'volk', bladeren: 'blad',
  eieren: 'ei', liederen: 'lied', goden: 'god', centra: 'centrum', musea: 'museum', criteria: 'criterium',
  curricula: 'curriculum', podia: 'podium', gremia: 'gremium', consortia: 'consortium', studies: 'studie',
});

/** Words that look like a ge-participle (ge…d/t) but are nouns or adjectives. */
const NOT_PARTICIPLE = new Set([
  'gebied', 'gezond', 'gewicht', 'gezicht', 'gedicht', 'geluid', 'geduld', 'gebed', 'genot', 'gevecht', 'gerecht',
  'gericht', 'gemiddeld', 'gewest', 'gehucht', 'gelaat', 'gebit', 'gedrocht', 'gezant', 'gebod', 'gemoed',
  'geschikt', 'gepast', 'gewricht', 'gesticht', 'gezag', 'geheid',
]);

/** Verbs that start with an inseparable ge- (no extra ge- in the participle): gebruikt → gebruiken. */
const GE_VERBS = ['gebruik', 'gebeur', 'geloof', 'geniet', 'getuig', 'gewen', 'gehoorzaam'];

/** Singular nouns ending in consonant + -es: not plurals. */
const SINGULAR_ES = new Set(['proces', 'adres', 'congres', 'succes', 'exces', 'abces', 'kompres', 'interes']);

/** Diminutive endings, longest first. */
const DIMINUTIVES = ['etjes', 'etje', 'tjes', 'tje', 'pjes', 'pje', 'kjes', 'kje', 'jes', 'je'];

/*
 * The patterns `dutchKey` and `computeLemma` test, compiled once: a pattern written in a function is a new object each
 * time it runs, and these run for every new word and every tail the compound splitter asks about.
 */
const DIGIT = /\d/;
const APOSTROPHE_TAIL = /^(?:s|je|jes|tje|tjes|en|er|ers)$/;
const APOSTROPHES = /'/g;
const DOUBLED_VOWEL_BEFORE_FINAL = /([aeou])\1([^aeiouy])$/;
const DOUBLED_FINAL_VOWEL = /([aeiou])\1$/;
const CONSONANT_ES = /[^aeiouj]es$/;
const NOT_E_ES = /[^e]es$/;

/**
 * The matching key of one folded, unhyphenated word (see the module comment). `vocab` is the corpus vocabulary;
 * rules that could misfire on a noun only apply when it confirms the verb or base word.
 */
export function dutchKey(word: string, vocab: Vocabulary = emptyVocabulary): string {
  let w = word;
  if (w.length <= 2 || DIGIT.test(w)) return w;
  const apos = w.indexOf("'");
  if (apos > 0) {
    // risico's, auto's, mkb'ers, cd'tje: the part before the apostrophe is the word.
    const tail = w.slice(apos + 1);
    if (APOSTROPHE_TAIL.test(tail)) return dutchKey(w.slice(0, apos), vocab);
    w = w.replace(APOSTROPHES, '');
  }
  const lemma = lemmaOf(w, vocab);
  return OWN_KEY.get(lemma) ?? basicKey(lemma);
}

const lemmaCaches = new WeakMap<Vocabulary, TextMemo<string>>();

/** The dictionary form the key is computed from (a word, not a stem). Memoised per vocabulary. */
export function lemmaOf(w: string, vocab: Vocabulary): string {
  let cache = lemmaCaches.get(vocab);
  if (!cache) lemmaCaches.set(vocab, (cache = new TextMemo(2_000_000)));
  return cache.get(w) ?? cache.set(w, computeLemma(w, vocab));
}

/** `lemmaOf` without its memo (see `basicKeyOnce`). */
export function computeLemma(w: string, vocab: Vocabulary): string {
  const strong = STRONG.get(w);
  if (strong !== undefined) return strong;
  const plural = PLURALS.get(w);
  if (plural !== undefined) return plural;
  for (const p of particlesStarting(w)) {
    if (w.length > p.length + 4 && w.startsWith(p) && w.startsWith('ge', p.length)) {
      const rest = STRONG.get(w.slice(p.length));
      if (rest !== undefined) return p + rest;
      // uitgebannen, opgegeven, ingeroepen: a strong participle that is ge- before the infinitive ("opgeheven" is not:
      // opheffen), when the corpus has the verb.
      const infinitive = w.slice(p.length + 2);
      if (infinitive.length >= 5 && infinitive.endsWith('en') && vocab.words.has(infinitive)) return p + infinitive;
    }
  }
  const participle = participleLemma(w, vocab) ?? prefixedParticipleLemma(w, vocab);
  if (participle !== undefined) return participle;
  if (w.length >= 5 && w.endsWith('t')) {
    // Present tense: versterkt → versterken, unless the corpus knows the word as a noun (markten, planten).
    const stem = w.slice(0, -1);
    if (!vocab.words.has(w + 'en') && !vocab.words.has(w + 's') && !VOWELS.has(stem[stem.length - 1]!)) {
      // The infinitive itself must be a corpus word (investeren for investeert): a key alone is too weak
      // (markt would become marken through the name Mark).
      const undoubled = stem.replace(DOUBLED_VOWEL_BEFORE_FINAL, '$1$2');
      if (vocab.words.has(stem + 'en')) return stem + 'en';
      if (vocab.words.has(undoubled + 'en')) return undoubled + 'en';
    }
  }
  for (const d of DIMINUTIVES) {
    if (w.length >= d.length + 3 && w.endsWith(d)) {
      const base = w.slice(0, -d.length);
      if (vocab.words.has(base)) return base;
      // autootje → auto
      if (DOUBLED_FINAL_VOWEL.test(base) && vocab.words.has(base.slice(0, -1))) return base.slice(0, -1);
    }
  }
  // inkomens → inkomen: Snowball strips the -s of a plural but then keeps the -en it strips from the singular.
  if (w.length >= 7 && w.endsWith('ens') && vocab.words.has(w.slice(0, -1))) return w.slice(0, -1);
  if (w.endsWith('ieen') && w.length > 6) return w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 5) return w.slice(0, -1);
  if (w.length >= 7 && CONSONANT_ES.test(w) && !SINGULAR_ES.has(w)) return w.slice(0, -1);
  if (w.length >= 6 && w.endsWith('es') && NOT_E_ES.test(w) && vocab.words.has(w.slice(0, -1))) return w.slice(0, -1);
  return w;
}

/** A verb whose first syllable is an inseparable prefix (be-, ver-, ont-, her-, er-) has no ge- in its participle. */
const INSEPARABLE_PREFIX = /^(?:be|ver|ont|her|er)(?=[a-z]{3})/;
/** A participle or past tense without ge-: verbeterd, beschermde, erkende, versterkten. */
const WEAK_PAST = /(?:[dt]|de|te|den|ten)$/;

/**
 * verbeterd → verbeteren, beschermde → beschermen, erkend → erkennen: the participle (and the past tense) of a verb
 * with an inseparable prefix has no ge-, so `participleLemma` does not read it. Only when the corpus knows the
 * infinitive and not the word with -en (a noun plural: verbanden) and the stem is long enough to be a verb's.
 */
function prefixedParticipleLemma(w: string, vocab: Vocabulary): string | undefined {
  let rest = w;
  for (const p of particlesStarting(w)) {
    if (w.startsWith(p) && INSEPARABLE_PREFIX.test(w.slice(p.length))) {
      rest = w.slice(p.length);
      break;
    }
  }
  if (!INSEPARABLE_PREFIX.test(rest) || vocab.words.has(w + 'en')) return undefined;
  const ending = WEAK_PAST.exec(w)?.[0];
  if (!ending) return undefined;
  const stem = w.slice(0, -ending.length);
  if (stem.length < 5) return undefined;
  for (const verb of [stem + 'en', stem + stem[stem.length - 1] + 'en']) if (vocab.words.has(verb)) return verb;
  return undefined;
}

/**
 * Whether a word is a corpus word of at least four letters after another of at least three, with or without a linking
 * s: a cheap test (the splitter of `compounds.ts` builds on this module) for what no participle is.
 */
function isCompoundOfWords(w: string, vocab: Vocabulary): boolean {
  for (let i = 3; i <= w.length - 4; i++) {
    if (!vocab.words.has(w.slice(i))) continue;
    const modifier = w.slice(0, i);
    if (vocab.words.has(modifier) || (modifier.endsWith('s') && modifier.length > 3 && vocab.words.has(modifier.slice(0, -1)))) return true;
  }
  return false;
}

function participleLemma(w: string, vocab: Vocabulary): string | undefined {
  const last = w[w.length - 1];
  if (last !== 'd' && last !== 't') return undefined;
  let particle = '';
  let rest = w;
  if (!w.startsWith('ge')) {
    for (const p of particlesStarting(w)) {
      if (w.startsWith(p) && w.startsWith('ge', p.length)) {
        particle = p;
        rest = w.slice(p.length);
        break;
      }
    }
    if (particle === '') return undefined;
  }
  if (!rest.startsWith('ge') || rest.length < 5) return undefined;
  if (particle === '' && NOT_PARTICIPLE.has(w)) return undefined;
  // A noun in -heid (gelegenheid, gezondheid) or a compound of corpus words (gezins·beleid, geluids·overlast,
  // gebieds·gericht) only looks like a participle: read as one, gelegenheid became leggen.
  if (w.endsWith('heid') || isCompoundOfWords(w, vocab)) return undefined;
  // gebruikt, geleid: a verb with its own ge-, whose participle has no extra one.
  if (particle === '' && GE_VERBS.some((v) => w.startsWith(v) && w.length <= v.length + 1)) return w.slice(0, -1) + 'en';
  const x = rest.slice(2, -1);
  if (x.length < 2) return undefined;
  const withFinal = x + last;
  // geleid: stem leid (final d belongs to the stem); opgericht: richt. The corpus decides when it can.
  const candidates = [x, withFinal];
  for (const c of candidates) {
    if (vocab.keys.has(basicKey(particle + c + 'en'))) return particle + c + 'en';
  }
  const stemEndsVowel = VOWELS.has(x[x.length - 1]!);
  const stem = stemEndsVowel || x.endsWith('ch') ? withFinal : x;
  if (stem.length < 3) return undefined;
  return particle + stem + 'en';
}
