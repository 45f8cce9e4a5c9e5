import Database from 'better-sqlite3';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { isBusyError } from './busy';
import { DatabaseTooNewError, DatabaseUnreadableError } from './errors';
import { takeCleanClose } from './cleanClose';
import { assertHealthy } from './integrity';
import { migrate, schemaVersion } from './migrate';
import { LATEST_SCHEMA_VERSION, migrations } from './migrations';

export interface OpenOptions {
  /** For tests of future migrations; production always uses the full list. */
  migrations?: typeof migrations;
}

/**
 * Opens (creating if needed) the library database, refusing one from a newer app version
 * before anything is written to it.
 */
export function openDatabase(path: string, options: OpenOptions = {}): SqliteDatabase {
  const all = options.migrations ?? migrations;
  const known = options.migrations ? all.length : LATEST_SCHEMA_VERSION;
  const isNew = !existsSync(path);
  if (isNew) mkdirSync(dirname(path), { recursive: true });
  const untouched = !isNew && takeCleanClose(path);

  let db: SqliteDatabase;
  try {
    db = new Database(path, { fileMustExist: !isNew });
  } catch (error) {
    throw new DatabaseUnreadableError(path, (error as Error).message);
  }
  try {
    // Read the version before any pragma that writes (journal_mode=WAL rewrites the header).
    let fileVersion: number;
    try {
      fileVersion = schemaVersion(db);
    } catch (error) {
      throw new DatabaseUnreadableError(path, (error as Error).message);
    }
    if (fileVersion > known) throw new DatabaseTooNewError(path, fileVersion, known);
    // A damaged file is refused before anything writes to it, naming the newest backup. One
    // that nothing touched since it was closed cleanly is not read through again.
    if (!isNew && !untouched) assertHealthy(db, path);

    enterWalMode(db);
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    migrate(db, all);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

const WAL_SWITCH_DEADLINE_MS = 15_000;

/**
 * Switching a new file to WAL needs the only lock on it, and SQLite answers SQLITE_BUSY at once
 * (without its busy handler) while another process is doing the same, so wait and try again.
 */
function enterWalMode(db: SqliteDatabase): void {
  const giveUpAt = Date.now() + WAL_SWITCH_DEADLINE_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      if (!isBusyError(error) || Date.now() > giveUpAt) throw error;
      sleepSync(Math.min(5 + attempt * 10, 100));
    }
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
