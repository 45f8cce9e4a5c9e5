import type { Migration } from './types';

/**
 * Notes: a trash (deleted_at), revision snapshots, and the citation index rebuilt on every save.
 * `note_citations` holds plain integers with no foreign keys to library rows: deleting a source
 * must never touch a note, and "used in" answers still come from what the note says it cites.
 */
export const noteHistoryMigration: Migration = {
  version: 3,
  name: 'note_history',
  up(db) {
    db.exec(`
      ALTER TABLE notes ADD COLUMN deleted_at TEXT;
      CREATE INDEX notes_deleted_at ON notes(deleted_at);

      CREATE TABLE note_revisions (
        id INTEGER PRIMARY KEY,
        note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        content TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('edit', 'export', 'restore', 'manual')),
        created_at TEXT NOT NULL
      );
      CREATE INDEX note_revisions_note ON note_revisions(note_id, created_at DESC, id DESC);

      CREATE TABLE note_citations (
        note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        excerpt_id INTEGER,
        claim_id INTEGER,
        source_id INTEGER
      );
      CREATE INDEX note_citations_note ON note_citations(note_id);
      CREATE INDEX note_citations_excerpt ON note_citations(excerpt_id) WHERE excerpt_id IS NOT NULL;
      CREATE INDEX note_citations_claim ON note_citations(claim_id) WHERE claim_id IS NOT NULL;
      CREATE INDEX note_citations_source ON note_citations(source_id) WHERE source_id IS NOT NULL;
    `);
  },
};
