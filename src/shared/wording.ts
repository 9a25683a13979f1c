/** Small pieces of wording both the command line and the host write into their messages. */

/** A list as a sentence says it: "a, b of c" in Dutch, "a, b or c" in English. */
export function or(items: readonly string[]): { nl: string; en: string } {
  return {
    nl: items.length > 1 ? `${items.slice(0, -1).join(', ')} of ${items.at(-1)}` : items.join(''),
    en: items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}` : items.join(''),
  };
}
