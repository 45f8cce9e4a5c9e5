import type { Database } from 'better-sqlite3';
import type { CountedTable } from '../db/migrations/012_maintained_counts';

/** The size of a table as its triggers keep it (the maintained-counts migration): one row read. */
export function createRowCounts(db: Database): (table: CountedTable) => number {
  const get = db.prepare<[CountedTable], number>('SELECT n FROM row_counts WHERE name = ?').pluck();
  return (table) => get.get(table) ?? 0;
}
