import Database from 'better-sqlite3';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ALL_PAGES = 0x7fffffff;

export const BACKUP_DIR = 'backups';
export const BACKUPS_KEPT = 7;
export const BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;
const NAME = /^library-(\d{8}T\d{6}Z)\.sqlite$/;

export const backupDirFor = (databasePath: string) => join(dirname(databasePath), BACKUP_DIR);

/** Backups in a folder, newest first. */
export function listBackups(dir: string): { path: string; takenAt: Date }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => NAME.test(name))
    .sort()
    .reverse()
    .map((name) => {
      const stamp = NAME.exec(name)![1]!;
      const iso = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13)}`;
      return { path: join(dir, name), takenAt: new Date(iso) };
    });
}

export const newestBackup = (databasePath: string): string | null =>
  listBackups(backupDirFor(databasePath))[0]?.path ?? null;

/** Opens a copy read-only and runs `quick_check`; anything but "ok" is a bad copy. */
function verify(path: string): void {
  const copy = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const result = copy.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw new Error(`the backup copy failed its check: ${String(result)}`);
  } finally {
    copy.close();
  }
}

/**
 * Copies the live database with SQLite's backup API into a temporary file, checks the copy,
 * then renames it into place: a half-written backup never looks like a good one.
 */
export async function writeBackup(db: SqliteDatabase, target: string): Promise<string> {
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.partial`;
  rmSync(temp, { force: true });
  try {
    const synchronous = db.pragma('synchronous', { simple: true });
    db.pragma('synchronous = FULL');
    try {
      // All pages in one step: copied in small steps, a backup restarts whenever another
      // process writes in between, and with the desktop app, a browser host and the CLI
      // writing it never finishes.
      await db.backup(temp, { progress: () => ALL_PAGES });
    } finally {
      db.pragma(`synchronous = ${Number(synchronous)}`);
    }
    verify(temp);
    renameSync(temp, target);
    return target;
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

const stampOf = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');

/**
 * The rolling backup: when the newest is over a day old (or there is none), write one into
 * `backups/` next to the database and keep the newest seven. Returns the new path, or null.
 */
export async function backupIfDue(
  db: SqliteDatabase,
  databasePath: string,
  now: Date = new Date(),
): Promise<string | null> {
  const dir = backupDirFor(databasePath);
  const newest = listBackups(dir)[0];
  if (newest && now.getTime() - newest.takenAt.getTime() < BACKUP_INTERVAL_MS) return null;
  const path = await writeBackup(db, join(dir, `library-${stampOf(now)}.sqlite`));
  for (const old of listBackups(dir).slice(BACKUPS_KEPT)) rmSync(old.path, { force: true });
  return path;
}

export const fileSize = (path: string): number => statSync(path).size;
