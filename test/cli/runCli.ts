import path from 'node:path';
import { run } from '../../src/cli/main';

export const ROOT = path.resolve(__dirname, '../..');

/** What else a run may see: its environment, and whether standard output is a terminal. */
export interface RunOptions {
  env?: Record<string, string | undefined>;
  isTTY?: boolean;
}

/** Run the CLI in-process, as the bin does, with its output collected. */
export async function runCli(args: string[], cwd = ROOT, stdin?: string, options: RunOptions = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    cwd,
    stdout: { write: (s: string) => (stdout += s), ...(options.isTTY !== undefined ? { isTTY: options.isTTY } : {}) },
    stderr: { write: (s: string) => (stderr += s) },
    ...(stdin !== undefined ? { stdin: (async function* () { yield stdin; })() } : {}),
    ...(options.env ? { env: options.env } : {}),
  });
  return { code, stdout, stderr };
}
