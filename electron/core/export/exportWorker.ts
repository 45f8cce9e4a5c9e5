import { parentPort } from 'node:worker_threads';
import { ApiError } from '../../../shared/errors';
import { buildPdf, type PdfJob } from './pdf/buildPdf';

/** Worker-thread entry: builds one PDF per message so layout never blocks the caller's thread. */
export type WorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; bytes: Uint8Array; pages: number; warnings: string[] }
  | { type: 'error'; code: string; message: string; stack?: string };

parentPort?.on('message', (job: PdfJob) => {
  const port = parentPort!;
  let last = 0;
  buildPdf(job, (fraction) => {
    // Progress is cheap to send but there is no point sending it more than every 2 %.
    if (fraction - last >= 0.02 || fraction === 1) {
      last = fraction;
      port.postMessage({ type: 'progress', fraction } satisfies WorkerMessage);
    }
  })
    .then((result) => {
      const bytes = new Uint8Array(result.bytes);
      port.postMessage(
        {
          type: 'done',
          bytes,
          pages: result.pages,
          warnings: result.warnings,
        } satisfies WorkerMessage,
        [bytes.buffer],
      );
    })
    .catch((error: unknown) => {
      const code = error instanceof ApiError ? error.code : 'internal';
      port.postMessage({
        type: 'error',
        code,
        message: (error as Error).message,
        ...(code === 'internal' ? { stack: (error as Error).stack } : {}),
      } satisfies WorkerMessage);
    });
});
