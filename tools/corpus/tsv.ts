/** Reading the quote tables (tab-separated; lines starting with `#` are comments naming the source). */

import { fail } from './util';

export interface TsvRow {
  /** 1-based line number in the file. */
  line: number;
  cells: Record<string, string>;
}

export function readTsv(text: string, file: string, columns: readonly string[]): TsvRow[] {
  const lines = text.split('\n');
  const rows: TsvRow[] = [];
  let header: string[] | undefined;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (!header) {
      header = cells;
      for (const c of columns) if (!header.includes(c)) fail(`${file}: kolom "${c}" ontbreekt in de kopregel (${header.join(', ')}).`);
      return;
    }
    if (cells.length !== header.length) fail(`${file}:${i + 1}: ${cells.length} kolommen, verwacht ${header.length}.`);
    const rec: Record<string, string> = {};
    header.forEach((h, k) => (rec[h] = cells[k] ?? ''));
    rows.push({ line: i + 1, cells: rec });
  });
  if (!header) fail(`${file}: leeg bestand.`);
  return rows;
}
