/**
 * Runs async requests so only the newest one's answer is delivered: a slow response to an older
 * query can never overwrite the results of a newer one.
 */
export function latestOnly<I, O>(
  run: (input: I) => Promise<O>,
): (input: I) => Promise<{ stale: true } | { stale: false; value: O }> {
  let generation = 0;
  return async (input) => {
    const mine = ++generation;
    const value = await run(input);
    return mine === generation ? { stale: false, value } : { stale: true };
  };
}
