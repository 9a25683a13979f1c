import { pick, type Localized, type Taal } from '../core/service';
import { COMMANDS, type CommandSpec, type HelpTopic, type OptionName } from './args';
import { COMMAND_SUMMARY, COMPARE, EXPORT, FETCH, HELP, OPTION_HELP, TOEZEGGINGEN } from './messages';

const TOOL = 'akkoordwijzer';

interface OptionForm {
  flags: string;
  value: string;
  help: Localized;
  repeat: boolean;
  /** How the synopsis writes it, when that is not the long flag and its value. */
  synopsis?: string;
  /** The command needs it: the synopsis writes it without brackets. */
  required?: boolean;
}

/** How an option is written in a synopsis and in the option list. */
function optionForm(option: OptionName, command: CommandSpec, taal: Taal): OptionForm {
  switch (option) {
    case 'format':
      return {
        flags: '-f, --format',
        value: command.formats.join('|'),
        help: command.formats.includes('sarif') ? OPTION_HELP.sarifFormat : command.name === 'compare' ? OPTION_HELP.compareFormat : OPTION_HELP.format,
        repeat: false,
      };
    case 'config':
      return { flags: '-c, --config', value: pick(HELP.file, taal), help: command.name.startsWith('corpus ') ? OPTION_HELP.corpusConfig : OPTION_HELP.config, repeat: false };
    case 'taal':
      return { flags: '    --taal', value: 'nl|en', help: OPTION_HELP.taal, repeat: false };
    case 'corpus':
      return { flags: '    --corpus', value: pick(HELP.file, taal), help: OPTION_HELP.corpus, repeat: true };
    case 'id':
      return { flags: '    --id', value: 'ID', help: command.name === 'toezeggingen fetch' ? OPTION_HELP.registerId : OPTION_HELP.id, repeat: false };
    case 'out':
      return {
        flags: '-o, --out',
        value: pick(HELP.file, taal),
        help: command.name === 'export' ? OPTION_HELP.exportOut : command.name === 'toezeggingen fetch' ? OPTION_HELP.registerOut : command.name === 'corpus fetch' ? OPTION_HELP.fetchOut : OPTION_HELP.importOut,
        repeat: false,
      };
    case 'to':
      return { flags: '-t, --to', value: 'docx|txt|md', help: OPTION_HELP.to, repeat: false, required: true };
    case 'toch':
      return { flags: '    --toch', value: '', help: OPTION_HELP.toch, repeat: false };
    case 'title':
      return { flags: '    --title', value: pick(HELP.titleValue, taal), help: OPTION_HELP.title, repeat: false };
    case 'kind':
      return { flags: '    --kind', value: pick(HELP.kindValue, taal), help: OPTION_HELP.kind, repeat: false };
    case 'force':
      return { flags: '    --force', value: '', help: OPTION_HELP.force, repeat: false };
    case 'proxy':
      return { flags: '    --proxy', value: pick(HELP.url, taal), help: OPTION_HELP.proxy, repeat: false };
    case 'opendata-url':
      return { flags: '    --opendata-url', value: pick(HELP.url, taal), help: OPTION_HELP.opendataUrl, repeat: false };
    case 'timeout':
      return { flags: '    --timeout', value: pick(HELP.seconds, taal), help: OPTION_HELP.timeout, repeat: false };
    case 'ministerie':
    case 'commissie':
    case 'sinds':
      return { flags: `    --${option}`, value: pick(HELP[option], taal), help: OPTION_HELP[option], repeat: false };
    default:
      return checkOptionForm(option, taal);
  }
}

/** The options only `check` has. */
function checkOptionForm(option: OptionName, taal: Taal): OptionForm {
  switch (option) {
    case 'quiet':
      return { flags: '-q, --quiet', value: '', help: OPTION_HELP.quiet, repeat: false };
    case 'max-warnings':
      return { flags: '    --max-warnings', value: 'N', help: OPTION_HELP.maxWarnings, repeat: false };
    case 'stdin':
      return { flags: '    --stdin', value: '', help: OPTION_HELP.stdin, repeat: false };
    case 'stdin-filename':
      return { flags: '    --stdin-filename', value: pick(HELP.file, taal), help: OPTION_HELP.stdinFilename, repeat: false };
    case 'ignore':
      return { flags: '    --ignore', value: pick(HELP.pattern, taal), help: OPTION_HELP.ignore, repeat: true };
    case 'fix':
      return { flags: '    --fix', value: '', help: OPTION_HELP.fix, repeat: false };
    case 'fix-dry-run':
      return { flags: '    --fix-dry-run', value: '', help: OPTION_HELP.fixDryRun, repeat: false };
    default:
      return { flags: '    --color, --no-color', value: '', help: OPTION_HELP.color, repeat: false, synopsis: '--color|--no-color' };
  }
}

/** `akkoordwijzer check [--format text|json|sarif] … PAD...` */
function synopsis(command: CommandSpec, taal: Taal): string {
  const options = command.options.map((o) => {
    const form = optionForm(o, command, taal);
    const flag = form.synopsis ?? form.flags.replace(/^.*?(--[\w-]+)$/, '$1');
    const written = form.value ? `${flag} ${form.value}` : flag;
    return `${form.required ? written : `[${written}]`}${form.repeat ? '...' : ''}`;
  });
  const operands = command.operands ? [`${pick(command.operands.label, taal)}${command.operands.max === 1 ? '' : '...'}`] : [];
  return wrap([`${TOOL} ${command.name}`, ...options, ...operands]);
}

/** The width a synopsis is wrapped at, as man pages and `--help` of other tools keep to a terminal. */
const SYNOPSIS_WIDTH = 110;

/** Parts joined by spaces, broken between parts into lines indented under the first option. */
function wrap(parts: string[]): string {
  const indent = ' '.repeat(parts[0]!.length + 3);
  const lines = [parts[0]!];
  for (const part of parts.slice(1)) {
    if (lines.at(-1)!.length + 1 + part.length > SYNOPSIS_WIDTH) lines.push(`${indent}${part}`);
    else lines[lines.length - 1] += ` ${part}`;
  }
  return lines.join('\n');
}

function optionList(command: CommandSpec, taal: Taal): string {
  const rows = command.options.map((o) => {
    const form = optionForm(o, command, taal);
    return [form.value ? `${form.flags} ${form.value}` : form.flags, pick(form.help, taal)] as const;
  });
  rows.push(['-h, --help', pick(OPTION_HELP.help, taal)]);
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`).join('\n');
}

function generalHelp(taal: Taal, version: string): string {
  const commands = Object.values(COMMANDS);
  const lines = [
    ...commands.map((c) => `  ${synopsis(c, taal)}`),
    `  ${TOOL} ${pick(HELP.command, taal)} --help   ${pick(HELP.commandHelp, taal)}`,
    `  ${TOOL} --help | --version`,
  ];
  return [pick(HELP.title(version), taal), '', pick(HELP.usage, taal), ...lines, '', pick(HELP.loaded, taal), pick(HELP.exitCodes, taal), ''].join('\n');
}

function corpusHelp(taal: Taal): string {
  const subcommands = [COMMANDS['corpus list'], COMMANDS['corpus search'], COMMANDS['corpus validate'], COMMANDS['corpus import'], COMMANDS['corpus fetch']];
  return [
    `${TOOL} corpus — ${pick(COMMAND_SUMMARY.corpus, taal)}`,
    '',
    pick(HELP.usage, taal),
    ...subcommands.map((c) => `  ${synopsis(c, taal)}`),
    `  ${TOOL} corpus ${pick(HELP.command, taal)} --help   ${pick(HELP.commandHelp, taal)}`,
    '',
    pick(HELP.corpusExitCodes, taal),
    '',
  ].join('\n');
}

/** What the help of one command says after its options: what is loaded, or what the command does online; its exit codes. */
const NOTES: Partial<Record<CommandSpec['name'], { notes: Localized; exitCodes: Localized }>> = {
  check: { notes: HELP.loaded, exitCodes: HELP.exitCodes },
  'corpus fetch': { notes: FETCH.notes, exitCodes: FETCH.exitCodes },
  export: { notes: EXPORT.notes, exitCodes: EXPORT.exitCodes },
  compare: { notes: COMPARE.notes, exitCodes: COMPARE.exitCodes },
  'toezeggingen fetch': { notes: TOEZEGGINGEN.notes, exitCodes: TOEZEGGINGEN.exitCodes },
};

function commandHelp(command: CommandSpec, taal: Taal): string {
  const notes = NOTES[command.name];
  return [
    `${TOOL} ${command.name} — ${pick(COMMAND_SUMMARY[command.name], taal)}`,
    '',
    pick(HELP.usage, taal),
    `  ${synopsis(command, taal)}`,
    '',
    pick(HELP.options, taal),
    optionList(command, taal),
    '',
    ...(notes ? [pick(notes.notes, taal)] : []),
    pick(notes?.exitCodes ?? HELP.corpusExitCodes, taal),
    '',
  ].join('\n');
}

/**
 * What follows a usage error: the usage of the command (its synopsis, or the commands for a mistake before one), and
 * where the rest is. The whole help after the one line that matters pushed that line out of sight (a new user's trial).
 */
export function usageHint(topic: HelpTopic, taal: Taal): string {
  const commands =
    topic === 'general' ? Object.values(COMMANDS) : topic === 'corpus' ? Object.values(COMMANDS).filter((c) => c.name.startsWith('corpus ')) : [topic === 'toezeggingen' ? COMMANDS['toezeggingen fetch'] : COMMANDS[topic]];
  const more = topic === 'general' ? `${TOOL} --help` : `${TOOL} ${topic === 'toezeggingen' ? 'toezeggingen fetch' : topic} --help`;
  return [pick(HELP.usage, taal), ...commands.map((c) => `  ${synopsis(c, taal)}`), pick(HELP.moreHelp(more), taal), ''].join('\n');
}

/** The help text of a topic, in the chosen language; ends with a newline. */
export function helpText(topic: HelpTopic, taal: Taal, version: string): string {
  if (topic === 'general') return generalHelp(taal, version);
  if (topic === 'corpus') return corpusHelp(taal);
  if (topic === 'toezeggingen') return commandHelp(COMMANDS['toezeggingen fetch'], taal);
  return commandHelp(COMMANDS[topic], taal);
}
