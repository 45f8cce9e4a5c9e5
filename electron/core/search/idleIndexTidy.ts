import type { Database } from 'better-sqlite3';
import { startIdleWork, type IdleWork, type IdleWorkOptions } from '../db/idleWork';
import { createSearchIndexTidy, type TidyStep } from './searchIndexTidy';

export type IdleIndexTidyOptions = Partial<Pick<IdleWorkOptions, 'idleMs' | 'everyMs' | 'now'>> &
  Pick<IdleWorkOptions, 'inUse' | 'onError'>;

const ROUND: Record<TidyStep, 'more' | 'done' | 'later'> = {
  merged: 'more',
  tidy: 'done',
  busy: 'later',
};

/**
 * Tidies the search indexes while nobody uses the library: one short step per turn of the event
 * loop, so a request that arrives waits for one step at most, and no step after it until the
 * library is idle again. A library just opened is tidied too: the CLI imports without a host.
 */
export function startIdleIndexTidy(db: Database, options: IdleIndexTidyOptions = {}): IdleWork {
  const tidy = createSearchIndexTidy(db);
  return startIdleWork(db, () => ROUND[tidy.step()], {
    idleMs: 5_000,
    everyMs: 2_000,
    dueAtStart: true,
    ...options,
  });
}
