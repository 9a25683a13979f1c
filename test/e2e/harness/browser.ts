import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { isolatedEnv } from './codeServer';
import type { Tools } from './tools';

/**
 * Debian's Chromium, headless, driven by playwright-core (no browser download). A fresh profile and HOME/XDG
 * inside `dir`, so nothing is written to the user's home; no network beyond 127.0.0.1 is attempted.
 */
export async function launchBrowser(tools: Tools, dir: string): Promise<BrowserContext> {
  const profile = path.join(dir, 'profile');
  mkdirSync(profile, { recursive: true });
  return chromium.launchPersistentContext(profile, {
    executablePath: tools.chromium,
    headless: true,
    viewport: { width: 1400, height: 900 },
    env: isolatedEnv(dir),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--password-store=basic',
    ],
  });
}
