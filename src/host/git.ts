import { execFile } from 'node:child_process';
import path from 'node:path';

/** Why an older version could not be read: no git, not a repository, or no such revision or file there. */
export type GitProblem = { kind: 'no-git' } | { kind: 'not-a-repository'; folder: string } | { kind: 'not-found'; detail: string };

/**
 * The text of `file` at revision `rev` (`git show REV:./FILE`, from the file's folder so the path is the file's own).
 * The one child process of the tools: `execFile` without a shell, so nothing in the names is interpreted; the operand
 * after `--end-of-options`, so a revision that starts with `-` is never read as an option (`--output=…` writes a
 * file); and git told not to fetch objects a partial clone lacks (GIT_NO_LAZY_FETCH, git 2.45 and later), so reading
 * an older version stays on the machine.
 */
export function gitShow(rev: string, file: string): Promise<{ text: string } | { problem: GitProblem }> {
  const folder = path.dirname(file);
  const env = { ...process.env, GIT_NO_LAZY_FETCH: '1' };
  return new Promise((resolve) => {
    execFile('git', ['show', '--end-of-options', `${rev}:./${path.basename(file)}`], { cwd: folder, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, windowsHide: true }, (error, stdout, stderr) => {
      if (!error) return resolve({ text: stdout });
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !stderr) return resolve({ problem: { kind: 'no-git' } });
      if (/not a git repository/i.test(stderr)) return resolve({ problem: { kind: 'not-a-repository', folder } });
      resolve({ problem: { kind: 'not-found', detail: stderr.trim().split('\n')[0] ?? String(error) } });
    });
  });
}

/**
 * `REV:FILE` as typed on the command line: the revision and the file, or undefined for a plain path. A path that
 * exists as typed is a path (a Windows drive letter or a colon in a name is no revision).
 */
export function parseRevisionOperand(operand: string, exists: (p: string) => boolean): { rev: string; file: string } | undefined {
  if (exists(operand)) return undefined;
  const m = /^([^:]+):(.+)$/.exec(operand);
  return m ? { rev: m[1]!, file: m[2]! } : undefined;
}
