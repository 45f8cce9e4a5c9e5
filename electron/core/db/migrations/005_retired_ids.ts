import type { Migration } from './types';

/** Library tables whose ids notes cite; a deleted id must never be handed to a new row. */
export const CITED_TABLES = ['sources', 'excerpts', 'claims'] as const;
export type CitedTable = (typeof CITED_TABLES)[number];

/**
 * Notes keep the ids of the sources, excerpts and claims they cite. SQLite reuses the highest
 * rowid once it is deleted, so a new import could take a deleted source's id and a note would
 * then show an unrelated item as its citation. This keeps the highest id each table has ever
 * deleted; new rows are numbered above it (see `nextIdSql`), while undo restores the old id.
 */
export const retiredIdsMigration: Migration = {
  version: 5,
  name: 'retired_ids',
  up(db) {
    db.exec(
      `CREATE TABLE retired_ids (kind TEXT PRIMARY KEY, high INTEGER NOT NULL) WITHOUT ROWID;`,
    );
    for (const table of CITED_TABLES) {
      db.prepare(
        `INSERT INTO retired_ids (kind, high) SELECT ?, coalesce(max(id), 0) FROM ${table}`,
      ).run(table);
      db.exec(`
        CREATE TRIGGER ${table}_retire_id AFTER DELETE ON ${table} BEGIN
          UPDATE retired_ids SET high = max(high, old.id) WHERE kind = '${table}';
        END;
      `);
    }
  },
};

/** SQL for the id a new row of `table` gets: above every id it has ever held. */
export function nextIdSql(table: CitedTable): string {
  return `(SELECT max(coalesce((SELECT max(id) FROM ${table}), 0),
    coalesce((SELECT high FROM retired_ids WHERE kind = '${table}'), 0)) + 1)`;
}
