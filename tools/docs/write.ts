import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../src/core/rules/index';
import { renderRulePage, withRuleSettings, withRuleTable } from './generate';
import { renderGrammar } from './grammar';
import { withFormatTables } from './corpusFormat';

const root = process.cwd();
const dir = path.join(root, 'docs', 'rules');
for (const rule of RULES) writeFileSync(path.join(dir, `${rule.id}.md`), renderRulePage(rule));
for (const f of readdirSync(dir)) if (!RULES.some((r) => `${r.id}.md` === f)) rmSync(path.join(dir, f));
const readme = path.join(root, 'README.md');
if (existsSync(readme)) writeFileSync(readme, withRuleTable(readFileSync(readme, 'utf8')));
const pkgFile = path.join(root, 'package.json');
writeFileSync(pkgFile, `${JSON.stringify(withRuleSettings(JSON.parse(readFileSync(pkgFile, 'utf8'))), null, 2)}\n`);
writeFileSync(path.join(root, 'syntaxes', 'akkoordwijzer.injection.json'), renderGrammar());
const format = path.join(root, 'docs', 'corpus-format.md');
writeFileSync(format, withFormatTables(readFileSync(format, 'utf8')));
console.log(`docs: ${RULES.length} regelpagina's, README-tabel, package.json-instellingen, de grammatica en de veldtabellen van docs/corpus-format.md bijgewerkt`);
