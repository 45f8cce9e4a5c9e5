import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { readSourceFile } from './index';
import type { ImportLimits } from './importLimits';
import { ImportRefusal, type ImportedSource } from './types';

/** One file to read, sent from importPool.ts. */
export interface ImportJob {
  fileName: string;
  bytes: Uint8Array;
  maxBytes: number;
  limits: ImportLimits;
}

export type ImportWorkerReply = (
  | { type: 'done'; source: ImportedSource }
  | { type: 'refused'; message: string }
  | { type: 'error'; message: string }
) & {
  /** This thread's JavaScript heap in use after the file, so the pool can retire a grown worker. */
  heapUsedBytes: number;
};

const heapUsedBytes = () => getHeapStatistics().used_heap_size;

/** Worker-thread entry: parses files one message at a time, off the host's event loop. */
parentPort?.on('message', (job: ImportJob) => {
  const port = parentPort!;
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  readSourceFile(job.fileName, bytes, job.maxBytes, job.limits)
    .then((source) =>
      port.postMessage({
        type: 'done',
        source,
        heapUsedBytes: heapUsedBytes(),
      } satisfies ImportWorkerReply),
    )
    .catch((error: unknown) => {
      const message = (error as Error)?.message ?? String(error);
      port.postMessage({
        type: error instanceof ImportRefusal ? 'refused' : 'error',
        message,
        heapUsedBytes: heapUsedBytes(),
      } satisfies ImportWorkerReply);
    });
});
