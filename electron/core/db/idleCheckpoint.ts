import type { Database } from 'better-sqlite3';

export interface IdleCheckpoint {
  /** Call on every request: marks the library as written to and not idle. */
  touch(): void;
  /** Checkpoints when there was activity and the library has been idle long enough. */
  tick(): boolean;
  stop(): void;
}

export interface IdleCheckpointOptions {
  idleMs?: number;
  everyMs?: number;
  now?: () => number;
  /** Told when a checkpoint fails (a full disk); it is tried again after new activity. */
  onError?: (error: Error) => void;
}

/**
 * Folds the WAL back into the database once the app has been quiet for a while, so the WAL
 * cannot grow without bound in a long session. TRUNCATE also gives the disk space back.
 */
export function startIdleCheckpoint(
  db: Database,
  options: IdleCheckpointOptions = {},
): IdleCheckpoint {
  const idleMs = options.idleMs ?? 30_000;
  const now = options.now ?? Date.now;
  let lastActivity = now();
  let pending = false;

  const tick = (): boolean => {
    if (!pending || !db.open || now() - lastActivity < idleMs) return false;
    let result: { busy: number } | undefined;
    try {
      [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    } catch (error) {
      // Runs on a timer: a failure must never take the host down. The WAL keeps every write.
      pending = false;
      options.onError?.(error as Error);
      return false;
    }
    // A busy checkpoint (a reader in the way) is simply tried again on the next tick.
    pending = result?.busy !== 0;
    return !pending;
  };
  const timer = setInterval(tick, options.everyMs ?? 10_000);
  timer.unref();

  return {
    touch() {
      lastActivity = now();
      pending = true;
    },
    tick,
    stop: () => clearInterval(timer),
  };
}
