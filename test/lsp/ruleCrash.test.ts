import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { closeAfterEach, SERVER, startClient, type TestClient } from './client';

/*
 * A rule that throws, in the real server (issue 18): it is logged once per rule while the server runs, with its id,
 * and the other findings still arrive, version after version and document after document. The rule is broken by a
 * preload (brokenRule.cjs): the `werkbudget` rule, the one caller of `toLocaleString` in the server's bundle, which
 * runs on every version of a draft over its work budget (here 400 characters), beside the cheap checks.
 */
const BROKEN = { NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --require ${path.join(__dirname, 'brokenRule.cjs')}`.trim() };
const SETTINGS = { werkbudget: { tekens: 400 } };

const motie = (extra: string) =>
  `De Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat ministeries hun eigen IT-projecten aansturen en dat de kosten daarvan ${extra}stijgen;\n\nverzoekt de regering de Nederlandse Digitale Dienst de regie te geven over alle IT-projecten van het Rijk,\n\nverzoekt de regering voorts de Kamer daarover voor de zomer te informeren en daarbij de kosten per ministerie te noemen,\n\nen gaat over tot de orde van de dag.\n`;

let client: TestClient | undefined;
let ws: string | undefined;
closeAfterEach(() => ({ client, ws, forget: () => (client = ws = undefined) }));

describe('a rule that throws in the running server', () => {
  it('the bundle calls toLocaleString in one place, the werkbudget rule (what the preload breaks)', () => {
    const bundle = readFileSync(SERVER.replace(/server\.js$/, 'server-main.js'), 'utf8');
    expect(bundle.split('toLocaleString').length - 1).toBe(1);
    expect(bundle).toMatch(/\.toLocaleString\(taal ?=== ?"nl" ?\? ?"nl-NL" ?: ?"en-GB"\),werkbudget ?=/);
  });

  it('is logged once, with its id, while the other findings arrive for every version and every document', async () => {
    ws = mkdtempSync(path.join(tmpdir(), 'aw-lsp-rule-crash-'));
    client = await startClient({ workspace: ws, env: BROKEN, settings: SETTINGS });
    const failures = () => client!.log().filter((m) => m.message.startsWith('Regel '));
    const first = pathToFileURL(path.join(ws, 'een.motie.md')).href;
    expect(motie('').length).toBeGreaterThan(400);
    await client.open(first, motie(''));
    // Over the budget only the cheap checks run: the vague "regie" is found, the note that would say so is missing.
    expect((await client.diagnostics(first)).map((d) => d.code)).toEqual(['vaag-begrip']);
    for (let v = 2; v <= 6; v++) {
      await client.change(first, motie(`al ${v} jaar `), v);
      expect((await client.diagnostics(first, (_d, p) => p.version === v)).map((d) => d.code)).toEqual(['vaag-begrip']);
    }
    const second = pathToFileURL(path.join(ws, 'twee.motie.md')).href;
    await client.open(second, motie('fors '));
    expect((await client.diagnostics(second)).map((d) => d.code)).toEqual(['vaag-begrip']);
    // Seven runs of the rule on two documents, one message: its id, the document, the error and where it was thrown.
    expect(failures()).toHaveLength(1);
    expect(failures()[0]!.type).toBe(1); // MessageType.Error
    expect(failures()[0]!.message).toMatch(/^Regel werkbudget faalde op file:\/\/.*een\.motie\.md \(verdere fouten van deze regel worden niet gelogd\): Error: toLocaleString is kapot gemaakt voor de test\n\s+at /);
    // The client of the tests fails a test in which a rule threw; here that is the point.
    const c = client;
    client = undefined;
    await expect(c.close()).rejects.toThrow(/a rule threw in the server:\nRegel werkbudget faalde/);
  });
});
