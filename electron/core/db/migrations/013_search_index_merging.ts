import type { Migration } from './types';

/**
 * Importing 100,000 sources spent about half its time in the full-text indexes, most of it
 * merging index segments: FTS5 by default merges every 4 segments of a level and writes its
 * pending terms out once they reach 1 MB, so each source's words were rewritten many times
 * over. Merging 16 at a time and holding 8 MB of pending terms (one import batch) cuts that work
 * by about a third; a search still reads a few dozen segments at most, which costs it nothing
 * measurable. Both are FTS5 settings kept in each index's config table.
 */
const INDEXES = ['sources_fts', 'excerpts_fts', 'claims_fts', 'notes_fts'] as const;

export const searchIndexMergingMigration: Migration = {
  version: 13,
  name: 'search_index_merging',
  up(db) {
    for (const fts of INDEXES) {
      db.exec(`
        INSERT INTO ${fts} (${fts}, rank) VALUES ('automerge', 16);
        INSERT INTO ${fts} (${fts}, rank) VALUES ('hashsize', 8388608);
      `);
    }
  },
};
