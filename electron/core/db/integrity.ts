import type { Database } from 'better-sqlite3';
import { newestBackup } from './backup';
import { isBusyError } from './busy';

/** The library file is damaged; the message says where the newest backup is. */
export class DatabaseCorruptError extends Error {
  constructor(
    readonly path: string,
    readonly problems: string[],
    readonly backup: string | null,
  ) {
    super(
      `The library at ${path} is damaged (${problems.slice(0, 3).join('; ')}). ` +
        (backup
          ? `The newest backup is ${backup}: quit Briefwright, move the damaged file aside and copy the backup to ${path}.`
          : 'No backup was found next to it.'),
    );
    this.name = 'DatabaseCorruptError';
  }
}

/** `PRAGMA quick_check`: "ok", or the list of problems it found. */
export function quickCheck(db: Database): string[] {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  const messages = rows.map((r) => r.quick_check);
  return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
}

export function assertHealthy(db: Database, path: string): void {
  let problems: string[];
  try {
    problems = quickCheck(db);
  } catch (error) {
    // Another process holding the write lock is a library in use, not a damaged one.
    if (isBusyError(error)) return;
    problems = [(error as Error).message];
  }
  if (problems.length > 0) throw new DatabaseCorruptError(path, problems, newestBackup(path));
}
