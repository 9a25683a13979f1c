import * as vscode from 'vscode';
import { OPENDATA_URL } from '../../src/shared/opendata';
import { local } from './i18n';

/** The setting that names another service root for both fetch commands (a mirror of the open data). */
export const OPENDATA_URL_SETTING = 'opendata.url';

/** An http(s) address; anything else in the setting is not used (the default holds), and the user is told why. */
function usable(url: string | undefined): string | undefined {
  const trimmed = url?.trim();
  if (!trimmed) return undefined;
  if (/^https?:\/\/[^/\s]+/i.test(trimmed) && URL.canParse(trimmed)) return trimmed;
  void vscode.window.showWarningMessage(
    local({
      nl: `De instelling akkoordwijzer.${OPENDATA_URL_SETTING} (“${trimmed}”) is geen http(s)-adres; Akkoordwijzer gebruikt het standaardadres van de open data.`,
      en: `The setting akkoordwijzer.${OPENDATA_URL_SETTING} (“${trimmed}”) is not an http(s) address; Akkoordwijzer uses the open data's default address.`,
    }),
  );
  return undefined;
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
