import type { Database } from 'better-sqlite3';

/** What one round of idle work did: more remains, all done, or could not run now (busy). */
export type IdleWorkResult = 'more' | 'done' | 'later';

export interface IdleWork {
  /** Call on every request: the library is in use (and may have been written to). */
  touch(): void;
  /** One round of the work if it is due and the library has been idle long enough; true if it ran. */
  tick(): boolean;
  stop(): void;
}

export interface IdleWorkOptions {
  idleMs: number;
  /** How often to look whether the work is due. */
  everyMs: number;
  /** Whether the work is due before any activity (a library just opened may need it). */
  dueAtStart?: boolean;
  /** True while a call is still running (an import between two of its batches, say). */
  inUse?: () => boolean;
  /** Told when a round fails (a full disk, a damaged index); the work waits for new activity. */
  onError?: (error: Error) => void;
  now?: () => number;
}

/**
 * Runs maintenance on a library while nobody uses it: a round when the library has been idle for
 * `idleMs` after activity, and the next round on the next turn of the event loop while the work
 * says there is more, so a request that arrives waits for one round at most.
 */
export function startIdleWork(
  db: Database,
  work: () => IdleWorkResult,
  options: IdleWorkOptions,
): IdleWork {
  const now = options.now ?? Date.now;
  let lastActivity = now();
  let due = options.dueAtStart ?? false;
  let running: NodeJS.Timeout | null = null;

  const tick = (): boolean => {
    if (!due || !db.open || options.inUse?.() || now() - lastActivity < options.idleMs)
      return false;
    let result: IdleWorkResult;
    try {
      result = work();
    } catch (error) {
      // Runs on a timer: a failure must never take the host down. It waits for new activity.
      due = false;
      options.onError?.(error as Error);
      return false;
    }
    if (result === 'done') due = false;
    // Work that could not run now (another process has the library) is tried on the next round.
    return result !== 'later';
  };
  const run = () => {
    running = null;
    if (tick() && due) {
      running = setTimeout(run, 0);
      running.unref();
    }
  };
  const timer = setInterval(() => {
    if (!running) run();
  }, options.everyMs);
  timer.unref();

  return {
    touch() {
      lastActivity = now();
      due = true;
    },
    tick,
    stop() {
      clearInterval(timer);
      if (running) clearTimeout(running);
      running = null;
    },
  };
}
