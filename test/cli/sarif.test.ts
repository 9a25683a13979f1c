import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as run, ROOT } from './runCli';

// Every SARIF report here is validated against the OASIS schema (vendored, see test/fixtures/sarif/SOURCE.md).
const schema = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  locations: { physicalLocation: { artifactLocation: { uri?: string; uriBaseId?: string; description?: { text: string } }; region: { startLine: number } } }[];
}

/** The SARIF report of a run, after it has passed the schema. */
function valid(stdout: string) {
  const log = JSON.parse(stdout);
  const ok = validate(log);
  expect(ok ? [] : validate.errors).toEqual([]);
  return log.runs[0] as {
    tool: { driver: { rules: { id: string }[] } };
    results: SarifResult[];
    originalUriBaseIds: Record<string, { uri: string }>;
    invocations: { commandLine: string; arguments: string[]; executionSuccessful: boolean; exitCode: number; startTimeUtc: string; endTimeUtc: string; workingDirectory: { uri: string } }[];
  };
}

const MOTIE = `De Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering de regie te nemen,\n\nen gaat over tot de orde van de dag.\n`;

let dir: string;
beforeAll(() => {
  // A space and an accent in a folder name, as in "Moties Tweede Kamer/Défensie": the URIs must be encoded.
  dir = mkdtempSync(path.join(tmpdir(), 'aw sarif é-'));
  mkdirSync(path.join(dir, 'Moties Kamer', 'défensie'), { recursive: true });
  writeFileSync(path.join(dir, 'Moties Kamer', 'défensie', 'regie #1.md'), MOTIE);
  writeFileSync(path.join(dir, 'zonder-slot.md'), MOTIE.replace('\n\nen gaat over tot de orde van de dag.', ''));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('check --format sarif', () => {
  it('gives relative, percent-encoded URIs below %SRCROOT%, whose base is the working directory as a file:// URI', async () => {
    const r = await run(['check', '--format', 'sarif', 'Moties Kamer'], dir);
    const run0 = valid(r.stdout);
    const base = run0.originalUriBaseIds['%SRCROOT%']!.uri;
    expect(base).toBe(`${pathToFileURL(dir).href}/`);
    expect(base).toMatch(/^file:\/\/\/.*aw%20sarif%20%C3%A9-/);
    const location = run0.results[0]!.locations[0]!.physicalLocation.artifactLocation;
    expect(location).toEqual({ uri: 'Moties%20Kamer/d%C3%A9fensie/regie%20%231.md', uriBaseId: '%SRCROOT%' });
    // Resolved the way a SARIF viewer does, the URI names the file that was checked.
    expect(fileURLToPath(new URL(location.uri!, base))).toBe(path.join(dir, 'Moties Kamer', 'défensie', 'regie #1.md'));
  });

  it('points each result at its rule in tool.driver.rules by ruleIndex', async () => {
    const run0 = valid((await run(['check', '--format', 'sarif', '.'], dir)).stdout);
    expect(run0.results.length).toBeGreaterThan(2);
    for (const result of run0.results) expect(run0.tool.driver.rules[result.ruleIndex!]!.id).toBe(result.ruleId);
  });

  it('records the invocation: command line, working directory, times, exit code and whether the tool itself succeeded', async () => {
    const before = new Date().toISOString();
    const failing = valid((await run(['check', '--format', 'sarif', 'zonder-slot.md'], dir)).stdout);
    const [inv] = failing.invocations;
    expect(inv).toMatchObject({ commandLine: 'akkoordwijzer check --format sarif zonder-slot.md', arguments: ['check', '--format', 'sarif', 'zonder-slot.md'], exitCode: 1, executionSuccessful: true });
    expect(inv!.workingDirectory.uri).toBe(`${pathToFileURL(dir).href}/`);
    expect(inv!.startTimeUtc >= before.slice(0, 19)).toBe(true);
    expect(inv!.endTimeUtc >= inv!.startTimeUtc).toBe(true);
    const missing = await run(['check', '--format', 'sarif', 'Moties Kamer', 'weg.md'], dir);
    expect(missing.code).toBe(2);
    expect(valid(missing.stdout).invocations[0]).toMatchObject({ commandLine: "akkoordwijzer check --format sarif 'Moties Kamer' weg.md", exitCode: 2, executionSuccessful: false });
    const fine = valid((await run(['check', '--format', 'sarif', '--max-warnings', '5', 'Moties Kamer'], dir)).stdout);
    expect(fine.invocations[0]).toMatchObject({ exitCode: 0, executionSuccessful: true });
  });

  it('gives a file outside the working directory an absolute file:// URI, and standard input a description', async () => {
    const outside = valid((await run(['check', '--format', 'sarif', path.join(dir, 'zonder-slot.md')], path.join(dir, 'Moties Kamer'))).stdout);
    expect(outside.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: pathToFileURL(path.join(dir, 'zonder-slot.md')).href });
    const stdin = valid((await run(['check', '--format', 'sarif', '--stdin', '--taal', 'en'], dir, MOTIE)).stdout);
    expect(stdin.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ description: { text: 'standard input' } });
    const named = valid((await run(['check', '--format', 'sarif', '--stdin', '--stdin-filename', 'Moties Kamer/nieuw.md'], dir, MOTIE)).stdout);
    expect(named.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'Moties%20Kamer/nieuw.md', uriBaseId: '%SRCROOT%' });
  });

  it('validates the reports of the shipped fixtures: every rule that fires there, with its fixes', async () => {
    const run0 = valid((await run(['check', '--format', 'sarif', 'test/fixtures'], ROOT)).stdout);
    expect(new Set(run0.results.map((r) => r.level))).toEqual(new Set(['error', 'warning', 'note']));
    expect(run0.results.length).toBeGreaterThan(50);
  });

  it('the schema check itself fails on what the old report could write: a Windows path with a space as uri', () => {
    const log = (uri: string) => ({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri } } }] }] }] });
    expect(validate(log('moties/a%20b.md'))).toBe(true);
    expect(validate(log('C:\\moties\\a b.md'))).toBe(false);
    expect(validate.errors!.map((e) => `${e.instancePath} ${e.message}`)).toEqual(['/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri must match format "uri-reference"']);
  });
});
