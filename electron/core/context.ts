import type { Database } from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { databasePath } from './app/dataDir';
import { appVersion } from './app/version';
import { backupIfDue } from './db/backup';
import { markCleanClose } from './db/cleanClose';
import { openDatabase } from './db/connection';
import { createLibrary, type Library } from './library/library';
import { seedSampleLibrary } from './library/sampleLibrary';
import { seedSampleNote } from './notes/sampleNote';
import { createNotesRepository, type NotesRepository } from './notes/notesRepository';

/** Everything a request handler may use: one per open library. */
export interface CoreContext {
  dataDir: string;
  databasePath: string;
  version: string;
  db: Database;
  notes: NotesRepository;
  library: Library;
  /** True when this open created the library file. */
  created: boolean;
  /** The rolling daily backup (keeps 7); hosts call it after opening. Null when none was due. */
  backupIfDue(now?: Date): Promise<string | null>;
  close(): void;
}

export interface CoreOptions {
  dataDir: string;
  /** The app version; Electron passes its own, other hosts read package.json. */
  version?: string;
  /** Largest file accepted for import, in bytes (default 50 MB). */
  maxImportBytes?: number;
  /** Seed a new, empty library with the sample sources (default true; `--no-sample` turns it off). */
  sample?: boolean;
}

export function openCore(options: CoreOptions): CoreContext {
  const path = databasePath(options.dataDir);
  const created = !existsSync(path);
  const db = openDatabase(path);
  const library = createLibrary(db, { maxImportBytes: options.maxImportBytes });
  if (created && options.sample !== false) {
    seedSampleLibrary(library, db);
    seedSampleNote(db);
  }
  return {
    dataDir: options.dataDir,
    databasePath: path,
    version: options.version ?? appVersion(),
    db,
    notes: createNotesRepository(db),
    library,
    created,
    backupIfDue: (now?: Date) => (created ? Promise.resolve(null) : backupIfDue(db, path, now)),
    close() {
      if (db.open) {
        db.pragma('wal_checkpoint(TRUNCATE)');
        db.close();
        markCleanClose(path);
      }
    },
  };
}
