import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { loadVagueTermsFromValue, termFromValue, type VagueTerm } from './vague/terms';
import { parseYaml, rangeOf } from './data/yaml';
import type { DataProblem, Localized, SeverityLevel, Taal } from './types';

/** Options shared by the editor settings and the workspace file `.akkoordwijzer.yaml`. */
export interface AkkoordwijzerConfig {
  taal?: Taal;
  /** Per-rule severity. */
  regels: Record<string, SeverityLevel>;
  /** Extra vague terms. */
  extraTerms: VagueTerm[];
  /** Extra corpus files (paths as written, relative to the config file or workspace). */
  corpora: string[];
}

export const SEVERITY_LEVELS: readonly SeverityLevel[] = ['off', 'on', 'hint', 'info', 'warning', 'error'];

const SEVERITY_ALIASES: Record<string, SeverityLevel> = {
  uit: 'off',
  aan: 'on',
  none: 'off',
  false: 'off',
  information: 'info',
  informatie: 'info',
  waarschuwing: 'warning',
  warn: 'warning',
  fout: 'error',
  true: 'on',
};

/** Read a severity tolerantly ("uit", "Warning", "fout" …); `undefined` when it is not one. */
export function parseSeverity(value: unknown): SeverityLevel | undefined {
  // YAML `true` / `false` (a rule switched on or off) mean the same as the strings.
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  return (SEVERITY_LEVELS as readonly string[]).includes(v) ? (v as SeverityLevel) : SEVERITY_ALIASES[v];
}

export function parseTaal(value: unknown): Taal | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'nl' || v === 'nederlands' || v === 'dutch') return 'nl';
  if (v === 'en' || v === 'engels' || v === 'english') return 'en';
  return undefined;
}

export function emptyConfig(): AkkoordwijzerConfig {
  return { regels: {}, extraTerms: [], corpora: [] };
}

/**
 * Normalise settings from any source (VS Code settings object, parsed config file). Tolerant: a bad value is
 * skipped with a warning message, never thrown. `knownRules` lets unknown rule ids be reported.
 */
export function normalizeConfig(raw: unknown, knownRules: readonly string[], origin: string): { config: AkkoordwijzerConfig; warnings: string[] } {
  const config = emptyConfig();
  const warnings: string[] = [];
  if (!raw || typeof raw !== 'object') return { config, warnings };
  const o = raw as Record<string, unknown>;
  if (o['taal'] !== undefined) {
    const t = parseTaal(o['taal']);
    if (t) config.taal = t;
    else warnings.push(`${origin}: onbekende taal ${JSON.stringify(o['taal'])}; gebruik "nl" of "en".`);
  }
  const regels = o['regels'] ?? o['rules'];
  if (regels && typeof regels === 'object' && !Array.isArray(regels)) {
    for (const [id, v] of Object.entries(regels)) {
      if (!knownRules.includes(id)) {
        warnings.push(`${origin}: onbekende regel "${id}".`);
        continue;
      }
      const s = parseSeverity(v);
      if (s) config.regels[id] = s;
      else warnings.push(`${origin}: ongeldige ernst ${JSON.stringify(v)} voor "${id}"; gebruik off, hint, info, warning of error.`);
    }
  }
  const lexicon = o['lexicon'];
  const extra = lexicon && typeof lexicon === 'object' ? (lexicon as Record<string, unknown>)['extra'] : undefined;
  if (extra !== undefined) {
    const { terms, problems } = loadVagueTermsFromValue(extra, `${origin} (lexicon.extra)`);
    config.extraTerms = terms;
    for (const p of problems) warnings.push(`${origin}: ${p}`);
  }
  const corpora = o['corpora'];
  if (Array.isArray(corpora)) config.corpora = corpora.filter((c): c is string => typeof c === 'string' && c.trim() !== '');
  else if (typeof corpora === 'string') config.corpora = [corpora];
  return { config, warnings };
}

/** Merge: later configs win per key; extra terms and corpora accumulate. */
export function mergeConfigs(...configs: AkkoordwijzerConfig[]): AkkoordwijzerConfig {
  const out = emptyConfig();
  for (const c of configs) {
    if (c.taal) out.taal = c.taal;
    Object.assign(out.regels, c.regels);
    out.extraTerms.push(...c.extraTerms);
    out.corpora.push(...c.corpora.filter((p) => !out.corpora.includes(p)));
  }
  return out;
}

const TOP_FIELDS = new Set(['taal', 'regels', 'rules', 'lexicon', 'corpora']);

/**
 * Read `.akkoordwijzer.yaml`. Problems (syntax, unknown fields, bad values) come with line and column; whatever
 * is valid still applies, and a broken file leaves the defaults working.
 */
export function parseConfigFile(text: string, knownRules: readonly string[], origin: string): { config: AkkoordwijzerConfig; problems: DataProblem[] } {
  const { doc, reporter } = parseYaml(text);
  const at = (node: YamlNode | null | undefined, code: string, m: Localized, severity: DataProblem['severity'] = 'error') => reporter.report(rangeOf(node), severity, code, m.nl, m.en);
  // Whatever parsed despite a syntax error still applies (the yaml package recovers); the errors have positions.
  const root = doc.contents;
  if (root === null || root === undefined) return { config: emptyConfig(), problems: reporter.problems };
  if (!isMap(root)) {
    at(root, 'wrong-type', { nl: 'Het configuratiebestand moet een object zijn (taal, regels, lexicon, corpora).', en: 'The configuration file must be a mapping (taal, regels, lexicon, corpora).' });
    return { config: emptyConfig(), problems: reporter.problems };
  }
  for (const pair of root.items) {
    const keyNode = pair.key as YamlNode | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    if (!TOP_FIELDS.has(key)) at(keyNode, 'unknown-field', { nl: `Onbekend veld "${key}" (verwacht: taal, regels, lexicon, corpora).`, en: `Unknown field "${key}" (expected: taal, regels, lexicon, corpora).` }, 'warning');
  }
  const taal = root.get('taal', true) as YamlNode | undefined;
  if (taal && !parseTaal(isScalar(taal) ? taal.value : undefined)) at(taal, 'bad-value', { nl: 'Onbekende taal: gebruik "nl" of "en".', en: 'Unknown language: use "nl" or "en".' });
  const regels = (root.get('regels', true) ?? root.get('rules', true)) as YamlNode | undefined;
  if (regels !== undefined && !isMap(regels)) at(regels, 'wrong-type', { nl: '"regels" moet per regel een ernst geven, bijv. "vaag-begrip: warning".', en: '"regels" must give a severity per rule, e.g. "vaag-begrip: warning".' });
  if (isMap(regels)) {
    for (const pair of regels.items) {
      const k = pair.key as YamlNode;
      const id = isScalar(k) ? String(k.value) : '';
      if (!knownRules.includes(id)) at(k, 'unknown-rule', { nl: `Onbekende regel "${id}".`, en: `Unknown rule "${id}".` }, 'warning');
      const v = pair.value as YamlNode | null;
      if (!parseSeverity(isScalar(v) ? v.value : undefined))
        at(v ?? k, 'bad-value', { nl: `Ongeldige ernst voor "${id}": gebruik off, hint, info, warning of error.`, en: `Invalid severity for "${id}": use off, hint, info, warning or error.` });
    }
  }
  const lexicon = root.get('lexicon', true) as YamlNode | undefined;
  const extra = isMap(lexicon) ? (lexicon.get('extra', true) as YamlNode | undefined) : undefined;
  if (isSeq(extra)) {
    for (const item of extra.items as YamlNode[]) {
      const { errors, warnings } = termFromValue(isScalar(item) ? item.value : item?.toJSON(), origin);
      for (const e of errors) at(item, 'bad-term', e);
      for (const w of warnings) at(item, 'bad-term', w, 'warning');
    }
  }
  const corpora = root.get('corpora', true) as YamlNode | undefined;
  if (corpora !== undefined && !isSeq(corpora) && !(isScalar(corpora) && typeof corpora.value === 'string')) {
    at(corpora, 'wrong-type', { nl: '"corpora" moet een lijst van bestandspaden zijn.', en: '"corpora" must be a list of file paths.' });
  }
  // The same normalisation as for editor settings; its warnings are the problems reported above, with positions.
  const { config } = normalizeConfig(root.toJSON(), knownRules, origin);
  return { config, problems: reporter.problems };
}
