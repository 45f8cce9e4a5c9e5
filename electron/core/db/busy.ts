import { ApiError } from '../../../shared/errors';

/** How long a write keeps retrying a busy library, on top of the connection's busy timeout. */
export const BUSY_RETRY_BUDGET_MS = 10_000;

/** SQLite could not take a lock another connection (often another process) holds. */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
  );
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `fn` again, with growing pauses, while it fails because the library is busy. Safe for any
 * function whose writes are one transaction: a busy transaction was rolled back and changed
 * nothing. After the budget, answers `busy` (never an internal error).
 */
export async function retryBusy<T>(
  fn: () => T | Promise<T>,
  budgetMs: number = BUSY_RETRY_BUDGET_MS,
): Promise<T> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (!isBusyError(error)) throw error;
      const pause = Math.min(1000, 20 * 2 ** attempt) * (0.5 + Math.random());
      if (Date.now() - started + pause > budgetMs)
        throw new ApiError(
          'busy',
          'The library is busy in another Briefwright window or process. Nothing was changed; try again.',
        );
      await sleep(pause);
    }
  }
}
