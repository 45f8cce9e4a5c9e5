import type { Database, Statement } from 'better-sqlite3';
import { isBusyError } from '../db/busy';

/** The full-text indexes, tidied in this order. */
export const SEARCH_INDEXES = ['sources_fts', 'excerpts_fts', 'claims_fts', 'notes_fts'] as const;

/**
 * Leaf pages merged per step: at most a few tens of milliseconds of work (source texts have the
 * largest pages), so a request that arrives during a tidy waits no longer than that.
 */
export const TIDY_STEP_PAGES = 32;

/** What one step did: merged some pages, found every index tidy, or found the library locked. */
export type TidyStep = 'merged' | 'tidy' | 'busy';

export interface SearchIndexTidy {
  step(): TidyStep;
  /**
   * Steps until every index is tidy or the library is busy; `steps` counts those that merged,
   * `longestMs` is the longest of them (what a request arriving meanwhile might wait).
   */
  runToEnd(): { steps: number; busy: boolean; longestMs: number };
}

/**
 * Merges each full-text index down to one segment per level, a bounded step at a time. An import
 * leaves many segments behind (see migrations 13 and 15), and a search reads every one of them:
 * at 10,000 sources a phrase or a rare word is answered in about two thirds of the time once they
 * are merged. A step never waits for the write lock: when another process holds it, the step
 * changes nothing and says so.
 */
export function createSearchIndexTidy(db: Database): SearchIndexTidy {
  // Prepared on first use: a host opens the tidy at startup, before it has any reason to fail.
  const merges = SEARCH_INDEXES.map((fts) => {
    let statement: Statement | null = null;
    return () =>
      (statement ??= db.prepare(
        `INSERT INTO ${fts} (${fts}, rank) VALUES ('merge', ${TIDY_STEP_PAGES})`,
      )).run();
  });
  const totalChanges = db.prepare('SELECT total_changes()').pluck();
  let next = 0;

  function mergeWithoutWaiting(index: number): number | 'busy' {
    const timeout = db.pragma('busy_timeout', { simple: true }) as number;
    db.pragma('busy_timeout = 0');
    try {
      const before = totalChanges.get() as number;
      merges[index]!();
      return (totalChanges.get() as number) - before;
    } catch (error) {
      if (isBusyError(error)) return 'busy';
      throw error;
    } finally {
      db.pragma(`busy_timeout = ${timeout}`);
    }
  }

  function step(): TidyStep {
    while (next < merges.length) {
      const changed = mergeWithoutWaiting(next);
      if (changed === 'busy') return 'busy';
      // FTS5's documented signal: fewer than 2 changes means there was nothing left to merge.
      if (changed >= 2) return 'merged';
      next++;
    }
    next = 0;
    return 'tidy';
  }

  return {
    step,
    runToEnd() {
      let steps = 0;
      let longestMs = 0;
      for (;;) {
        const started = performance.now();
        const result = step();
        if (result !== 'merged') return { steps, busy: result === 'busy', longestMs };
        longestMs = Math.max(longestMs, performance.now() - started);
        steps++;
      }
    },
  };
}
