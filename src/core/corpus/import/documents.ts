/**
 * Small helpers every non-PDF reader of the importer shares when it builds an `ImportedDocument`.
 */

import type { ImportedDocument } from './types';

/** Nothing removed: a reader of a format without running headers, footers or page numbers. */
export function nothingRemoved(): ImportedDocument['removed'] {
  return { headers: [], footers: [], pageNumbers: 0 };
}
