/** Verb forms the rule tables name, so ids and content-word tests can leave them out. */

/**
 * The third person present of an infinitive ("moderniseren" → "moderniseert"), so that "Defensie
 * moderniseert …" gives no id word. Dutch spelling is not fully regular: both the short and the long vowel are
 * produced ("bevorderen" → "bevordert" and "bevordeert"); a form that is no word does no harm.
 */
export function presentForms(infinitive: string): string[] {
  if (!infinitive.endsWith('en') || infinitive.length < 5) return [];
  let stem = infinitive.slice(0, -2);
  // A doubled consonant keeps the vowel short ("zetten" → "zet"); otherwise the vowel may be long ("maken" → "maak").
  const short = /(.)\1$/.test(stem);
  if (short) stem = stem.slice(0, -1);
  stem = stem.replace(/v$/, 'f').replace(/z$/, 's');
  const stems = [stem];
  const m = short ? null : /^(.*[^aeiou])([aeou])([^aeiouy])$/.exec(stem);
  if (m) stems.push(`${m[1]}${m[2]}${m[2]}${m[3]}`);
  // Only the third person: the bare stem is often a noun too ("werk", "zorg").
  return stems.map((x) => (x.endsWith('t') ? x : `${x}t`));
}
