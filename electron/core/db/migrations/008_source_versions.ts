import type { Migration } from './types';

/**
 * Re-import keeps what it replaces. `sources.version` numbers the current text (1 at import);
 * `source_versions` holds each earlier text with the dates it was current. An excerpt records
 * the version it was taken from, the version its offsets point into (null when unknown: excerpts
 * left unplaced before this migration) and, after a re-import, a fuzzy proposal for a new place
 * that the analyst accepts or rejects. The export log keeps the integrity check each export ran
 * (JSON; null for exports logged before).
 */
export const sourceVersionsMigration: Migration = {
  version: 8,
  name: 'source_versions',
  up(db) {
    db.exec(`
      ALTER TABLE sources ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE sources ADD COLUMN version_at TEXT;
      UPDATE sources SET version_at = imported_at;

      CREATE TABLE source_versions (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        file_name TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        replaced_at TEXT NOT NULL,
        page_offsets TEXT,
        text TEXT NOT NULL,
        UNIQUE (source_id, version)
      );

      ALTER TABLE excerpts ADD COLUMN source_version INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE excerpts ADD COLUMN anchor_version INTEGER;
      UPDATE excerpts SET anchor_version = 1 WHERE anchored = 1;
      ALTER TABLE excerpts ADD COLUMN proposed_start INTEGER;
      ALTER TABLE excerpts ADD COLUMN proposed_end INTEGER;
      ALTER TABLE excerpts ADD COLUMN proposal_score REAL;

      ALTER TABLE note_exports ADD COLUMN integrity TEXT;
    `);
  },
};
