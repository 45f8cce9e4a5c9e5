import type { Migration } from './types';

/**
 * An import leaves each full-text index in many segments (FTS5 merges 16 at a time while
 * writing, which keeps importing fast), and every search reads each of them. When the library is
 * idle, the host merges them down to one per level, a bounded step at a time (see
 * searchIndexTidy): FTS5's `merge` command does that for any level holding at least `usermerge`
 * segments, 4 by default, 2 from here on. Kept in each index's config table.
 */
const INDEXES = ['sources_fts', 'excerpts_fts', 'claims_fts', 'notes_fts'] as const;

export const searchIndexTidyingMigration: Migration = {
  version: 15,
  name: 'search_index_tidying',
  up(db) {
    for (const fts of INDEXES) db.exec(`INSERT INTO ${fts} (${fts}, rank) VALUES ('usermerge', 2)`);
  },
};
