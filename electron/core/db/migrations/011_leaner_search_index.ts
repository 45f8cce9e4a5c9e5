import type { Migration } from './types';

/**
 * The full-text indexes kept prefix indexes for 2, 3 and 4 characters, which made the index of
 * source texts larger than the texts themselves. They now keep 2 and 3 only: a 2- or 3-character
 * `word*` reads one prefix doclist as before, and a longer prefix scans the few terms that share
 * it. The tables stay external-content (the text is stored once, in its own table) with full
 * detail, because phrases and bm25 need positions. FTS5 options cannot be altered, so each table is
 * dropped, created again under the same name (the sync triggers insert by name and keep working),
 * rebuilt from its content table and merged into one segment.
 */
const FTS_OPTIONS = `tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'`;

const TABLES: readonly { fts: string; columns: string; content: string }[] = [
  { fts: 'sources_fts', columns: 'title, text', content: 'sources' },
  { fts: 'excerpts_fts', columns: 'quote, comment', content: 'excerpts' },
  { fts: 'claims_fts', columns: 'text', content: 'claims' },
  { fts: 'notes_fts', columns: 'title, plain_text', content: 'notes' },
];

export const leanerSearchIndexMigration: Migration = {
  version: 11,
  name: 'leaner_search_index',
  up(db) {
    for (const { fts, columns, content } of TABLES) {
      db.exec(`
        DROP TABLE ${fts};
        CREATE VIRTUAL TABLE ${fts} USING fts5(${columns}, content = '${content}', content_rowid = 'id', ${FTS_OPTIONS});
        INSERT INTO ${fts} (${fts}) VALUES ('rebuild');
        INSERT INTO ${fts} (${fts}) VALUES ('optimize');
      `);
    }
  },
};
