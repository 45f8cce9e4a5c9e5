import { useCallback, useRef, useState } from 'react';
import type { FileImportOutcome, FileImportRow } from './importTypes';

export interface ImportBatch {
  rows: FileImportRow[];
  done: number;
  running: boolean;
}

export interface ImportTask {
  name: string;
  run: () => Promise<FileImportOutcome>;
}

/**
 * Imports files one call at a time, so the progress bar moves per file and one failure (thrown
 * or reported) is recorded against that file while the rest carry on. Batches queue up.
 */
export function useImportQueue(onImported: () => void) {
  const [batch, setBatch] = useState<ImportBatch | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());

  const enqueue = useCallback(
    (tasks: ImportTask[]) => {
      if (tasks.length === 0) return;
      chain.current = chain.current.then(async () => {
        const rows: FileImportRow[] = tasks.map((t) => ({ name: t.name, status: 'waiting' }));
        const publish = (done: number, running: boolean) =>
          setBatch({ rows: rows.map((r) => ({ ...r })), done, running });
        publish(0, true);
        for (let i = 0; i < tasks.length; i++) {
          rows[i]!.status = 'importing';
          publish(i, true);
          let outcome: FileImportOutcome;
          try {
            outcome = await tasks[i]!.run();
          } catch (e) {
            outcome = { status: 'failed', detail: (e as Error).message };
          }
          rows[i] = { name: rows[i]!.name, ...outcome };
          publish(i + 1, i + 1 < tasks.length);
        }
        onImported();
      });
    },
    [onImported],
  );

  /** A batch imported in one call (the desktop dialog): shown as busy, then its per-file results. */
  const enqueueReport = useCallback(
    (run: () => Promise<FileImportRow[] | null>) => {
      chain.current = chain.current.then(async () => {
        setBatch({ rows: [{ name: 'Chosen files', status: 'importing' }], done: 0, running: true });
        try {
          const rows = await run();
          setBatch(rows && rows.length > 0 ? { rows, done: rows.length, running: false } : null);
          if (rows) onImported();
        } catch (e) {
          setBatch({
            rows: [{ name: 'Chosen files', status: 'failed', detail: (e as Error).message }],
            done: 1,
            running: false,
          });
        }
      });
    },
    [onImported],
  );

  const dismiss = useCallback(() => setBatch((b) => (b?.running ? b : null)), []);
  return { batch, enqueue, enqueueReport, dismiss };
}
