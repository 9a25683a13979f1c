import type { QuoteDiffOp } from '../retrieval/alignment';
import { pick, type Localized, type Taal } from '../types';

const TABLE_HEAD: Localized = { nl: '| Concept | Akkoord |', en: '| Draft | Agreement |' };

/** The word-level difference in one line: “regie” → “doorzettingsmacht”; + “alle”; − “compact”. */
export function diffSummary(diff: readonly QuoteDiffOp[]): Localized {
  const nl: string[] = [];
  const en: string[] = [];
  for (const d of diff) {
    if (d.op === 'replace') {
      nl.push(`“${d.draft}” moet “${d.corpus}” zijn`);
      en.push(`“${d.draft}” should be “${d.corpus}”`);
    } else if (d.op === 'insert') {
      nl.push(`“${d.draft}” staat er niet`);
      en.push(`“${d.draft}” is not in it`);
    } else if (d.op === 'delete') {
      nl.push(`“${d.corpus}” ontbreekt`);
      en.push(`“${d.corpus}” is missing`);
    }
  }
  return { nl: nl.join('; '), en: en.join('; ') };
}

/** A Markdown table of the diff for the hover: draft words next to the agreement's words. */
export function diffTable(diff: readonly QuoteDiffOp[], taal: Taal): string {
  const head = pick(TABLE_HEAD, taal);
  const rows = diff.map((d) => {
    const esc = (s: string) => s.replace(/\|/g, '\\|');
    if (d.op === 'equal' || d.op === 'gap') return `| ${esc(d.draft)} | ${esc(d.corpus || '…')} |`;
    return `| **${esc(d.draft) || '—'}** | **${esc(d.corpus) || '—'}** |`;
  });
  return [head, '|---|---|', ...rows].join('\n');
}
