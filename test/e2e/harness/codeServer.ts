/*
 * code-server: the real VS Code workbench (in Chromium) with the real Node extension host, from npm, offline.
 * Started isolated: loopback only, a free port, throwaway user-data/extensions/XDG/TMP/HOME folders inside the
 * scratch folder, in its own process group (stopped as a whole). `enable-smoke-test-driver` makes the workbench
 * honour the `payload` URL parameter (extensionDevelopmentPath / extensionTestsPath) for the extension-host suite.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { log, tail } from './log';
import { spawnGroup, stopGroup } from './procs';
import type { Tools } from './tools';

export interface CodeServer {
  port: number;
  /** Workbench URL for a folder; with `payload`, extension development/test parameters. */
  /** The workbench opening `folder` (or a `.code-workspace` file), with the extension-development `payload`. */
  url(folder: string, payload?: [string, string][]): string;
  /** `vscode-remote://` URI of a local path, as the workbench's payload wants it. */
  remote(p: string): string;
  /** All log files under the user-data dir plus code-server's own output, for the artifacts folder. */
  logFiles(): string[];
  /** The end of the logs that explain an extension failure: code-server, the extension host, our output channel. */
  logTails(lines?: number): string;
  stop(): Promise<void>;
}

const SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'editor.hover.delay': 150,
  'editor.minimap.enabled': false,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

function healthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 1_000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

/** Environment that keeps code-server and everything it starts inside `dir`. */
export function isolatedEnv(dir: string, extraPath?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: path.join(dir, 'home'),
    XDG_CONFIG_HOME: path.join(dir, 'xdg/config'),
    XDG_DATA_HOME: path.join(dir, 'xdg/data'),
    XDG_CACHE_HOME: path.join(dir, 'xdg/cache'),
    XDG_STATE_HOME: path.join(dir, 'xdg/state'),
    XDG_RUNTIME_DIR: path.join(dir, 'xdg/runtime'),
    TMPDIR: path.join(dir, 'tmp'),
  };
  for (const k of ['HOME', 'XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME', 'XDG_STATE_HOME', 'XDG_RUNTIME_DIR', 'TMPDIR']) {
    mkdirSync(env[k]!, { recursive: true, mode: 0o700 });
  }
  if (extraPath) env['PATH'] = `${extraPath}${path.delimiter}${process.env['PATH'] ?? ''}`;
  // npm's environment (npm test) would leak into the extension host and the language server.
  for (const k of Object.keys(env)) if (k.startsWith('npm_')) delete env[k];
  return env;
}

/** Make the language server's loader `server` require `preload` before anything else: one line after its first (`#!`). */
export function requireFirst(server: string, preload: string): void {
  const [first, ...rest] = readFileSync(server, 'utf8').split('\n');
  writeFileSync(server, [first, `require(${JSON.stringify(preload)});`, ...rest].join('\n'));
  log(`${server} requires ${path.basename(preload)} first`);
}

/**
 * Start code-server with the `.vsix` files installed. `preload`: a script every installed extension's language server
 * (`dist/server.js`) requires first — the network guard. VS Code removes NODE_OPTIONS from its extension host's
 * environment, so the guard reaches the server the extension host starts only through the installed copy: one line
 * after the loader's first; the bundle it runs is the packaged one, unchanged.
 */
export async function startCodeServer(tools: Tools, dir: string, vsix: string[], preload?: string): Promise<CodeServer> {
  const userData = path.join(dir, 'user-data');
  const extensions = path.join(dir, 'extensions');
  mkdirSync(path.join(userData, 'User'), { recursive: true });
  mkdirSync(extensions, { recursive: true });
  writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify(SETTINGS, null, 2));
  const env = isolatedEnv(dir, path.dirname(tools.node24));
  const base = [tools.codeServer, '--user-data-dir', userData, '--extensions-dir', extensions];

  for (const file of vsix) {
    const r = spawnSync(tools.node24, [...base, '--install-extension', file], { env, encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new Error(`code-server --install-extension ${file} failed (exit ${r.status}):\n${tail(`${r.stdout}\n${r.stderr}`)}`);
    log(`installed ${path.basename(file)} into code-server: ${r.stdout.trim().split('\n').pop()}`);
  }
  if (preload) {
    for (const entry of readdirSync(extensions)) {
      const server = path.join(extensions, entry, 'dist', 'server.js');
      if (existsSync(server)) requireFirst(server, preload);
    }
  }

  const port = await freePort();
  const outLog = path.join(dir, 'code-server.log');
  const fd = openSync(outLog, 'a');
  const child = spawnGroup(
    tools.node24,
    [
      ...base,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      '--vscode-option', 'enable-smoke-test-driver',
    ],
    { env, stdio: ['ignore', fd, fd], cwd: dir },
  );
  let exited: string | undefined;
  child.on('exit', (code, signal) => (exited = `exit code ${code}, signal ${signal}`));

  const logTails = (lines = 25): string => {
    const files = [outLog, ...walk(path.join(userData, 'logs'))].filter((f) => /code-server\.log$|remoteexthost\.log$|Akkoordwijzer/.test(f) && statSync(f).size > 0);
    return files.map((f) => `  --- ${f}\n${tail(readFileSync(f, 'utf8'), lines)}`).join('\n');
  };

  const t0 = Date.now();
  while (!(await healthy(port))) {
    if (exited || Date.now() - t0 > 60_000) {
      await stopGroup(child.pid);
      throw new Error(`code-server did not come up on 127.0.0.1:${port} (${exited ?? 'no answer on /healthz after 60 s'}):\n${logTails()}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  log(`code-server ${tools.codeServerVersion} on http://127.0.0.1:${port} (process group ${child.pid}, log ${outLog})`);

  const remote = (p: string) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
  return {
    port,
    remote,
    url(folder, payload) {
      // A `.code-workspace` file opens a (multi-root) workspace, anything else a folder.
      const kind = folder.endsWith('.code-workspace') ? 'workspace' : 'folder';
      let u = `http://127.0.0.1:${port}/?${kind}=${encodeURIComponent(path.resolve(folder))}`;
      if (payload) u += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      return u;
    },
    logFiles: () => [outLog, ...walk(path.join(userData, 'logs'))],
    logTails,
    stop: () => stopGroup(child.pid),
  };
}
