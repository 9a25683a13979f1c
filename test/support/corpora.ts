import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/**
 * The built-in `ca2026` file as a user's import of the whole agreement would give it: `complete: true`, without the
 * commitments `without` (passages the import did not find), with `extra` entries (YAML list items, two-space indent)
 * first among the commitments. Tests of the takeover use it; it is the real built-in text, not a made-up corpus.
 */
export function ca2026AsComplete(options: { without?: readonly string[]; extra?: string } = {}): string {
  const text = readFileSync(path.join(ROOT, 'corpus', 'ca2026.akkoord.yaml'), 'utf8').replace(/^complete: false$/m, 'complete: true');
  const lines = text.split('\n');
  for (const id of options.without ?? []) {
    const start = lines.indexOf(`  - id: ${id}`);
    if (start < 0) throw new Error(`ca2026 has no commitment "${id}"`);
    let end = start + 1;
    // The entry runs until the next list item or the next top-level key.
    while (end < lines.length && !lines[end]!.startsWith('  - ') && /^\s/.test(lines[end]!)) end++;
    lines.splice(start, end - start);
  }
  const at = lines.indexOf('commitments:') + 1;
  if (options.extra) lines.splice(at, 0, ...options.extra.replace(/\n$/, '').split('\n'));
  return lines.join('\n');
}
