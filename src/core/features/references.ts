import { buildDraft } from '../draft/model';
import type { Draft } from '../draft/types';
import { positionAt } from '../text/positions';
import { markdownDocuments, type Workspace } from '../workspace/workspace';

/** A place where a citation key stands: its document and the 0-based line/character range of the key. */
export interface KeyReference {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/**
 * Every place in the workspace's Markdown documents that cites `key`. A document is parsed only when its text holds
 * the key; `draftOf` gives the service's cached model of an open document (so a keystroke's parse is reused).
 */
export function findKeyReferences(workspace: Workspace, key: string, draftOf: (uri: string, text: string, version: number | undefined) => Draft | undefined, today: string): KeyReference[] {
  const out: KeyReference[] = [];
  for (const uri of markdownDocuments(workspace)) {
    const doc = workspace.read(uri);
    if (!doc || !doc.text.includes(key)) continue;
    const draft = draftOf(uri, doc.text, doc.version) ?? buildDraft({ uri, version: doc.version ?? 0, text: doc.text }, today);
    const at = (o: number) => positionAt(draft.lines.lineStarts, o);
    for (const ref of draft.citations) if (ref.key === key) out.push({ uri, range: { start: at(ref.start), end: at(ref.end) } });
  }
  return out;
}
