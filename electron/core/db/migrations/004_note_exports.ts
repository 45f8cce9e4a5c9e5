import type { Migration } from './types';

/**
 * A log of every PDF export: which revision of the note was sent, under what banner, and whether
 * the banner was knowingly set below the strictest marking the note cites.
 */
export const noteExportsMigration: Migration = {
  version: 4,
  name: 'note_exports',
  up(db) {
    db.exec(`
      CREATE TABLE note_exports (
        id INTEGER PRIMARY KEY,
        note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        revision_id INTEGER REFERENCES note_revisions(id) ON DELETE SET NULL,
        banner TEXT NOT NULL,
        cited_marking TEXT,
        marking_lowered INTEGER NOT NULL CHECK (marking_lowered IN (0, 1)),
        paper TEXT NOT NULL,
        style TEXT NOT NULL,
        pages INTEGER NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX note_exports_note ON note_exports(note_id, created_at DESC, id DESC);
    `);
  },
};
