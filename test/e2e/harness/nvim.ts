/*
 * Neovim 0.7 headless as a second LSP client (the Lua script does the checks). Runs in its own process group
 * with HOME/XDG in the scratch folder (Neovim writes its LSP log and shada there, not in the user's home).
 */
import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { isolatedEnv } from './codeServer';
import { log, tail, type PartResult } from './log';
import { spawnGroup, stopGroup } from './procs';
import type { Tools } from './tools';

interface Options {
  tools: Tools;
  root: string;
  dir: string;
  draft: string;
  artifacts: string;
  timeoutMs?: number;
}

export async function runNeovim(o: Options): Promise<PartResult> {
  const t0 = Date.now();
  const result: PartResult = { part: 'Neovim', passed: 0, failed: 0, failures: [], seconds: 0 };
  const env: NodeJS.ProcessEnv = {
    ...isolatedEnv(o.dir),
    AW_SERVER: path.join(o.root, 'dist/server.js'),
    AW_FILE: o.draft,
    AW_NODE: process.execPath,
  };
  const script = path.join(o.root, 'test/e2e/nvim/lsp-client.lua');
  const child = spawnGroup(o.tools.nvim, ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${script}`], { env, stdio: ['ignore', 'pipe', 'pipe'], cwd: o.dir });
  let output = '';
  child.stdout!.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (output += b.toString()));
  const timeoutMs = o.timeoutMs ?? 90_000;
  let timer: NodeJS.Timeout | undefined;
  const code = await Promise.race([
    new Promise<number | null>((r) => child.on('exit', (c) => r(c))),
    new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), timeoutMs))),
  ]);
  clearTimeout(timer);
  await stopGroup(child.pid);

  for (const line of output.split('\n')) {
    if (/^ok {3}/.test(line)) {
      result.passed++;
      log(line);
    } else if (/^FAIL /.test(line)) {
      result.failed++;
      result.failures.push(`Neovim: ${line.slice(5)}`);
      log(line);
    } else if (/^\s/.test(line) && result.failed > 0) {
      console.log(line); // continuation of a FAIL message
    }
  }
  const lspLog = path.join(env.XDG_CACHE_HOME!, 'nvim/lsp.log');
  if (existsSync(lspLog)) copyFileSync(lspLog, path.join(o.artifacts, 'nvim-lsp.log'));
  if (code !== 0 || result.passed + result.failed === 0) {
    if (result.failed === 0) {
      result.failed = 1;
      result.failures.push(`Neovim: ${code === 'timeout' ? `no result within ${timeoutMs / 1000} s` : `nvim exited with ${code}`} before reporting`);
    }
    if (result.passed + result.failed <= 1) console.log(`  nvim output:\n${tail(output || '(none)')}`);
    if (existsSync(lspLog)) console.log(`  Neovim LSP log: ${path.join(o.artifacts, 'nvim-lsp.log')}`);
  }
  result.seconds = (Date.now() - t0) / 1000;
  return result;
}
