import { CORPUS_KINDS, type CorpusKind } from '../../src/shared/corpusKinds';
import type { Localized } from '../../src/shared/opendataText';

/**
 * What an imported document is, the corpus file's `kind:` (the CLI's `--kind`). It decides how the corpus is used: of
 * the coalition agreements only the one in force on a draft's date is suggested; a programme or a list of toezeggingen
 * is offered for every draft.
 */
const KIND_TEXT: Record<CorpusKind, { label: Localized; detail: Localized }> = {
  coalitieakkoord: {
    label: { nl: 'Coalitieakkoord', en: 'Coalition agreement' },
    detail: {
      nl: 'het akkoord van een kabinet: suggesties en citaatcontrole voor concepten uit de periode waarin het gold',
      en: "a cabinet's agreement: suggestions and quote checks for drafts from the period it was in force",
    },
  },
  verkiezingsprogramma: {
    label: { nl: 'Verkiezingsprogramma', en: 'Election programme' },
    detail: { nl: 'het programma van een partij: suggesties voor elk concept', en: "a party's programme: suggestions for every draft" },
  },
  toezeggingen: {
    label: { nl: 'Toezeggingen', en: 'Toezeggingen' },
    detail: { nl: 'toezeggingen van bewindspersonen aan de Kamer: suggesties voor elk concept', en: "ministers' promises to the Kamer: suggestions for every draft" },
  },
  overig: {
    label: { nl: 'Overig', en: 'Other' },
    detail: { nl: 'een ander document, zoals een nota of brief: suggesties voor elk concept', en: 'another document, such as a policy paper or letter: suggestions for every draft' },
  },
};

/**
 * The kinds to choose from, first the one an earlier import of the same file chose (re-importing keeps it at a keystroke),
 * else the one the document's file name suggests.
 */
export function kindChoices(fileName: string, taal: 'nl' | 'en', earlier?: CorpusKind): { corpusKind: CorpusKind; label: string; detail: string }[] {
  const guess = earlier ?? guessKind(fileName);
  return [guess, ...CORPUS_KINDS.filter((k) => k !== guess)].map((kind) => ({ corpusKind: kind, label: KIND_TEXT[kind].label[taal], detail: KIND_TEXT[kind].detail[taal] }));
}

/**
 * The kind a document's file name suggests: "Verkiezingsprogramma D66 2025.pdf" or "Programma D66.pdf" a party's
 * programme, "Coalitieakkoord 2026.pdf" (or a regeer- or hoofdlijnenakkoord, or just "akkoord") an agreement, a list of toezeggingen; anything else, the cabinet's
 * "Regeerprogramma", a "werkprogramma" or a "nota" too, another document (`overig`): a coalition agreement counts only
 * in the period it governed, so a document taken for one by mistake would never be suggested.
 */
export function guessKind(fileName: string): CorpusKind {
  const name = fileName.toLowerCase();
  if (/(?<!regeer|werk|uitvoerings|actie|investerings)programma/.test(name)) return 'verkiezingsprogramma';
  if (/toezegging/.test(name)) return 'toezeggingen';
  // A cabinet's agreement by name: a Klimaatakkoord, Pensioenakkoord or bestuursakkoord is another document, and so is
  // a "Sociaal akkoord", a "klimaat-akkoord" or an "akkoordverklaring": "akkoord" alone only as the name's first word.
  if (/(?<![a-z])(?:coalitie|regeer|hoofdlijnen)akkoord(?![a-z])|^akkoord(?![a-z])/.test(name)) return 'coalitieakkoord';
  return 'overig';
}

