import path from 'node:path';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { ResponseError } from '../protocol';
import { URI } from 'vscode-uri';
import { isCorpusKind, pick, type Localized } from '../../core/service';
import { importerBundle } from '../../host/bundles';
import { importFileInWorker } from '../../host/import/importWorker';
import { IMPORT_INPUT } from '../../host/import/messages';
import { editedImportAt } from '../../host/import/stamp';
import { IMPORT_EDITED, IMPORT_PROGRESS, IMPORT_REQUEST, type ImportParams, type ImportProgressParams, type ImportResult } from '../../shared/protocol';

const IMPORT_FAILED_TEXT: Localized = { nl: 'het importeren is mislukt', en: 'the import failed' };

/**
 * The request failed for a reason the user can act on (the message says which); distinct from a server fault, and
 * outside the codes JSON-RPC reserves (it was -32001, JSON-RPC's UnknownErrorCode; a reviewer).
 */
const IMPORT_FAILED = -31_001;

/**
 * "Importeer een akkoord of programma" and the second step of "Haal het coalitieakkoord op": the client picks the
 * files, the server reads the document with the importer the CLI uses (`corpus import`) and writes the corpus file
 * and its lock. The new file is then picked up like any corpus file the user saves (the file watcher reloads).
 */
export function registerImportSupport(connection: Connection, taal: () => 'nl' | 'en', reload: () => void): void {
  connection.onRequest(IMPORT_REQUEST, async (params: ImportParams, token: CancellationToken): Promise<ImportResult> => {
    const say = (step: Localized) => {
      if (params.progressToken) void connection.sendNotification(IMPORT_PROGRESS, { token: params.progressToken, message: pick(step, taal()) } satisfies ImportProgressParams);
    };
    if (params.kind !== undefined && !isCorpusKind(params.kind)) throw new ResponseError(IMPORT_FAILED, pick(IMPORT_INPUT.unknownKind(params.kind), taal()));
    const out = URI.parse(params.out).fsPath;
    // The editor asked before overwriting a file; one edited by hand since its import it asks about again, told so.
    if (!params.replaceEdited && editedImportAt(out)) throw new ResponseError(IMPORT_EDITED, pick(IMPORT_INPUT.editedSinceImportEditor(path.basename(out)), taal()));
    // In a worker thread running the importer bundle: seconds of reading and pipeline never hold up the findings of
    // the drafts being typed meanwhile. The PDF reader runs in a worker of its own below it.
    const result = await importFileInWorker(
      importerBundle(),
      {
        file: URI.parse(params.source).fsPath,
        out,
        ...(params.id ? { id: params.id } : {}),
        // The editor asks the kind only for an id that is no built-in corpus's, but may not know those ids yet.
        ...(isCorpusKind(params.kind) ? { kind: params.kind, kindUnlessBuiltin: true } : {}),
        // The editor asked before overwriting (the lock keeps the keys), and again for a file edited since its import.
        force: true,
      },
      // The user's cancel (the progress notification's button) stops the import before anything is written.
      { onProgress: say, isCancelled: () => token.isCancellationRequested },
    );
    const corpus = result.result?.corpus;
    if (result.problems.length > 0 || !result.written || !corpus) {
      throw new ResponseError(IMPORT_FAILED, result.problems.map((p) => pick(p, taal())).join(' ') || pick(IMPORT_FAILED_TEXT, taal()));
    }
    reload();
    return {
      out: URI.file(result.written.corpus).toString(),
      corpusId: corpus.id,
      commitments: corpus.commitments.length,
      units: corpus.commitments.length + (corpus.passages?.length ?? 0),
      report: result.report.map((line) => pick(line, taal())).join('\n'),
    };
  });
}
