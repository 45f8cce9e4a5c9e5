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

export type ImportWorkerReply =
  | { type: 'done'; source: ImportedSource }
  | { type: 'refused'; message: string }
  | { type: 'error'; message: string };

/** Worker-thread entry: parses files one message at a time, off the host's event loop. */
parentPort?.on('message', (job: ImportJob) => {
  const port = parentPort!;
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  readSourceFile(job.fileName, bytes, job.maxBytes, job.limits)
    .then((source) => port.postMessage({ type: 'done', source } satisfies ImportWorkerReply))
    .catch((error: unknown) => {
      const message = (error as Error)?.message ?? String(error);
      port.postMessage(
        (error instanceof ImportRefusal
          ? { type: 'refused', message }
          : { type: 'error', message }) satisfies ImportWorkerReply,
      );
    });
});
