import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { decodeTextDelta, encodeTextDelta } from './textDelta';

/**
 * How a source's original file is stored: as it came, Brotli-compressed when that is smaller, or
 * (plain text and Markdown) as Brotli-compressed edits of the source's own normalized text
 * (`delta`, see textDelta.ts), which makes a text file's original cost a few dozen bytes.
 */
export type OriginalEncoding = 'raw' | 'br' | 'delta';

export interface EncodedOriginal {
  encoding: OriginalEncoding;
  data: Buffer;
}

// Quality 3 compresses prose to under half in about 0.3 ms for a 6 KB article; higher levels cost
// two to three times that for a few per cent. PDFs and DOCX files are compressed already and are
// kept as they are.
const QUALITY = 3;

const brotli = (bytes: Buffer): Buffer =>
  brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });

/** Below this share of bytes not found in the text, the edits win without trying Brotli. */
const CLEARLY_TEXT = 0.1;

/**
 * `text` is the normalized text the source keeps, for originals that are text themselves; the
 * smallest of edits against it, Brotli and the bytes as they are is stored.
 */
export function encodeOriginal(bytes: Buffer, text?: string): EncodedOriginal {
  let delta: Buffer | null = null;
  if (text !== undefined) {
    const edits = encodeTextDelta(bytes, Buffer.from(text, 'utf8'));
    if (edits) {
      delta = brotli(edits.data);
      if (edits.literalBytes <= bytes.length * CLEARLY_TEXT && delta.length < bytes.length)
        return { encoding: 'delta', data: delta };
    }
  }
  const compressed = brotli(bytes);
  if (delta && delta.length < compressed.length && delta.length < bytes.length)
    return { encoding: 'delta', data: delta };
  return compressed.length < bytes.length * 0.9
    ? { encoding: 'br', data: compressed }
    : { encoding: 'raw', data: bytes };
}

/** `text()` gives the source's current normalized text; only `delta` originals read it. */
export function decodeOriginal(
  encoding: OriginalEncoding,
  data: Buffer,
  text: () => string,
): Buffer {
  if (encoding === 'delta')
    return decodeTextDelta(brotliDecompressSync(data), Buffer.from(text(), 'utf8'));
  return encoding === 'br' ? brotliDecompressSync(data) : data;
}
