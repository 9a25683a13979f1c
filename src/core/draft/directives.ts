import type { Directive } from './types';

const DIRECTIVE = /^akkoordwijzer-(disable-next-line|disable-line|disable|enable)\b(.*)$/s;

/** Read `<!-- akkoordwijzer-disable vaag-begrip -->` style comments. Unknown words are kept; the runner ignores them. */
export function readDirectives(comments: { value: string; span: { start: number; end: number } }[]): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.value);
    if (!m) continue;
    const rules = m[2]!
      .split(/[\s,]+/)
      .map((r) => r.trim())
      .filter((r) => r.length > 0 && r !== '--');
    out.push({ kind: m[1] as Directive['kind'], rules, start: c.span.start, end: c.span.end });
  }
  return out;
}
