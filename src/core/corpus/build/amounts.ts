/** Amounts and deadlines a promise names. */

const AMOUNT = /€ ?\d[\d.,]*(?: ?(?:mln|miljoen|mld|miljard|mrd)\b\.?)?|\b\d[\d.,]* (?:miljoen|miljard) euro\b|\b\d[\d.]* euro\b/u;
const DEADLINE = /(?<![\p{L}\p{N}])(?:uiterlijk in|in|voor|vóór|tot|per studiejaar|per|vanaf) (20[2-9]\d(?:\/20[2-9]\d)?)(?![\p{N}])/u;

/**
 * The first amount ("€35 mrd", "385 euro") and the first deadline year ("2030", "2023/2024") the text names; a
 * field is absent when the text names none, so nothing is ever guessed.
 */
export function amountAndDeadline(text: string): { amount?: string; deadline?: string } {
  const out: { amount?: string; deadline?: string } = {};
  const a = AMOUNT.exec(text);
  if (a) out.amount = a[0].replace(/\.$/, '');
  const d = DEADLINE.exec(text);
  if (d) out.deadline = d[1]!;
  return out;
}
