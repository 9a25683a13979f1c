import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  HoverRequest,
  ReferencesRequest,
  type CompletionList,
  type Location,
  type CodeAction,
  type Diagnostic,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMITMENT_REQUEST, SEARCH_REQUEST, type CommitmentItem, type CommitmentParams, type CommitmentResult } from '../../src/shared/protocol';
import { applyTextEdits, fixesOnly, startClient, type TestClient } from './client';

/*
 * Citation intelligence over a real LSP connection with the built-in corpora: the suggestion diagnostic, each of its
 * quick fixes applied (the exact document after it), and the quote checks.
 */
const MOTIE = `---
soort: motie
datum: 2026-03-12
---

De Kamer,

gehoord de beraadslaging,

constaterende dat het kabinet een Nederlandse Digitale Dienst met doorzettingsmacht wil oprichten;

verzoekt de regering de dienst vóór 1 januari 2027 bij wet bevoegd te maken ICT-projecten van ministeries te stoppen,

en gaat over tot de orde van de dag.

Jansen
`;
const SENTENCE = 'constaterende dat het kabinet een Nederlandse Digitale Dienst met doorzettingsmacht wil oprichten;';
const NDD = 'We richten een Nederlandse Digitale Dienst op: compact, deskundig en met doorzettingsmacht. Deze dienst ondersteunt de digitalisering Rijksbreed, stelt kwaliteitsstandaarden op en borgt goede ontwerpkeuzes.';

describe('citation intelligence over LSP (built-in corpora)', () => {
  let client: TestClient;
  let version = 1;
  beforeAll(async () => {
    client = await startClient({});
  });
  afterAll(async () => {
    await client.close();
  });

  const check = async (uri: string, text: string) => {
    version++;
    await client.open(uri, text, version);
    return client.diagnostics(uri, (_d, p) => p.version === version);
  };
  const escapeRe = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const actionsFor = async (uri: string, d: Diagnostic) =>
    (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];

  it('suggests the commitment for an overweging that is about it, with the range starting at the sentence', async () => {
    const uri = 'file:///aw/citeer.md';
    const diags = await check(uri, MOTIE);
    const hint = diags.find((d) => d.code === 'citeer-toezegging' && d.range.start.line === 9)!;
    expect(hint).toBeDefined();
    expect(hint.severity).toBe(3); // information
    expect(hint.range).toEqual({ start: { line: 9, character: 0 }, end: { line: 9, character: SENTENCE.length } });
    expect(hint.message).toContain('(ca2026:nederlandse-digitale-dienst)');
    expect((hint.data as { commitments: string[] }).commitments[0]).toBe('ca2026:nederlandse-digitale-dienst');
    expect(hint.relatedInformation?.[0]?.location.uri).toMatch(/corpus\/ca2026\.akkoord\.yaml$/);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 9, character: 5 } });
    expect((hover!.contents as MarkupContent).value).toContain(`> ${NDD}`);
  });

  it('each quick fix gives exactly the expected document', async () => {
    const uri = 'file:///aw/citeer.md';
    const diags = await check(uri, MOTIE);
    const hint = diags.find((d) => d.code === 'citeer-toezegging' && d.range.start.line === 9)!;
    const actions = await actionsFor(uri, hint);
    const byTitle = (t: string) => actions.find((a) => a.title.startsWith(t))!;
    // No footnote in a motie: it has none, and one went out with the motie (a staffer's trial).
    expect(fixesOnly(actions).map((a) => a.title)).toEqual([
      'Citeer ca2026:nederlandse-digitale-dienst',
      'Voeg een overweging in met ca2026:nederlandse-digitale-dienst (via berthub.eu)',
    ]);
    const apply = (a: CodeAction) => applyTextEdits(MOTIE, a.edit!.changes![uri]!);

    expect(apply(byTitle('Citeer'))).toBe(MOTIE.replace(SENTENCE, SENTENCE.replace(/;$/, ' [@ca2026:nederlandse-digitale-dienst];')));

    const withOverweging = apply(byTitle('Voeg een overweging'));
    expect(withOverweging).toBe(
      MOTIE.replace('verzoekt de regering', `constaterende dat het kabinet in het coalitieakkoord heeft afgesproken: ‘${NDD}’ [@ca2026:nederlandse-digitale-dienst];\n\nverzoekt de regering`),
    );
    // After citing, the sentence no longer gets the suggestion.
    const after = await check(uri, apply(byTitle('Citeer')));
    expect(after.filter((d) => d.code === 'citeer-toezegging' && d.range.start.line === 9)).toEqual([]);
  });

  it('inserts the quoting constatering with the constateringen, before the first "overwegende" (it went after the overwegingen)', async () => {
    const uri = 'file:///aw/volgorde.md';
    const weighing = 'overwegende dat versnippering de uitvoering vertraagt;';
    const text = MOTIE.replace('verzoekt de regering', `${weighing}\n\nverzoekt de regering`);
    const diags = await check(uri, text);
    const hint = diags.find((d) => d.code === 'citeer-toezegging' && d.range.start.line === 9)!;
    const fix = (await actionsFor(uri, hint)).find((a) => a.title.startsWith('Voeg een overweging'))!;
    expect(applyTextEdits(text, fix.edit!.changes![uri]!)).toBe(
      text.replace(weighing, `constaterende dat het kabinet in het coalitieakkoord heeft afgesproken: ‘${NDD}’ [@ca2026:nederlandse-digitale-dienst];\n\n${weighing}`),
    );
  });

  it('words the overweging by firmness: effort is not presented as a decision', async () => {
    const uri = 'file:///aw/inzet.md';
    const text = MOTIE.replace(SENTENCE, 'constaterende dat het kabinet de cyberdreiging eerder en beter wil onderkennen met een geïntegreerd inlichtingenbeeld;');
    const diags = await check(uri, text);
    const hint = diags.find((d) => d.code === 'citeer-toezegging' && d.range.start.line === 9)!;
    const overweging = (await actionsFor(uri, hint)).find((a) => a.title.startsWith('Voeg een overweging'))!;
    const inserted = overweging.edit!.changes![uri]![0]!.newText;
    expect(inserted).toMatch(/^constaterende dat het kabinet zich in het coalitieakkoord alleen inzet voor het volgende: ‘We zetten hierbij in op/);
  });

  it('Kamervragen get the key and the footnote fix, not an overweging', async () => {
    const uri = 'file:///aw/vragen.md';
    const text = `Vragen van het lid Jansen (D66) aan de minister van Economische Zaken over marktmacht (ingezonden 2 maart 2026)\n\n1. Wanneer krijgt de ACM de call-in-bevoegdheid en de new competition tool?\n`;
    const diags = await check(uri, text);
    const hint = diags.find((d) => d.code === 'citeer-toezegging')!;
    expect((hint.data as { commitments: string[] }).commitments).toEqual(['ca2026:acm-call-in-new-competition-tool']);
    const actions = fixesOnly(await actionsFor(uri, hint));
    expect(actions.map((a) => a.title)).toEqual(['Citeer ca2026:acm-call-in-new-competition-tool', 'Voeg een voetnoot met het citaat van ca2026:acm-call-in-new-competition-tool toe']);
    const question = '1. Wanneer krijgt de ACM de call-in-bevoegdheid en de new competition tool?';
    expect(applyTextEdits(text, actions[1]!.edit!.changes![uri]!)).toMatch(
      new RegExp(`^${escapeRe(text.replace(question, `${question}[^1]`))}\\n\\[\\^1\\]: Coalitieakkoord ‘Aan de slag’ \\(2026\\)(?:, [^:]*)?: ‘.*’ \\(zoals geciteerd in [^)]+\\) \\[@ca2026:acm-call-in-new-competition-tool\\]\\n$`),
    );
  });

  it('flags a misquote word by word and restores the exact wording', async () => {
    const uri = 'file:///aw/citaat.md';
    const wrong = 'We richten een Nederlandse Digitale Dienst op: compact, deskundig en met regie.';
    const text = MOTIE.replace(SENTENCE, `constaterende dat in het coalitieakkoord staat: ‘${wrong}’;`);
    const diags = await check(uri, text);
    const q = diags.find((d) => d.code === 'citaat-onjuist')!;
    expect(q.severity).toBe(2);
    expect(q.message).toBe('Dit citaat wijkt af van het coalitieakkoord ‘Aan de slag’ (2026): “regie” moet “doorzettingsmacht” zijn.');
    const fix = (await actionsFor(uri, q)).find((a) => a.isPreferred)!;
    const fixed = applyTextEdits(text, fix.edit!.changes![uri]!);
    expect(fixed).toBe(text.replace(wrong, 'We richten een Nederlandse Digitale Dienst op: compact, deskundig en met doorzettingsmacht.'));
    const again = await check(uri, fixed);
    expect(again.filter((d) => d.code?.toString().startsWith('citaat-'))).toEqual([]);
    // The verbatim quotation is not a vague term of the author either, and it now gets its citation offered.
    expect(again.some((d) => d.code === 'citeer-toezegging')).toBe(true);
  });

  it('names the agreement a quotation really comes from, and reports unknown quotations by completeness', async () => {
    const uri = 'file:///aw/ander.md';
    const from2021 = 'We regelen wettelijk dat algoritmes worden gecontroleerd op transparantie, discriminatie en willekeur.';
    const text = MOTIE.replace(SENTENCE, `constaterende dat het coalitieakkoord ‘Aan de slag’ stelt: ‘${from2021}’;\n\noverwegende dat volgens het coalitieakkoord ‘iedere burger recht krijgt op een eigen digitale kluis bij de overheid’;`);
    const diags = await check(uri, text);
    const other = diags.find((d) => d.code === 'citaat-ander-akkoord')!;
    expect(other.message).toBe(
      'Deze woorden komen uit het coalitieakkoord ‘Omzien naar elkaar’ (2021), niet uit het coalitieakkoord ‘Aan de slag’ (2026): ze staan niet in de bekende passages daarvan.',
    );
    const unknown = diags.find((d) => d.code === 'citaat-onvindbaar')!;
    expect(unknown.severity).toBe(3); // information: the 2026 corpus is incomplete
    expect(unknown.message).toMatch(/^Dit citaat is niet gevonden in de bekende passages van het coalitieakkoord ‘Aan de slag’ \(2026\)\./);
  });

  it('an unknown quotation of a complete agreement is a warning', async () => {
    const uri = 'file:///aw/onbekend-2021.md';
    const text = MOTIE.replace('datum: 2026-03-12', 'datum: 2023-05-01').replace(SENTENCE, 'constaterende dat het coalitieakkoord van 2021 belooft ‘dat iedere gemeente een eigen datacentrum met zonnepanelen krijgt’;');
    const diags = await check(uri, text);
    const unknown = diags.find((d) => d.code === 'citaat-onvindbaar')!;
    expect(unknown.severity).toBe(2);
    expect(unknown.message).toMatch(/^Dit citaat staat niet in het coalitieakkoord ‘Omzien naar elkaar’ \(2021\)\./);
  });

  it('answers one commitment by key with what a note of the preview names: words, full title, chapter or page', async () => {
    const ask = (key: string) => client.connection.sendRequest<CommitmentResult>(COMMITMENT_REQUEST, { key } satisfies CommitmentParams);
    const dienst = await ask('ca2026:nederlandse-digitale-dienst');
    expect(dienst).toMatchObject({ text: NDD, agreementTitle: 'Aan de slag. Bouwen aan een beter Nederland', corpusTitle: 'Aan de slag', chapter: 'Nederland koploper in een digitale wereld' });
    expect(dienst!.chapterIsTheme).toBeUndefined();
    expect(dienst!.markdown).toContain(NDD);
    // A quoted passage without a known chapter: the page, and the quoter's topic label marked as such.
    expect(await ask('ca2026:krijgsmacht-122000-mensen')).toMatchObject({ page: 31, chapter: 'defensie: personeel', chapterIsTheme: true });
    expect(await ask('ca2026:bestaat-niet')).toBeNull();
  });

  it('searches with the limit asked: none for 0, 50 when none is given (a limit of 0 gave 50)', async () => {
    const search = (params: object) => client.connection.sendRequest<CommitmentItem[]>(SEARCH_REQUEST, params);
    expect(await search({ query: 'regie', limit: 0 })).toEqual([]);
    expect(await search({ query: '', limit: 2 })).toHaveLength(2);
    expect((await search({ query: '' })).length).toBe(50);
  });
});

describe('footnotes over LSP: go to the footnote, its markers, its text on hover (a trial of the language server: all gave nothing)', () => {
  it('from a marker and from the definition', async () => {
    const client = await startClient({});
    try {
      const uri = 'file:///aw/noten.vragen.md';
      const text = 'Vragen van het lid Jansen (D66) aan de minister van Defensie over X (ingezonden 3 maart 2026).\n\n1. Bent u bekend met het bericht «X»?[^1]\n\n2. Klopt «Y»?[^1]\n\n[^1]: NOS, 2 maart 2026.\n';
      await client.open(uri, text, 1);
      const marker = { line: 2, character: text.split('\n')[2]!.indexOf('[^1]') + 2 };
      const def = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: marker })) as Location;
      expect(def).toEqual({ uri, range: { start: { line: 6, character: 0 }, end: { line: 6, character: 5 } } });
      const refs = (await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: { line: 6, character: 2 }, context: { includeDeclaration: true } })) as Location[];
      expect(refs.map((r) => r.range.start.line)).toEqual([6, 2, 4]);
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: marker });
      expect((hover!.contents as MarkupContent).value).toBe('**Voetnoot [^1]**\n\n> NOS, 2 maart 2026.');
    } finally {
      await client.close();
    }
  });
});

describe('completion edits over LSP: insert or replace, as the client chooses (a trial of the language server: "[@|daarvan" lost its word)', () => {
  const text = MOTIE.replace('verzoekt de regering de dienst', 'verzoekt de regering [@daarvan de dienst');
  const at = (client: TestClient, doc = text) => {
    const line = doc.split('\n').findIndex((l) => l.includes('[@daarvan'));
    return client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: 'file:///aw/insert.md' }, position: { line, character: doc.split('\n')[line]!.indexOf('[@') + 2 } }) as Promise<CompletionList>;
  };

  it('a client that takes both ranges gets both: inserting keeps the word after the cursor', async () => {
    const client = await startClient({ capabilities: { workspace: { configuration: true }, textDocument: { completion: { completionItem: { insertReplaceSupport: true } } } } });
    try {
      // In a closed group ("[@|daarvan]") the word after the cursor may be the key being edited: replacing takes it.
      const closed = text.replace('[@daarvan de dienst', '[@daarvan] de dienst');
      await client.open('file:///aw/insert.md', closed, 1);
      const list = await at(client, closed);
      const edit = list.items[0]!.textEdit as { insert: { start: { character: number }; end: { character: number } }; replace: { end: { character: number } } };
      expect(edit.insert.start.character).toBe(edit.insert.end.character);
      expect(edit.replace.end.character - edit.insert.end.character).toBe('daarvan'.length);
      // In a group left open it is prose: both ranges keep it, and the key is closed before it (a staffer's trial:
      // "[@|daarvan" gave "[@ca2026:…-eudaarvan").
      await client.change('file:///aw/insert.md', text, 2);
      const open = (await at(client)).items[0]!.textEdit as { newText: string; insert: unknown; replace: unknown };
      expect(open.replace).toEqual(open.insert);
      expect(open.newText).toMatch(/\] $/);
    } finally {
      await client.close();
    }
  });

  it('a client that takes one range gets the insert right after "@"', async () => {
    const client = await startClient({});
    try {
      await client.open('file:///aw/insert.md', text, 1);
      const list = await at(client);
      const edit = list.items[0]!.textEdit as { range: { start: { character: number }; end: { character: number } } };
      expect(edit.range.start.character).toBe(edit.range.end.character);
    } finally {
      await client.close();
    }
  });
});
