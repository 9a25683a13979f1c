/*
 * SPDX-License-Identifier: BSD-3-Clause (the algorithm); written after the Snowball project's Dutch stemmer, Copyright
 * (c) 2001, Dr Martin Porter, Copyright (c) 2002, Richard Boulton (its notice is in dist/ThirdPartyNotices.txt, by
 * tools/notices.mjs).
 */
/**
 * The Snowball stemmer for Dutch in its original form, the one Snowball 2.3 and later name `dutch_porter`
 * (snowballstem.org/algorithms/dutch_porter/stemmer.html; the Dutch stemmer there now is another, Kraaij-Pohlmann's),
 * written out on character codes. It gives what `@orama/stemmers/dutch` 3.1.18 (the code Snowball generates, which the
 * product used before; pinned in package.json as the test's reference) gives for every string: that code keeps the word
 * in a string and cuts and compares a slice for every suffix it tries, and a cold check stems every new word and every
 * tail the compound splitter asks about (186 → 62 ms for the published documents' words and tails, bench/README.md).
 * A hand-written port against the house rule of libraries first, for that speed: `test/unit/text/snowballDutch.test.ts`
 * holds the two equal over the Dutch word list, the published documents' words and random strings.
 *
 * Steps, on the word after the prelude (accents off, i and y between vowels marked as consonants):
 * 1. the longest of -heden (R1: → -heid), -en/-ene (en-ending), -s/-se (R1, after no vowel or j: removed);
 * 2. the e-ending: -e in R1 after a consonant removed, then a doubled d, k or t undoubled;
 * 3. -heid in R2 not after c removed, and then an -en as in step 1; the longest of -end/-ing (R2: removed, then -ig in
 *    R2 not after e, or else undouble), -ig (R2, not after e), -lijk (R2, then the e-ending), -baar (R2), -bar (R2,
 *    after an e-ending);
 * 4. a doubled vowel (aa ee oo uu) after a consonant and before a final consonant undoubled.
 */

const enum C {
  a = 97,
  c = 99,
  d = 100,
  e = 101,
  i = 105,
  j = 106,
  k = 107,
  o = 111,
  t = 116,
  u = 117,
  y = 121,
  I = 73,
  Y = 89,
  eGrave = 232,
}

/** The vowels of the algorithm: a e i o u y è. */
function isVowel(c: number): boolean {
  return c === C.a || c === C.e || c === C.i || c === C.o || c === C.u || c === C.y || c === C.eGrave;
}

/** á ä → a, é ë → e, í ï → i, ó ö → o, ú ü → u; any other code as it is. */
function withoutAccent(c: number): number {
  switch (c) {
    case 0xe1:
    case 0xe4:
      return C.a;
    case 0xe9:
    case 0xeb:
      return C.e;
    case 0xed:
    case 0xef:
      return C.i;
    case 0xf3:
    case 0xf6:
      return C.o;
    case 0xfa:
    case 0xfc:
      return C.u;
    default:
      return c;
  }
}

/** The word being stemmed: its codes in `w` (reused), `n` of them, and the two regions' starts. */
let w = new Uint16Array(64);
let n = 0;
let p1 = 0;
let p2 = 0;
let eFound = false;

/** Whether the `n` codes end with `suffix` before position `end`. */
function endsWith(end: number, suffix: string): boolean {
  const len = suffix.length;
  if (end < len) return false;
  for (let i = 0; i < len; i++) if (w[end - len + i] !== suffix.charCodeAt(i)) return false;
  return true;
}

/** The code before `at` exists and is no vowel (Snowball's `non-v` going backwards). */
function consonantBefore(at: number): boolean {
  return at > 0 && !isVowel(w[at - 1]!);
}

/** undouble: a final dd, kk or tt loses its last letter. */
function undouble(): void {
  if (n < 2) return;
  const last = w[n - 1]!;
  if ((last === C.d || last === C.k || last === C.t) && w[n - 2] === last) n--;
}

/** e-ending: a final e in R1 after a consonant goes, and then `undouble`; sets `eFound`. */
function eEnding(): void {
  eFound = false;
  if (n === 0 || w[n - 1] !== C.e || p1 > n - 1 || !consonantBefore(n - 1)) return;
  n--;
  eFound = true;
  undouble();
}

/** en-ending: the suffix starting at `at` (to the end) in R1, after a consonant and not after "gem", goes; then `undouble`. */
function enEnding(at: number): void {
  if (p1 > at || !consonantBefore(at) || endsWith(at, 'gem')) return;
  n = at;
  undouble();
}

function prelude(word: string): void {
  n = word.length;
  if (w.length < n) w = new Uint16Array(n * 2);
  for (let i = 0; i < n; i++) w[i] = withoutAccent(word.charCodeAt(i));
  if (n > 0 && w[0] === C.y) w[0] = C.Y;
  // A vowel, then i between it and another vowel, or y after it: a consonant (I, Y) from here on.
  for (let i = 0; i + 1 < n; i++) {
    if (!isVowel(w[i]!)) continue;
    const next = w[i + 1];
    if (next === C.i && i + 2 < n && isVowel(w[i + 2]!)) w[i + 1] = C.I;
    else if (next === C.y) w[i + 1] = C.Y;
  }
}

/** The position after the first consonant that follows a vowel from `from` on, or -1 when there is none. */
function pastVowelAndConsonant(from: number): number {
  let i = from;
  while (i < n && !isVowel(w[i]!)) i++;
  if (i >= n) return -1;
  i++;
  while (i < n && isVowel(w[i]!)) i++;
  return i >= n ? -1 : i + 1;
}

/** R1 and R2: after the first consonant that follows a vowel (R1 at least from the fourth letter), and again. */
function markRegions(): void {
  p1 = n;
  p2 = n;
  const r1 = pastVowelAndConsonant(0);
  if (r1 < 0) return;
  p1 = Math.max(r1, 3);
  const r2 = pastVowelAndConsonant(r1);
  if (r2 >= 0) p2 = r2;
}

/** -heden, -ene/-en, -se/-s: the longest that ends the word. */
function step1(): void {
  if (endsWith(n, 'heden')) {
    // -heden → -heid
    if (p1 <= n - 5) {
      w[n - 3] = C.i;
      w[n - 2] = C.d;
      n -= 1;
    }
  } else if (endsWith(n, 'ene')) enEnding(n - 3);
  else if (endsWith(n, 'en')) enEnding(n - 2);
  else if (endsWith(n, 'se')) sEnding(n - 2);
  else if (endsWith(n, 's')) sEnding(n - 1);
}

/** -s/-se in R1 after a letter that is no vowel and no j: removed. */
function sEnding(at: number): void {
  if (p1 > at || at === 0) return;
  const before = w[at - 1]!;
  if (isVowel(before) || before === C.j) return;
  n = at;
}

/** -heid in R2, not after c: removed, and then an -en before it as in step 1. */
function step3a(): void {
  if (!endsWith(n, 'heid') || p2 > n - 4 || (n - 4 > 0 && w[n - 5] === C.c)) return;
  n -= 4;
  if (endsWith(n, 'en')) enEnding(n - 2);
}

/** -end/-ing, -ig, -lijk, -baar, -bar. */
function step3b(): void {
  if (endsWith(n, 'end') || endsWith(n, 'ing')) {
    if (p2 > n - 3) return;
    n -= 3;
    if (endsWith(n, 'ig') && p2 <= n - 2 && !(n - 2 > 0 && w[n - 3] === C.e)) n -= 2;
    else undouble();
  } else if (endsWith(n, 'ig')) {
    if (p2 <= n - 2 && !(n - 2 > 0 && w[n - 3] === C.e)) n -= 2;
  } else if (endsWith(n, 'lijk')) {
    if (p2 > n - 4) return;
    n -= 4;
    eEnding();
  } else if (endsWith(n, 'baar')) {
    if (p2 <= n - 4) n -= 4;
  } else if (endsWith(n, 'bar')) {
    if (p2 <= n - 3 && eFound) n -= 3;
  }
}

/** A final consonant (not I) after aa, ee, oo or uu after a consonant: the doubled vowel loses one letter. */
function step4(): void {
  if (n < 4) return;
  const last = w[n - 1]!;
  if (isVowel(last) || last === C.I) return;
  const v = w[n - 2]!;
  if ((v !== C.a && v !== C.e && v !== C.o && v !== C.u) || w[n - 3] !== v || isVowel(w[n - 4]!)) return;
  w[n - 2] = last;
  n--;
}

/** The Snowball Dutch stem of `word`. */
export function snowballDutch(word: string): string {
  prelude(word);
  markRegions();
  step1();
  eEnding();
  step3a();
  step3b();
  step4();
  // Postlude: I and Y (also ones written so) in lower case. The stem is most often the word cut short.
  let same = n <= word.length;
  for (let i = 0; i < n; i++) {
    const c = w[i]!;
    if (c === C.I) w[i] = C.i;
    else if (c === C.Y) w[i] = C.y;
    if (same && w[i] !== word.charCodeAt(i)) same = false;
  }
  const stem = same ? (n === word.length ? word : word.slice(0, n)) : stemText(n);
  // A buffer grown for a run of thousands of letters (a pasted hash) is not kept while the program runs on.
  if (w.length > 4096) w = new Uint16Array(64);
  return stem;
}

/** The first `n` codes of the buffer as a string, in pieces: spread whole, a word of 125,000 letters overflowed the stack. */
function stemText(n: number): string {
  let out = '';
  for (let at = 0; at < n; at += 8192) out += String.fromCharCode(...w.subarray(at, Math.min(n, at + 8192)));
  return out;
}
