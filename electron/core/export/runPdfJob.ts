import { Worker } from 'node:worker_threads';
import { ApiError, type ApiErrorCode } from '../../../shared/errors';
import type { PdfJob, PdfJobResult } from './buildPdf';
import type { WorkerMessage } from './exportWorker';

/**
 * The worker file next to this module: the TypeScript sources need tsx's loader first; the
 * Electron build bundles `exportWorker.js` beside the main bundle (electron.vite.config.ts).
 * Names are held in variables so bundlers leave the URL alone.
 */
function workerUrl(): URL {
  const fromSources = import.meta.url.endsWith('.ts');
  const file = fromSources ? './exportWorker.loader.mjs' : './exportWorker.js';
  return new URL(file, import.meta.url);
}

/** Builds a PDF on a worker thread, so the main process (or host event loop) stays responsive. */
export function runPdfJob(
  job: PdfJob,
  onProgress: (fraction: number) => void = () => undefined,
): Promise<PdfJobResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl());
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      fn();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress(message.fraction);
      else if (message.type === 'done') {
        finish(() =>
          resolve({ bytes: message.bytes, pages: message.pages, warnings: message.warnings }),
        );
      } else {
        finish(() => reject(new ApiError(message.code as ApiErrorCode, message.message)));
      }
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) =>
      finish(() =>
        reject(new Error(`The export worker stopped unexpectedly (exit code ${code}).`)),
      ),
    );
    worker.postMessage(job);
  });
}
