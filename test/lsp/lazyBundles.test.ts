import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { closeAfterEach, ROOT, startClient, type TestClient } from './client';

/**
 * The YAML parser and the table of HTML's named character references are bundles of their own (`dist/yaml.js`,
 * `dist/entities.js`), loaded on first use (tools/build.mjs, LAZY): a server start and a check read the built-in data
 * from the snapshot and a draft's `key: value` front matter directly, so they load neither; front matter that needs
 * the parser, a configuration file, or a `&name;` in a draft loads the one it needs then.
 */
// Added to the options the suite runs with (the network guard stays installed).
const REPORT_LOADS = { NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --require ${path.join(__dirname, 'reportLoads.cjs')}`.trim() };
const loaded = (file: string, stderr: string) => stderr.split('\n').includes(`@loaded ${file}`);
const loadedYaml = (stderr: string) => loaded('yaml.js', stderr);

const motie = (frontmatter: string) => `---\n${frontmatter}\n---\nDe Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering de regie te nemen,\n\nen gaat over tot de orde van de dag.\n`;

let client: TestClient | undefined;
let ws: string | undefined;
closeAfterEach(() => ({ client, ws, forget: () => (client = ws = undefined) }));

describe('the YAML parser and the entity table load on first use', () => {
  it('a server start and the first diagnostics of a draft with plain front matter load neither; front matter that needs the parser, or an entity, loads it', async () => {
    ws = mkdtempSync(path.join(tmpdir(), 'aw-lazy-yaml-'));
    client = await startClient({ workspace: ws, env: REPORT_LOADS });
    const plain = pathToFileURL(path.join(ws, 'plain.md')).href;
    await client.open(plain, motie('soort: motie\ndatum: 2026-03-12'));
    expect((await client.diagnostics(plain)).map((d) => d.code)).toContain('vaag-begrip');
    expect(client.stderr()).toMatch(/^@loaded /m);
    expect(loadedYaml(client.stderr())).toBe(false);
    expect(loaded('entities.js', client.stderr())).toBe(false);
    // A number in the front matter is the parser's to read (`nummer: 12` is 12, not "12").
    const numbered = pathToFileURL(path.join(ws, 'numbered.md')).href;
    await client.open(numbered, motie("soort: motie\nnummer: 12\ntitel: 'Over de regie'"));
    expect((await client.diagnostics(numbered)).map((d) => d.code)).toContain('vaag-begrip');
    expect(loadedYaml(client.stderr())).toBe(true);
    expect(loaded('entities.js', client.stderr())).toBe(false);
    // A named character reference in a plain paragraph: such a paragraph is found without the Markdown parser
    // (src/core/markdown/blocks.ts), and nothing the checks read depends on what the reference stands for.
    const inProse = pathToFileURL(path.join(ws, 'prose.md')).href;
    await client.open(inProse, motie('soort: motie').replace('de regie te nemen', 'de regi&eacute; te nemen &amp; de regie'));
    expect((await client.diagnostics(inProse)).map((d) => d.code)).toContain('vaag-begrip');
    expect(loaded('entities.js', client.stderr())).toBe(false);
    // One where the parser reads it (a heading) is looked up in the table.
    const entity = pathToFileURL(path.join(ws, 'entity.md')).href;
    await client.open(entity, motie('soort: motie').replace('De Kamer,', '# Over de regi&eacute; &amp; de ICT\n\nDe Kamer,'));
    expect((await client.diagnostics(entity)).map((d) => d.code)).toContain('vaag-begrip');
    expect(loaded('entities.js', client.stderr())).toBe(true);
  });

  it('the CLI checks a draft without it, and loads it for a configuration file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'aw-lazy-yaml-cli-'));
    ws = dir;
    writeFileSync(path.join(dir, 'motie.md'), motie('soort: motie\ndatum: 2026-03-12'));
    const run = () => spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', 'motie.md'], { cwd: dir, env: { ...process.env, ...REPORT_LOADS }, encoding: 'utf8' }).stderr;
    const first = run();
    expect(first).toMatch(/^@loaded /m);
    expect(loadedYaml(first)).toBe(false);
    writeFileSync(path.join(dir, '.akkoordwijzer.yaml'), 'taal: en\n');
    expect(loadedYaml(run())).toBe(true);
  });
});
