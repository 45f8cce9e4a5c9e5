import type { Database } from 'better-sqlite3';
import { databasePath } from './app/dataDir';
import { appVersion } from './app/version';
import { openDatabase } from './db/connection';
import { createNotesRepository, type NotesRepository } from './notes/notesRepository';

/** Everything a request handler may use: one per open library. */
export interface CoreContext {
  dataDir: string;
  databasePath: string;
  version: string;
  db: Database;
  notes: NotesRepository;
  close(): void;
}

export interface CoreOptions {
  dataDir: string;
  /** The app version; Electron passes its own, other hosts read package.json. */
  version?: string;
}

export function openCore(options: CoreOptions): CoreContext {
  const path = databasePath(options.dataDir);
  const db = openDatabase(path);
  return {
    dataDir: options.dataDir,
    databasePath: path,
    version: options.version ?? appVersion(),
    db,
    notes: createNotesRepository(db),
    close() {
      if (db.open) {
        db.pragma('wal_checkpoint(TRUNCATE)');
        db.close();
      }
    },
  };
}
