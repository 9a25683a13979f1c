/**
 * The content stamp of an imported corpus file: a comment line in its head with the SHA-256 of what the import wrote.
 * A later import compares the file with it, and refuses (without `--force`) to overwrite a file edited by hand since.
 */

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { IMPORT_MARKER } from '../../shared/corpusKinds';

const STAMP_PREFIX = '# inhoud-sha256 ';
const STAMP_LINE = /^# inhoud-sha256 ([0-9a-f]{64})\b[^\n]*\n?/m;

/** The text hashed: without the stamp line, a byte-order mark or CRLF line ends (an editor's save changes no content). */
function contentHash(text: string): string {
  const plain = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').replace(STAMP_LINE, '');
  return createHash('sha256').update(plain, 'utf8').digest('hex');
}

/** The corpus text with its stamp, after the comment lines that open it. */
export function stampImport(yaml: string): string {
  const lines = yaml.split('\n');
  const at = lines.findIndex((line) => !line.startsWith('#'));
  const stamp = `${STAMP_PREFIX}${contentHash(yaml)} (zo schreef de import dit bestand; is het daarna gewijzigd, dan overschrijft opnieuw importeren het alleen met --force)`;
  lines.splice(at < 0 ? lines.length : at, 0, stamp);
  return lines.join('\n');
}

/**
 * Whether an imported corpus file was changed since its import wrote it: true or false by its stamp; undefined
 * without one (an import by an older version, which wrote none).
 */
export function editedSinceImport(text: string): boolean | undefined {
  const stamp = STAMP_LINE.exec(text.replace(/\r\n/g, '\n'))?.[1];
  return stamp === undefined ? undefined : stamp !== contentHash(text);
}

/**
 * Whether the file at `path` is an earlier import edited by hand since (its stamp says so); false for any other file,
 * or none. The editor asks the server this before it overwrites (its own look reads only the head).
 */
export function editedImportAt(path: string): boolean {
  try {
    const text = readFileSync(path, 'utf8');
    return text.slice(0, 4000).includes(IMPORT_MARKER) && editedSinceImport(text) === true;
  } catch {
    return false;
  }
}
