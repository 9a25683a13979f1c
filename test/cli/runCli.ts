import path from 'node:path';
import { run } from '../../src/cli/main';

export const ROOT = path.resolve(__dirname, '../..');

/** Run the CLI in-process, as the bin does, with its output collected. */
export async function runCli(args: string[], cwd = ROOT, stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    cwd,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    ...(stdin !== undefined ? { stdin: (async function* () { yield stdin; })() } : {}),
  });
  return { code, stdout, stderr };
}
