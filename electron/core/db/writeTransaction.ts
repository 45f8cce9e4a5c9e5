import type { Database } from 'better-sqlite3';

/**
 * A transaction that takes the write lock when it begins (`BEGIN IMMEDIATE`). Several processes
 * may write one library: a deferred transaction that reads and then writes fails at once with
 * SQLITE_BUSY when another process wrote in between, whereas an immediate one waits for the lock
 * (the connection's busy timeout) and then sees the newest data.
 */
export function writeTransaction<A extends unknown[], R>(
  db: Database,
  fn: (...args: A) => R,
): (...args: A) => R {
  const transaction = db.transaction(fn);
  return (...args: A) => transaction.immediate(...(args as Parameters<typeof transaction>)) as R;
}
