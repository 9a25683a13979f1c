import { agreementNames } from '../citation/format';
import { lookAlikes } from '../citation/lookup';
import { keyOf, splitCitationKey } from '../corpus/citationKey';
import { openCitationKeys, type OpenKey } from '../draft/citationKeys';
import type { CorpusSet } from '../corpus/registry';
import { firstWords } from '../text/shorten';
import type { Rule } from './types';
import { own } from '../text/own';
import { distance } from '../text/distance';

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
        'Ook gemeld: een sleutel van een corpus dat niet geladen is (een akkoord uit de kalender, ‘[@toezeggingen-bzk:…]’, ‘[@vp-…:…]’: niets controleert hem of de citaten erbij), en een sleutel zonder dubbele punt (‘[@ca2026-…]’, ‘[@ca2026]’, een toezegging zonder corpus). ' +
        'Sleutels van een andere bibliografie (‘[@smith2020]’, ‘[@doe:2020]’, ‘[@cpb2024:kerngegevens]’) blijven ongemoeid in een motie; in Kamervragen worden ze gemeld, omdat de export van elke sleutel een noot maakt.',
      en:
        'A reference to a commitment that does not exist (a typo, an old key) leaves the reader empty-handed. The quick fix offers the closest keys. ' +
        'Also reported: a key of a corpus that is not loaded (an agreement of the calendar, ‘[@toezeggingen-bzk:…]’, ‘[@vp-…:…]’: nothing checks it or the quotations with it), and a key without its colon (‘[@ca2026-…]’, ‘[@ca2026]’, a commitment without its corpus). ' +
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
    for (const ref of draft.citations) {
      const { corpusId, id } = splitCitationKey(ref.key);
      // Keys of other bibliographies (Pandoc's `[@smith2020]`, `[@doe:2020]`) are not ours to judge, unless they read as
      // ours: a loaded corpus's id with a slip ("fractie-zt" for "fractie-tz": it was passed over without a word), a
      // corpus that is not loaded, or a key of ours without its colon.
      if (!corpusId) {
        if (!reportWithoutColon(ctx, ref)) reportForeignNote(ctx, ref);
        continue;
      }
      if (!corpus.corpus(corpusId) && !/^ca\d{4}$/.test(corpusId)) {
        const near = nearCorpus(corpus, corpusId, id);
        if (near) reportNearCorpus(ctx, ref, corpusId, id, near);
        else if ((CORPUS_LIKE.test(corpusId) || corpus.timeline.get(corpusId)) && !PANDOC_LOCATOR.test(id)) reportNotLoaded(ctx, ref, corpusId);
        else reportForeignNote(ctx, ref);
        continue;
      }
      if (corpus.get(ref.key)) continue;
      const renamed = renamedKey(corpus, corpusId, id);
      // Look-alikes from the corpus the key names, or the same id under another corpus (the wrong agreement written): a
      // look-alike of another corpus is another promise (a key whose entry a broken line of its own file dropped was
      // offered a 2021 commitment instead).
      const alike = ctx.engine ? lookAlikes(ctx.engine, ref.key) : [];
      const close = alike.filter((c) => c.key !== renamed?.key && (c.corpusId === corpusId || c.id === id));
      const file = corpus.fileOf(corpusId);
      // The file by its name (the editor shows its errors there; the CLI's `corpus validate` lists them).
      const broken = file?.problems.some((p) => p.severity === 'error') ? fileName(file.uri) : undefined;
      const known = corpus.corpus(corpusId) ? agreementNames(corpus, corpusId) : undefined;
      const keyAt = { start: ref.start + 1, end: ref.end };
      ctx.report({
        start: ref.start,
        end: ref.end,
        message: !known
          ? {
              nl: `Onbekend corpus “${corpusId}” in “${ref.key}”; geladen: ${loaded(corpus)}.${close[0] ? ` Bedoelde u “${close[0].key}”?` : ''}`,
              en: `Unknown corpus “${corpusId}” in “${ref.key}”; loaded: ${loaded(corpus)}.${close[0] ? ` Did you mean “${close[0].key}”?` : ''}`,
            }
          : renamed
            ? { nl: `Oude citeersleutel “${ref.key}”: in ${known.nl} heet deze toezegging nu “${renamed.key}”.`, en: `Old citation key “${ref.key}”: in ${known.en} this commitment is now “${renamed.key}”.` }
            : {
                nl: `Onbekende citeersleutel “${ref.key}”: ${known.nl} heeft geen toezegging met die sleutel.${close[0] ? ` Bedoelde u “${close[0].key}”?` : ' Zoek de juiste met ‘[@’ (aanvullen) of ‘akkoordwijzer corpus search’.'}${broken ? ` Het bestand ${broken} heeft fouten, en een toezegging met een fout wordt overgeslagen: zie de meldingen in dat bestand.` : ''}`,
                en: `Unknown citation key “${ref.key}”: ${known.en} has no commitment with that key.${close[0] ? ` Did you mean “${close[0].key}”?` : ' Find the right one with ‘[@’ (completion) or ‘akkoordwijzer corpus search’.'}${broken ? ` The file ${broken} has errors, and a commitment with an error is left out: see the problems in that file.` : ''}`,
              },
        // The corpus's own renamed table is certain, so its key is the preferred fix; a look-alike is a guess,
        // preferred only when it is the one guess and nothing certain is known.
        fixes: [
          ...(renamed
            ? [{ title: { nl: `Vervang door de nieuwe sleutel ${renamed.key}`, en: `Replace with the new key ${renamed.key}` }, edits: [{ ...keyAt, newText: renamed.key }], isPreferred: true }]
            : []),
          ...close.map((c) => ({
            title: { nl: `Bedoelde u ${c.key}? (${firstWords(c.text, 50)})`, en: `Did you mean ${c.key}? (${firstWords(c.text, 50)})` },
            edits: [{ ...keyAt, newText: c.key }],
            ...(!renamed && close.length === 1 ? { isPreferred: true } : {}),
          })),
        ],
        commitments: [...(renamed ? [renamed.key] : []), ...close.map((c) => c.key)],
        ...(renamed ? { data: { renamedTo: renamed.key } } : {}),
      });
    }
    for (const open of openCitationKeys(draft)) reportOpenGroup(ctx, open);
  },
};

/**
 * A key of ours in a group not closed on its line ("[@ca2026:…, …"): closed with "]" right after the key (a word
 * glued to it is read as the key's: onbekende-toezegging's look-alikes put that right). Another bibliography's key is
 * left alone, as above.
 */
function reportOpenGroup(ctx: Parameters<Rule['check']>[0], open: OpenKey): void {
  const { corpusId } = splitCitationKey(open.key);
  if (!(corpusId ? ctx.corpus.corpus(corpusId) || ctx.corpus.timeline.get(corpusId) || CORPUS_LIKE.test(corpusId) : ctx.corpus.corpus(open.key))) return;
  if (open.join) {
    ctx.report({
      start: open.start,
      end: open.end,
      message: {
        nl: `De verwijzing bij “${open.key}” loopt door op de volgende regel: zet haar op één regel, dan worden de sleutels gecontroleerd en in de export voetnoten.`,
        en: `The citation with “${open.key}” runs on to the next line: put it on one line, so its keys are checked and become notes in the export.`,
      },
      fixes: [{ title: { nl: 'Zet op één regel', en: 'Put on one line' }, edits: [{ ...open.join, newText: ' ' }], isPreferred: true }],
    });
    return;
  }
  ctx.report({
    start: open.start,
    end: open.end,
    message: { nl: `De verwijzing “${open.key}” is niet gesloten: zet ‘]’ achter de sleutel.`, en: `The citation “${open.key}” is not closed: put ‘]’ after the key.` },
    fixes: [{ title: { nl: 'Sluit met ‘]’', en: 'Close with ‘]’' }, edits: [{ start: open.end, end: open.end, newText: ']' }], isPreferred: true }],
  });
}

/**
 * The loaded corpus whose id is nearest `corpusId`, one or two keystrokes away (ids of four letters or more): the
 * nearest, and of those one that holds `id`.
 */
function nearCorpus(corpus: CorpusSet, corpusId: string, id: string): string | undefined {
  if (corpusId.length < 4) return undefined;
  const typed = corpusId.toLowerCase();
  const near = corpus.corpora
    .map((c) => ({ id: c.id, d: distance(typed, c.id, 2) }))
    .filter((x) => x.d <= 2)
    .map((x) => ({ id: x.id, rank: x.d * 2 + (corpus.get(keyOf(x.id, id)) ? 0 : 1) }));
  return near.sort((a, b) => a.rank - b.rank)[0]?.id;
}

/** "Onbekend corpus “fractie-zt”: bedoelde u “fractie-tz”?", with the key under that corpus when it names a commitment. */
function reportNearCorpus(ctx: Parameters<Rule['check']>[0], ref: { key: string; start: number; end: number }, corpusId: string, id: string, near: string): void {
  const key = keyOf(near, id);
  const known = ctx.corpus.get(key) !== undefined;
  ctx.report({
    start: ref.start,
    end: ref.end,
    message: { nl: `Onbekend corpus “${corpusId}” in “${ref.key}”: bedoelde u “${near}”?`, en: `Unknown corpus “${corpusId}” in “${ref.key}”: did you mean “${near}”?` },
    fixes: known ? [{ title: { nl: `Vervang door ${key}`, en: `Replace with ${key}` }, edits: [{ start: ref.start + 1, end: ref.end, newText: key }], isPreferred: true }] : [],
    commitments: known ? [key] : [],
  });
}

/**
 * A corpus id as corpus files are named: `toezeggingen`, or words joined by hyphens (`toezeggingen-bzk` as `toezeggingen
 * fetch` writes them, `vp-fractie`, `coalitieakkoord-2026` as the import proposes for "Coalitieakkoord 2026.pdf"); an
 * agreement of the calendar (`hla2024`) is one too. An author-year prefix without a hyphen is another bibliography's
 * (`[@smith:kosten]`, `[@cpb2024:kerngegevens]`: reported, it stopped the Kamervragen export; a reviewer), and so is a
 * key whose part after the colon is a page or a number (`[@wrr-2021:p12]`, `[@doe:2020]`).
 */
const CORPUS_LIKE = /^toezeggingen$|^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;
const PANDOC_LOCATOR = /^(?:p|pp|nr|blz)?\.?\d+[a-z]?$/i;

/**
 * A key of a corpus that is not loaded (`[@toezeggingen-bzk:tz-12]`, the file in another folder): nothing checks it,
 * and `check` said "0 bevindingen" in CI on a misquote beside it (a staffer's trial).
 */
function reportNotLoaded(ctx: Parameters<Rule['check']>[0], ref: { key: string; start: number; end: number }, corpusId: string): void {
  ctx.report({
    start: ref.start,
    end: ref.end,
    message: {
      nl: `Corpus “${corpusId}” is niet geladen: “${ref.key}” en de citaten erbij worden niet gecontroleerd. Geladen: ${loaded(ctx.corpus)}. Zet het corpusbestand in de map van het concept of noem het onder ‘corpora’ in de instellingen.`,
      en: `Corpus “${corpusId}” is not loaded: “${ref.key}” and the quotations with it are not checked. Loaded: ${loaded(ctx.corpus)}. Put the corpus file in the draft's folder or name it under ‘corpora’ in the settings.`,
    },
  });
}

/**
 * A key of ours without its colon: "ca2026-xyz" ("-" for ":"), "ca2026" (the agreement, no commitment), a commitment's
 * id alone ("nederlandse-digitale-dienst"). It was passed over as another bibliography's, and the Kamervragen export
 * wrote "ca2026-xyz (onbekende toezegging)" as a note for the Griffie (a trial of the CLI in CI). Any other key without
 * a colon is left to that bibliography.
 */
function reportWithoutColon(ctx: Parameters<Rule['check']>[0], ref: { key: string; start: number; end: number }): boolean {
  const { corpus } = ctx;
  const keyAt = { start: ref.start + 1, end: ref.end };
  const whole = corpus.corpus(ref.key);
  if (whole) {
    ctx.report({
      start: ref.start,
      end: ref.end,
      message: {
        nl: `“${ref.key}” noemt het akkoord, geen toezegging: kies er een met ‘[@${ref.key}:’ (aanvullen).`,
        en: `“${ref.key}” names the agreement, not a commitment: choose one with ‘[@${ref.key}:’ (completion).`,
      },
    });
    return true;
  }
  const slipped = corpus.corpora.find((c) => ref.key.length > c.id.length + 1 && ref.key.startsWith(c.id) && /[-_.]/.test(ref.key[c.id.length]!));
  const candidates = slipped ? [keyOf(slipped.id, ref.key.slice(slipped.id.length + 1))] : corpus.corpora.map((c) => keyOf(c.id, ref.key));
  const known = candidates.filter((k) => corpus.get(k) !== undefined);
  if (!slipped && known.length === 0) return false;
  const meant = known[0] ?? candidates[0]!;
  ctx.report({
    start: ref.start,
    end: ref.end,
    message: known.length > 0
      ? slipped
        ? { nl: `Tussen corpus en toezegging staat ‘:’: bedoelde u “${meant}”?`, en: `A ‘:’ goes between corpus and commitment: did you mean “${meant}”?` }
        : { nl: `Citeersleutel zonder corpus: bedoelde u “${meant}”?`, en: `Citation key without its corpus: did you mean “${meant}”?` }
      : {
          nl: `“${ref.key}” is geen citeersleutel: een sleutel is ‘corpus:toezegging’, zoals “${meant}”, en ${slipped!.id} heeft die toezegging niet. Zoek de juiste met ‘[@’ (aanvullen).`,
          en: `“${ref.key}” is no citation key: a key is ‘corpus:commitment’, such as “${meant}”, and ${slipped!.id} has no such commitment. Find the right one with ‘[@’ (completion).`,
        },
    fixes: known.map((k) => ({ title: { nl: `Vervang door ${k}`, en: `Replace with ${k}` }, edits: [{ ...keyAt, newText: k }], ...(known.length === 1 ? { isPreferred: true } : {}) })),
    commitments: known,
  });
  return true;
}

/**
 * Another bibliography's key in Kamervragen (`[@jeugdzorg]`, `[@smith:kosten]`): left alone in a motie, whose export
 * drops keys, but the Kamervragen export makes every key a note, and this one "jeugdzorg (onbekende toezegging)" while
 * `check` said nothing (a check of the fixes).
 */
function reportForeignNote(ctx: Parameters<Rule['check']>[0], ref: { key: string; start: number; end: number }): void {
  if (ctx.draft.kind !== 'kamervragen') return;
  ctx.report({
    start: ref.start,
    end: ref.end,
    message: {
      nl: `“${ref.key}” is geen toezegging van een geladen corpus: de export zou er de noot ‘${ref.key} (onbekende toezegging)’ van maken. Een citeersleutel is ‘corpus:toezegging’; zoek de juiste met ‘[@’ (aanvullen), of noem de bron in een voetnoot.`,
      en: `“${ref.key}” is no commitment of a loaded corpus: the export would make it the note ‘${ref.key} (unknown commitment)’. A citation key is ‘corpus:commitment’; find the right one with ‘[@’ (completion), or name the source in a footnote.`,
    },
  });
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

/** The key an old id was renamed to by its corpus's build (`renamed:` in the corpus file), when that key loads. */
function renamedKey(corpus: CorpusSet, corpusId: string, id: string): { key: string } | undefined {
  const to = own(corpus.corpus(corpusId)?.renamed, id);
  if (to === undefined) return undefined;
  const key = keyOf(corpusId, to);
  return corpus.get(key) ? { key } : undefined;
}
