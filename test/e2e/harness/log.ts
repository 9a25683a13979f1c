/** Console output of the harness: elapsed time first, so a slow step is visible in CI logs. */
const t0 = Date.now();

export function elapsed(): string {
  return `${((Date.now() - t0) / 1000).toFixed(1)}s`;
}

export function log(...parts: unknown[]): void {
  console.log(`[e2e ${elapsed()}]`, ...parts);
}

export function heading(title: string): void {
  console.log(`\n== ${title} (${elapsed()})`);
}

/** The last `lines` lines of a text, indented, for failure reports. */
export function tail(text: string, lines = 40, indent = '    '): string {
  const all = text.replace(/\s+$/, '').split('\n');
  const shown = all.slice(-lines);
  return (all.length > lines ? `${indent}… (${all.length - lines} earlier lines)\n` : '') + shown.map((l) => indent + l).join('\n');
}

/** The outcome of one part (extension host, UI, Neovim). */
export interface PartResult {
  part: string;
  passed: number;
  failed: number;
  /** One line per failure: which step, what was expected. */
  failures: string[];
  seconds: number;
}
