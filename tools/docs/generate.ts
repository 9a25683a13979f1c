/*
 * Rule documentation is written once, in the rule objects, and generated from there: one page per rule
 * (docs/rules/<id>.md), the rule table in README.md, and the per-rule settings in package.json.
 * `npm run docs` writes them; test/tools/docs.test.ts fails when a generated part drifts. The prose is Markdown with
 * its `<` escaped (`md`): GitHub hid ‘te <werkwoord>’ and ‘<datum>’ as HTML tags (a reviewer).
 */
import { RULES } from '../../src/core/rules/index';
import { effectiveSeverity, ruleDocUrl, type Rule } from '../../src/core/rules/types';
import { markdownProse as md } from '../../src/core/text/markdownProse';

const SEVERITY_NL: Record<string, string> = { error: 'fout', warning: 'waarschuwing', info: 'informatie', hint: 'hint', off: 'uit' };

export function renderRulePage(rule: Rule): string {
  const d = rule.docs;
  const kinds = rule.kinds.map((k) => (k === 'kamervragen' ? 'Kamervragen' : k === 'other' ? 'andere documenten' : k)).join(', ');
  return `<!-- Gegenereerd uit src/core/rules/${rule.id}.ts door \`npm run docs\`; niet met de hand bewerken. -->
# \`${rule.id}\` — ${md(rule.title.nl)}

${md(d.summary.nl)}

| | |
|---|---|
| Regel-id | \`${rule.id}\` |
| Geldt voor | ${kinds} |
| Standaardernst | ${SEVERITY_NL[rule.defaultSeverity]} (\`${rule.defaultSeverity}\`)${rule.defaultSeverity === 'off' ? `; met \`aan\` (of \`true\`) ${SEVERITY_NL[effectiveSeverity(rule, 'on')]}` : ''} |
| Instelling | \`akkoordwijzer.regels.${rule.id}\` of \`regels: { ${rule.id}: … }\` in \`.akkoordwijzer.yaml\` |
| Uitzetten in een tekst | \`<!-- akkoordwijzer-disable ${rule.id} -->\` … \`<!-- akkoordwijzer-enable -->\` |

## Waarom

${md(d.rationale.nl)}

## Fout

\`\`\`markdown
${d.bad}
\`\`\`

## Goed

\`\`\`markdown
${d.good}
\`\`\`

## Snelle oplossing

${md(d.fixes.nl)}

---

## In English: ${md(rule.title.en)}

${md(d.summary.en)}

${md(d.rationale.en)}

Quick fix: ${md(d.fixes.en)}
`;
}

export const TABLE_START = '<!-- regels:begin (gegenereerd door npm run docs) -->';
export const TABLE_END = '<!-- regels:end -->';

export function renderRuleTable(): string {
  const rows = RULES.map((r) => `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${md(r.docs.summary.nl)} | ${SEVERITY_NL[r.defaultSeverity]} | ${r.docs.fixes.nl.startsWith('Geen') ? '—' : 'ja'} |`);
  return [TABLE_START, '| Regel | Wat ze controleert | Standaard | Snelle oplossing |', '|---|---|---|---|', ...rows, TABLE_END].join('\n');
}

/** Replace the generated table between the markers in a README text. */
export function withRuleTable(readme: string): string {
  const a = readme.indexOf(TABLE_START);
  const b = readme.indexOf(TABLE_END);
  if (a < 0 || b < 0) return readme;
  return readme.slice(0, a) + renderRuleTable() + readme.slice(b + TABLE_END.length);
}

/** The `akkoordwijzer.regels.<id>` settings contributed in package.json. */
function ruleSettings(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const r of RULES) {
    out[`akkoordwijzer.regels.${r.id}`] = {
      type: 'string',
      // The stored values stay as they were (existing settings keep working; the reader takes the Dutch words
      // too); the dropdown shows Dutch labels.
      enum: ['standaard', 'off', 'aan', 'hint', 'info', 'warning', 'error'],
      enumItemLabels: ['standaard', 'uit', 'aan', 'hint', 'informatie', 'waarschuwing', 'fout'],
      enumDescriptions: [
        `Standaard (${SEVERITY_NL[r.defaultSeverity]}), of wat .akkoordwijzer.yaml zegt`,
        'Uit',
        `Aan, in de eigen ernst van de regel (${SEVERITY_NL[effectiveSeverity(r, 'on')]})`,
        'Aan, als hint',
        'Aan, als informatie',
        'Aan, als waarschuwing',
        'Aan, als fout',
      ],
      default: 'standaard',
      // Per folder (a multi-root workspace's folders each their own), as the cascade of .akkoordwijzer.yaml files is.
      scope: 'resource',
      markdownDescription: `**${md(r.title.nl)}** — ${md(r.docs.summary.nl)} [Documentatie](${ruleDocUrl(r.id)})`,
    };
  }
  return out;
}

/** package.json with the generated rule settings merged into contributes.configuration. */
export function withRuleSettings(pkg: Record<string, unknown>): Record<string, unknown> {
  const contributes = (pkg['contributes'] ?? {}) as Record<string, unknown>;
  const configuration = (contributes['configuration'] ?? { title: 'Akkoordwijzer', properties: {} }) as { properties: Record<string, unknown> };
  const kept = Object.fromEntries(Object.entries(configuration.properties).filter(([k]) => !k.startsWith('akkoordwijzer.regels.')));
  return { ...pkg, contributes: { ...contributes, configuration: { ...configuration, properties: { ...kept, ...ruleSettings() } } } };
}
