import type { Severity } from '../../core/service';
import type { CliContext } from '../io';

/*
 * Colour for the text report, decided once per run. The text stays the same with or without it: only SGR codes are
 * added around words, so a problem matcher or `grep` reads either (VS Code's terminal removes them before matching).
 */

/** Whether to colour: `--color`/`--no-color` first, then `FORCE_COLOR` (as Node reads it), `NO_COLOR`, then a terminal. */
export function wantsColor(flag: boolean | undefined, ctx: CliContext): boolean {
  if (flag !== undefined) return flag;
  const { FORCE_COLOR, NO_COLOR, TERM } = ctx.env;
  if (FORCE_COLOR !== undefined) return FORCE_COLOR !== '0' && FORCE_COLOR !== 'false';
  // no-color.org: present and not empty.
  if (NO_COLOR !== undefined && NO_COLOR !== '') return false;
  if (TERM === 'dumb') return false;
  return ctx.interactive;
}

const SEVERITY_CODES: Record<Severity, [number, number]> = { error: [31, 39], warning: [33, 39], info: [36, 39], hint: [2, 22] };

/** Paints the parts of a finding line; the identity when colour is off. */
export interface Paint {
  severity(severity: Severity): string;
  rule(id: string): string;
  path(p: string): string;
}

/** SGR colours for a finding line when `on`: severity by its weight, the rule id dim, the path bold. */
export function painter(on: boolean): Paint {
  const sgr = (open: number, close: number, text: string) => (on ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return {
    severity: (s) => sgr(...SEVERITY_CODES[s], s),
    rule: (id) => sgr(2, 22, id),
    path: (p) => sgr(1, 22, p),
  };
}
