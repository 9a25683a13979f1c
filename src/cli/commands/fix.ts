import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import type { DraftService, Taal } from '../../core/service';
import { failureReason, writeWhole } from '../../host/files';
import type { CliContext } from '../io';
import { FIXED } from '../messages';

/**
 * `check --fix` and `--fix-dry-run` for one draft: the certain fixes (the service's `fixAll`, as the editor's
 * `source.fixAll.akkoordwijzer`) written to the file, or their unified diff collected in `diffs`. Gives the text to
 * report on: the fixed text (written, or as the diff would make it), so the report says what remains. A file that
 * cannot be written is a problem (`unwritten`, said on standard error) and keeps its text, whole: its findings are
 * reported as they stand.
 */
export function fixDraft(ctx: CliContext, service: DraftService, draft: { file: string; uri: string; text: string }, mode: 'write' | 'dry-run', taal: Taal, diffs: string[]): { text: string; unwritten?: true } {
  const result = service.fixAll({ uri: draft.uri, version: 1, text: draft.text });
  if (result.text === draft.text) return { text: draft.text };
  if (mode === 'dry-run') {
    // Paths as typed, with git's a/ and b/, so the diff applies with `git apply` or `patch -p1`.
    const name = draft.file.split('\\').join('/');
    diffs.push(createTwoFilesPatch(`a/${name}`, `b/${name}`, draft.text, result.text, '', '', { headerOptions: FILE_HEADERS_ONLY }));
    return { text: result.text };
  }
  // Whole or not at all, the link, permissions and other names of the file kept (an editor's save does the same).
  const failed = writeWhole({ file: ctx.resolve(draft.file), data: result.text });
  if (failed) {
    ctx.say(FIXED.unwritable(draft.file, failureReason(failed)), taal);
    return { text: draft.text, unwritten: true };
  }
  ctx.say(FIXED.written(draft.file, result.fixed.length), taal);
  return { text: result.text };
}
