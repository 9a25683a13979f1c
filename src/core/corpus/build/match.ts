/**
 * Pattern matching for the rule tables: patterns are compiled on a folded copy of the pattern and matched on a
 * folded copy of the text, so JavaScript's ASCII-only `\b` is a correct and fast word boundary for Dutch.
 */

/**
 * Fold text for rule matching: every accented letter replaced by its base letter (ë → e, ç → c) and any other
 * non-ASCII letter by `x`, one code unit for one, so offsets in the folded text are offsets in the original.
 */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const c = ch.charCodeAt(0);
    if (c < 0x80 || (c >= 0xd800 && c <= 0xdfff)) {
      out += ch;
      continue;
    }
    const base = ch.normalize('NFD')[0]!;
    if (base.charCodeAt(0) < 0x80 && /[A-Za-z]/.test(base)) out += base;
    else out += /\p{L}/u.test(ch) ? 'x' : ch;
  }
  return out;
}

/**
 * The comparison form of a wording: lower case, letters and digits only, single spaces. Two wordings that differ
 * only in punctuation, case or spacing have the same form.
 */
export function comparisonForm(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A compiled rule pattern. `hint`: a literal the text must contain (lower case) for the pattern to match. */
export interface Matcher {
  re: RegExp;
  hint?: string;
}

/** The pattern as a plain literal once word boundaries and lookarounds are left out, if it is one. */
function literalHint(pattern: string): string | undefined {
  let core = pattern.replace(/\\b/g, '');
  for (let prev = ''; prev !== core; ) {
    prev = core;
    core = core.replace(/\(\?<?[=!][^()]*\)/g, '');
  }
  if (core.length < 2 || /[\\^$.|?*+()[\]{}]/.test(core)) return undefined;
  return core.toLowerCase();
}

/**
 * Compile a rule pattern (a JavaScript regular expression, case-insensitive, on folded text). Returns the error
 * text instead of throwing when the pattern is invalid.
 */
export function compileMatcher(pattern: string): Matcher | { error: string } {
  try {
    const folded = fold(pattern);
    const matcher: Matcher = { re: new RegExp(folded, 'giu') };
    const hint = literalHint(folded);
    if (hint) matcher.hint = hint;
    return matcher;
  } catch (e) {
    return { error: String(e) };
  }
}

/**
 * The first match of any matcher in `text`: its position, or -1. Pass the text through `fold` first (positions
 * are the same as in the original); `lower` is its lower case.
 */
export function firstIndex(matchers: readonly Matcher[], text: string, lower = text.toLowerCase()): number {
  let best = -1;
  for (const m of matchers) {
    if (m.hint !== undefined && !lower.includes(m.hint)) continue;
    m.re.lastIndex = 0;
    const r = m.re.exec(text);
    if (r && (best < 0 || r.index < best)) best = r.index;
  }
  return best;
}
