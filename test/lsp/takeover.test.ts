import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DefinitionRequest, HoverRequest, type Location, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMITMENTS_REQUEST, type CommitmentItem, type CorpusStatus } from '../../src/shared/protocol';
import { ca2026AsComplete } from '../support/corpora';
import { ROOT, startClient, type TestClient } from './client';

/**
 * A workspace that holds the whole 2026 agreement as its own `ca2026.akkoord.yaml` (`complete: true`): the built-in
 * text without one commitment the import did not find, and one constructed commitment with a chapter and a section.
 * The user's file takes the built-in corpus over: the status says so, keys resolve to the user's file, the missing key
 * is unknown, and an unknown quotation "is not in" the agreement.
 */
const MISSING = 'nederlandse-digitale-dienst';
const KEPT = 'verenigde-staten-sterk-europa';
const EXTRA = `  - id: honderdduizend-woningen
    text: "We bouwen jaarlijks honderdduizend woningen, waarvan twee derde betaalbaar."
    chapter: "Wonen"
    section: "Bouwen"
    tags: [wonen]
    ministry: [VRO]
    firmness: doel
`;
const CORPUS = ca2026AsComplete({ without: [MISSING], extra: EXTRA });
const MOTIE = `---
soort: motie
datum: 2026-03-12
---

De Kamer,

gehoord de beraadslaging,

constaterende dat Europa en de Verenigde Staten bondgenoten blijven [@ca2026:${KEPT}];

constaterende dat het kabinet een dienst voor de digitale overheid opricht [@ca2026:${MISSING}];

overwegende dat volgens het coalitieakkoord ‘iedere burger recht krijgt op een eigen digitale kluis bij de overheid’;

verzoekt de regering de WNT vóór 1 juli te wijzigen,

en gaat over tot de orde van de dag.

Jansen
`;

describe('a complete user corpus that takes over the built-in one, over LSP', () => {
  let ws: string;
  let client: TestClient;
  const uriOf = (name: string) => pathToFileURL(path.join(ws, name)).href;
  const builtinUri = pathToFileURL(path.join(ROOT, 'corpus', 'ca2026.akkoord.yaml')).href;

  beforeAll(async () => {
    ws = mkdtempSync(path.join(tmpdir(), 'aw-takeover-'));
    writeFileSync(path.join(ws, 'ca2026.akkoord.yaml'), CORPUS);
    writeFileSync(path.join(ws, 'motie.md'), MOTIE);
    client = await startClient({ workspace: ws });
    await client.open(uriOf('motie.md'), MOTIE);
  });
  afterAll(async () => {
    await client.close();
    rmSync(ws, { recursive: true, force: true });
  });

  const pos = (needle: string, delta = 0) => {
    const before = MOTIE.slice(0, MOTIE.indexOf(needle) + delta).split('\n');
    return { line: before.length - 1, character: before.at(-1)!.length };
  };

  it('the status says the user file is complete and replaces the built-in corpus, which is not loaded', async () => {
    const status = await client.status((s) => s.corpora.some((c) => c.uri === uriOf('ca2026.akkoord.yaml')));
    const user = status.corpora.find((c) => c.uri === uriOf('ca2026.akkoord.yaml'))!;
    const builtin = status.corpora.find((c) => c.uri === builtinUri)!;
    expect(user).toMatchObject({ id: 'ca2026', loaded: true, complete: true, builtin: false, overrides: builtinUri, errors: 0 } satisfies Partial<CorpusStatus>);
    expect(user.commitments).toBe(52);
    expect(builtin).toMatchObject({ id: 'ca2026', loaded: false, commitments: 0, builtin: true, overriddenBy: uriOf('ca2026.akkoord.yaml') } satisfies Partial<CorpusStatus>);
    const ca2021 = status.corpora.find((c) => c.id === 'ca2021')!;
    expect(ca2021).toMatchObject({ loaded: true, complete: true, builtin: true });
    expect(ca2021.overrides).toBeUndefined();
    expect(status.commitments).toBe(ca2021.commitments + 52);
    expect(client.log().some((m) => m.message.includes('niet geladen; het volledige corpus') && m.message.includes('ca2026.akkoord.yaml'))).toBe(true);
  });

  it('warns on the user file about the built-in key it lacks', async () => {
    const diags = await client.diagnostics(uriOf('ca2026.akkoord.yaml'), (d) => d.some((x) => x.code === 'missing-builtin-keys'));
    const warning = diags.find((x) => x.code === 'missing-builtin-keys')!;
    expect(warning.severity).toBe(2);
    expect(warning.message).toContain(`1 sleutel daarvan staat er niet in: ca2026:${MISSING}.`);
    expect(diags.filter((x) => x.severity === 1)).toEqual([]);
  });

  it('hover and definition of a kept key resolve to the user file', async () => {
    const at = pos(KEPT, 2);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf('motie.md') }, position: at });
    const value = (hover!.contents as MarkupContent).value;
    expect(value).toContain('> De Verenigde Staten zijn de wereldmacht');
    expect(value).toContain(`(${uriOf('ca2026.akkoord.yaml')}#L`);
    expect(value).not.toContain(builtinUri);
    // A complete corpus: no "known passages only" row.
    expect(value).not.toContain('onvolledig');
    const def = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: uriOf('motie.md') }, position: at })) as Location;
    expect(def.uri).toBe(uriOf('ca2026.akkoord.yaml'));
    expect(CORPUS.split('\n')[def.range.start.line]).toBe(`  - id: ${KEPT}`);
  });

  it('a key the user file lacks is unknown, and an unknown quotation is not in the agreement (a warning)', async () => {
    const diags = await client.diagnostics(uriOf('motie.md'), (d) => d.some((x) => x.code === 'citaat-onvindbaar'));
    const unknownKey = diags.filter((x) => x.code === 'onbekende-toezegging');
    expect(unknownKey.map((d) => d.message)).toEqual([expect.stringMatching(new RegExp(`^Onbekende citeersleutel “ca2026:${MISSING}”: het coalitieakkoord ‘Aan de slag’ \\(2026\\) heeft geen toezegging met die sleutel\\.`))]);
    expect(unknownKey[0]!.range.start).toEqual(pos(`@ca2026:${MISSING}`));
    const quote = diags.find((x) => x.code === 'citaat-onvindbaar')!;
    expect(quote.severity).toBe(2);
    expect(quote.message).toMatch(/^Dit citaat staat niet in het coalitieakkoord ‘Aan de slag’ \(2026\)\./);
  });

  it('the tree gets the user file’s commitments, with chapter and section', async () => {
    const items = await client.connection.sendRequest<CommitmentItem[]>(COMMITMENTS_REQUEST);
    const extra = items.find((i) => i.key === 'ca2026:honderdduizend-woningen')!;
    expect(extra).toMatchObject({ chapter: 'Wonen', section: 'Bouwen', uri: uriOf('ca2026.akkoord.yaml'), corpusTitle: 'Aan de slag' });
    expect(items.some((i) => i.key === `ca2026:${MISSING}`)).toBe(false);
    expect(items.filter((i) => i.corpusId === 'ca2026').every((i) => i.uri === uriOf('ca2026.akkoord.yaml'))).toBe(true);
  });
});
