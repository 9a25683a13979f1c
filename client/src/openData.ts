import * as vscode from 'vscode';
import { OPENDATA_URL } from '../../src/shared/opendata';

/** The setting that names another service root for both fetch commands (a mirror of the open data). */
export const OPENDATA_URL_SETTING = 'opendata.url';

/** An http(s) address; anything else in the setting is ignored (the default holds), as for every setting. */
function usable(url: string | undefined): string | undefined {
  const trimmed = url?.trim();
  return trimmed && /^https?:\/\/[^/\s]+/i.test(trimmed) && URL.canParse(trimmed) ? trimmed : undefined;
}

/**
 * The open data's address for a fetch: the command's own argument, else the setting `akkoordwijzer.opendata.url`
 * (machine scope: a workspace cannot redirect it), else `AKKOORDWIJZER_OPENDATA_URL` (the tests' stand-in on the
 * loopback interface), else the Tweede Kamer's.
 */
export function openDataUrl(given?: string): string {
  const setting = vscode.workspace.getConfiguration('akkoordwijzer').get<string>(OPENDATA_URL_SETTING);
  return given || usable(setting) || process.env['AKKOORDWIJZER_OPENDATA_URL'] || OPENDATA_URL;
}
