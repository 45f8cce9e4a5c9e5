import type { Database } from 'better-sqlite3';
import { databasePath } from './app/dataDir';
import { appVersion } from './app/version';
import { openDatabase } from './db/connection';
import { createLibrary, type Library } from './library/library';
import { createNotesRepository, type NotesRepository } from './notes/notesRepository';

/** Everything a request handler may use: one per open library. */
export interface CoreContext {
  dataDir: string;
  databasePath: string;
  version: string;
  db: Database;
  notes: NotesRepository;
  library: Library;
  close(): void;
}

export interface CoreOptions {
  dataDir: string;
  /** The app version; Electron passes its own, other hosts read package.json. */
  version?: string;
  /** Largest file accepted for import, in bytes (default 50 MB). */
  maxImportBytes?: number;
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
    library: createLibrary(db, { maxImportBytes: options.maxImportBytes }),
    close() {
      if (db.open) {
        db.pragma('wal_checkpoint(TRUNCATE)');
        db.close();
      }
    },
  };
}
