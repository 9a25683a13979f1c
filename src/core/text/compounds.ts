import { TextMemo } from './textMemo';
import { basicKeyOnce, computeLemma, SEPARABLE_PARTICLES, type Vocabulary } from './stem';

/**
 * Dutch closed compounds (cyberbeveiligingswet, cloudbeleid, overheidsbrede, zedenrechercheurs) split against a
 * vocabulary: the words of the corpus the index is built on, plus small hand lists of heads and modifiers that a
 * corpus may only use inside compounds. Dutch compounds are right-headed; the splitter looks for the longest known
 * head whose remainder is a known word, allowing the linking -s-, -en- and -e- (veiligheid·s·diensten,
 * ziekte·kosten). A part must be a real word of at least three letters; a function word, a separable particle or a
 * verb prefix is never a modifier (so onderzoek, inzetten, afbouwen, voorstel stay whole), a derivational suffix is
 * never a head (so wetenschap does not become weten + schap), and lexicalised compounds whose parts mean something
 * else are listed (grondwet is not about grond, stikstof not about stof).
 */

/** Heads that a corpus may not contain as words of their own. */
const HAND_HEADS = new Set([
  'beleid', 'wet', 'wetten', 'dienst', 'diensten', 'plan', 'plannen', 'aanpak', 'centrum', 'centra', 'systeem',
  'systemen', 'markt', 'sector', 'keten', 'regels', 'capaciteit', 'middelen', 'fonds', 'register', 'kader',
  'agenda', 'strategie', 'programma', 'netwerk', 'platform', 'infrastructuur', 'veiligheid', 'beveiliging', 'zorg',
  'bedrijf', 'bedrijven', 'organisatie', 'organisaties', 'specialist', 'specialisten', 'expert', 'experts', 'talent',
  'rechercheur', 'rechercheurs', 'agent', 'agenten', 'aanval', 'aanvallen', 'dreiging', 'dreigingen', 'toezicht',
  'toezichthouder', 'autoriteit', 'project', 'projecten', 'standaard', 'standaarden', 'fabriek',
  'leverancier', 'leveranciers', 'afhankelijkheid', 'afhankelijkheden', 'brede', 'breed', 'verbinding', 'meester',
]);

/** Modifiers that mostly occur inside compounds or hyphenated. */
const HAND_MODIFIERS = new Set([
  'cyber', 'cloud', 'data', 'ict', 'web', 'software', 'internet', 'online', 'chip', 'quantum',
  'overheid', 'rijk', 'zeden', 'wijk', 'klimaat', 'energie', 'stikstof',
]);

/** Lexicalised compounds: splitting them would mean something else. */
const NO_SPLIT = new Set([
  'grondwet', 'stikstof', 'kunstmatig', 'kunstmatige', 'bedrijfsleven', 'landbouw', 'rechtstaat', 'rechtsstaat',
  'voorwaarde', 'voorwaarden', 'wetenschap', 'koninkrijk', 'zeggenschap', 'aandacht', 'landschap', 'ruimtevaart',
  'tegenwoordig', 'hoofdstuk', 'ministerie', 'minister', 'regering', 'werkelijkheid', 'vrijheid', 'eigendom',
  'werkgever', 'werkgevers', 'werknemer', 'werknemers', 'kinderopvang', 'zelfstandig', 'zelfstandige',
  'rechtstreeks', 'rechtstreekse', 'wetenschapper', 'wetenschappers', 'wetenschappelijk', 'wetenschappelijke',
  'noodzakelijk', 'noodzakelijke',
]);

/** Never a modifier: function words, separable particles, inseparable verb prefixes. */
const NO_MODIFIER = new Set([
  ...SEPARABLE_PARTICLES, 'be', 'ge', 'ver', 'ont', 'her', 'er', 'mis', 'mede', 'des', 'het', 'een', 'der', 'ter',
  'ten', 'van', 'met', 'niet', 'wel', 'nog', 'al', 'zeer', 'meer', 'min', 'veel', 'alle', 'elk', 'hun', 'best',
  'zijn', 'haar', 'wat', 'wie', 'hoe', 'waar', 'daar', 'hier', 'toe', 'ook', 'zelf', 'zo', 'dat', 'die',
  // Latinate prefixes: internationale is not inter + nationale
  'inter', 'multi', 'super', 'anti', 'pre', 'post', 'non', 'sub', 'trans', 'semi', 'pseudo', 'hyper', 'ex', 'co',
]);

/** Derivational suffixes and bound forms that are never the head of a compound. */
const NO_HEAD = new Set([
  'schap', 'schappen', 'baar', 'bare', 'heid', 'heden', 'loos', 'loze', 'achtig', 'achtige', 'lijk', 'lijke', 'zaam',
  'zame', 'ing', 'ingen', 'dom', 'isch', 'ische', 'tie', 'ties', 'ster', 'aar', 'aars', 'erij', 'nis', 'sel', 'ie',
  'ies', 'ist', 'isten', 'isme', 'iteit', 'teit', 'eren', 'atie', 'aties', 'elijk', 'ig', 'ige', 'igen', 'en', 'ers',
  'er', 'de', 'te', 'ten', 'den', 'tal', 'wijs', 'halve', 'waarts', 'matig', 'matige', 'vol', 'volle', 'rijk',
  'der', 'dere', 'ders', 'lijkt', 'lijken', 'lijkheid', 'pers',
  // function words are never heads either (bestaan is not best + aan, voortaan not voort + aan)
  ...SEPARABLE_PARTICLES, 'des', 'het', 'een', 'als', 'dan', 'wat', 'wie', 'zelf', 'mede', 'maar', 'ook', 'nog',
  'wel', 'niet', 'geen', 'alle', 'deze', 'dit', 'die', 'dat', 'zich', 'ons', 'hun', 'mee', 'heen', 'waar', 'daar',
]);

/** An unknown modifier ending in a particle or prefix is a split in the wrong place (domeinover·stijgende). */
const ENDS_IN_PREFIX = /(?:ge|be|ver|ont|aan|over|onder|door|voor|uit|op|af|in|mee|toe|om)$/;

export interface CompoundSplit {
  /** The modifier, without linking element (cyberbeveiliging in cyberbeveiligingswet). */
  modifier: string;
  /** The head (wet). */
  head: string;
}

const MIN_PART = 3;
/** Parts shorter than this are known only as written (`known`, and so `knownModifier`): no stemming, no recursion. */
const MIN_STEMMED = 5;
const INFLECTIONS = ['en', 's', 'e', 'n'];
/** A letter outside a-z (compiled once: a pattern written in `splitCompound` was a new object on every call). */
const NOT_A_TO_Z = /[^a-z]/;

/**
 * Per vocabulary, whether a longer part is known by its key: splitting tries every head of a word, and the same heads
 * come back in many words (a cold check of the published documents asked 33,000 times for 16,000 parts, before the
 * splitter asked short modifiers first).
 */
const knownByKey = new WeakMap<Vocabulary, TextMemo<boolean>>();

function known(part: string, vocab: Vocabulary): boolean {
  if (part.length < MIN_PART) return false;
  if (vocab.words.has(part) || HAND_HEADS.has(part) || HAND_MODIFIERS.has(part)) return true;
  // A longer part may be known in another inflection (diensten ↔ dienst, technologieën); short parts must be
  // words as written, since stemming makes many short strings look known.
  if (part.length < MIN_STEMMED) return false;
  let memo = knownByKey.get(vocab);
  if (!memo) knownByKey.set(vocab, (memo = new TextMemo(2_000_000)));
  const kept = memo.get(part);
  if (kept !== undefined) return kept;
  // Stemmed and lemmatised without the stemmer's memos (but for a participle's candidates, `participleLemma`): this
  // memo keeps the answer, and most parts are asked about once.
  if (vocab.keys.has(basicKeyOnce(part))) return memo.set(part, true);
  const lemma = computeLemma(part, vocab);
  return memo.set(part, lemma !== part && vocab.keys.has(basicKeyOnce(lemma)));
}

function knownModifier(m: string, vocab: Vocabulary, depth: number): string | undefined {
  if (NO_MODIFIER.has(m)) return undefined;
  if (known(m, vocab)) return m;
  // Linking elements: veiligheid·s·, inlichting·en·, ziekte·: the modifier is the word without them.
  const bares: string[] = [];
  for (const link of ['s', 'en', 'e', 'n']) {
    if (m.length > link.length + MIN_PART - 1 && m.endsWith(link)) {
      const bare = m.slice(0, -link.length);
      if (NO_MODIFIER.has(bare)) continue;
      if (known(bare, vocab)) return bare;
      bares.push(bare);
    }
  }
  // A modifier may itself be a compound of known words (cyber·beveiliging·s·wet).
  if (depth > 0) {
    for (const bare of bares) if (splitCompound(bare, vocab, depth - 1)) return bare;
    if (splitCompound(m, vocab, depth - 1)) return m;
  }
  return undefined;
}

/**
 * Split one folded, unhyphenated word into modifier and head, or `undefined` when it is no compound the vocabulary
 * can prove. The longest known head wins (cyberbeveiligings·wet over cyber·beveiligingswet only when
 * "beveiligingswet" is unknown).
 */
export function splitCompound(word: string, vocab: Vocabulary, depth = 1): CompoundSplit | undefined {
  if (word.length < 2 * MIN_PART || word.length > 60 || NO_SPLIT.has(word) || NOT_A_TO_Z.test(word)) return undefined;
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const head = word.slice(i);
    if (NO_HEAD.has(head)) continue;
    // Both parts must be known and both questions have no side effect but a memo, so either may be asked first: only
    // the speed depends on the order. A modifier shorter than `MIN_STEMMED` is known or not by a set's lookup, and the
    // longest heads are nearly the whole word, new with every word and known only by stemming it: for them the
    // modifier is asked first (most words then need no stemming there).
    if (i < MIN_STEMMED) {
      const modifier = knownModifier(word.slice(0, i), vocab, depth);
      if (modifier !== undefined && known(head, vocab)) return { modifier, head };
      continue;
    }
    if (!known(head, vocab)) continue;
    const modifier = knownModifier(word.slice(0, i), vocab, depth);
    if (modifier !== undefined) return { modifier, head };
  }
  // An unknown modifier before a long known head (sleutel·technologieën): the corpus may never use the modifier
  // alone. Both parts must be long, so a prefix or a stray syllable does not qualify.
  if (depth > 0) {
    for (let i = 5; i <= word.length - 7; i++) {
      const head = word.slice(i);
      if (NO_HEAD.has(head) || !known(head, vocab)) continue;
      const modifier = word.slice(0, i);
      if (NO_MODIFIER.has(modifier) || ENDS_IN_PREFIX.test(modifier)) continue;
      const bare = modifier.endsWith('s') ? modifier.slice(0, -1) : modifier;
      return { modifier: bare !== modifier && known(bare, vocab) ? bare : modifier, head };
    }
  }
  return undefined;
}

/**
 * All parts of a compound, recursively (at most three levels): cyberbeveiligingswet → cyberbeveiliging, wet,
 * cyber, beveiliging. The word itself is not included.
 */
export function compoundParts(word: string, vocab: Vocabulary, depth = 3): string[] {
  // An inflection of a known simple word is no compound (standaarden is standaard + en, not stand + aarden).
  for (const suffix of INFLECTIONS) {
    if (word.length > suffix.length + 3 && word.endsWith(suffix)) {
      const base = word.slice(0, -suffix.length);
      if (vocab.words.has(base) && !splitCompound(base, vocab)) return [];
    }
  }
  const split = depth > 0 ? splitCompound(word, vocab) : undefined;
  if (!split) return [];
  const out = [split.modifier, split.head];
  // Deeper levels only between parts of four letters or more (kerncentrales must not end in centra + les).
  for (const part of [split.modifier, split.head]) {
    for (const sub of compoundParts(part, vocab, depth - 1)) if (sub.length >= 4) out.push(sub);
  }
  return out;
}

/** The head a coordinated elliptic modifier borrows ("cyber- en zedenrechercheurs" → rechercheurs). */
export function compoundHead(word: string, vocab: Vocabulary): string | undefined {
  return splitCompound(word, vocab)?.head;
}
