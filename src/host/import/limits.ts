/**
 * The PDF reader's limits a user is told about: an agreement with annexes is a few MB and 100 to 200 pages, and reads
 * in a few seconds. Apart from the reader (`./pdf`), so the CLI and the server know them without loading pdf.js.
 */
export const PDF_LIMITS = { maxBytes: 50 * 1024 * 1024, timeoutMs: 60_000, maxPages: 1000 } as const;
