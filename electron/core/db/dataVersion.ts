import type { Database } from 'better-sqlite3';

/**
 * SQLite's `data_version`: it moves when another connection (another process, in practice)
 * commits to the database, and not for this connection's own writes. Reading it costs no I/O
 * beyond the shared-memory index, so hosts may poll it every second.
 */
export const dataVersion = (db: Database): number =>
  Number(db.pragma('data_version', { simple: true }));
