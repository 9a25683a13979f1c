/**
 * Strict, tolerant reading of a rule table parsed from YAML: every unknown key, wrong type or missing reason is a
 * problem (in Dutch and English), and reading goes on with an empty value, so one pass finds every problem.
 */

import { compileMatcher } from './match';
import type { Matcher } from './match';
import { ProblemList } from './problems';

export type Table = Record<string, unknown>;

export class TableReader {
  readonly problems = new ProblemList();

  constructor(
    /** The file the table came from, named in every problem. */
    readonly file: string,
  ) {}

  problem(code: string, where: string, nl: string, en: string): void {
    this.problems.add(code, `${this.file} ${where}`.trim(), nl, en);
  }

  map(value: unknown, where: string): Table {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.problem('rules-not-a-map', where, 'verwacht een map.', 'expected a mapping.');
      return {};
    }
    return value as Table;
  }

  /** A list; a missing list is empty. */
  list(value: unknown, where: string): unknown[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.problem('rules-not-a-list', where, 'verwacht een lijst.', 'expected a list.');
      return [];
    }
    return value;
  }

  strings(value: unknown, where: string): string[] {
    const items = this.list(value, where);
    if (items.some((x) => typeof x !== 'string')) {
      this.problem('rules-not-strings', where, 'verwacht een lijst met teksten.', 'expected a list of strings.');
      return items.filter((x): x is string => typeof x === 'string');
    }
    return items as string[];
  }

  keys(table: Table, allowed: readonly string[], where: string): void {
    for (const k of Object.keys(table)) {
      if (!allowed.includes(k)) this.problem('rules-unknown-field', where, `onbekend veld "${k}".`, `unknown field "${k}".`);
    }
  }

  /** Every hand-made exception says why, so a later reader can judge whether it still holds. */
  reason(table: Table, where: string): void {
    const r = table['reason'];
    if (typeof r !== 'string' || r.trim() === '') {
      this.problem('rules-no-reason', where, 'elke regel hier moet een "reason" hebben.', 'every entry here needs a "reason".');
    }
  }

  positiveInteger(value: unknown, where: string): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      this.problem('rules-not-a-count', where, 'verwacht een positief geheel getal.', 'expected a positive integer.');
      return 1;
    }
    return value;
  }

  fraction(value: unknown, where: string): number {
    if (typeof value !== 'number' || !(value > 0 && value <= 1)) {
      this.problem('rules-not-a-fraction', where, 'verwacht een getal tussen 0 en 1.', 'expected a number between 0 and 1.');
      return 1;
    }
    return value;
  }

  /** A rule pattern; an invalid one is a problem and matches nothing. */
  matcher(pattern: string, where: string): Matcher {
    const m = compileMatcher(pattern);
    if ('error' in m) {
      this.problem('rules-bad-pattern', where, `ongeldig patroon ${JSON.stringify(pattern)}: ${m.error}`, `invalid pattern ${JSON.stringify(pattern)}: ${m.error}`);
      return { re: /(?!)/gu };
    }
    return m;
  }

  matchers(value: unknown, where: string): Matcher[] {
    return this.strings(value, where).map((p) => this.matcher(p, where));
  }

  /** A plain regular expression (not folded, no hint); an invalid one matches nothing. */
  regex(pattern: string, where: string, flags = 'u'): RegExp {
    try {
      return new RegExp(pattern, flags);
    } catch (e) {
      this.problem('rules-bad-pattern', where, `ongeldig patroon ${JSON.stringify(pattern)}: ${String(e)}`, `invalid pattern ${JSON.stringify(pattern)}: ${String(e)}`);
      return /(?!)/u;
    }
  }
}
