/**
 * The layout of extracted text: which lines are table rows and which are headings. Heuristics that hold for
 * Dutch policy documents (short capitalised lines without final punctuation are headings).
 */

/** A table row: at least four numbers, and numbers make up at least a quarter of its tokens. */
export function isTableLine(line: string): boolean {
  const tokens = line.trim().split(/\s+/);
  const numeric = tokens.filter((t) => /^[-+]?[\d.,]+%?$/.test(t) || /^-?\d+[.,]\d+$/.test(t)).length;
  return numeric >= 4 && numeric / tokens.length >= 0.25;
}

/** A heading line: short (≤ 80 characters, ≤ 10 words), starting with a capital, without final punctuation. */
export function isHeadingLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 80) return false;
  if (/[.!?:;,]$/.test(t)) return false;
  if (!/^[\p{Lu}]/u.test(t)) return false;
  if (isTableLine(t)) return false;
  return t.split(/\s+/).length <= 10;
}
