/** Small pieces of wording both the command line and the host write into their messages. */

/** A list as a sentence says it: "a, b of c" in Dutch, "a, b or c" in English. */
export function or(items: readonly string[]): { nl: string; en: string } {
  return joined(items, 'of', 'or');
}

/** "a, b en c" in Dutch, "a, b and c" in English. */
export function and(items: readonly string[]): { nl: string; en: string } {
  return joined(items, 'en', 'and');
}

/** "1 voetnoot", "3 voetnoten": a number with its noun in the right form, in both languages. */
export function counted(n: number, nl: readonly [one: string, many: string], en: readonly [one: string, many: string]): { nl: string; en: string } {
  return { nl: `${n} ${n === 1 ? nl[0] : nl[1]}`, en: `${n} ${n === 1 ? en[0] : en[1]}` };
}

function joined(items: readonly string[], nl: string, en: string): { nl: string; en: string } {
  const head = items.slice(0, -1).join(', ');
  return items.length > 1 ? { nl: `${head} ${nl} ${items.at(-1)}`, en: `${head} ${en} ${items.at(-1)}` } : { nl: items.join(''), en: items.join('') };
}
