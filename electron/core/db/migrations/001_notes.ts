import type { Migration } from './types';

export const notesMigration: Migration = {
  version: 1,
  name: 'notes',
  up(db) {
    db.exec(`
      CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        content TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX notes_updated_at ON notes(updated_at DESC);
    `);
  },
};
