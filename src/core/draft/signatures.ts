import { trimEndMarks } from '../text/normalize';
import { ObjectMemo } from '../text/objectMemo';
import type { Span } from '../types';
import type { Draft } from './types';

/*
 * The signatures under a motie, read once for every reader: motie-indiener's slip check (a whole line and its ending),
 * motie-leden's roster (the names one by one) and compare's ondertekening. Three readers of their own differed at the
 * edges: compare counted tweedekamer.nl's "Ondertekenaars" and "Tweede Kamerlid" as members.
 */

/** A name signed on a signature line. */
export interface SignedName extends Span {
  /** As written, without a list mark, a party in brackets, a title ("…, Tweede Kamerlid") or a mark at its end. */
  written: string;
  /** The party in brackets after the name ("GL-PvdA" of "De Hoop (GL-PvdA)"). */
  party?: string;
}

/** A line of the signature: its span (its words, without a mark at the end: "Grinwis,") and the names it holds. */
export interface SignatureLine extends Span {
  /** The line's words, spaces folded, a mark at the end kept ("Ondersteund door de leden Van Baarle en Vijlbrief."). */
  text: string;
  /**
   * The names it signs, in order: one a line or several ("De Hoop, Bikker"). None for a line that is not all names
   * ("Ondersteund door de leden …", "De voorzitter:"), a label, or a line too long to be a list of names.
   */
  names: SignedName[];
  /** A label of tweedekamer.nl's list of signers ("Ondertekenaars", "Eerste ondertekenaar", "Mede ondertekenaar"). */
  label: boolean;
}

/** The signature lines of each draft version, read once. */
const read = new ObjectMemo<Draft, readonly SignatureLine[]>();

/** The labels of tweedekamer.nl's list of signers. */
const LABEL = /^\s*(?:eerste\s+|mede-?\s*)?ondertekenaars?\s*$/iu;

/** A signature line is short: a longer line is no list of names (and is not read: a hostile line must stay fast). */
const MAX_SIGNATURE_LINE = 300;

/** The words a name is written with: tussenvoegsels in lower case, other words with a capital or an initial. */
const TUSSENVOEGSEL = new Set(['van', 'de', 'der', 'den', 'het', 'ten', 'ter', 'te', 'in', 'op', "'t", '’t', 'la', 'le', 'du', 'da', 'von', 'zu', 'el', 'al', 'di', 'dos', 'des']);
const NAME_WORD = /^(?:\p{Lu}|\p{Ll}['’]\p{Lu})/u;

function isName(piece: string): boolean {
  const words = piece.split(/\s+/);
  return words.length <= 6 && words.some((w) => /^\p{Lu}/u.test(w)) && words.every((w) => NAME_WORD.test(w) || TUSSENVOEGSEL.has(w.toLowerCase()));
}

/** Between signatures on one line: a comma, a semicolon, "en", "&". */
const BETWEEN = /\s*[,;&]\s*|\s+en(?=\s|$)\s*/giu;

/**
 * The signature lines of a motie, in order: every line of its `indiener` parts (a block of names without blank lines is
 * several lines), comments blanked.
 */
export function signatureLines(draft: Draft): readonly SignatureLine[] {
  // Once per version: motie-indiener, motie-leden (twice) and compare each ask.
  const kept = read.get(draft);
  if (kept) return kept;
  const out: SignatureLine[] = [];
  for (const part of draft.parts) {
    if (part.kind !== 'indiener') continue;
    for (const line of part.lines) {
      const from = Math.max(line.contentStart, part.start);
      const written = draft.lines.masked.slice(from, Math.max(from, Math.min(line.end, part.wordsEnd)));
      const text = written.replace(/\s+/g, ' ').trim();
      if (text === '') continue;
      const start = from + written.length - written.trimStart().length;
      const label = LABEL.test(written);
      out.push({ start, end: from + trimEndMarks(written).length, text, names: label ? [] : namesOn(written, from), label });
    }
  }
  read.set(draft, out);
  return out;
}

/**
 * The names on a line ("De Hoop, Bikker"), without a party in brackets ("De Hoop (GL-PvdA)"), a list mark or
 * tweedekamer.nl's title after a name ("Stephan van Baarle, Tweede Kamerlid"); none when a piece of it is no name.
 */
function namesOn(line: string, at: number): SignedName[] {
  if (line.length > MAX_SIGNATURE_LINE) return [];
  // Blanked to spaces of the same length, so the offsets stay those of the text.
  const blank = (s: string) => ' '.repeat(s.length);
  const bare = line
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/u, blank)
    .replace(/\([^)\n]*\)/g, blank)
    .replace(/,\s*(?:tweede\s+)?kamerlid\b.*$/iu, blank);
  const names: SignedName[] = [];
  let from = 0;
  for (const cut of [...bare.matchAll(BETWEEN), { index: bare.length, 0: '' }]) {
    const piece = bare.slice(from, cut.index);
    const written = trimEndMarks(piece.trim());
    const start = from + piece.length - piece.trimStart().length;
    // Up to the next name: the separator found takes in the spaces a party was blanked to ("De Hoop (GL-PvdA), Bikker").
    const party = /\(([^)\n]*)\)/u.exec(line.slice(from, cut.index + cut[0].length))?.[1]?.trim();
    from = cut.index + cut[0].length;
    if (written === '') continue;
    if (!isName(written)) return [];
    names.push({ written, start: at + start, end: at + start + written.length, ...(party ? { party } : {}) });
  }
  return names;
}
