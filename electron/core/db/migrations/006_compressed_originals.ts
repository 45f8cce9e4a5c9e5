import { brotliCompressSync, constants } from 'node:zlib';
import type { Migration } from './types';

/**
 * Each source kept its original file byte for byte beside its normalized text, so a plain-text
 * library held every text twice. Originals are now stored Brotli-compressed where that is smaller
 * (`encoding = 'br'`); existing rows are compressed here. The codec is written out in this file
 * so that a later change to how new files are stored cannot change what this migration does.
 */
export const compressedOriginalsMigration: Migration = {
  version: 6,
  name: 'compressed_originals',
  up(db) {
    db.exec(`ALTER TABLE source_files ADD COLUMN encoding TEXT NOT NULL DEFAULT 'raw'`);
    const ids = db.prepare<[], number>('SELECT source_id FROM source_files').pluck().all();
    const read = db
      .prepare<[number], Buffer>('SELECT bytes FROM source_files WHERE source_id = ?')
      .pluck();
    const write = db.prepare<[Buffer, number]>(
      `UPDATE source_files SET bytes = ?, encoding = 'br' WHERE source_id = ?`,
    );
    for (const id of ids) {
      const bytes = read.get(id);
      if (!bytes) continue;
      const compressed = brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 3,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      });
      if (compressed.length < bytes.length * 0.9) write.run(compressed, id);
    }
  },
};
