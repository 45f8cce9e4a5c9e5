import type { Migration } from './types';

/**
 * Source details an analyst corrects or an importer reads from the file: creators as people and
 * organisations (JSON, beside the `author` line that stays readable), type, language and a free
 * note. They live in their own table rather than as new columns of `sources`, where they would
 * land after the large `text` column and make every listing read past it.
 *
 * `source_trash` holds a deleted source whole (its row, original file, tags and excerpts) so
 * undo can bring back the same ids; rows are dropped after a while by the repository.
 */
export const sourceDetailsMigration: Migration = {
  version: 7,
  name: 'source_details',
  up(db) {
    db.exec(`
      CREATE TABLE source_details (
        source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
        creators TEXT,
        source_type TEXT,
        language TEXT,
        note TEXT NOT NULL DEFAULT ''
      );

      CREATE TABLE source_trash (
        source_id INTEGER PRIMARY KEY,
        deleted_at TEXT NOT NULL,
        source TEXT NOT NULL,
        tags TEXT NOT NULL,
        details TEXT,
        excerpts TEXT NOT NULL,
        file TEXT NOT NULL,
        bytes BLOB NOT NULL
      );
      CREATE INDEX source_trash_deleted_at ON source_trash(deleted_at);
    `);
  },
};
