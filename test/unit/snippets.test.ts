import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from './rules/helpers';

const ROOT = path.resolve(__dirname, '../..');
const snippets = JSON.parse(readFileSync(path.join(ROOT, 'snippets/markdown.json'), 'utf8')) as Record<string, { prefix: string[]; body: string[] }>;

/** The text a snippet inserts when the user tabs through without typing: defaults, first choices, today's date. */
function expand(body: string[]): string {
  return body
    .join('\n')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$CURRENT_DATE/g, '25')
    .replace(/\$CURRENT_MONTH/g, '11')
    .replace(/\$CURRENT_YEAR/g, '2026')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '');
}

describe('snippets', () => {
  it('offer a motie and Kamervragen under the prefixes staffers type', () => {
    expect(snippets['Motie']!.prefix).toContain('motie');
    expect(snippets['Kamervragen']!.prefix).toContain('kamervragen');
  });

  it('the motie template, as inserted, is a complete motie without structure findings', () => {
    const { draft, findings } = check(expand(snippets['Motie']!.body));
    expect(draft.kind).toBe('motie');
    expect(draft.parts.map((p) => p.kind)).toEqual(['kop', 'aanhef', 'beraadslaging', 'overweging', 'overweging', 'dictum', 'slot', 'indiener']);
    expect(findings.filter((f) => f.ruleId.startsWith('motie-'))).toEqual([]);
  });

  it('the Kamervragen template, as inserted, has an addressee, numbered questions and its source in a footnote', () => {
    const { draft, findings } = check(expand(snippets['Kamervragen']!.body));
    expect(draft.kind).toBe('kamervragen');
    expect(draft.adressaat?.text).toBe('de minister van Binnenlandse Zaken en Koninkrijksrelaties');
    expect(draft.parts.filter((p) => p.kind === 'vraag').map((p) => p.number?.value)).toEqual([1, 2, 3]);
    expect(findings.filter((f) => f.ruleId.startsWith('vragen-'))).toEqual([]);
  });

  it('leave what is to be filled in marked: checked and the export stopped on it (a staffer\'s trial: the motie template went out as "Motie van het lid Achternaam over onderwerp")', () => {
    for (const name of ['Motie', 'Kamervragen']) {
      const { findings } = check(expand(snippets[name]!.body));
      expect(findings.filter((f) => f.ruleId === 'invulplek').map((f) => f.text)).toEqual(expect.arrayContaining(['<achternaam>', '<onderwerp>', '<datum>']));
    }
    // Every place of every template, in a motie or Kamervragen as it is inserted (a reviewer: the overweging's "‹…>"
    // and the dictum's "regelen" were not marked). Only the ministry is a real default.
    const frame = (name: string, body: string) => (name === 'Overweging' || name === 'Dictum' ? `---\nsoort: motie\n---\nDe Kamer,\n\ngehoord de beraadslaging,\n\n${body}\n` : body);
    for (const [name, snippet] of Object.entries(snippets)) {
      const defaults = [...snippet.body.join('\n').matchAll(/\$\{\d+:([^}]*)\}/g)].map((m) => m[1]!).filter((d) => d !== 'Binnenlandse Zaken en Koninkrijksrelaties');
      const marked = check(frame(name, expand(snippet.body))).findings.filter((f) => f.ruleId === 'invulplek').map((f) => f.text);
      expect(defaults.filter((d) => !marked.includes(d)), name).toEqual([]);
    }
  });
});
