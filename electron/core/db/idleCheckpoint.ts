import type { Database } from 'better-sqlite3';
import { startIdleWork, type IdleWork, type IdleWorkOptions } from './idleWork';

export type IdleCheckpointOptions = Partial<Pick<IdleWorkOptions, 'idleMs' | 'everyMs' | 'now'>> &
  Pick<IdleWorkOptions, 'onError'>;

/**
 * Folds the WAL back into the database once the app has been quiet for a while, so the WAL
 * cannot grow without bound in a long session. TRUNCATE also gives the disk space back.
 */
export function startIdleCheckpoint(db: Database, options: IdleCheckpointOptions = {}): IdleWork {
  return startIdleWork(
    db,
    () => {
      const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      // A busy checkpoint (a reader in the way) is simply tried again on the next round.
      return result?.busy !== 0 ? 'later' : 'done';
    },
    { idleMs: 30_000, everyMs: 10_000, ...options },
  );
}
