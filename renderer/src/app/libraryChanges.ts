import { call } from '../api';

export interface WatchOptions {
  everyMs?: number;
  /** Reads the change mark; the app's `app.changes` call unless a test passes another. */
  read?: () => Promise<{ dataVersion: number }>;
}

/**
 * Calls `onChange` when another process (the CLI, the browser host, the desktop app) has written
 * to the library since the last look, polling `app.changes` about once a second. This window's
 * own writes do not count: the views that made them already know. Returns the stop function.
 */
export function watchLibraryChanges(onChange: () => void, options: WatchOptions = {}): () => void {
  const everyMs = options.everyMs ?? 1000;
  const read = options.read ?? (() => call('app.changes', {}));
  let last: number | null = null;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const tick = async () => {
    try {
      const { dataVersion: version } = await read();
      if (last !== null && version !== last && !stopped) onChange();
      last = version;
    } catch {
      // The host may be restarting; the next look will tell.
    }
    if (!stopped) timer = setTimeout(() => void tick(), everyMs);
  };
  void tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
