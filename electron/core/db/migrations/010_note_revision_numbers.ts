import type { Migration } from './types';

/**
 * Several processes may save one note. Each note counts its saves (`revision`), and a save names
 * the revision it was based on: a save on top of a newer one keeps that one as a snapshot
 * (`conflict = 1`) instead of overwriting it silently.
 */
export const noteRevisionNumbersMigration: Migration = {
  version: 10,
  name: 'note_revision_numbers',
  up(db) {
    db.exec(`
      ALTER TABLE notes ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE note_revisions
        ADD COLUMN conflict INTEGER NOT NULL DEFAULT 0 CHECK (conflict IN (0, 1));
    `);
  },
};
