import { parseArgs } from 'node:util';
import { distance, EXPORT_FORMATS, isCorpusKind, own, parseTaal, type CorpusKind, type ExportFormat, type Localized, type Taal } from '../core/service';
import { IMPORT_INPUT } from '../host/import/messages';
import { HELP, USAGE } from './messages';

export type Format = 'text' | 'json' | 'sarif';
export type CommandName = 'check' | 'export' | 'compare' | 'corpus list' | 'corpus search' | 'corpus validate' | 'corpus import' | 'corpus fetch' | 'toezeggingen fetch';
export type OptionName =
  | 'format'
  | 'config'
  | 'corpus'
  | 'taal'
  | 'id'
  | 'out'
  | 'title'
  | 'kind'
  | 'force'
  | 'proxy'
  | 'opendata-url'
  | 'timeout'
  | 'quiet'
  | 'max-warnings'
  | 'stdin'
  | 'stdin-filename'
  | 'ignore'
  | 'color'
  | 'fix'
  | 'fix-dry-run'
  | 'to'
  | 'toch'
  | 'ministerie'
  | 'commissie'
  | 'sinds';
/** What `--help` can be about: the tool, the `corpus` group, or one command. */
export type HelpTopic = 'general' | 'corpus' | 'toezeggingen' | CommandName;

/** What one command accepts. Parsing, its checks and `--help` all read this table, so they cannot disagree. */
export interface CommandSpec {
  name: CommandName;
  options: readonly OptionName[];
  /** The output formats; the first is the default. Empty when the command has no `--format`. */
  formats: readonly Format[];
  /** The operands (`PAD...`) and what to say when none are given; undefined when the command takes none. */
  operands?: { label: Localized; missing: Localized; max?: number };
}

export const COMMANDS: Record<CommandName, CommandSpec> = {
  check: {
    name: 'check',
    options: ['format', 'config', 'taal', 'corpus', 'quiet', 'max-warnings', 'stdin', 'stdin-filename', 'ignore', 'color', 'fix', 'fix-dry-run'],
    formats: ['text', 'json', 'sarif'],
    operands: { label: HELP.path, missing: USAGE.noPaths },
  },
  export: {
    name: 'export',
    options: ['to', 'out', 'toch', 'config', 'taal', 'corpus'],
    formats: [],
    operands: { label: HELP.file, missing: USAGE.noExportFile, max: 1 },
  },
  compare: { name: 'compare', options: ['format', 'taal'], formats: ['text', 'json'], operands: { label: HELP.versie, missing: USAGE.noCompareFiles, max: 2 } },
  'corpus list': { name: 'corpus list', options: ['format', 'config', 'taal', 'corpus'], formats: ['text', 'json'] },
  'corpus search': {
    name: 'corpus search',
    options: ['format', 'config', 'taal', 'corpus'],
    formats: ['text', 'json'],
    operands: { label: HELP.words, missing: USAGE.noSearchWords },
  },
  'corpus validate': { name: 'corpus validate', options: ['taal'], formats: [], operands: { label: HELP.file, missing: USAGE.noCorpusFiles } },
  'corpus import': {
    name: 'corpus import',
    options: ['id', 'out', 'title', 'kind', 'force', 'taal'],
    formats: [],
    operands: { label: HELP.file, missing: USAGE.noImportFile, max: 1 },
  },
  'corpus fetch': { name: 'corpus fetch', options: ['out', 'proxy', 'opendata-url', 'timeout', 'taal'], formats: [], operands: { label: HELP.nummer, missing: USAGE.noNummer, max: 1 } },
  'toezeggingen fetch': { name: 'toezeggingen fetch', options: ['ministerie', 'commissie', 'sinds', 'out', 'id', 'proxy', 'opendata-url', 'timeout', 'taal'], formats: [] },
};

const CORPUS_COMMANDS = ['list', 'search', 'validate', 'import', 'fetch'] as const;

/** `node:util` parseArgs options; `--lang` is another spelling of `--taal`. */
const OPTIONS = {
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
  corpus: { type: 'string', multiple: true },
  taal: { type: 'string' },
  lang: { type: 'string' },
  id: { type: 'string' },
  out: { type: 'string', short: 'o' },
  title: { type: 'string' },
  kind: { type: 'string' },
  force: { type: 'boolean' },
  proxy: { type: 'string' },
  'opendata-url': { type: 'string' },
  timeout: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  ignore: { type: 'string', multiple: true },
  // Both spellings are options of their own: parseArgs' `allowNegative` needs Node 22.4, and the CLI runs on Node 20.
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  to: { type: 'string', short: 't' },
  toch: { type: 'boolean' },
  ministerie: { type: 'string' },
  commissie: { type: 'string' },
  sinds: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type OptionToken = { name: string; rawName: string; value?: string | undefined };

/** The options a command was given, checked against its table entry. */
export interface CommandArgs {
  format: Format;
  config?: string;
  taal?: Taal;
  corpora: string[];
  operands: string[];
  /** `corpus import`: the corpus id, the title, and whether to overwrite a file that is no import. */
  id?: string;
  title?: string;
  /** `corpus import`: what the document is (`kind:` of the corpus file). */
  kind?: CorpusKind;
  force?: boolean;
  /** `corpus import` and `corpus fetch`: the file to write. `corpus fetch`: the proxy to use, seconds to wait. */
  out?: string;
  proxy?: string;
  /** `corpus fetch` and `toezeggingen fetch`: the open data's service root (a mirror, or a test server). */
  opendataUrl?: string;
  timeoutSeconds?: number;
  /** `check`: report errors only (warnings still count for `maxWarnings`). */
  quiet?: boolean;
  /** `check`: exit 1 when there are more warnings than this (ESLint's `--max-warnings`); undefined or -1: no limit. */
  maxWarnings?: number;
  /** `check --stdin`: the draft comes from standard input; `stdinFilename` names it (kind, configuration, reports). */
  stdin?: boolean;
  stdinFilename?: string;
  /** `check --ignore PATTERN`: gitignore patterns relative to the working directory, on top of `.akkoordwijzerignore`. */
  ignores?: string[];
  /** `check --color` / `--no-color`: the last one given; undefined leaves it to the terminal and the environment. */
  color?: boolean;
  /** `check --fix`: write the certain fixes to the files; `--fix-dry-run`: print them as a unified diff. */
  fix?: 'write' | 'dry-run';
  /** `export --to`: the format to write; `--toch`: export although errors remain. */
  to?: ExportFormat;
  toch?: boolean;
  /** `toezeggingen fetch`: a ministry (code or name), a committee, and the first day (`YYYY-MM-DD`) of what to fetch. */
  ministerie?: string;
  commissie?: string;
  sinds?: string;
}

export type Invocation =
  | { kind: 'help'; topic: HelpTopic; taal: Taal; exitCode: 0 | 2 }
  | { kind: 'version' }
  | { kind: 'run'; command: CommandName; args: CommandArgs };

/** A mistake in the command line: the CLI prints it with the usage of `topic` and exits 2. */
export class UsageError extends Error {
  constructor(
    readonly text: Localized,
    readonly topic: HelpTopic,
    readonly taal: Taal,
  ) {
    super(text.en);
  }
}

/**
 * Read the command line: `akkoordwijzer COMMAND [SUBCOMMAND] [OPTIONS] OPERAND...` (options may stand anywhere;
 * after `--` everything is an operand). Unknown options, options the command does not have, missing or bad values
 * and missing operands throw a `UsageError` in the language `--taal` asks for.
 */
export function parseCommandLine(argv: readonly string[]): Invocation {
  const { tokens, positionals } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const options = tokens.filter((t): t is typeof t & OptionToken & { kind: 'option' } => t.kind === 'option');
  const taal = usageTaal(options);
  const has = (name: string) => options.some((o) => o.name === name);
  const [first, ...rest] = positionals;
  const fail = (text: Localized, topic: HelpTopic = 'general'): never => {
    throw new UsageError(text, topic, taal);
  };
  const topic = helpTopic(positionals);
  for (const o of options) {
    const spec = own<{ type: 'string' | 'boolean' }>(OPTIONS, o.name);
    if (!spec) fail(USAGE.unknownOption(o.rawName), topic);
    else if (spec.type === 'string' && o.value === undefined) fail(USAGE.missingValue(o.rawName), topic);
    else if (spec.type === 'boolean' && o.value !== undefined) fail(USAGE.noValue(o.rawName), topic);
  }
  if (has('version')) return { kind: 'version' };
  if (first === 'help') return { kind: 'help', topic: helpTopic(rest), taal, exitCode: 0 };
  if (has('help')) return { kind: 'help', topic, taal, exitCode: 0 };
  // Without a command there is nothing to run: the overview, as a usage error (exit 2) on standard output.
  if (first === undefined) return { kind: 'help', topic: 'general', taal, exitCode: 2 };
  const { command, operands } = commandOf(first, rest, fail);
  return { kind: 'run', command: command.name, args: commandArgs(command, options, operands, (text) => fail(text, command.name)) };
}

/** The words a command line starts with. */
const TOP_COMMANDS = ['check', 'export', 'compare', 'corpus', 'toezeggingen'];

function commandOf(first: string, rest: string[], fail: (text: Localized, topic?: HelpTopic) => never): { command: CommandSpec; operands: string[] } {
  if (first === 'check') return { command: COMMANDS.check, operands: rest };
  if (first === 'export') return { command: COMMANDS.export, operands: rest };
  if (first === 'compare') return { command: COMMANDS.compare, operands: rest };
  if (first === 'toezeggingen') {
    const [sub = '', ...operands] = rest;
    return sub === 'fetch' ? { command: COMMANDS['toezeggingen fetch'], operands } : fail(USAGE.unknownToezeggingenCommand(sub), 'toezeggingen');
  }
  if (first !== 'corpus') return fail(USAGE.unknownCommand(first, TOP_COMMANDS.find((c) => distance(first.toLowerCase(), c, 2) <= 2)));
  const [sub = '', ...operands] = rest;
  if (!(CORPUS_COMMANDS as readonly string[]).includes(sub)) return fail(USAGE.unknownCorpusCommand(sub, CORPUS_COMMANDS), 'corpus');
  return { command: COMMANDS[`corpus ${sub}` as CommandName], operands };
}

/** The name in the command table of an option as typed: `--lang` is `--taal`, `--no-color` is `--color`. */
function tableName(option: string): OptionName {
  if (option === 'lang') return 'taal';
  if (option === 'no-color') return 'color';
  return option as OptionName;
}

function commandArgs(command: CommandSpec, options: OptionToken[], operands: string[], fail: (text: Localized) => never): CommandArgs {
  const args: CommandArgs = { format: command.formats[0] ?? 'text', corpora: [], operands };
  for (const o of options) {
    const name = tableName(o.name);
    if (!command.options.includes(name)) fail(USAGE.optionNotHere(o.rawName, command.name));
    const value = o.value!;
    if (name === 'format') {
      if (!(command.formats as readonly string[]).includes(value)) fail(USAGE.badFormat(value, command.formats));
      args.format = value as Format;
    } else if (name === 'taal') {
      args.taal = parseTaal(value) ?? fail(USAGE.badTaal);
    } else if (name === 'config' || name === 'id' || name === 'title') args[name] = value;
    else if (name === 'force') args.force = true;
    else if (name === 'kind') {
      const kind = value.trim();
      args.kind = isCorpusKind(kind) ? kind : fail(IMPORT_INPUT.unknownKind(value));
    }
    else if (name === 'to' || name === 'toch') exportOption(args, name, value, fail);
    else if (name === 'fix' || name === 'fix-dry-run') fixOption(args, name === 'fix' ? 'write' : 'dry-run', fail);
    else if (name === 'corpus') args.corpora.push(value);
    else if (name === 'out' || name === 'proxy' || name === 'timeout' || name === 'opendata-url') fetchOption(args, name, value, fail);
    else if (name === 'ministerie' || name === 'commissie') args[name] = value;
    else if (name === 'sinds') args.sinds = /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) && !Number.isNaN(Date.parse(value.trim())) ? value.trim() : fail(USAGE.badSinds(value));
    else checkOption(args, name, o, fail);
  }
  checkOperands(command, args, fail);
  // The dry run's standard output is the diff (for `git apply`); JSON or SARIF there would be neither.
  if (args.fix === 'dry-run' && args.format !== 'text') fail(USAGE.fixDryRunFormat(args.format));
  if (command.name === 'export' && args.to === undefined) fail(USAGE.noExportFormat);
  return args;
}

function checkOperands(command: CommandSpec, args: CommandArgs, fail: (text: Localized) => never): void {
  const { operands } = args;
  if (args.stdinFilename !== undefined && !args.stdin) fail(USAGE.stdinFilenameWithoutStdin);
  if (args.stdin && operands.length > 0) fail(USAGE.stdinAndPaths(operands[0]!));
  // Standard input cannot be written back: `--fix` refuses it (`--stdin` or `-`, wherever it stands), `--fix-dry-run` shows the diff.
  if (args.fix === 'write' && (args.stdin || operands.includes('-'))) fail(USAGE.fixStdin);
  if (command.operands && operands.length === 0 && !args.stdin) fail(command.operands.missing);
  // A path that is empty reads as the working folder (only `check` takes folders); elsewhere an empty operand is named
  // by what it is not: no file, no document number.
  if (command.name === 'check' && operands.some((o) => o.trim() === '')) fail(USAGE.emptyOperand);
  if (command.operands?.max !== undefined && operands.length > command.operands.max) fail(USAGE.tooManyOperands(command.name, operands.length));
  if (!command.operands && operands.length > 0) fail(USAGE.noOperands(command.name, operands[0]!));
}

/** The options of `check` that shape what is read and reported: quiet, max-warnings, stdin, ignore, colour. */
function checkOption(args: CommandArgs, name: OptionName, o: OptionToken, fail: (text: Localized) => never): void {
  const value = o.value!;
  if (name === 'quiet') args.quiet = true;
  else if (name === 'stdin') args.stdin = true;
  else if (name === 'stdin-filename') args.stdinFilename = value.trim() !== '' ? value : fail(USAGE.missingValue(o.rawName));
  else if (name === 'ignore') (args.ignores ??= []).push(value);
  else if (name === 'color') args.color = o.name === 'color';
  else if (name === 'max-warnings') {
    // ESLint's reading: a whole number; -1 switches the limit off.
    args.maxWarnings = /^(?:-1|\d+)$/.test(value.trim()) ? Number(value) : fail(USAGE.badMaxWarnings(value));
  }
}

/** `--fix` or `--fix-dry-run` (not both); whether standard input is among the drafts is known after all operands (`checkOperands`). */
function fixOption(args: CommandArgs, mode: 'write' | 'dry-run', fail: (text: Localized) => never): void {
  if (args.fix !== undefined && args.fix !== mode) fail(USAGE.fixTwice);
  args.fix = mode;
}

/** `export --to docx|txt|md` and `--toch`. */
function exportOption(args: CommandArgs, name: 'to' | 'toch', value: string, fail: (text: Localized) => never): void {
  if (name === 'toch') args.toch = true;
  else args.to = (EXPORT_FORMATS as readonly string[]).includes(value) ? (value as ExportFormat) : fail(USAGE.badExportFormat(value));
}

/** `--out FILE`, `--proxy URL`, `--opendata-url URL` (http or https) and `--timeout SECONDS` (a positive number) of the fetches. */
function fetchOption(args: CommandArgs, name: 'out' | 'proxy' | 'timeout' | 'opendata-url', value: string, fail: (text: Localized) => never): void {
  if (name === 'out') args.out = value;
  else if (name === 'opendata-url') args.opendataUrl = /^https?:\/\/[^/\s]+/i.test(value) && URL.canParse(value) ? value : fail(USAGE.badOpendataUrl);
  else if (name === 'proxy') args.proxy = /^https?:\/\/[^/\s]+/i.test(value) && URL.canParse(value) ? value : fail(USAGE.badProxy);
  else if (name === 'timeout') {
    const seconds = Number(value);
    args.timeoutSeconds = value.trim() !== '' && Number.isFinite(seconds) && seconds > 0 ? seconds : fail(USAGE.badTimeout(value));
  }
}

/** The language of usage errors and help: `--taal` when it names one, else Dutch (the config is not read yet). */
function usageTaal(options: OptionToken[]): Taal {
  const asked = options.filter((o) => o.name === 'taal' || o.name === 'lang').map((o) => parseTaal(o.value));
  return asked.at(-1) ?? 'nl';
}

function helpTopic(words: string[]): HelpTopic {
  const [command, sub] = words;
  if (command === 'check' || command === 'compare') return command;
  if (command === 'export') return 'export';
  if (command === 'toezeggingen') return sub === 'fetch' ? 'toezeggingen fetch' : 'toezeggingen';
  if (command !== 'corpus') return 'general';
  return (CORPUS_COMMANDS as readonly (string | undefined)[]).includes(sub) ? (`corpus ${sub}` as CommandName) : 'corpus';
}
