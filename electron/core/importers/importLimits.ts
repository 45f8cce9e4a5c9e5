/**
 * What one import may expand to. A file's size says little: a small DOCX can inflate to
 * gigabytes, and a huge text makes every later search and the reader slow.
 */
export interface ImportLimits {
  /** Characters of extracted text kept as one source (10 million is about 4,000 dense pages). */
  maxTextChars: number;
  /** Uncompressed bytes of one entry in a zip-based document (DOCX). */
  maxEntryBytes: number;
  /** Uncompressed bytes of all entries of a zip-based document together. */
  maxArchiveBytes: number;
  /** Uncompressed ÷ compressed size of a whole archive; real documents stay far below it. */
  maxExpansionRatio: number;
  /** Element nesting in a document's XML or a page's HTML; real ones stay under a few dozen. */
  maxNestingDepth: number;
  /** Wall-clock time for reading one file, after which its worker is stopped. */
  timeLimitMs: number;
  /** Heap of the worker that reads files. */
  memoryLimitMb: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxTextChars: 10_000_000,
  maxEntryBytes: 128 * 1024 * 1024,
  maxArchiveBytes: 256 * 1024 * 1024,
  maxExpansionRatio: 200,
  maxNestingDepth: 200,
  timeLimitMs: 300_000,
  memoryLimitMb: 1024,
};

const million = (n: number) => `${(n / 1_000_000).toLocaleString('en-US')} million`;

export const mb = (n: number): string =>
  `${Math.round(n / (1024 * 1024)).toLocaleString('en-US')} MB`;

export function textLimitMessage(chars: number, limit: number): string {
  return `The file's text is ${million(chars)} characters long; sources over ${million(limit)} characters are not imported (split the document first).`;
}
