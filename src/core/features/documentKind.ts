import { agreementContext } from '../citation/agreement';
import type { CorpusSet } from '../corpus/registry';
import { kindFromUri } from '../draft/kind';
import type { Draft } from '../draft/types';
import type { DraftKind, TextEdit } from '../types';
import { markdownDocuments, type Workspace } from '../workspace/workspace';

/** What a document counts as, and why: the language status item of the editor shows it. */
export interface DocumentKindInfo {
  kind: DraftKind;
  /** `frontmatter` (`soort:` wins), `filename` (`*.motie.md`), `content` (the fixed formulas), or `none`. */
  reason: Draft['kindReason'];
  /** Over its work budget: a draft checked in part, for word use only; another document not at all (the `werkbudget` note says so). */
  overBudget: boolean;
  /**
   * The agreement a draft is measured against (in force on its date, or named), whether it is loaded, and that date;
   * absent for another document, or when the calendar knows no agreement for that day.
   */
  agreement?: { id: string; title: string; loaded: boolean; date: string; dated: boolean };
}

/** The kind of a draft model with its reason, and the agreement it is measured against. */
export function documentKindOf(draft: Draft, corpus: CorpusSet): DocumentKindInfo {
  const info: DocumentKindInfo = { kind: draft.kind, reason: draft.kindReason, overBudget: draft.budgetExceeded !== undefined };
  if (draft.kind === 'other') return info;
  const ctx = agreementContext(draft, corpus);
  const counts = ctx.named ?? ctx.inForce;
  if (counts) info.agreement = { id: counts.id, title: counts.title, loaded: counts.loaded, date: ctx.date, dated: ctx.dated };
  return info;
}

/** The words `soort:` takes for each kind (the first of `FRONTMATTER_KINDS` in `draft/kind.ts` that means it). */
const SOORT_WORD: Record<DraftKind, string> = { motie: 'motie', kamervragen: 'kamervragen', other: 'overig' };
/** A front-matter line that names the kind (`kindFromFrontmatter` reads `soort`, then `type`, then `kind`). */
const KIND_LINE = /^(soort|type|kind)[ \t]*:[^\n]*$/m;

/**
 * The edit that makes a document the given kind whatever its content: `soort: …` in its front matter (which always
 * wins), replacing the line that names a kind now, else added as the front matter's first line, else in a new front
 * matter block at the top. The text is the only input, so the edit is exact at this version.
 */
export function setKindEdit(draft: Pick<Draft, 'text' | 'lines'>, kind: DraftKind): TextEdit {
  const text = draft.text;
  const line = `soort: ${SOORT_WORD[kind]}`;
  const fm = draft.lines.frontmatter;
  if (fm) {
    // The span covers the fences; the value starts on the line after the opening `---`.
    const bodyStart = text.indexOf('\n', fm.span.start) + 1;
    const body = text.slice(bodyStart, fm.span.end);
    const existing = KIND_LINE.exec(body);
    if (existing) return { start: bodyStart + existing.index, end: bodyStart + existing.index + existing[0].length, newText: line };
    return { start: bodyStart, end: bodyStart, newText: `${line}\n` };
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { start: 0, end: 0, newText: `---${eol}${line}${eol}---${eol}${eol}` };
}

/** Text that may make a Markdown document a draft; everything else is passed over without parsing. */
const MAYBE_DRAFT = /soort\s*:|type\s*:|kind\s*:|de kamer|beraadslaging|vragen van|\?/i;

/**
 * The first Markdown document of the workspace that is a motie or Kamervragen (open documents first), or undefined.
 * At most `limit` files are parsed; a name like `*.motie.md` counts without reading. Used to show the agreement's
 * commitments (the view, workspace symbols) only where someone writes drafts.
 */
export function findDraftDocument(workspace: Workspace, kindOf: (uri: string, text: string, version: number | undefined) => DraftKind, limit = 200): string | undefined {
  let parsed = 0;
  for (const uri of markdownDocuments(workspace)) {
    if (kindFromUri(uri)) return uri;
    if (parsed >= limit) continue;
    const read = workspace.read(uri);
    if (!read || !MAYBE_DRAFT.test(read.text)) continue;
    parsed++;
    if (kindOf(uri, read.text, read.version) !== 'other') return uri;
  }
  return undefined;
}
