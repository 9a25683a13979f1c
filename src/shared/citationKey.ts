/**
 * The grammar of citation keys as a draft writes them (`[@ca2026:nederlandse-digitale-dienst]`, `[@a; @b]`,
 * `[zie @ca2021:algoritmeregister, p. 8]`): written once, here, because both sides read it. The core re-exports it
 * (`core/corpus/citationKey.ts`, with the stricter grammar of a corpus's own keys) for the draft model, completion,
 * the rules and the editor grammar; the client's preview plugin reads the same keys in the rendered Markdown. The
 * shared folder imports nothing, so the core may depend on this file without reaching outside pure code.
 *
 * Pandoc's key syntax, wider on purpose, so a mistyped key or one of another bibliography (`@smith2020`) is still
 * read as a key and can be judged instead of being ignored.
 */

/** The parts of a key as a draft writes it: regex sources without anchors or capture groups. */
export const DRAFT_KEY_PARTS = {
  /** The corpus id (or a whole key without `:`). */
  corpus: '[A-Za-z0-9_][A-Za-z0-9_-]*',
  /** The commitment id after the `:` (dots inside, not at the end: "p. 8." ends a sentence, not a key). */
  id: '[A-Za-z0-9_][A-Za-z0-9_.-]*[A-Za-z0-9_]|[A-Za-z0-9_]',
} as const;

/** A key as a draft writes it after `@`: regex source without anchors or capture groups. */
export const DRAFT_KEY_PATTERN = `${DRAFT_KEY_PARTS.corpus}(?::(?:${DRAFT_KEY_PARTS.id}))?`;

/** One character that may stand in a key as a draft writes it (completion walks back over these to the `@`). */
export const DRAFT_KEY_CHAR = /[A-Za-z0-9_:.-]/;

/**
 * A bracket group with at least one `@` on one line, not a link (`[…](…)`): regex source; group 1 is the inside.
 * Keys inside footnote definitions are read the same way. The words before the first `@` hold no `@`: else a long
 * line of `@` after a `[` was read in every way to choose its first `@` (a line of 30,000: 3.8 s).
 */
export const CITATION_GROUP_PATTERN = '\\[([^\\[\\]\\n@]*@[^\\[\\]\\n]*)\\](?!\\()';

/**
 * A key inside a group, after a separator (so `mail@example.nl` is no key): regex source; group 1 is the separator,
 * group 2 the key.
 */
export const KEY_IN_GROUP_PATTERN = `(^|[\\s;,\\[(-])@(${DRAFT_KEY_PATTERN})`;
