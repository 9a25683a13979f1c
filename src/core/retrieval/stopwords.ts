/**
 * Words that must not drive a match: the one stop-word list of the code base (the analyzer of the index and the quote
 * matcher, the lookup of typed words and the benchmarks all read it), in two parts checked differently:
 *
 * - FUNCTION_WORDS (with the light verbs gaan, komen, maken, laten, krijgen) are checked on the folded surface form, before stemming: stemming would make "over" (about) and
 *   "overheid" (government) one key, and the function word must not take the content word with it.
 * - BOILERPLATE is the vocabulary of the genre: the motie's fixed frame (constaterende, overwegende, verzoekt de
 *   regering, gaat over tot de orde van de dag), the Kamervragen frame (Bent u bekend met het bericht …? Kunt u …?)
 *   and the actors every draft names (regering, kabinet, minister, Kamer, coalitieakkoord). These words occur in
 *   every draft and in many commitments, so they would make everything match everything. They are checked on the
 *   matching key, so every inflection (verzoekt, verzoeken, verzocht) goes.
 */

export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `aan aangaande aangezien achter af al aldus alle allen alles als alsmede alsnog alsook altijd andere anders
  ben bent bij bijna bijv binnen boven bovendien buiten ca circa daar daarbij daardoor daarin daarmee daarna daarnaast
  daarom daarop daartoe daarvan daarvoor dan dat de deze die dien diens dit doch doen doet door dus echter een eens
  eerder elk elke en enig enige enkel enkele er erg ervan erop eraan erin erover ervoor etc even ge geen gehad geweest
  had hadden haar heb hebben heeft hem hen het hier hierbij hierin hiermee hiervan hiervoor hij hoe hoewel hun iemand
  iets ieder iedere ik in inmiddels is ja je jij jou jullie kan kon konden kunnen kunt maar me meer meest men met mij
  mijn minder mits moest moesten moet moeten mogen mocht na naar naast namelijk nee net niet niets nl noch nog nu of
  oa om omdat onder ons onze ook op opdat over per reeds rond sinds sommige steeds te tegen tenzij ter terwijl tevens
  toch toe toen tot tussen u uit uw vaak van vanaf vanuit veel verder via vol voor vooral voordat vrijwel waar waarbij
  waardoor waarin waarmee waarom waarop waarvan wanneer want waren was wat we welk welke werd werden wie wij wil
  willen word worden wordt zal zelf zich zij zijn zo zoals zodat zodra zolang zonder zou zouden zowel zullen zulke
  ten dwz ipv ivm nav bv ed evt zgn resp mbt tav ihkv 's zo'n onszelf zichzelf zelf hierover daarover
  waarover gaan gaat ging gingen gegaan komen komt kwam kwamen gekomen maken maakt maakte maakten gemaakt laten
  liet lieten gelaten krijgen krijgt kreeg kregen gekregen `.split(/\s+/).filter(Boolean),
);

/** Genre words; compared by matching key (see `createAnalyzer`). */
export const BOILERPLATE: readonly string[] = `kamer kamerlid kamerleden regering kabinet kabinetten minister ministers
  staatssecretaris staatssecretarissen premier coalitieakkoord regeerakkoord akkoord coalitie
  coalitiepartijen constaterende constaterend constateert overwegende overwegend overweegt verzoekt verzoeken verzocht
  verzoek roept oproept spreekt uitspreekt gehoord beraadslaging motie moties indiener indieners orde dag voorzitter
  mevrouw meneer vraag vragen antwoord antwoorden beantwoording bekend bericht berichten reactie toelichten kamerbrief
  brief fractie fracties lid leden mening ondergetekende ingezonden aangenomen verworpen kijken kijkt bereid
  reflecteren reflecteert informeren informeert afgesproken afspreken kamervragen kamervraag kamerstuk kamerstukken
  kamerdebat commissiedebat tweeminutendebat overgaan`
  .split(/\s+/)
  .filter(Boolean);
