import { describe, expect, it, vi } from 'vitest';
import { watchLibraryChanges } from './libraryChanges';

describe('watching for other processes’ writes', () => {
  it('reports each move of the change mark once, survives a failed look, and stops', async () => {
    const marks = [5, 5, 6, 6, 'down', 9, 9];
    const read = vi.fn(async () => {
      const next = marks.shift() ?? 9;
      if (next === 'down') throw new Error('host restarting');
      return { dataVersion: next as number };
    });
    const changed = vi.fn();
    const stop = watchLibraryChanges(changed, { everyMs: 1, read });
    await vi.waitFor(() => expect(marks).toHaveLength(0));
    expect(changed).toHaveBeenCalledTimes(2);
    stop();
    const calls = read.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(read.mock.calls.length).toBeLessThanOrEqual(calls + 1);
  });
});
