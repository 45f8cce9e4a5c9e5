import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { brotliDecompressSync } from 'node:zlib';
import type { Migration } from './types';

/**
 * Every imported file used to be read (a saved web page parsed, a PDF's text layer extracted)
 * before the library could tell it already held the same text. `source_files.file_hash` is the
 * SHA-256 of the original file's bytes exactly as they came, so an import recognises a file it
 * has seen without reading it. It sits beside the bytes it describes rather than on `sources`:
 * writing it there touches no full-text or counting trigger, and it changes exactly when the
 * original does.
 *
 * Existing originals are decoded and hashed here, with the codecs of migration 006 and of the
 * text delta written out below, so that a later change to how files are stored cannot change
 * what this migration does. An original that cannot be decoded keeps a null hash: that source
 * is then recognised by its text, as before, and the library still opens.
 */
export const originalFileHashesMigration: Migration = {
  version: 14,
  name: 'original_file_hashes',
  up(db) {
    db.exec(`
      ALTER TABLE source_files ADD COLUMN file_hash TEXT;
      CREATE INDEX source_files_file_hash ON source_files(file_hash);
    `);
    backfillFileHashes(db);
  },
};

/** Rows read per query: bounded memory however large the originals are. */
const CHUNK = 256;

function backfillFileHashes(db: Database): void {
  const read = db.prepare<
    [number, number],
    { source_id: number; encoding: string; bytes: Buffer; text: string | null }
  >(
    `SELECT f.source_id, f.encoding, f.bytes,
       CASE WHEN f.encoding = 'delta' THEN (SELECT text FROM sources WHERE id = f.source_id) END AS text
     FROM source_files f WHERE f.source_id > ? ORDER BY f.source_id LIMIT ?`,
  );
  const write = db.prepare<[string, number]>(
    'UPDATE source_files SET file_hash = ? WHERE source_id = ?',
  );
  for (let after = 0; ;) {
    const rows = read.all(after, CHUNK);
    if (!rows.length) return;
    for (const row of rows) {
      const original = decodeOriginal(row.encoding, row.bytes, row.text);
      if (original) write.run(createHash('sha256').update(original).digest('hex'), row.source_id);
    }
    after = rows[rows.length - 1]!.source_id;
  }
}

/** The original's bytes, or null when they cannot be rebuilt exactly. */
function decodeOriginal(encoding: string, data: Buffer, text: string | null): Buffer | null {
  try {
    if (encoding === 'raw') return data;
    if (encoding === 'br') return brotliDecompressSync(data);
    if (encoding === 'delta' && text !== null)
      return decodeTextDelta(brotliDecompressSync(data), Buffer.from(text, 'utf8'));
  } catch {
    // Left without a hash; see above.
  }
  return null;
}

/*
 * The text delta as `library/textDelta.ts` wrote it when this migration was made: a format
 * byte, varint original length, the first 8 bytes of the original's SHA-256, varint op count,
 * per op varint literal length, zigzag varint (copy start - end of the previous copy), varint
 * copy length; then every literal byte in order.
 */
function decodeTextDelta(delta: Buffer, text: Buffer): Buffer | null {
  let at = 0;
  const take = (length: number): Buffer => {
    if (at + length > delta.length) throw new Error('truncated');
    const slice = delta.subarray(at, at + length);
    at += length;
    return slice;
  };
  const varint = (): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const b = take(1)[0]!;
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 0x80;
    }
  };
  const zigzag = (): number => {
    const v = varint();
    return v % 2 === 1 ? -(v + 1) / 2 : v / 2;
  };
  if (take(1)[0] !== 1) return null;
  const length = varint();
  const expectedDigest = take(8);
  const opCount = varint();
  const ops: { literal: number; copyStart: number; copyLength: number }[] = [];
  let previousEnd = 0;
  for (let n = 0; n < opCount; n++) {
    const literal = varint();
    const copyStart = previousEnd + zigzag();
    const copyLength = varint();
    if (copyStart < 0 || copyStart + copyLength > text.length) return null;
    ops.push({ literal, copyStart, copyLength });
    previousEnd = copyStart + copyLength;
  }
  // Checked before allocating, so a corrupt length cannot ask for gigabytes.
  if (ops.reduce((sum, op) => sum + op.literal + op.copyLength, 0) !== length) return null;
  const original = Buffer.alloc(length);
  let written = 0;
  for (const op of ops) {
    take(op.literal).copy(original, written);
    written += op.literal;
    text.copy(original, written, op.copyStart, op.copyStart + op.copyLength);
    written += op.copyLength;
  }
  const digest = createHash('sha256').update(original).digest().subarray(0, 8);
  return digest.equals(expectedDigest) ? original : null;
}
