import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/core/features/codeActions';
import { createDraftService, workspaceOf, type DraftKind } from '../../../src/core/service';

const service = createDraftService({ vagueTerms: [], today: () => '2026-12-01' });
const MOTIE = 'De Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering het te doen,\n\nen gaat over tot de orde van de dag.\n';
let version = 0;
const doc = (text: string, uri = 'file:///ws/x.md') => ({ uri, version: ++version, text });

/** The text after the service's edit to the kind, and the kind the service then sees, with its reason. */
function setKind(text: string, kind: DraftKind) {
  const after = applyEdits(text, [service.setKindEdit(doc(text), kind)]).text;
  return { after, ...service.documentKind(doc(after)) };
}

describe('what a document counts as', () => {
  it('gives the kind with its reason: front matter, file name, content, none', () => {
    expect(service.documentKind(doc(MOTIE))).toEqual({ kind: 'motie', reason: 'content', overBudget: false });
    expect(service.documentKind(doc('---\nsoort: kamervragen\n---\n\nTekst.\n'))).toMatchObject({ kind: 'kamervragen', reason: 'frontmatter' });
    expect(service.documentKind(doc('Tekst.\n', 'file:///ws/a.motie.md'))).toMatchObject({ kind: 'motie', reason: 'filename' });
    expect(service.documentKind(doc('# README\n\nHoe werkt het?\n'))).toEqual({ kind: 'other', reason: 'none', overBudget: false });
  });

  it('says when a document is over its work budget', () => {
    const small = createDraftService({ vagueTerms: [], settings: { budget: { maxChars: 10, maxNesting: 100, maxFootnotes: 1000 } } });
    expect(small.documentKind(doc(MOTIE))).toEqual({ kind: 'other', reason: 'none', overBudget: true });
  });
});

describe('the edit that sets the kind', () => {
  it('adds a front matter block when there is none, and the kind then wins over the content', () => {
    const r = setKind(MOTIE, 'other');
    expect(r.after).toBe(`---\nsoort: overig\n---\n\n${MOTIE}`);
    expect(r).toMatchObject({ kind: 'other', reason: 'frontmatter' });
  });

  it('replaces the line that names a kind, and adds one to a front matter without it', () => {
    expect(setKind('---\ndatum: 2026-03-12\ntype: vragen\n---\n\nTekst.\n', 'motie').after).toBe('---\ndatum: 2026-03-12\nsoort: motie\n---\n\nTekst.\n');
    const added = setKind('---\ndatum: 2026-03-12\n---\n\nTekst.\n', 'kamervragen');
    expect(added.after).toBe('---\nsoort: kamervragen\ndatum: 2026-03-12\n---\n\nTekst.\n');
    expect(added).toMatchObject({ kind: 'kamervragen', reason: 'frontmatter' });
  });

  it('keeps CRLF line ends', () => {
    expect(setKind('Tekst.\r\n', 'motie').after).toBe('---\r\nsoort: motie\r\n---\r\n\r\nTekst.\r\n');
  });
});

describe('a workspace with drafts', () => {
  it('finds a motie by its content, a draft by its name, and nothing in a workspace of notes', () => {
    const notes = { 'file:///ws/README.md': '# Project\n\nWat doet het? Niets.\n', 'file:///ws/notulen.md': 'Notulen van 3 maart.\n' };
    expect(service.findDraft(workspaceOf(notes, ['file:///ws']))).toBeUndefined();
    expect(service.findDraft(workspaceOf({ ...notes, 'file:///ws/m/zorg.md': MOTIE }, ['file:///ws']))).toBe('file:///ws/m/zorg.md');
    expect(service.findDraft(workspaceOf({ ...notes, 'file:///ws/leeg.vragen.md': '' }, ['file:///ws']))).toBe('file:///ws/leeg.vragen.md');
  });
  it('reads a long document only from its opening, where a draft shows what it is', () => {
    // A motie whose header and formulas open it, followed by 60,000 characters of overwegingen: found.
    const long = `Motie van het lid Jansen over de zorg\n\n${MOTIE.replace('verzoekt', `${'overwegende dat de zorg beter moet;\n\n'.repeat(1700)}verzoekt`)}`;
    expect(long.length).toBeGreaterThan(60_000);
    expect(service.findDraft(workspaceOf({ 'file:///ws/lang.md': long }, ['file:///ws']))).toBe('file:///ws/lang.md');
    // Notes that quote a motie only after 40,000 characters of other text are no draft (the check itself reads all).
    const notes = `${'Aantekening over het debat, zonder vragen.\n\n'.repeat(1000)}${MOTIE}`;
    expect(service.findDraft(workspaceOf({ 'file:///ws/notities.md': notes }, ['file:///ws']))).toBeUndefined();
    expect(service.analyze({ uri: 'file:///ws/notities.md', version: 1, text: notes }).draft.kind).toBe('motie');
  });
});
