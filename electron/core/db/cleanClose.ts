import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';

/**
 * A library closed cleanly (last connection gone, WAL folded back) leaves a note of the file's
 * identity beside it. When the next open finds the file exactly as that note says — same inode,
 * size and modification time to the nanosecond — nothing has touched it since a check-free
 * close, and the integrity check that would read every page of a large library can be skipped.
 * Anything else (a crash, another process still writing, a copy, damage from outside) leaves no
 * note or a stale one, and the library is checked as before.
 */
const markPath = (databasePath: string) => `${databasePath}.closed`;

function identity(databasePath: string): string | null {
  try {
    const stat = statSync(databasePath, { bigint: true });
    return `${stat.ino}:${stat.size}:${stat.mtimeNs}`;
  } catch {
    return null;
  }
}

/** After the last close: records the file's identity, unless a WAL is still there. */
export function markCleanClose(databasePath: string): void {
  if (existsSync(`${databasePath}-wal`)) return;
  const id = identity(databasePath);
  if (!id) return;
  try {
    writeFileSync(markPath(databasePath), id);
  } catch {
    // Without the note the next open simply checks the library.
  }
}

/**
 * Before opening: whether the file is as the last clean close left it. The note is used up
 * either way, so a library opened and then lost in a crash is checked next time.
 */
export function takeCleanClose(databasePath: string): boolean {
  const path = markPath(databasePath);
  let noted: string;
  try {
    noted = readFileSync(path, 'utf8');
  } catch {
    return false;
  }
  rmSync(path, { force: true });
  return !existsSync(`${databasePath}-wal`) && noted === identity(databasePath);
}
