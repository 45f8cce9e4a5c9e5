import type { Database } from 'better-sqlite3';
import { createSearchIndexTidy } from './searchIndexTidy';

export interface IdleIndexTidy {
  /** Call on every request: the library is in use (and may have been written to). */
  touch(): void;
  /** One step of tidying if there may be work and the library has been idle long enough. */
  tick(): boolean;
  stop(): void;
}

export interface IdleIndexTidyOptions {
  idleMs?: number;
  /** True while a call is still running (an import between two of its batches, say). */
  inUse?: () => boolean;
  /** Told when a step fails (a full disk, a damaged index); the tidy waits for new activity. */
  onError?: (error: Error) => void;
  everyMs?: number;
  now?: () => number;
}

/**
 * Tidies the search indexes while nobody uses the library: one short step per turn of the event
 * loop, so a request that arrives waits for one step at most, and no step after it until the
 * library is idle again. A library just opened is tidied too: the CLI imports without a host.
 */
export function startIdleIndexTidy(
  db: Database,
  options: IdleIndexTidyOptions = {},
): IdleIndexTidy {
  const idleMs = options.idleMs ?? 5_000;
  const now = options.now ?? Date.now;
  const tidy = createSearchIndexTidy(db);
  let lastActivity = now();
  let pending = true;
  let running: NodeJS.Timeout | null = null;

  const tick = (): boolean => {
    if (!pending || !db.open || options.inUse?.() || now() - lastActivity < idleMs) return false;
    let result: ReturnType<typeof tidy.step>;
    try {
      result = tidy.step();
    } catch (error) {
      // Idle work must never take the host down: nothing was merged, searches are unaffected.
      pending = false;
      options.onError?.(error as Error);
      return false;
    }
    if (result === 'tidy') pending = false;
    // A library another process is writing is tried again on the next round.
    return result === 'merged';
  };
  const run = () => {
    running = null;
    if (tick()) {
      running = setTimeout(run, 0);
      running.unref();
    }
  };
  const timer = setInterval(() => {
    if (!running) run();
  }, options.everyMs ?? 2_000);
  timer.unref();

  return {
    touch() {
      lastActivity = now();
      pending = true;
    },
    tick,
    stop() {
      clearInterval(timer);
      if (running) clearTimeout(running);
      running = null;
    },
  };
}
