import { readData, readPlainValue } from './data/reader';
import { int, list, mapOf, object, optional, string, text, type Infer, type Issue } from './data/schema';
import { DEFAULT_BUDGET, type WorkBudget } from './draft/budget';
import { DEFAULT_ANSWER_TERM, type AnswerTermSettings } from './features/answerTerm';
import { EXTRA_TERM, type VagueTerm } from './vague/terms';
import type { DataProblem, SeverityLevel, Taal } from './types';
import { own, setOwn } from './text/own';

/** Options shared by the editor settings and the workspace file `.akkoordwijzer.yaml`. */
export interface AkkoordwijzerConfig {
  taal?: Taal;
  /** Per-rule severity. */
  regels: Record<string, SeverityLevel>;
  /** Extra vague terms. */
  extraTerms: VagueTerm[];
  /** Extra corpus files (paths as written, relative to the config file or workspace). */
  corpora: string[];
  /** The work budget per document, where set (`werkbudget: { tekens, nesting, voetnoten }`; 0 is no limit). */
  budget: Partial<WorkBudget>;
  /** The answer term of Kamervragen in days, where set (`antwoordtermijn: { dagen, uitstel }`). */
  answerTerm: Partial<AnswerTermSettings>;
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
  return (SEVERITY_LEVELS as readonly string[]).includes(v) ? (v as SeverityLevel) : own(SEVERITY_ALIASES, v);
}

export function parseTaal(value: unknown): Taal | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'nl' || v === 'nederlands' || v === 'dutch') return 'nl';
  if (v === 'en' || v === 'engels' || v === 'english') return 'en';
  return undefined;
}

export function emptyConfig(): AkkoordwijzerConfig {
  return { regels: {}, extraTerms: [], corpora: [], budget: {}, answerTerm: {} };
}

const SEVERITY_WORDS = 'standaard, uit, aan, hint, info, waarschuwing of fout';
const SEVERITY_WORDS_EN = 'default, off, on, hint, info, warning or error';

/** "standaard" (as in the editor's settings): the rule's own default, as if the rule were not named. */
const isDefaultWord = (value: unknown) => typeof value === 'string' && /^\s*(?:standaard|default)\s*$/i.test(value);

/** A severity as people write it ("uit", "Warning", `false`, "standaard"); a YAML boolean is read as written. */
const SEVERITY = string({
  trim: true,
  check: (value, rule): Issue | undefined =>
    parseSeverity(value) || isDefaultWord(value)
      ? undefined
      : {
          severity: 'error',
          code: 'bad-value',
          message: { nl: `Ongeldige ernst voor "${rule}": gebruik ${SEVERITY_WORDS}.`, en: `Invalid severity for "${rule}": use ${SEVERITY_WORDS_EN}.` },
        },
});

/** Per-rule severities; the rule ids are given when reading (`known.rules`). */
const RULE_LEVELS = mapOf(SEVERITY, { keys: { list: 'rules', code: 'unknown-rule', label: { nl: 'regel', en: 'rule' } } });

/**
 * The configuration, written once: the workspace file `.akkoordwijzer.yaml` is read along it with positions, the
 * editor's `akkoordwijzer.*` settings along the same shape without them. A bad value is reported and left out; the
 * rest applies.
 */
export const CONFIG = object(
  { one: { nl: 'een configuratie', en: 'a configuration' }, many: { nl: 'configuraties', en: 'configurations' } },
  {
    taal: optional(
      string({
        trim: true,
        check: (value): Issue | undefined =>
          parseTaal(value) ? undefined : { severity: 'error', code: 'bad-value', message: { nl: 'Onbekende taal: gebruik "nl" of "en".', en: 'Unknown language: use "nl" or "en".' } },
      }),
      'De taal van de meldingen: `nl` (standaard) of `en`.',
    ),
    regels: optional(RULE_LEVELS, 'Per regel een ernst (`off`, `on`, `hint`, `info`, `warning`, `error`; ook `uit`, `aan`, `fout`; `standaard`: die van de regel zelf).'),
    rules: optional(RULE_LEVELS, 'Hetzelfde als `regels` (Engelse naam).'),
    lexicon: optional(object({ one: { nl: 'een lexicon', en: 'a lexicon' }, many: { nl: 'lexicons', en: 'lexicons' } }, { extra: optional(list(EXTRA_TERM, { entries: true })) })),
    corpora: optional(list(text({ trim: true })), 'Extra corpusbestanden (paden vanaf de map van het bestand).'),
    werkbudget: optional(
      object(
        { one: { nl: 'een werkbudget', en: 'a work budget' }, many: { nl: 'werkbudgetten', en: 'work budgets' } },
        {
          tekens: optional(int({ min: 0 }), `Hoeveel tekens een document mag hebben om gecontroleerd te worden (standaard ${DEFAULT_BUDGET.maxChars}; 0 is geen grens).`),
          nesting: optional(int({ min: 0 }), `Hoe diep citaten en lijsten genest mogen zijn (standaard ${DEFAULT_BUDGET.maxNesting}; 0 is geen grens).`),
          voetnoten: optional(int({ min: 0 }), `Hoeveel voetnootdefinities een document mag hebben (standaard ${DEFAULT_BUDGET.maxFootnotes}; 0 is geen grens).`),
        },
      ),
      'Het werkbudget per document: daarboven wordt het niet gecontroleerd en zegt één melding waarom.',
    ),
    antwoordtermijn: optional(
      object(
        { one: { nl: 'een antwoordtermijn', en: 'an answer term' }, many: { nl: 'antwoordtermijnen', en: 'answer terms' } },
        {
          dagen: optional(int({ min: 1 }), `Dagen na "ingezonden" waarin Kamervragen beantwoord moeten zijn (standaard ${DEFAULT_ANSWER_TERM.days}, Reglement van Orde).`),
          uitstel: optional(int({ min: 1 }), `Dagen na "ingezonden" na een uitstelbericht (standaard ${DEFAULT_ANSWER_TERM.daysWithUitstel}, de praktijk van de Kamer).`),
        },
      ),
      'De antwoordtermijn van Kamervragen, getoond boven de kop van ingezonden vragen.',
    ),
  },
  { emptyOk: true, notAMap: { nl: 'De configuratie moet een object zijn (taal, regels, lexicon, corpora, werkbudget, antwoordtermijn).', en: 'The configuration must be a mapping (taal, regels, lexicon, corpora, werkbudget, antwoordtermijn).' } },
);

/** The configuration a read value stands for; `origin` names where extra terms came from. */
function toConfig(value: Partial<Infer<typeof CONFIG>> | undefined, origin: string): AkkoordwijzerConfig {
  const config = emptyConfig();
  if (!value) return config;
  const taal = parseTaal(value.taal);
  if (taal) config.taal = taal;
  for (const [id, level] of Object.entries({ ...value.rules, ...value.regels })) {
    const severity = parseSeverity(level);
    if (severity) setOwn(config.regels, id, severity);
  }
  config.extraTerms = (value.lexicon?.extra ?? []).flatMap((t: Omit<VagueTerm, 'origin'> | undefined): VagueTerm[] => (t ? [{ ...t, origin }] : []));
  config.corpora = (value.corpora ?? []).filter((c) => c !== '');
  if (value.werkbudget?.tekens !== undefined) config.budget.maxChars = value.werkbudget.tekens;
  if (value.werkbudget?.nesting !== undefined) config.budget.maxNesting = value.werkbudget.nesting;
  if (value.werkbudget?.voetnoten !== undefined) config.budget.maxFootnotes = value.werkbudget.voetnoten;
  if (value.antwoordtermijn?.dagen !== undefined) config.answerTerm.days = value.antwoordtermijn.dagen;
  if (value.antwoordtermijn?.uitstel !== undefined) config.answerTerm.daysWithUitstel = value.antwoordtermijn.uitstel;
  return config;
}

/**
 * Read `.akkoordwijzer.yaml`. Problems (syntax, unknown fields and rules, bad values) come with line and column;
 * whatever is valid still applies, and a broken file leaves the defaults working.
 */
export function parseConfigFile(text: string, knownRules: readonly string[], origin: string): { config: AkkoordwijzerConfig; problems: DataProblem[] } {
  const read = readData(text, CONFIG, { known: { rules: knownRules } });
  return { config: toConfig(read.value, origin), problems: read.problems() };
}

/** Read the editor's settings along the same shape; problems have no position, only their messages count. */
export function readConfigValue(value: unknown, knownRules: readonly string[], origin: string): { config: AkkoordwijzerConfig; problems: DataProblem[] } {
  if (!value || typeof value !== 'object' || nothingSet(value)) return { config: emptyConfig(), problems: [] };
  const read = readPlainValue(value, CONFIG, { known: { rules: knownRules }, partial: true });
  return { config: toConfig(read.value ?? undefined, origin), problems: read.problems };
}

/**
 * What an editor sends when the user set nothing (VS Code: every setting at its default, the defaults taken out by the
 * adapter): only these fields, empty. It reads as the empty configuration without the reader, whose YAML parser is
 * then not loaded at start (`test/unit/config.test.ts` checks the reader gives the same).
 */
const NOTHING_SET: Readonly<Record<string, readonly string[]>> = { corpora: ['[]'], regels: ['{}'], rules: ['{}'], lexicon: ['{}', '{"extra":[]}'], werkbudget: ['{}'], antwoordtermijn: ['{}'] };

/** Whether an editor's settings object holds nothing but the empty fields of `NOTHING_SET`. */
export function nothingSet(value: object): boolean {
  return Object.entries(value).every(([key, v]) => Object.hasOwn(NOTHING_SET, key) && NOTHING_SET[key]!.includes(JSON.stringify(v)));
}

/** Merge: later configs win per key; extra terms and corpora accumulate. */
export function mergeConfigs(...configs: AkkoordwijzerConfig[]): AkkoordwijzerConfig {
  const out = emptyConfig();
  for (const c of configs) {
    if (c.taal) out.taal = c.taal;
    Object.assign(out.regels, c.regels);
    out.extraTerms.push(...c.extraTerms);
    out.corpora.push(...c.corpora.filter((p) => !out.corpora.includes(p)));
    Object.assign(out.budget, c.budget);
    Object.assign(out.answerTerm, c.answerTerm);
  }
  return out;
}
