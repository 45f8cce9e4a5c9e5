import type { Migration } from './types';

/** The tables whose size the status bar and the library pane show. */
export const COUNTED_TABLES = ['sources', 'excerpts', 'claims', 'tags'] as const;
export type CountedTable = (typeof COUNTED_TABLES)[number];

/** Each tag link table and the column of `tags` that counts its rows. */
const TAG_LINKS = [
  { table: 'source_tags', column: 'source_count' },
  { table: 'excerpt_tags', column: 'excerpt_count' },
  { table: 'claim_tags', column: 'claim_count' },
] as const;

/**
 * `count(*)` reads a whole table (or index): a few milliseconds at ten thousand rows, a tenth of
 * a second and more at a million, on every status-bar refresh and Tags view. Triggers keep the
 * counts instead, in the same transaction as the rows they count, so they cannot drift: inserts
 * and deletes (cascades and undo-restores included) each move their counter by one. Rows
 * ignored by `INSERT OR IGNORE` fire no trigger and count nothing, as they should.
 */
export const maintainedCountsMigration: Migration = {
  version: 12,
  name: 'maintained_counts',
  up(db) {
    db.exec(`CREATE TABLE row_counts (
      name TEXT PRIMARY KEY,
      n INTEGER NOT NULL
    ) WITHOUT ROWID;`);
    for (const table of COUNTED_TABLES) {
      db.exec(`
        INSERT INTO row_counts (name, n) SELECT '${table}', count(*) FROM ${table};
        CREATE TRIGGER ${table}_count_insert AFTER INSERT ON ${table} BEGIN
          UPDATE row_counts SET n = n + 1 WHERE name = '${table}';
        END;
        CREATE TRIGGER ${table}_count_delete AFTER DELETE ON ${table} BEGIN
          UPDATE row_counts SET n = n - 1 WHERE name = '${table}';
        END;
      `);
    }
    for (const { table, column } of TAG_LINKS) {
      db.exec(`
        ALTER TABLE tags ADD COLUMN ${column} INTEGER NOT NULL DEFAULT 0;
        UPDATE tags SET ${column} = (SELECT count(*) FROM ${table} l WHERE l.tag_id = tags.id);
        CREATE TRIGGER ${table}_count_insert AFTER INSERT ON ${table} BEGIN
          UPDATE tags SET ${column} = ${column} + 1 WHERE id = new.tag_id;
        END;
        CREATE TRIGGER ${table}_count_delete AFTER DELETE ON ${table} BEGIN
          UPDATE tags SET ${column} = ${column} - 1 WHERE id = old.tag_id;
        END;
        CREATE TRIGGER ${table}_count_update AFTER UPDATE OF tag_id ON ${table} BEGIN
          UPDATE tags SET ${column} = ${column} - 1 WHERE id = old.tag_id;
          UPDATE tags SET ${column} = ${column} + 1 WHERE id = new.tag_id;
        END;
      `);
    }
  },
};
