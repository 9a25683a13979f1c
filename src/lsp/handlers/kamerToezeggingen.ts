import type { Connection } from 'vscode-languageserver';
import { ResponseError } from '../protocol';
import { URI } from 'vscode-uri';
import { pick } from '../../core/service';
import { givenFilters } from '../../shared/kamerToezeggingen';
import { readExistingRegister, writeRegister } from '../../host/kamerToezeggingen';
import {
  REGISTER_STATE_REQUEST,
  REGISTER_WRITE_REQUEST,
  type RegisterStateParams,
  type RegisterStateResult,
  type RegisterWriteParams,
  type RegisterWriteResult,
} from '../../shared/protocol';

/** The request failed for a reason the user can act on (the message says which). */
const REGISTER_FAILED = -32_002;

/**
 * "Haal toezeggingen op": the client fetches the Kamer's register with VS Code's own fetch; the server says whether
 * the target is a register to refresh, and writes the corpus file with the core's writer (as `toezeggingen fetch`
 * does). The new file is then loaded like any corpus file.
 */
export function registerKamerToezeggingenSupport(connection: Connection, taal: () => 'nl' | 'en', reload: () => void): void {
  connection.onRequest(REGISTER_STATE_REQUEST, (params: RegisterStateParams): RegisterStateResult => {
    const { existing, problem } = readExistingRegister(URI.parse(params.out).fsPath);
    if (problem) return { exists: true, problem: pick(problem, taal()) };
    return { exists: existing !== undefined, ...(existing?.changedSince ? { changedSince: existing.changedSince } : {}) };
  });
  connection.onRequest(REGISTER_WRITE_REQUEST, (params: RegisterWriteParams): RegisterWriteResult => {
    const out = URI.parse(params.out).fsPath;
    const { existing, problem } = readExistingRegister(out);
    if (problem) throw new ResponseError(REGISTER_FAILED, pick(problem, taal()));
    const request = { url: params.url, ...givenFilters(params) };
    const { built, failed } = writeRegister(out, params, request, existing);
    if (failed) throw new ResponseError(REGISTER_FAILED, `${out}: ${pick(failed, taal())}`);
    reload();
    return { out: URI.file(out).toString(), count: built.count, added: built.added, changed: built.changed, removed: built.removed };
  });
}
