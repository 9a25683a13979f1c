import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The screenshot names the UI suite makes: each check('name', …) in harness/ui.ts, as its `shot()` names the file. */
function suiteScreenshots(): string[] {
  const ui = readFileSync(path.join(ROOT, 'test/e2e/harness/ui.ts'), 'utf8');
  return [...ui.matchAll(/await check\('([^']+)'/g)].map((m) => m[1]!.replace(/[^a-z0-9]+/gi, '-').toLowerCase());
}

/*
 * The README's screenshots come from the real-editor suite (npm run screenshots), never drawn or staged by hand: every
 * image it shows exists in docs/images/, is a PNG, and has the name of a screenshot the suite takes.
 */
describe('the screenshots in the README', () => {
  const shown = [...README.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]!);

  it('shows some, all from docs/images/ (the script copies them there)', () => {
    expect(shown.length).toBeGreaterThanOrEqual(3);
    expect(shown.filter((s) => !/^docs\/images\/[\w-]+\.png$/.test(s))).toEqual([]);
  });

  it('each exists and is a PNG', () => {
    for (const image of shown) {
      expect(existsSync(path.join(ROOT, image)), image).toBe(true);
      expect(readFileSync(path.join(ROOT, image)).subarray(1, 4).toString('latin1'), image).toBe('PNG');
    }
  });

  it('each is one the UI suite makes, by name', () => {
    const made = new Set(suiteScreenshots());
    expect(made.size).toBeGreaterThan(10);
    expect(made.has('language-status-says-motie')).toBe(true);
    expect(shown.map((s) => path.basename(s, '.png')).filter((n) => !made.has(n))).toEqual([]);
  });
});
