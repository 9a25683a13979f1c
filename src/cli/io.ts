import path from 'node:path';
import { pick, type Localized, type Taal } from '../core/service';

/** The process around one run: the bin passes the real one, tests pass strings to collect. */
export interface CliStreams {
  /** The working directory: relative paths on the command line and the configuration search start here. */
  cwd: string;
  /** `isTTY`: standard output is a terminal, so the text report may be coloured. */
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  /** Read for the path `-` and for `--stdin`. */
  stdin?: AsyncIterable<string | Uint8Array>;
  /** The environment (`NO_COLOR`, `FORCE_COLOR`, `TERM`); the bin passes `process.env`, tests their own. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** What a command writes to and reads from; paths as typed are resolved against the run's working directory. */
export class CliContext {
  private stdinText: Promise<string> | undefined;

  /** When the run started: SARIF's `invocations` gives it with the end time. */
  readonly startTime = new Date();

  /** `argv`: the command line as given (without `node` and the script), for SARIF's `invocations`. */
  constructor(
    private readonly streams: CliStreams,
    readonly argv: readonly string[] = [],
  ) {}

  get cwd(): string {
    return this.streams.cwd;
  }

  get env(): Readonly<Record<string, string | undefined>> {
    return this.streams.env ?? {};
  }

  /** Whether standard output is a terminal. */
  get interactive(): boolean {
    return this.streams.stdout.isTTY === true;
  }

  /** The same run writing its report to standard error (`--fix-dry-run` keeps standard output for the diff). */
  reportingToStderr(): CliContext {
    const inner = new CliContext({ ...this.streams, stdout: { write: (text: string) => this.streams.stderr.write(text), isTTY: false } }, this.argv);
    inner.stdinText = this.stdinText;
    return inner;
  }

  /** The report, on standard output, as is. */
  out(text: string): void {
    this.streams.stdout.write(text);
  }

  /** One line on standard error: a problem or a summary. */
  err(line: string): void {
    this.streams.stderr.write(line.endsWith('\n') ? line : `${line}\n`);
  }

  /** One of the CLI's own messages on standard error, in the run's language. */
  say(message: Localized, taal: Taal): void {
    this.err(pick(message, taal));
  }

  /** A path typed on the command line, made absolute against the working directory. */
  resolve(p: string): string {
    return path.resolve(this.streams.cwd, p);
  }

  /** All of standard input as text (read once, however often `-` is given); undefined when there is none. */
  readStdin(): Promise<string> | undefined {
    const stdin = this.streams.stdin;
    if (!stdin) return undefined;
    this.stdinText ??= (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
      return Buffer.concat(chunks).toString('utf8');
    })();
    return this.stdinText;
  }
}
