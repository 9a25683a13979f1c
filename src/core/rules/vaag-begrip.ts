import type { TextReader } from '../text/blanked';
import { isConstatering, openerText, REQUEST_BEFORE_OM } from '../draft/formulas';
import type { Draft, Part } from '../draft/types';
import type { VagueLexicon, VagueMatch } from '../vague/terms';
import { lowerSeverity, type Localized, type Severity, type Span, type TextEdit } from '../types';
import type { FixSpec, Rule } from './types';
import { fittingTitle } from './fixTitle';
import { matchCase } from './util';
import { own } from '../text/own';

/**
 * How much a vague word weighs where it stands. It counts fully where the Kamer asks something: the dictum, and a
 * question that asks the government to act ("Bent u bereid …", "Wilt u …"). In an overweging (the Kamer's own reasons)
 * a word for power is a hint, and other vague words describe the reasons (see DESCRIBES_IN_OVERWEGING). In a constatering (what others said or did), an informational question, the heading, notes and
 * answers it is not the member's vagueness and is not reported.
 */
function placeSeverity(draft: Draft, part: Part, m: VagueMatch, configured: Severity, sentences: PartSentences): Severity | undefined {
  const at = m.start;
  if (part.note) return undefined;
  if (part.kind === 'dictum') return configured;
  if (part.kind === 'vraag') return sentences.test(ACTION_QUESTION, at) ? configured : undefined;
  if (part.kind === 'overweging') {
    if (DESCRIBES_IN_OVERWEGING.has(m.term.category) && !m.term.places?.includes('overweging')) return undefined;
    const opener = openerText(draft, part);
    // An overweging that describes what someone else does or wants ("dat de Hervormingsagenda inzet op …") reports a
    // fact like a constatering; only the Kamer's own view of what is needed ("dat er meer regie nodig is") counts.
    if (isConstatering(opener) || !sentences.test(NORMATIVE, at)) return undefined;
    return lowerSeverity(configured, 2);
  }
  return undefined;
}

/**
 * The kinds of vague word that, in an overweging, describe the Kamer's reasons rather than frame its request: an effort
 * verb, a deferral, a vague time, a hedge, a container word, a euphemism, jargon, a goal without measure ("overwegende
 * dat meer nodig is dan alleen het stimuleren van thuiswerken", "dat een ambitieuze agenda noodzakelijk is"). A staffer
 * leaves these alone; on the published moties they were noise every time. A word for power does frame the request
 * ("dat er meer regie nodig is" asks for regie, not doorzettingsmacht), and so does a user's own term or one whose
 * `places` names the overweging.
 */
const DESCRIBES_IN_OVERWEGING = new Set(['inspanningswerkwoord', 'uitstel-werkwoord', 'termijn-vaag', 'voorbehoud', 'containerbegrip', 'eufemisme', 'jargon', 'doel-zonder-maat']);

/** The Kamer's own view in an overweging: what must, should or needs to happen. */
const NORMATIVE = /(?<![\p{L}\p{N}])(?:moet|moeten|dient|dienen|nodig|noodzakelijk|wenselijk|gewenst|van\s+belang|belangrijk|essentieel|cruciaal|zou|zouden|behoort|behoren|vereist)(?![\p{L}\p{N}])/iu;

/**
 * A question that asks the government to do something, not for information. "Kunt u aangeven of u, gezien het bericht,
 * bereid bent …" asks it too; "Klopt het dat u van plan bent …" asks what the minister said (information). "Ben u
 * bereid" is the same question misspelt (werkwoordsvorm reports it): its vague words were reported only after its fix
 * (a trial of the language server).
 */
const ACTION_QUESTION =
  /\b(?:ben[dt]?\s+u\s+(?:bereid|van\s+plan|voornemens)|of\s+u(?:\s*,?\s+[^\s,.?!]+){0,6}?\s*,?\s+bereid\s+(?:bent|zou\s+zijn)|wilt\s+u|gaat\s+u|zult\s+u|zal\s+u|overweegt\s+u|kunt\s+u\s+(?:toezeggen|ervoor\s+zorgen|zorgen|garanderen|regelen|bewerkstelligen|bevorderen)|(?:welke|wat\s+voor)\s+(?:maatregelen|stappen|acties)\s+(?:gaat|zult|wilt|gaan)\s+u|(?:hoe|wanneer|wat)\s+(?:gaat|zult|wilt)\s+u|(?:gaat|zal)\s+(?:het\s+kabinet|de\s+regering))\b/i;

/**
 * The sentences of one part (between the marks that end sentences, . ? !), and what a pattern says of each, asked
 * once per sentence: a long sentence with thousands of vague words is read once, not once per word.
 */
class PartSentences {
  private marks: number[] | undefined;
  private readonly answers = new Map<RegExp, Map<number, boolean>>();

  constructor(
    private readonly text: TextReader,
    private readonly part: Part,
  ) {}

  /** Whether `pattern` matches the sentence that holds `at`. */
  test(pattern: RegExp, at: number): boolean {
    const [from, to] = this.around(at);
    let answers = this.answers.get(pattern);
    if (!answers) this.answers.set(pattern, (answers = new Map()));
    let answer = answers.get(from);
    if (answer === undefined) answers.set(from, (answer = pattern.test(this.text.slice(from, to))));
    return answer;
  }

  /** The sentence that holds `at`: after the last mark before it, through the first mark at or after it. */
  private around(at: number): [number, number] {
    const { start, end } = this.part;
    if (!this.marks) {
      this.marks = [];
      for (let i = start; i < end; i++) {
        const c = this.text.charCodeAt(i);
        if (c === 0x2e || c === 0x3f || c === 0x21) this.marks.push(i);
      }
    }
    const marks = this.marks;
    // The first mark at or after `at`.
    let lo = 0;
    let hi = marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return [lo > 0 ? marks[lo - 1]! + 1 : start, lo < marks.length ? marks[lo]! + 1 : end];
  }
}

/**
 * How far before and after a vague word its clause and request are read: far more than any sentence of a motie or
 * question, and a bound, so a part of thousands of vague words is not read from its start for each (that was quadratic:
 * a 224 kB dictum with 8,000 effort wordings took ~10 s).
 */
const READ_AROUND = 2_000;

/** The clause around a match: between the marks that end clauses (, ; : . ? !) or the part's bounds. */
function clauseAround(text: TextReader, part: Part, m: Span): { before: string; after: string } {
  // From after the opener: the number in "Vraag 2" is no number of the phrase.
  const begin = Math.max(part.opener ? Math.max(part.start, part.opener.end) : part.start, m.start - READ_AROUND);
  // Read without footnote markers and citations: the colon of "[@ca2026:…]" ends no clause.
  const head = withoutReferences(text.slice(begin, m.start));
  const end = Math.min(part.end, m.end + READ_AROUND);
  const tail = withoutReferences(text.slice(m.end, end));
  const stop = tail.search(/[,;:.?!]/);
  return { before: head.slice(Math.max(head.search(/[,;:.?!][^,;:.?!]*$/) + 1, 0)), after: stop < 0 ? tail : tail.slice(0, stop) };
}

/** A footnote marker ("[^3]") or a citation ("[@ca2026:…]") in a clause, as spaces. */
// Neither class takes a "[": each try stops at the next bracket (a "[" without its "]" read the window to its end).
const REFERENCE = /\[\^[^\][\s]*\]|\[[^\][\n@]*@[^\][\n]*\]/g;

/**
 * The clause without its footnote markers and citations: their digits are no number of the request ("waar mogelijk te
 * onderzoeken of …[^3]?" was made concrete by the 3 of its marker, a new user's trial; a key's year the same).
 */
function withoutReferences(clause: string): string {
  return clause.includes('[') ? clause.replace(REFERENCE, (r) => ' '.repeat(r.length)) : clause;
}

const NEGATION = /(?:^|\s)(?:geen|niet|nooit|zonder|noch)(?:\s+\S+){0,2}\s*$/i;
const PERFECT = /(?:^|\s)(?:is|zijn|was|waren|werd|werden|heeft|hebben|had|hadden)(?:\s+\S+){0,3}\s*$/i;
const PARTICIPLE = /^(?:\p{L}*ge\p{L}+[dt])$/iu;
/** A frequency makes monitoring concrete ("jaarlijks door SCP, PBL en CPB gemonitord"); it measures no goal. */
const FREQUENCY = /\b(?:jaarlijks|halfjaarlijks|maandelijks|wekelijks|per\s+kwartaal|elk\s+jaar|ieder\s+jaar)\b/i;
/** A number, a percentage, a date or a deadline makes the phrase concrete: "de ambitie van 40 % betaalbare woningen". */
const CONCRETE =
  /\d|%|\bprocent\b|\b(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|voorjaar|zomer|najaar|winter|zomerreces|kerstreces|begrotingsbehandeling|voorjaarsnota|miljoenennota)\b|\b(?:uiterlijk|vóór|voor\s+het\s+einde\s+van|binnen\s+\S+\s+(?:dagen|weken|maanden))\b/i;
const BOUNDED_BY_DEADLINE = new Set(['uitstel-werkwoord', 'termijn-vaag']);
/** A request to answer these questions: "deze vragen … te beantwoorden", "elke vraag afzonderlijk … beantwoorden". */
const ANSWER_THE_QUESTIONS = /(?<![\p{L}\p{N}])(?:deze|de|elke|iedere|alle|bovenstaande|onderstaande|mijn)\s+(?:\p{L}+\s+)?vra(?:ag|gen)(?![\p{L}\p{N}])[^.?!]{0,120}?(?<![\p{L}\p{N}])(?:te\s+)?beantwoord/iu;
/**
 * A time: a date ("1 juli", "1-7-2026"), a period ahead in figures ("binnen 3 maanden", "over 2 weken") or a year after a word
 * of time ("in 2027", "vóór 2030", "eind 2026"). It sets when, and a time does not bound a hedge.
 */
const TIME =
  /\b\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)(?:\s+\d{4})?\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b|\b(?:binnen|over|na)\s+\d+\s+(?:dagen|weken|maanden|jaar|jaren)\b|(?:\b(?:in|per|vanaf|sinds|uiterlijk|eind|begin|medio)|(?<![\p{L}\p{N}])vóór|\bvoor)\s+(?:19|20)\d\d\b/giu;
/** An amount: a number or a share ("minimaal de helft", "40 %", "2000 extra woningen"). */
const AMOUNT = /\d|%|\bprocent\b|\b(?:helft|kwart)\b/i;

/**
 * Whether the words around a vague word make it concrete (`CONCRETE`); a hedge only by an amount, never by a date or a
 * deadline: "waar mogelijk vóór 1 juli het mandaat te geven" still asks only where possible (a reviewer), "afdoende
 * maatregelen … om minimaal de helft binnen 42 dagen af te handelen" sets what is enough.
 */
function concreteFor(category: string, text: string): boolean {
  const measured = /\d/.test(text) ? text.replace(NAMES_A_KIND, ' ') : text;
  // Taking the times out only ever takes amounts away: without an amount in the first place, no time need be looked for
  // (a pasted dictum of thousands of hedges ran the time pattern over every hedge's clause: 3 s of a 1 MB check).
  return category === 'voorbehoud' ? AMOUNT.test(measured) && AMOUNT.test(measured.replace(TIME, ' ')) : CONCRETE.test(measured);
}

/**
 * A number inside a compound names a kind, not an amount: a road by its speed limit ("80 kilometerwegen", "80 kilometer-
 * en 50 kilometerwegen", "30 km-zones"), a group ("65-plussers", "18-jarigen"). "zich in te spannen om het aantal
 * schoolroutes op 80 kilometerwegen terug te dringen" sets no target (a dev miss); "82 kilometer aan schoolroutes" does.
 */
const NAMES_A_KIND = /(?<![\p{L}\p{N}])\d+(?:-\p{L}+|\s+(?:kilometer|km|meter)(?:-|\p{L}+))/giu;
/** What a number, a date or a frequency can make concrete: a goal, a time, money, an effort, a hedge — not a power ("regie"). */
const MEASURABLE = new Set(['doel-zonder-maat', 'termijn-vaag', 'eufemisme', 'inspanningswerkwoord', 'voorbehoud']);
const REQUEST_VERBS = new Set(['inspanningswerkwoord', 'uitstel-werkwoord']);
/**
 * Wordings that ask for effort and nothing else: after another requested action they still make that half of the
 * request empty ("… over te gaan tot het inkrimpen van de veehouderij en zich in te zetten voor een afname van …").
 */
const EFFORT_ONLY = new Set(['inspannen', 'inzetten-op', 'werk-maken-van', 'proberen']);
/** Wordings that ask for an attempt: a number, a date or a frequency sets its target, not its outcome. */
const ATTEMPT_ONLY = new Set(['proberen']);
/**
 * The effort wording is itself the next request when it follows "en" or a comma of the list of requests; elsewhere
 * it is someone else's effort ("te investeren in organisaties die zich inzetten voor …"), a question ("te informeren
 * over de wijze waarop zij inzet op …") or money put to a use ("de middelen in te zetten op preventie").
 */
const NEXT_REQUEST = /(?:,|(?<![\p{L}\p{N}])en)\s*$/u;
/**
 * A requested action before the vague verb: an infinitive with "te" ("in te richten", "uit te werken", "te laten …");
 * not "te" with an adjective ("gezien de te hoge kosten") or an infinitive used as one ("de te verwachten tekorten").
 */
const ANOTHER_ACTION = /(?<![\p{L}\p{N}])(?<!(?<![\p{L}\p{N}])(?:de|het|een)\s+)te\s+\p{L}{2,}n(?![\p{L}\p{N}])/iu;
/** A deadline in a part: a date, a season or a budget moment with its year, "uiterlijk", "vóór". */
const DEADLINE =
  /\b(?:uiterlijk|vóór|voor\s+(?:het\s+)?(?:einde|eind|zomerreces|kerstreces|voorjaar|zomer|najaar|begrotingsbehandeling|1\s+\p{L}+|\d{1,2}\s+\p{L}+))\b|\b(?:voorjaar|zomer|najaar|winter|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+(?:van\s+)?20\d\d\b|\bvoor\s+20\d\d\b|\b(?:eerste|tweede)\s+helft\s+van\s+20\d\d\b|\b(?:eerste|tweede|derde|vierde)\s+kwartaal\s+(?:van\s+)?20\d\d\b/iu;

/** A purpose clause: what the request is for, not the request ("… te doen om de regie te versterken"). */
const PURPOSE = /\b(?:zodat|opdat|teneinde|met\s+als\s+doel|met\s+het\s+oog\s+op|ten\s+behoeve\s+van|om)\b/gi;

/**
 * A purpose clause closed by its verb and followed by another request: "om … af te bouwen en op korte termijn de Kamer
 * te informeren". Only a vague time, a deferral or an effort verb makes what follows "en" a request of its own; two
 * goals ("om de kosten te verlagen en de regie te versterken") stay one purpose.
 */
const ASKED_AFTER_PURPOSE = new Set(['termijn-vaag', 'uitstel-werkwoord', 'inspanningswerkwoord']);
const PURPOSE_ENDED = /(?<![\p{L}\p{N}])te\s+\p{L}+\s*,?\s+en\s/iu;

/**
 * A noun that names what is there, asked to be kept: "de regiefunctie van bibliotheken in het aansturen van … te
 * behouden", "behoud van de regierol van gemeenten". The request is to keep it as it is, which is concrete; the fix
 * ("functie met doorzettingsmacht") would have asked for a power nobody proposed (a staffer's trial). Not across another
 * infinitive or a coordinator ("de regie te nemen en … te behouden").
 */
const NAMES_WHAT_IS = new Set(['bevoegdheid-vaag', 'containerbegrip', 'jargon', 'eufemisme']);
const KEPT_AFTER =
  /^(?:(?!(?<![\p{L}\p{N}])(?:te|en|of)\s)[^,;:.?!]){0,120}?(?<![\p{L}\p{N}])(?:te\s+behouden|te\s+handhaven|in\s+stand\s+te\s+houden|overeind\s+te\s+houden)(?![\p{L}\p{N}])/iu;
const KEPT_BEFORE = /(?<![\p{L}\p{N}])(?:behoud|handhaving|instandhouding)\s+van\s+(?:de\s+|het\s+|een\s+)?(?:\p{L}+\s+)?$/iu;

/**
 * A vague word that is not vague here: negated ("geen regie"), a past fact ("is geborgd"), made concrete in the same
 * phrase ("de ambitie van 40 % betaalbare woningen", "op korte termijn, uiterlijk 1 juli"), or in a purpose clause
 * after the request ("… te investeren om de regie te versterken").
 */
function notVagueHere(draft: Draft, part: Part, m: VagueMatch): boolean {
  const own = draft.ownWords;
  const { before, after } = clauseAround(own, part, m);
  if (NEGATION.test(before)) return true;
  const written = own.slice(m.start, m.end).trim();
  if (NAMES_WHAT_IS.has(m.term.category) && (KEPT_AFTER.test(after) || KEPT_BEFORE.test(before))) return true;
  if (PERFECT.test(before) && written.split(/\s+/).some((w) => PARTICIPLE.test(w))) return true;
  // An attempt stays an attempt, whatever its target: "te proberen de wachtlijsten vóór 2027 met 25 % te verkorten".
  const attempt = ATTEMPT_ONLY.has(m.term.id);
  if (MEASURABLE.has(m.term.category) && !attempt && (concreteFor(m.term.category, before) || concreteFor(m.term.category, after))) return true;
  if (m.term.category === 'inspanningswerkwoord' && !attempt && (FREQUENCY.test(before) || FREQUENCY.test(after))) return true;
  // In a dictum, an effort verb weakens the request when it is the request: "verzoekt de regering te onderzoeken …". After
  // another requested action ("… in te richten en … te faciliteren") it only adds to it, unless it asks for effort alone.
  if (part.kind === 'dictum' && REQUEST_VERBS.has(m.term.category)) {
    const requested = own.slice(Math.max(part.opener ? part.opener.end : part.start, m.start - READ_AROUND), m.start);
    // Only the end of the request so far decides whether this is the next request: a few characters, not all of it.
    if (ANOTHER_ACTION.test(requested) && !(EFFORT_ONLY.has(m.term.id) && NEXT_REQUEST.test(requested.slice(-16)))) return true;
  }
  // A request to look into something, or a vague time, is bounded when the same part sets a deadline
  // ("te verkennen … en de Kamer vóór het voorjaar van 2023 te informeren").
  if (BOUNDED_BY_DEADLINE.has(m.term.category) && DEADLINE.test(own.slice(part.start, part.end))) return true;
  // When the questions themselves are answered is set by the Kamer's rules (three weeks), not by the member's words:
  // "Bent u bereid elke vraag afzonderlijk en op korte termijn te beantwoorden?" (a staffer's trial: noise).
  if (m.term.category === 'termijn-vaag' && ANSWER_THE_QUESTIONS.test(`${before} ${written} ${after}`)) return true;
  // A purpose clause before the word, in its sentence ("… moeite hebben om kinderen onderwijs te bieden? Zo nee, …" is
  // none): "verzoekt het kabinet om een tijdspad op te stellen om afhankelijkheden te verminderen". The "om" right after
  // the opener, or after "bereid", is the request itself.
  const openerEnd = Math.max(part.opener ? part.opener.end : part.start, m.start - READ_AROUND);
  const fromOpener = own.slice(openerEnd, m.start);
  const lead = fromOpener.slice(fromOpener.search(/[.?!][^.?!]*$/) + 1);
  for (const purpose of lead.matchAll(PURPOSE)) {
    // "Bent u bereid om …", "roept de regering op om …": this "om" opens the request, not a purpose.
    if (REQUEST_BEFORE_OM.test(lead.slice(0, purpose.index))) continue;
    const inside = lead.slice(purpose.index);
    const ended = ASKED_AFTER_PURPOSE.has(m.term.category) && PURPOSE_ENDED.test(inside);
    if (lead.slice(0, purpose.index).trim().split(/\s+/).filter(Boolean).length >= 2 && !ended) return true;
  }
  return insertedHedge(m, before, after, own, part);
}

/**
 * Words after a hedge that are a request of their own: an infinitive first ("te onderzoeken"), or after one word with
 * more after it ("gemeenten te ondersteunen bij …"); "zo nodig nog te nemen, maatregelen" qualifies its noun.
 */
const HEDGED_REQUEST = /^\s*(?:te\s+\p{L}{2,}n(?![\p{L}\p{N}])|\p{L}+\s+te\s+\p{L}{2,}n\s+[\p{L}\p{N}])/iu;

/** A time that `CONCRETE` does not name: "dit jaar", "komende maand", "op korte termijn". */
const THIS_PERIOD = /\b(?:dit|deze|volgend|volgende|komend|komende)\s+(?:jaar|maand|week|kwartaal|kabinetsperiode)|\bop\s+(?:korte\s+)?termijn\b/i;

/**
 * A hedge inside a phrase set off by commas that qualifies the words after it, not the request: "met passende, zo nodig
 * wettelijke, maatregelen", "in de commissie, of indien noodzakelijk in een nieuwe commissie, plannen te laten
 * ontwikkelen", "Bent u bereid, zo veel mogelijk in internationaal verband, uw afschuw uit te spreken". A hedge that is
 * the whole inserted phrase ("verzoekt de regering, waar mogelijk, …") or ends the request still weakens it.
 */
function insertedHedge(m: VagueMatch, before: string, after: string, own: TextReader, part: Part): boolean {
  if (m.term.category !== 'voorbehoud') return false;
  if (!/^\s*(?:(?:en|of|maar)\s+)?$/i.test(before)) return false;
  // The words after the hedge must be what it qualifies: not more of the hedge ("waar mogelijk en wenselijk"), and not
  // a time ("indien mogelijk nog dit jaar" hedges the deadline).
  if (!/\p{L}/u.test(after) || /^\s*(?:en|of|dan\s+wel|maar)\b/i.test(after) || CONCRETE.test(after) || THIS_PERIOD.test(after)) return false;
  // A phrase that asks for something itself is a request between commas, not words set off inside one: ", waar mogelijk
  // te onderzoeken hoe …, en vóór 1 januari de Kamer te informeren" (a new user's trial: the hedge went unreported).
  // Its verb comes first ("te onderzoeken", "nader te bezien", "in te zetten"); "in een nieuwe op te richten commissie"
  // qualifies the request's venue.
  if (HEDGED_REQUEST.test(after)) return false;
  const opensAt = m.start - before.length - 1;
  const closesAt = m.end + after.length;
  return opensAt >= part.start && own.charAt(opensAt) === ',' && own.charAt(closesAt) === ',' && /\p{L}/u.test(own.slice(closesAt + 1, part.end));
}

/** Strike a hedge ("waar mogelijk") with the space or comma around it, so the sentence stays whole. */
function strike(text: string, m: VagueMatch): TextEdit | undefined {
  if (/^\p{Lu}/u.test(text.slice(m.start, m.end))) return undefined; // a sentence would start in lower case
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const after = text.slice(m.end, m.end + 2);
  const commaBefore = /,[ \t]*$/.exec(before);
  if (commaBefore && after.startsWith(',')) return { start: m.start - commaBefore[0].length, end: m.end, newText: '' };
  if (/[ \t]$/.test(before) && /^[ \t]\S/.test(after)) return { start: m.start, end: m.end + 1, newText: '' };
  if (/[ \t]$/.test(before) && /^[,.;:?!]/.test(after)) return { start: m.start - 1, end: m.end, newText: '' };
  return undefined;
}

function message(text: string, m: VagueMatch, lang: keyof Localized, also: string[]): string {
  const c = m.term.compare;
  const head = lang === 'nl' ? `Vaag begrip “${text}”` : `Vague term “${text}”`;
  // The flagship shows the two side by side: "regie coördineert en kan zonder gevolg mislukken, doorzettingsmacht kan …".
  const vs = c ? ` ${c.term[lang]} ${c.termMeans[lang]}, ${c.firm[lang]} ${c.firmMeans[lang]};` : '';
  const more = also.length === 0 ? '' : lang === 'nl' ? ` (Ook vaag: ${also.map((a) => `“${a}”`).join(', ')}.)` : ` (Also vague: ${also.map((a) => `“${a}”`).join(', ')}.)`;
  return `${head}:${vs} ${m.term.instead[lang]}${more}`;
}

export const vaagBegrip: Rule = {
  id: 'vaag-begrip',
  scope: 'part',
  kinds: ['motie', 'kamervragen'],
  overBudget: true,
  defaultSeverity: 'warning',
  title: { nl: 'Vaag beleidsbegrip', en: 'Vague policy term' },
  docs: {
    summary: {
      nl: 'Signaleert vage beleidstaal (‘regie’, ‘inzetten op’, ‘bezien’, ‘waar mogelijk’ …) en zegt wat steviger is.',
      en: 'Flags vague policy language (‘regie’, ‘inzetten op’, ‘bezien’, ‘waar mogelijk’ …) and says what is firmer.',
    },
    rationale: {
      nl:
        'Een motie of Kamervraag is pas toetsbaar als duidelijk is wie wat vóór wanneer doet. Woorden als ‘regie’ en ' +
        '‘inzetten op’ beloven een inspanning, geen resultaat: regie coördineert en kan zonder gevolg mislukken, ' +
        'doorzettingsmacht kan besluiten en afdwingen.\n\n' +
        'Het gewicht hangt af van de plek, zoals een ervaren medewerker leest: in het dictum en in een vraag die de regering ' +
        'iets vraagt te doen (‘Bent u bereid …’, ‘Wilt u …’) telt de ingestelde ernst; in een overweging (de eigen redenen ' +
        'van de Kamer) is alleen een woord voor macht (‘regie’, ‘grip’) een hint; andere vage woorden beschrijven daar de ' +
        'redenen en worden niet gemeld; in een constatering (wat anderen zeiden of deden), een vraag om informatie, de kop ' +
        'en de lijst met bronnen niet. Ook niet als het woord ontkend wordt (‘geen regie’), een feit uit het verleden ' +
        'beschrijft (‘is geborgd’), in dezelfde zinsnede al concreet is gemaakt (‘de ambitie van 40 % betaalbare ' +
        'woningen’, ‘op korte termijn, uiterlijk 1 juli’; een voorbehoud alleen door een hoeveelheid, niet door een datum; het cijfer van een voetnoot, het jaar in een citeersleutel of een getal dat een soort noemt, ‘80 kilometerwegen’, ‘65-plussers’, telt niet), in een doelzin na het verzoek staat (‘… te investeren om de ' +
        'regie te versterken’), als voorbehoud in een ingevoegde zinsnede alleen de woorden erna inperkt (‘met passende, ' +
        'zo nodig wettelijke, maatregelen’; een zinsnede die zelf iets vraagt, ‘…, waar mogelijk te onderzoeken hoe …,’, wel), een vage tijd noemt voor het beantwoorden van de vragen zelf (‘deze vragen op korte termijn te beantwoorden’: die termijn staat in het Reglement van Orde), of in een citaat staat: dat is niet uw vaagheid. Per deel één melding, op het eerste vage ' +
        'woord; de melding noemt de andere. De lijst staat in `lexicon/vague-terms.yaml` en is uit te breiden met de ' +
        'instelling `akkoordwijzer.lexicon.extra` of `.akkoordwijzer.yaml`.',
      en:
        'A motie or question can only be checked when it says who does what by when. Words like ‘regie’ and ‘inzetten ' +
        'op’ promise effort, not results: regie coordinates and can fail without consequence, doorzettingsmacht can ' +
        'decide and enforce.\n\n' +
        'The weight depends on the place, as an experienced staffer reads: the configured severity in the dictum and in ' +
        'a question that asks the government to act (‘Bent u bereid …’, ‘Wilt u …’); in an overweging (the Kamer’s own ' +
        'reasons) a hint only for a word for power (‘regie’, ‘grip’), while other vague words there describe the reasons and ' +
        'are not reported; nothing in a constatering (what others said or did), a question for information, the ' +
        'heading or the list of sources. Nothing either when the word is negated (‘geen regie’), describes a past fact ' +
        '(‘is geborgd’), is made concrete in the same phrase (‘de ambitie van 40 % betaalbare woningen’, ‘op korte ' +
        'termijn, uiterlijk 1 juli’; a hedge only by an amount, not by a date; the number of a footnote, the year in a citation key or a number that names a kind, ‘80 kilometerwegen’, ‘65-plussers’, does not count), stands in a purpose clause after the request, is a hedge in a phrase set off by commas that only qualifies the words after ' +
        'it (‘met passende, zo nodig wettelijke, maatregelen’; a phrase that asks something itself, ‘…, waar mogelijk te onderzoeken hoe …,’, does not), gives a vague time for answering the questions themselves (‘deze vragen op korte termijn te beantwoorden’: the Rules of Procedure set that term), or in a quotation: that is not ' +
        'your vagueness. One finding per part, on its first vague word; the message names the others. The list is ' +
        '`lexicon/vague-terms.yaml`, extendable through `akkoordwijzer.lexicon.extra` or `.akkoordwijzer.yaml`.',
    },
    bad: 'verzoekt de regering de Nederlandse Digitale Dienst de regie te geven over de digitale overheid,',
    good: 'verzoekt de regering de Nederlandse Digitale Dienst doorzettingsmacht te geven over ICT-besluiten van alle ministeries,',
    fixes: {
      nl: 'Biedt stevigere woorden aan, elk met wat het betekent (‘regie’ → ‘doorzettingsmacht’, ‘aanwijzingsbevoegdheid’ of eerlijk ‘coördinatie’); geen daarvan is de voorkeur, want welk woord past hangt af van wat u bedoelt. Een vervanging die u zelf opgeeft in `lexicon.extra` is in het dictum wel de voorkeursoplossing. Biedt bij voorbehouden als ‘waar mogelijk’ aan ze te schrappen (nooit de voorkeur: het verandert wat er gevraagd wordt).',
      en: 'Offers firmer words, each with what it means (‘regie’ → ‘doorzettingsmacht’, ‘aanwijzingsbevoegdheid’ or, honestly, ‘coördinatie’); none is preferred, because which word fits depends on what you mean. A replacement you give yourself in `lexicon.extra` is the preferred fix in the dictum. Offers to strike hedges such as ‘waar mogelijk’ (never preferred: it changes what is asked).',
    },
  },
  check(ctx) {
    const { draft, lexicon } = ctx;
    for (const part of draft.parts) {
      const matches = reportedVague(draft, part, lexicon, ctx.severity);
      if (matches.length === 0) continue;
      // One finding per part, on its first vague word; the message names the others, so a dictum with four weak
      // verbs gets one finding that says so, not four.
      const [{ m, severity }, ...others] = matches;
      const text = draft.text.slice(m.start, m.end).replace(/\s+/g, ' ');
      const also = [...new Set(others.map((o) => draft.text.slice(o.m.start, o.m.end).replace(/\s+/g, ' ')).filter((t) => t.toLowerCase() !== text.toLowerCase()))];
      const firm = own(m.term.replacements, m.form) || m.term.compare?.firm.nl || m.term.alternatives?.[0]?.term;
      ctx.report({
        start: m.start,
        end: m.end,
        severity,
        message: { nl: message(text, m, 'nl', also), en: message(text, m, 'en', also) },
        // Where the others stand: the editor lists them under the finding, each a link to its words (they had no place
        // to hover or go to; a staffer's trial).
        related: others.map((o) => {
          const other = draft.text.slice(o.m.start, o.m.end).replace(/\s+/g, ' ');
          return { span: { start: o.m.start, end: o.m.end }, message: { nl: `Ook vaag: “${other}”`, en: `Also vague: “${other}”` } };
        }),
        fixes: fixesFor(draft, m, text, part),
        data: { term: m.term.id, form: m.form, place: part.kind, ...(firm ? { firm } : {}) },
      });
    }
  },
};

/**
 * The vague words of a part this rule reports, with the severity their place gives `configured`, in order. Matched in
 * the member's own words: quotations and blockquotes are someone else's vagueness. `motie-dictum-werkwoord` leaves
 * these to this rule (one finding per slip), and only these: a phrase the lexicon knows that is not vague where it
 * stands ("vóór 1 juli 2027 te kijken naar") is still effort only to that rule.
 */
export function reportedVague(draft: Draft, part: Part, lexicon: VagueLexicon, configured: Severity): { m: VagueMatch; severity: Severity }[] {
  let sentences: PartSentences | undefined;
  return lexicon
    .match(draft.ownWords, part.start, part.end)
    .filter((m) => !m.term.places || m.term.places.includes(part.kind))
    .map((m) => ({ m, severity: placeSeverity(draft, part, m, configured, (sentences ??= new PartSentences(draft.ownWords, part))) }))
    .filter((x): x is { m: VagueMatch; severity: Severity } => x.severity !== undefined && !notVagueHere(draft, part, x.m));
}

/**
 * The fixes: a replacement the user gave in `lexicon.extra` (preferred in the dictum); else a choice among the
 * term's firmer alternatives, each with what it means, none preferred; for a hedge ("waar mogelijk") the offer to
 * strike it (never preferred: it changes what is asked).
 */
function fixesFor(draft: Draft, m: VagueMatch, text: string, part: Part): FixSpec[] {
  const replacement = own(m.term.replacements, m.form);
  if (replacement) {
    const r = matchCase(text, replacement);
    const title = fittingTitle({ nl: `Vervang “${text}” door ‘${r}’`, en: `Replace “${text}” with ‘${r}’` }, { nl: `Vervang door ‘${r}’`, en: `Replace with ‘${r}’` });
    const fix: FixSpec = { title, edits: [{ start: m.start, end: m.end, newText: r }] };
    // Preferred only in the dictum, where the firm word makes the request firm; elsewhere the member often describes
    // what others call it, and swapping the word would change a statement of fact.
    if (part.kind === 'dictum') fix.isPreferred = true;
    return [fix];
  }
  if (replacement === '') {
    const edit = strike(draft.text, m);
    return edit ? [{ title: { nl: `Schrap “${text}”`, en: `Remove “${text}”` }, edits: [edit] }] : [];
  }
  return (m.term.alternatives ?? []).flatMap((a) => {
    const r = own(a.replacements, m.form);
    if (!r) return [];
    const word = matchCase(text, r);
    // The words it replaces where they fit the menu ("centrale regie op" → "centrale aanwijzingsbevoegdheid over" do not).
    const title = fittingTitle(
      { nl: `Vervang “${text}” door ‘${word}’ (${a.means.nl})`, en: `Replace “${text}” with ‘${word}’ (${a.means.en})` },
      { nl: `Vervang door ‘${word}’ (${a.means.nl})`, en: `Replace with ‘${word}’ (${a.means.en})` },
    );
    return [{ title, edits: [{ start: m.start, end: m.end, newText: word }] }];
  });
}
