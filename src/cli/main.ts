import { pick, type Taal } from '../core/service';
import { tuneProcess } from '../host/process';
import { parseCommandLine, UsageError, type CommandArgs, type CommandName } from './args';
import { check } from './commands/check';
import { compare } from './commands/compare';
import { importCommand, listOrSearch, validate } from './commands/corpus';
import { exportCommand } from './commands/export';
import { fetchDocument } from './commands/fetch';
import { fetchToezeggingen } from './commands/toezeggingen';
import { helpText, usageHint } from './help';
import { CliContext, type CliStreams } from './io';
import { PROBLEM } from './messages';

const VERSION = __VERSION__;

const COMMAND_RUNNERS: Record<CommandName, (args: CommandArgs, ctx: CliContext) => number | Promise<number>> = {
  check,
  export: exportCommand,
  compare,
  'corpus list': (args, ctx) => listOrSearch('list', args, ctx),
  'corpus search': (args, ctx) => listOrSearch('search', args, ctx),
  'corpus validate': validate,
  'corpus import': importCommand,
  'corpus fetch': fetchDocument,
  'toezeggingen fetch': fetchToezeggingen,
};

export type { CliStreams } from './io';

/**
 * Run the command line `argv` (without `node` and the script) against `streams`, and give the exit code: 0 fine,
 * 1 a finding of severity error, 2 a usage or input error. Never throws and never exits the process, so tests call it
 * in-process with collected output.
 */
export async function run(argv: readonly string[], streams: CliStreams): Promise<number> {
  const ctx = new CliContext(streams, argv);
  let taal: Taal = 'nl';
  try {
    const invocation = parseCommandLine(argv);
    if (invocation.kind === 'version') {
      ctx.out(`${VERSION}\n`);
      return 0;
    }
    if (invocation.kind === 'help') {
      ctx.out(helpText(invocation.topic, invocation.taal, VERSION));
      return invocation.exitCode;
    }
    taal = invocation.args.taal ?? taal;
    return await COMMAND_RUNNERS[invocation.command](invocation.args, ctx);
  } catch (e) {
    if (e instanceof UsageError) {
      ctx.err(`akkoordwijzer: ${pick(e.text, e.taal)}\n\n${usageHint(e.topic, e.taal)}`);
      return 2;
    }
    ctx.err(`akkoordwijzer: ${pick(PROBLEM.internal((e as Error).stack ?? String(e)), taal)}`);
    return 2;
  }
}

if (require.main === module) {
  tuneProcess();
  // Output piped into `head` closes early: that is not an error of ours, but the run's result still is. Nothing more is
  // written, and the run goes on to its exit code: `corpus validate broken.yaml | head -1` under `set -o pipefail`
  // exited 0, so a CI job passed a broken corpus file (a staffer's trial).
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
    process.stdout.write = () => true;
  });
  // Standard input is touched only when a draft is read from it (`-`), so a run never waits on a terminal.
  const stdin = { [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator]() };
  void run(process.argv.slice(2), { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, stdin, env: process.env }).then((code) => {
    process.exitCode = code;
  });
}
