import { notePlainText } from '../../notes/plainText';
import type { Migration } from './types';

/** Every FTS index folds case and diacritics, and keeps prefix indexes for `word*` queries. */
const FTS_OPTIONS = `tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'`;

/**
 * The library: sources, excerpts anchored into their text, claims with evidence, hierarchical
 * tags, and full-text indexes kept in sync by triggers. Deleting a source deletes its excerpts
 * (and their evidence links); notes are never touched because they keep snapshots.
 */
export const libraryMigration: Migration = {
  version: 2,
  name: 'library',
  up(db) {
    // Notes: the repository extracts the plain text of the editor state on every save.
    db.exec(`ALTER TABLE notes ADD COLUMN plain_text TEXT NOT NULL DEFAULT ''`);
    const fill = db.prepare<[string, number]>('UPDATE notes SET plain_text = ? WHERE id = ?');
    const rows = db
      .prepare<[], { id: number; content: string }>('SELECT id, content FROM notes')
      .all();
    for (const row of rows) fill.run(notePlainText(row.content), row.id);

    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('text', 'markdown', 'html', 'pdf', 'docx')),
        title TEXT NOT NULL,
        author TEXT,
        outlet TEXT,
        published_at TEXT,
        url TEXT,
        imported_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        marking TEXT,
        file_name TEXT NOT NULL,
        mime TEXT NOT NULL,
        text_length INTEGER NOT NULL,
        page_offsets TEXT,
        -- Last: large, and SQLite reads columns in order.
        text TEXT NOT NULL
      );
      CREATE INDEX sources_imported_at ON sources(imported_at DESC, id DESC);
      CREATE INDEX sources_published_at ON sources(published_at);
      CREATE INDEX sources_outlet ON sources(outlet COLLATE NOCASE);

      -- The original file, kept apart so listing sources never reads it.
      CREATE TABLE source_files (
        source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
        bytes BLOB NOT NULL
      );

      CREATE TABLE excerpts (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        start INTEGER NOT NULL CHECK (start >= 0),
        "end" INTEGER NOT NULL CHECK ("end" > start),
        quote TEXT NOT NULL,
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        locator TEXT,
        comment TEXT NOT NULL DEFAULT '',
        marking TEXT,
        anchored INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX excerpts_source ON excerpts(source_id, start);

      CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        text TEXT NOT NULL,
        confidence TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'assessed', 'withdrawn')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX claims_updated_at ON claims(updated_at DESC, id DESC);

      CREATE TABLE claim_evidence (
        claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        excerpt_id INTEGER NOT NULL REFERENCES excerpts(id) ON DELETE CASCADE,
        relation TEXT NOT NULL CHECK (relation IN ('supports', 'contradicts')),
        position INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (claim_id, excerpt_id)
      ) WITHOUT ROWID;
      CREATE INDEX claim_evidence_excerpt ON claim_evidence(excerpt_id);

      CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE
      );
      CREATE TABLE source_tags (
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (source_id, tag_id)
      ) WITHOUT ROWID;
      CREATE INDEX source_tags_tag ON source_tags(tag_id, source_id);
      CREATE TABLE excerpt_tags (
        excerpt_id INTEGER NOT NULL REFERENCES excerpts(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (excerpt_id, tag_id)
      ) WITHOUT ROWID;
      CREATE INDEX excerpt_tags_tag ON excerpt_tags(tag_id, excerpt_id);
      CREATE TABLE claim_tags (
        claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (claim_id, tag_id)
      ) WITHOUT ROWID;
      CREATE INDEX claim_tags_tag ON claim_tags(tag_id, claim_id);


      CREATE VIRTUAL TABLE sources_fts USING fts5(title, text, content = 'sources', content_rowid = 'id', ${FTS_OPTIONS});
      CREATE VIRTUAL TABLE excerpts_fts USING fts5(quote, comment, content = 'excerpts', content_rowid = 'id', ${FTS_OPTIONS});
      CREATE VIRTUAL TABLE claims_fts USING fts5(text, content = 'claims', content_rowid = 'id', ${FTS_OPTIONS});
      CREATE VIRTUAL TABLE notes_fts USING fts5(title, plain_text, content = 'notes', content_rowid = 'id', ${FTS_OPTIONS});
    `);

    const syncTriggers = (table: string, columns: string[]) => {
      const cols = columns.join(', ');
      const newCols = columns.map((c) => `new.${c}`).join(', ');
      const oldCols = columns.map((c) => `old.${c}`).join(', ');
      db.exec(`
        CREATE TRIGGER ${table}_fts_insert AFTER INSERT ON ${table} BEGIN
          INSERT INTO ${table}_fts (rowid, ${cols}) VALUES (new.id, ${newCols});
        END;
        CREATE TRIGGER ${table}_fts_delete AFTER DELETE ON ${table} BEGIN
          INSERT INTO ${table}_fts (${table}_fts, rowid, ${cols}) VALUES ('delete', old.id, ${oldCols});
        END;
        CREATE TRIGGER ${table}_fts_update AFTER UPDATE OF ${cols} ON ${table} BEGIN
          INSERT INTO ${table}_fts (${table}_fts, rowid, ${cols}) VALUES ('delete', old.id, ${oldCols});
          INSERT INTO ${table}_fts (rowid, ${cols}) VALUES (new.id, ${newCols});
        END;
      `);
    };
    syncTriggers('sources', ['title', 'text']);
    syncTriggers('excerpts', ['quote', 'comment']);
    syncTriggers('claims', ['text']);
    syncTriggers('notes', ['title', 'plain_text']);
    // Notes written before this migration are indexed from their extracted text.
    db.exec(`INSERT INTO notes_fts (notes_fts) VALUES ('rebuild')`);
  },
};
