import { readSourceFile, type ImportedSource } from '../importers';
import type { ImportPool } from '../importers/importPool';

export type SourceReader = Pick<ImportPool, 'read'>;

/** Plain text and Markdown: decoding and normalising them is linear and cannot blow up. */
const PLAIN_TEXT = /\.(txt|text|md|markdown)$/i;

/**
 * Up to this size a plain-text file is read on the calling thread: a worker round trip (copying
 * the bytes there and the text back, and starting a worker now and then) costs several times
 * the 0.1–0.5 ms that reading a typical article takes. 256 KB reads in about 10 ms.
 */
export const INLINE_TEXT_BYTES = 256 * 1024;

/**
 * Reads small plain-text files in place and everything else (HTML, PDF, DOCX, large text) on
 * the worker pool, whose time and memory limits guard the host against hostile files.
 */
export function inlineSmallText(pool: SourceReader): SourceReader {
  return {
    read(fileName: string, bytes: Buffer, maxBytes?: number): Promise<ImportedSource> {
      if (bytes.length <= INLINE_TEXT_BYTES && PLAIN_TEXT.test(fileName))
        return readSourceFile(fileName, bytes, maxBytes);
      return pool.read(fileName, bytes, maxBytes);
    },
  };
}
