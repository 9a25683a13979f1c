import { agreementNames } from '../citation/format';
import { lookAlikes } from '../citation/lookup';
import { keyOf } from '../corpus/citationKey';
import { classifyKey, type KeyReading } from '../corpus/classifyKey';
import { openCitationKeys, type OpenKey } from '../draft/citationKeys';
import type { CorpusSet } from '../corpus/registry';
import type { Commitment } from '../corpus/types';
import { firstWords } from '../text/shorten';
import type { Localized } from '../types';
import { addAgreement } from './addAgreement';
import { fittingTitle, titleWith } from './fixTitle';
import type { Rule } from './types';

/** How to load a corpus that is not loaded (an agreement of the calendar: `addAgreement`). */
const ADD_CORPUS: Localized = {
  nl: 'Zet het corpusbestand in de map van het concept of noem het onder ‘corpora’ in de instellingen.',
  en: "Put the corpus file in the draft's folder or name it under ‘corpora’ in the settings.",
};

/** How to find the right key, true in the editor and on the command line (both show the message). */
const FIND_KEY = (typed: string): Localized => ({
  nl: `Typ in de editor ‘${typed}’ en kies uit de lijst, of zoek met ‘akkoordwijzer corpus search’.`,
  en: `Type ‘${typed}’ in the editor and pick from the list, or search with ‘akkoordwijzer corpus search’.`,
});

export const onbekendeToezegging: Rule = {
  id: 'onbekende-toezegging',
  kinds: ['motie', 'kamervragen', 'other'],
  defaultSeverity: 'warning',
  title: { nl: 'Onbekende citeersleutel', en: 'Unknown citation key' },
  docs: {
    summary: {
      nl: 'Een citeersleutel als `[@ca2026:…]` moet een bekende toezegging in een geladen corpus aanwijzen.',
      en: 'A citation key like `[@ca2026:…]` must name a known commitment in a loaded corpus.',
    },
    rationale: {
      nl:
        'Een verwijzing naar een toezegging die niet bestaat (een tikfout, een oude sleutel) laat de lezer met lege handen. De snelle oplossing stelt de sleutels voor die er het meest op lijken. ' +
        'Ook gemeld: een sleutel van een corpus dat niet geladen is (een akkoord uit de kalender, ‘[@ca2030:…]’ en ‘[@ca2030-…]’, ‘[@toezeggingen-bzk:…]’, ‘[@vp-…:…]’: niets controleert hem of de citaten erbij), en een sleutel zonder dubbele punt (‘[@ca2026-…]’, ‘[@ca2026]’, een toezegging zonder corpus). ' +
        'Sleutels van een andere bibliografie (‘[@smith2020]’, ‘[@doe:2020]’, ‘[@cpb2024:kerngegevens]’) blijven ongemoeid in een motie; in Kamervragen worden ze gemeld, omdat de export van elke sleutel een noot maakt.',
      en:
        'A reference to a commitment that does not exist (a typo, an old key) leaves the reader empty-handed. The quick fix offers the closest keys. ' +
        'Also reported: a key of a corpus that is not loaded (an agreement of the calendar, ‘[@ca2030:…]’ and ‘[@ca2030-…]’, ‘[@toezeggingen-bzk:…]’, ‘[@vp-…:…]’: nothing checks it or the quotations with it), and a key without its colon (‘[@ca2026-…]’, ‘[@ca2026]’, a commitment without its corpus). ' +
        'Keys of another bibliography (‘[@smith2020]’, ‘[@doe:2020]’, ‘[@cpb2024:kerngegevens]’) are left alone in a motie; in Kamervragen they are reported, as the export makes every key a note.',
    },
    bad: 'constaterende dat het kabinet een Nederlandse Digitale Dienst opricht [@ca2026:nederlandse-digitale-diesnt];',
    good: 'constaterende dat het kabinet een Nederlandse Digitale Dienst opricht [@ca2026:nederlandse-digitale-dienst];',
    fixes: {
      nl: 'Vervangt een oude sleutel door de nieuwe die het corpus ervoor noemt (voorkeur, ook in ‘Herstel alles’), of de sleutel door een bekende sleutel die erop lijkt (‘bedoelde u …’).',
      en: 'Replaces an old key with the new one its corpus names for it (preferred, also in ‘fix all’), or the key with a known key that resembles it (‘did you mean …’).',
    },
  },
  check(ctx) {
    const { draft, corpus } = ctx;
    if (corpus.corpora.length === 0) return;
    // One reading of each key, closed or left open, so that the same key text gets the same verdict and the same fixes
    // wherever it is written (`classifyKey`).
    for (const ref of draft.citations) reportKey(ctx, ref, classifyKey(corpus, ref.key));
    for (const open of openCitationKeys(draft)) reportOpenGroup(ctx, open, classifyKey(corpus, open.key));
  },
};

type Ctx = Parameters<Rule['check']>[0];
type Written = { key: string; start: number; end: number };
type Unknown = Extract<KeyReading, { kind: 'unknown' }>;

/** A key the draft may have meant, as a fix offers it in the place of the key written. */
interface KeyFix {
  title: Localized;
  key: string;
  isPreferred?: boolean;
}

/**
 * A closed key (`[@…]`). Keys of other bibliographies are not ours to judge (`reportForeignNote`), nor is a key that
 * names a commitment.
 */
function reportKey(ctx: Ctx, ref: Written, reading: KeyReading): void {
  if (reading.kind === 'foreign') return reportForeignNote(ctx, ref);
  if (reading.kind === 'known' && reading.form === 'colon') return;
  const fixes = keyFixes(ctx, reading);
  const keyAt = { start: ref.start + 1, end: ref.end };
  ctx.report({
    start: ref.start,
    end: ref.end,
    message: messageOf(ctx, ref, reading, fixes),
    fixes: fixes.map((f) => ({ title: f.title, edits: [{ ...keyAt, newText: f.key }], ...(f.isPreferred ? { isPreferred: true } : {}) })),
    commitments: fixes.map((f) => f.key),
    ...(reading.kind === 'unknown' && reading.renamed ? { data: { renamedTo: reading.renamed } } : {}),
  });
}

/**
 * The keys a reading offers in the key's place, wherever it is written: the corpus's new key for an old one (its own
 * renamed table, certain, so preferred), look-alikes (a guess, preferred only when it is the one guess and nothing
 * certain is known), the key with its colon or its corpus, the key under the corpus meant.
 */
function keyFixes(ctx: Ctx, reading: KeyReading): KeyFix[] {
  switch (reading.kind) {
    case 'known':
      return reading.form === 'colon' ? [] : reading.keys.map((key) => ({ title: replaceWith(key), key, ...(reading.keys.length === 1 ? { isPreferred: true } : {}) }));
    case 'near-corpus': {
      const key = keyOf(reading.near, reading.id);
      return ctx.corpus.get(key) ? [{ title: replaceWith(key), key, isPreferred: true }] : [];
    }
    case 'unknown': {
      const { renamed } = reading;
      const close = lookAlikesOf(ctx, reading);
      return [
        ...(renamed ? [{ title: fittingTitle({ nl: `Vervang door de nieuwe sleutel ${renamed}`, en: `Replace with the new key ${renamed}` }, replaceWith(renamed)), key: renamed, isPreferred: true }] : []),
        ...close.map((c) => ({
          title: fittingTitle(
            { nl: titleWith((words) => `Bedoelde u ${c.key}? (${words})`, firstWords(c.text, 50)), en: titleWith((words) => `Did you mean ${c.key}? (${words})`, firstWords(c.text, 50)) },
            { nl: `Bedoelde u ${c.key}?`, en: `Did you mean ${c.key}?` },
          ),
          key: c.key,
          ...(!renamed && close.length === 1 ? { isPreferred: true } : {}),
        })),
      ];
    }
    default:
      return [];
  }
}

function replaceWith(key: string): Localized {
  return { nl: `Vervang door ${key}`, en: `Replace with ${key}` };
}

/**
 * Look-alikes from the corpus the key names, or the same id under another corpus (the wrong agreement written): a
 * look-alike of another corpus is another promise (a key whose entry a broken line of its own file dropped was offered
 * a 2021 commitment instead). None for an agreement of the calendar that is not loaded (`hla2024`): it is a real
 * agreement, and the key may be right for it; another agreement's commitment would be a guess at the wrong one (a 2025
 * motie was offered one of 2026 as its only, preferred, fix; a reviewer), where loading it is what helps.
 */
function lookAlikesOf(ctx: Ctx, reading: Unknown): Commitment[] {
  if (!reading.loaded && ctx.corpus.timeline.get(reading.corpusId)) return [];
  const alike = ctx.engine ? lookAlikes(ctx.engine, reading.key) : [];
  return alike.filter((c) => c.key !== reading.renamed && (c.corpusId === reading.corpusId || c.id === reading.id));
}

/** What a closed key that is not a commitment's is told, by its reading; `fixes` as `keyFixes` made them. */
function messageOf(ctx: Ctx, ref: Written, reading: Exclude<KeyReading, { kind: 'foreign' }>, fixes: KeyFix[]): Localized {
  const { corpus } = ctx;
  switch (reading.kind) {
    case 'agreement':
      return {
        nl: `“${ref.key}” noemt het akkoord, geen toezegging. ${FIND_KEY(`[@${ref.key}:`).nl}`,
        en: `“${ref.key}” names the agreement, not a commitment. ${FIND_KEY(`[@${ref.key}:`).en}`,
      };
    case 'known':
      // A key of ours without its colon: "ca2026-xyz" ("-" for ":"), a commitment's id alone ("nederlandse-digitale-dienst").
      // It was passed over as another bibliography's, and the Kamervragen export wrote "ca2026-xyz (onbekende
      // toezegging)" as a note for the Griffie (a trial of the CLI in CI).
      return reading.form === 'slip'
        ? { nl: `Tussen corpus en toezegging staat ‘:’: bedoelde u “${reading.keys[0]}”?`, en: `A ‘:’ goes between corpus and commitment: did you mean “${reading.keys[0]}”?` }
        : { nl: `Citeersleutel zonder corpus: bedoelde u “${reading.keys[0]}”?`, en: `Citation key without its corpus: did you mean “${reading.keys[0]}”?` };
    case 'near-corpus':
      // "Onbekend corpus “fractie-zt”: bedoelde u “fractie-tz”?", with the key under that corpus when it names a commitment.
      return {
        nl: `Onbekend corpus “${reading.corpusId}” in “${ref.key}”: bedoelde u “${reading.near}”?`,
        en: `Unknown corpus “${reading.corpusId}” in “${ref.key}”: did you mean “${reading.near}”?`,
      };
    case 'not-loaded': {
      // Nothing checks it, and `check` said "0 bevindingen" in CI on a misquote beside it (a staffer's trial). An
      // agreement of the calendar ("[@hla2024]") is told as its keys are: an agreement, to import (a reviewer).
      const agreement = corpus.timeline.get(reading.corpusId) !== undefined;
      const [name, add] = agreement ? [{ nl: 'Akkoord', en: 'Agreement' }, addAgreement(reading.corpusId)] : [{ nl: 'Corpus', en: 'Corpus' }, ADD_CORPUS];
      return {
        nl: `${name.nl} “${reading.corpusId}” is niet geladen: “${ref.key}” en de citaten erbij worden niet gecontroleerd. Geladen: ${loaded(corpus)}. ${add.nl}`,
        en: `${name.en} “${reading.corpusId}” is not loaded: “${ref.key}” and the quotations with it are not checked. Loaded: ${loaded(corpus)}. ${add.en}`,
      };
    }
    case 'unknown':
      return unknownMessage(ctx, ref, reading, fixes.find((f) => f.key !== reading.renamed)?.key);
  }
}

/**
 * A key of ours that names no commitment: of a corpus not loaded, renamed, or unknown (with the nearest look-alike
 * `close`, and the file by its name when errors in it dropped entries: the editor shows them there, the CLI's `corpus
 * validate` lists them). Written with "-" for its colon, it says so first.
 */
function unknownMessage(ctx: Ctx, ref: Written, reading: Unknown, close: string | undefined): Localized {
  const { corpus } = ctx;
  const { corpusId, renamed } = reading;
  const meant = close ? { nl: ` Bedoelde u “${close}”?`, en: ` Did you mean “${close}”?` } : undefined;
  // The list after "[@" has no key of an agreement that is not loaded: how to load it instead (a reviewer).
  if (!reading.loaded) {
    const add = addAgreement(corpusId);
    return notLoadedAgreement(ctx, ref, reading, meant ?? { nl: ` ${add.nl}`, en: ` ${add.en}` });
  }
  const known = agreementNames(corpus, corpusId);
  const file = corpus.fileOf(corpusId);
  const broken = file?.problems.some((p) => p.severity === 'error') ? fileName(file.uri) : undefined;
  const tail = {
    nl: `${meant?.nl ?? ` ${FIND_KEY('[@').nl}`}${broken ? ` Het bestand ${broken} heeft fouten, en een toezegging met een fout wordt overgeslagen: zie de meldingen in dat bestand.` : ''}`,
    en: `${meant?.en ?? ` ${FIND_KEY('[@').en}`}${broken ? ` The file ${broken} has errors, and a commitment with an error is left out: see the problems in that file.` : ''}`,
  };
  if (reading.form === 'slip') {
    const slip = noKey(ref, reading);
    const what = { nl: `${slip.nl}${corpusId} heeft die toezegging niet`, en: `${slip.en}${corpusId} has no such commitment` };
    if (renamed) return { nl: `${what.nl}: in ${known.nl} heet ze nu “${renamed}”.`, en: `${what.en}: in ${known.en} it is now “${renamed}”.` };
    return { nl: `${what.nl}.${meant?.nl ?? ` ${FIND_KEY('[@').nl}`}`, en: `${what.en}.${meant?.en ?? ` ${FIND_KEY('[@').en}`}` };
  }
  if (renamed) return { nl: `Oude citeersleutel “${ref.key}”: in ${known.nl} heet deze toezegging nu “${renamed}”.`, en: `Old citation key “${ref.key}”: in ${known.en} this commitment is now “${renamed}”.` };
  return { nl: `Onbekende citeersleutel “${ref.key}”: ${known.nl} heeft geen toezegging met die sleutel.${tail.nl}`, en: `Unknown citation key “${ref.key}”: ${known.en} has no commitment with that key.${tail.en}` };
}

/**
 * A key of an agreement that is not loaded (`ca2030`): the same words with its colon and with "-" for it (the one
 * without was read as another bibliography's key; a helper's trial); `tail` what may have been meant.
 */
function notLoadedAgreement(ctx: Ctx, ref: Written, reading: Unknown, tail: Localized): Localized {
  const { corpusId } = reading;
  const list = loaded(ctx.corpus);
  const what = {
    nl: `akkoord “${corpusId}” is niet geladen (geladen: ${list}): “${ref.key}” wordt niet gecontroleerd.${tail.nl}`,
    en: `agreement “${corpusId}” is not loaded (loaded: ${list}): “${ref.key}” is not checked.${tail.en}`,
  };
  if (reading.form !== 'slip') return { nl: `A${what.nl.slice(1)}`, en: `A${what.en.slice(1)}` };
  const slip = noKey(ref, reading);
  return { nl: `${slip.nl}${what.nl}`, en: `${slip.en}${what.en}` };
}

/** The opening of what a key with "-" for its colon is told: "“ca2026-xyz” is geen citeersleutel: …, en ". */
function noKey(ref: Written, reading: Unknown): Localized {
  return {
    nl: `“${ref.key}” is geen citeersleutel: een sleutel is ‘corpus:toezegging’, zoals “${reading.key}”, en `,
    en: `“${ref.key}” is no citation key: a key is ‘corpus:commitment’, such as “${reading.key}”, and `,
  };
}

/**
 * A key in a group not closed on its line ("[@ca2026:…, …"): closed with "]" right after the key (a word glued to it
 * is read as the key's: the look-alikes put that right), and the keys its reading offers, closed. Another
 * bibliography's key is judged as a closed one: left alone in a motie, reported in Kamervragen with what the export
 * would make of it (`[@smith2020, p. 3` passed without a word while `[@smith2020, p. 3]` was reported; a helper's trial).
 */
/** A locator right after a key in a citation group: ", p. 3", ", pp. 12-14", ", blz. 7", ", par. 2.1", ", art. 5". */
const LOCATOR = /^,\s*(?:pp?|blz|par|art|hfst|nr|§)\.?\s*\d+(?:[.\-–]\d+)*/iu;

function reportOpenGroup(ctx: Ctx, open: OpenKey, reading: KeyReading): void {
  const note = reading.kind === 'foreign' ? foreignNote(ctx, open.key) : undefined;
  if (reading.kind === 'foreign' && !note) return;
  if (open.join) {
    ctx.report({
      start: open.start,
      end: open.end,
      message: {
        nl: `De verwijzing “${open.key}” loopt over twee regels: zet haar op één regel, anders wordt ze niet gecontroleerd en niet omgezet in een voetnoot.`,
        en: `The citation “${open.key}” runs over two lines: put it on one line, or it is not checked and not turned into a footnote.`,
      },
      fixes: [{ title: { nl: 'Zet op één regel', en: 'Put on one line' }, edits: [{ ...open.join, newText: ' ' }], isPreferred: true }],
    });
    return;
  }
  const keys = keyFixes(ctx, reading);
  // A locator after the key (", p. 3") belongs inside the brackets (a reviewer: the fix wrote "[@smith2020], p. 3").
  const locator = LOCATOR.exec(ctx.draft.text.slice(open.end, open.end + 40))?.[0] ?? '';
  const close = open.end + locator.length;
  ctx.report({
    start: open.start,
    end: open.end,
    message: {
      nl: `De verwijzing “${open.key}” is niet gesloten: zet ‘]’ achter de sleutel${locator ? ' en de vindplaats' : ''}.${note ? ` ${note.nl}` : ''}`,
      en: `The citation “${open.key}” is not closed: put ‘]’ after the key${locator ? ' and its locator' : ''}.${note ? ` ${note.en}` : ''}`,
    },
    fixes: [
      { title: { nl: 'Sluit met ‘]’', en: 'Close with ‘]’' }, edits: [{ start: close, end: close, newText: ']' }], isPreferred: true },
      ...keys.map((f) => ({ title: f.title, edits: [{ start: open.start + 1, end: open.end, newText: `${f.key}]` }] })),
    ],
    ...(keys.length > 0 ? { commitments: keys.map((f) => f.key) } : {}),
  });
}

/**
 * Another bibliography's key in Kamervragen (`[@jeugdzorg]`, `[@smith:kosten]`): left alone in a motie, whose export
 * drops keys, but the Kamervragen export makes every key a note, and this one "jeugdzorg (onbekende toezegging)" while
 * `check` said nothing (a check of the fixes).
 */
function reportForeignNote(ctx: Ctx, ref: Written): void {
  const note = foreignNote(ctx, ref.key);
  if (note) ctx.report({ start: ref.start, end: ref.end, message: note });
}

/** What the Kamervragen export would make of another bibliography's key; undefined in other drafts. */
function foreignNote(ctx: Ctx, key: string): Localized | undefined {
  if (ctx.draft.kind !== 'kamervragen') return undefined;
  return {
    nl: `“${key}” is geen toezegging van een geladen corpus: de export zou er de voetnoot ‘${key} (onbekende toezegging)’ van maken. Een citeersleutel is ‘corpus:toezegging’: typ in de editor ‘[@’ en kies uit de lijst, of noem de bron in een voetnoot.`,
    en: `“${key}” is no commitment of a loaded corpus: the export would make it the footnote ‘${key} (unknown commitment)’. A citation key is ‘corpus:commitment’: type ‘[@’ in the editor and pick from the list, or name the source in a footnote.`,
  };
}

/** The name of a file by its URI ("file:///…/fractie.akkoord.yaml" → "fractie.akkoord.yaml"). */
function fileName(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** The loaded corpora's ids, for a key whose corpus is not among them: "ca2026, ca2021". */
function loaded(corpus: CorpusSet): string {
  return corpus.corpora.map((c) => c.id).join(', ');
}
