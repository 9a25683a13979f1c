import { agreementNames } from '../citation/format';
import { lookAlikes } from '../citation/lookup';
import { keyOf, splitCitationKey } from '../corpus/citationKey';
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
      nl: 'Een verwijzing naar een toezegging die niet bestaat (een tikfout, een oude sleutel) laat de lezer met lege handen. De snelle oplossing stelt de sleutels voor die er het meest op lijken.',
      en: 'A reference to a commitment that does not exist (a typo, an old key) leaves the reader empty-handed. The quick fix offers the closest keys.',
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
      // Keys of other bibliographies (Pandoc's `[@smith2020]`, `[@doe:2020]`) are not ours to judge, unless the prefix
      // is a loaded corpus's id with a slip ("fractie-zt" for "fractie-tz": it was passed over without a word).
      if (!corpusId) continue;
      if (!corpus.corpus(corpusId) && !/^ca\d{4}$/.test(corpusId)) {
        const near = nearCorpus(corpus, corpusId, id);
        if (near) reportNearCorpus(ctx, ref, corpusId, id, near);
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
  },
};

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
