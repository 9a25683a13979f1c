/**
 * Repairs of copied agreement text: double-encoded UTF-8 ("mojibake"), words split by the PDF at a hyphen,
 * quoters' emphasis and quotation marks, stray whitespace. Pure string functions.
 */

/** Windows-1252 characters at bytes 0x80–0x9F (the rest of 0x80–0xFF is Latin-1). */
const CP1252_HIGH: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89,
  'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
  '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/** The byte a character stood for when UTF-8 bytes were wrongly decoded as Windows-1252 / Latin-1. */
function byteOf(ch: string): number | undefined {
  const c = ch.charCodeAt(0);
  if (c <= 0xff) return c;
  return CP1252_HIGH[ch];
}

function isContinuation(b: number | undefined): b is number {
  return b !== undefined && b >= 0x80 && b <= 0xbf;
}

/** Decode one complete UTF-8 sequence (lead + continuation bytes); undefined when invalid or overlong. */
function decodeUtf8(bytes: number[]): string | undefined {
  const [b0, ...rest] = bytes;
  if (b0 === undefined) return undefined;
  let cp: number;
  let min: number;
  if (b0 >= 0xc2 && b0 <= 0xdf) { cp = b0 & 0x1f; min = 0x80; }
  else if (b0 >= 0xe0 && b0 <= 0xef) { cp = b0 & 0x0f; min = 0x800; }
  else if (b0 >= 0xf0 && b0 <= 0xf4) { cp = b0 & 0x07; min = 0x10000; }
  else return undefined;
  for (const b of rest) {
    if (!isContinuation(b)) return undefined;
    cp = (cp << 6) | (b & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  return String.fromCodePoint(cp);
}

function seqLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

const LETTER = /[\p{L}\p{N}]/u;

export interface MojibakeOptions {
  /**
   * Also repair sequences whose bytes 0x80–0x9F were dropped (they are control characters in Latin-1), e.g.
   * `â¬` (E2 [82] AC) → `€` and a bare `â` (E2 [80 98/99]) → `‘`/`’` chosen by its position in the word. Only safe
   * on text known to be double-encoded (a real `â` as in "château" would be changed).
   */
  guessLostBytes?: boolean;
}

/**
 * Re-decode runs of UTF-8 bytes that were shown as Windows-1252/Latin-1 characters: `geÃ¯nspireerd` →
 * `geïnspireerd`, `barriÃ¨res` → `barrières`, `â€™` → `’`. Characters that do not form valid UTF-8 stay as
 * they are, so correct text (`café`) is never changed.
 */
export function repairMojibake(text: string, options: MojibakeOptions = {}): string {
  let out = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const lead = ch.charCodeAt(0) >= 0x80 ? byteOf(ch) : undefined;
    const n = lead === undefined ? 0 : seqLength(lead);
    if (n > 0) {
      const bytes = [lead!];
      for (let k = 1; k < n; k++) {
        const b = chars[i + k] !== undefined ? byteOf(chars[i + k]!) : undefined;
        if (!isContinuation(b)) break;
        bytes.push(b);
      }
      if (bytes.length === n) {
        const decoded = decodeUtf8(bytes);
        if (decoded !== undefined) {
          out += decoded;
          i += n - 1;
          continue;
        }
      }
      if (options.guessLostBytes && lead === 0xe2) {
        const guess = guessLost(chars, i, bytes);
        if (guess) {
          out += guess.text;
          i += guess.consumed - 1;
          continue;
        }
      }
    }
    out += ch;
  }
  return out;
}

/** `â` followed by fewer continuation bytes than needed: the missing ones were 0x80–0x9F. */
function guessLost(chars: string[], i: number, bytes: number[]): { text: string; consumed: number } | undefined {
  if (bytes.length === 2) {
    // One continuation byte survived: € is E2 82 AC, everything else in use here is E2 80 xx.
    const b = bytes[1]!;
    const decoded = b === 0xac ? '€' : decodeUtf8([0xe2, 0x80, b]);
    return decoded ? { text: decoded, consumed: 2 } : undefined;
  }
  // Both continuation bytes lost (E2 80 91–9F): a quote, apostrophe or dash. Decide by position.
  const prev = chars[i - 1];
  const next = chars[i + 1];
  const prevWord = prev !== undefined && LETTER.test(prev);
  const nextWord = next !== undefined && LETTER.test(next);
  if (prevWord && nextWord) return { text: '’', consumed: 1 };
  if (!prevWord && nextWord) return { text: '‘', consumed: 1 };
  if (prevWord || (prev !== undefined && /[.,;:!?)]/.test(prev))) return { text: '’', consumed: 1 };
  if (prev === ' ' && next === ' ') return { text: '–', consumed: 1 };
  return undefined;
}

/** True when text still shows typical double-encoding (`Ã`, `Â`, `â` followed by a Latin-1 symbol). */
export function looksDoubleEncoded(text: string): boolean {
  return /[ÃÂ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â[\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/u.test(text);
}

/** Words after which "xxx- " is a real Dutch ellipsis ("cyber- en zedenrechercheurs"), not a broken word. */
const ELLIPSIS_CONJUNCTIONS = new Set(['en', 'of', 'als', 'tot', 'noch', 'dan', 'maar', 'en/of', 'respectievelijk', 'c.q.']);

/**
 * Join words the PDF broke after a hyphen: `AI- Rekenkrachtplan` → `AI-Rekenkrachtplan`, `Europees- autonome` →
 * `Europees-autonome`. Keeps real ellipses (`cyber- en zedenrechercheurs`, `binnen- als buitenstedelijk`) and
 * parenthetical dashes (`-in overleg met de sociale partners- hoe`).
 */
export function joinBrokenHyphens(text: string): string {
  const protectedEnds = new Set<number>();
  // A dash opening a parenthesis (" -in overleg …") protects the matching "word- " that closes it.
  for (const m of text.matchAll(/(?:^|\s)-(?=\p{L})/gu)) {
    const from = m.index + m[0].length;
    const close = /\p{L}- /u.exec(text.slice(from));
    if (close) protectedEnds.add(from + close.index + 1);
  }
  return text.replace(/(?<=[\p{L}\p{N})])- (?=(\S+))/gu, (whole, next: string, offset: number) => {
    if (protectedEnds.has(offset)) return whole;
    const word = next.replace(/[,.;:!?)]+$/u, '').toLowerCase();
    if (ELLIPSIS_CONJUNCTIONS.has(word)) return whole;
    if (!/^[\p{L}\p{N}(]/u.test(next)) return whole;
    return '-';
  });
}

/** Remove Markdown emphasis markers a quoter added (`**…**`). */
export function dropEmphasis(text: string): string {
  return text.replace(/\*\*/g, '');
}

const OPENERS = '"“‘„\'«';
const CLOSERS = '"”’\'»';

/** Remove the quotation marks a quoter put around the whole passage (also when the closing one is missing). */
export function stripOuterQuotes(text: string): string {
  let s = text.trim();
  if (s.length > 0 && OPENERS.includes(s[0]!)) {
    s = s.slice(1);
    if (s.length > 0 && CLOSERS.includes(s[s.length - 1]!)) s = s.slice(0, -1);
  }
  return s.trim();
}

/** Collapse runs of spaces (incl. no-break spaces) and drop spaces before `, . ; : ! ?`. */
export function normaliseSpaces(text: string): string {
  return text
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/(?<=\S) +(?=[,.;:!?](?:\s|$))/g, '')
    .trim();
}
